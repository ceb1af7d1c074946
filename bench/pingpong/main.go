// Pingpong passes a counter back and forth between two goroutines over two
// unbuffered channels, n round trips: the Go twin of pingpong.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func run(n int64) {
	ping, pong := make(chan int64), make(chan int64)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	var total int64
	for i := range n {
		ping <- i
		total += <-pong
	}
	close(ping)
	fmt.Printf("round trips: %d, total: %d\n", n, total)
}

func main() {
	n := int64(2_700_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: pingpong [N]")
			os.Exit(2)
		}
	}
	run(n)
}
