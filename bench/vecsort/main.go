// Vecsort fills a slice with n pseudo-random numbers, sorts it, sums it and
// probes it at a few positions: the Go twin of vecsort.vx.
package main

import (
	"fmt"
	"os"
	"slices"
	"strconv"
)

func run(n int64) {
	v := make([]int64, 0, n)
	x := int64(88172645463325252)
	for range n {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		v = append(v, x%1_000_000)
	}
	slices.Sort(v)
	var sum int64
	for _, e := range v {
		sum += e
	}
	var distinct int64
	for i := range v {
		if i == 0 || v[i] != v[i-1] {
			distinct++
		}
	}
	fmt.Printf("%d numbers, sum %d, %d distinct, min %d, median %d, max %d\n", n, sum, distinct, v[0], v[n/2], v[n-1])
}

func main() {
	n := int64(6_000_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: vecsort [N]")
			os.Exit(2)
		}
	}
	run(n)
}
