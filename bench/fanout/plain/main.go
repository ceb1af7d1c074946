// Plain runs the n tasks of fanout.vx as plain calls, one after the other:
// the sequential twin, for what the chains of awaits cost beyond calls.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func step(x, depth int64) int64 {
	if depth == 0 {
		return x % 1000
	}
	return step((x*31+7)%1_000_003, depth-1) + 1
}

func run(n int64) {
	var total int64
	for i := range n {
		total += step(i, 10)
	}
	fmt.Printf("%d tasks, total %d\n", n, total)
}

func main() {
	n := int64(1_200_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: plain [N]")
			os.Exit(2)
		}
	}
	run(n)
}
