// Matmul multiplies two n × n matrices of float64 held in flat slices, in
// the cache-friendly i-k-j order: the Go twin of matmul.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func matrix(n int64, seed float64) []float64 {
	m := make([]float64, n*n)
	for i := range m {
		m[i] = float64(i%17)*seed - 3
	}
	return m
}

func multiply(a, b []float64, n int64) []float64 {
	c := make([]float64, n*n)
	for i := range n {
		ci := c[i*n : i*n+n]
		for k := range n {
			aik := a[i*n+k]
			bk := b[k*n : k*n+n]
			for j := range ci {
				ci[j] += aik * bk[j]
			}
		}
	}
	return c
}

// display formats f as Vex displays a float: six decimals, trailing zeros
// trimmed down to one.
func display(f float64) string {
	s := strconv.FormatFloat(f, 'f', 6, 64)
	t := strings.TrimRight(s, "0")
	if strings.HasSuffix(t, ".") {
		t += "0"
	}
	return t
}

func run(n int64) {
	a := matrix(n, 0.5)
	b := matrix(n, 0.25)
	c := multiply(a, b, n)
	var trace float64
	for i := range n {
		trace += c[i*n+i]
	}
	fmt.Printf("%dx%d: trace %s, corner %s\n", n, n, display(trace), display(c[n*n-1]))
}

func main() {
	n := int64(1400)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: matmul [N]")
			os.Exit(2)
		}
	}
	run(n)
}
