// Fanout runs n tasks, 10,000 at a time, each on a goroutine of its own and
// each a chain of 10 calls, and waits for each batch with a WaitGroup: the
// goroutine twin of fanout.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func step(x, depth int64) int64 {
	if depth == 0 {
		return x % 1000
	}
	return step((x*31+7)%1_000_003, depth-1) + 1
}

func run(n int64) {
	const batch = 10_000
	var total int64
	for start := int64(0); start < n; start += batch {
		results := make([]int64, min(start+batch, n)-start)
		var wg sync.WaitGroup
		for i := range results {
			wg.Go(func() { results[i] = step(start+int64(i), 10) })
		}
		wg.Wait()
		for _, r := range results {
			total += r
		}
	}
	fmt.Printf("%d tasks, total %d\n", n, total)
}

func main() {
	n := int64(1_200_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: fanout [N]")
			os.Exit(2)
		}
	}
	run(n)
}
