// Hof maps, filters and folds a slice with function values: the Go twin
// of hof.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fold[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(f, g func(int64) int64) func(int64) int64 {
	return func(x int64) int64 { return g(f(x)) }
}

func apply(xs []int64, f func(int64) int64) int64 {
	var sum int64
	for _, x := range xs {
		sum += f(x)
	}
	return sum
}

func run(n int64) {
	xs := make([]int64, 0, 1000)
	for i := range int64(1000) {
		xs = append(xs, i*7919%1009)
	}
	var total int64
	for round := range n {
		k := round % 7
		ys := make([]int64, 0, len(xs))
		for _, x := range xs {
			if y := x*3 + k; y%2 == 0 {
				ys = append(ys, y)
			}
		}
		total += fold(ys, 0, func(acc, x int64) int64 { return acc + x%101 })
		f := compose(func(x int64) int64 { return x + k }, func(x int64) int64 { return x * 2 })
		total += apply(xs, f) % 1000
		total %= 1_000_000_007
	}
	fmt.Printf("%d rounds, total %d\n", n, total)
}

func main() {
	n := int64(200_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: hof [N]")
			os.Exit(2)
		}
	}
	run(n)
}
