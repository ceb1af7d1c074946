// Fanin merges three producers, each watching a quit channel while it
// sends, with a select: the Go twin of fanin.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func produce(id, count int64, out chan<- int64, quit <-chan struct{}) {
	for i := range count {
		select {
		case out <- id*1_000_000_000 + i:
		case <-quit:
			return
		}
	}
}

func run(n int64) {
	a, b, c := make(chan int64, 16), make(chan int64, 16), make(chan int64, 16)
	quit := make(chan struct{})
	go produce(1, n, a, quit)
	go produce(2, n, b, quit)
	go produce(3, n, c, quit)
	var sums [3]int64
	for range 3 * n {
		select {
		case v := <-a:
			sums[0] += v % 1_000_000_000
		case v := <-b:
			sums[1] += v % 1_000_000_000
		case v := <-c:
			sums[2] += v % 1_000_000_000
		}
	}
	close(quit)
	fmt.Printf("merged %d values, sums [%d, %d, %d]\n", 3*n, sums[0], sums[1], sums[2])
}

func main() {
	n := int64(1_500_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: fanin [N]")
			os.Exit(2)
		}
	}
	run(n)
}
