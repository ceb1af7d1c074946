// Asyncloop looks up and scores n keys in turn with plain calls, and every
// thousand keys runs a batch on a goroutine and waits for it: the Go twin
// of asyncloop.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func lookup(k int64) (int64, bool) {
	if k%11 == 0 {
		return 0, false
	}
	return k * 7 % 1000, true
}

func score(v int64) int64 { return v * v % 97 }

func batch(start int64) int64 {
	var s int64
	for k := start; k < start+10; k++ {
		s += score(k)
	}
	return s
}

func run(n int64) {
	var total, missing int64
	for k := range n {
		if v, ok := lookup(k); ok {
			total += score(v)
		} else {
			missing++
		}
		if k%1000 == 999 {
			done := make(chan int64, 1)
			go func() { done <- batch(k) }()
			total += <-done
		}
	}
	fmt.Printf("%d keys, total %d, missing %d\n", n, total, missing)
}

func main() {
	n := int64(200_000_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: asyncloop [N]")
			os.Exit(2)
		}
	}
	run(n)
}
