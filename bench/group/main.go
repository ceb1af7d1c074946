// Group files readings by sensor name in a map of slices and summarises
// each group in the order the names first appeared: the Go twin of
// group.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type summary struct {
	count, total, low, high int64
}

func summarise(xs []int64) summary {
	s := summary{low: xs[0], high: xs[0]}
	for _, x := range xs {
		s.count++
		s.total += x
		s.low = min(s.low, x)
		s.high = max(s.high, x)
	}
	return s
}

func run(n int64) {
	groups := map[string][]int64{}
	var names []string
	seed := int64(7)
	for i := range n {
		seed = seed * 48271 % 2147483647
		name := "sensor" + strconv.FormatInt(seed%500, 10)
		readings, ok := groups[name]
		if !ok {
			names = append(names, name)
		}
		groups[name] = append(readings, seed%1000+i%3)
	}
	var total, widest int64
	for _, name := range names {
		s := summarise(groups[name])
		total += s.total
		widest = max(widest, s.high-s.low)
		if name == "sensor42" {
			fmt.Printf("%s: %d readings, mean %d\n", name, s.count, s.total/s.count)
		}
	}
	fmt.Printf("%d groups, total %d, widest %d\n", len(groups), total, widest)
}

func main() {
	n := int64(8000000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: group [N]")
			os.Exit(2)
		}
	}
	run(n)
}
