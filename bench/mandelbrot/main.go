// Mandelbrot counts the points of an n × n grid over [-2, 0.5] ×
// [-1.25, 1.25] inside the Mandelbrot set, at most 100 iterations a point:
// the Go twin of mandelbrot.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func escapes(cr, ci float64, limit int64) int64 {
	var zr, zi float64
	for i := range limit {
		zr2, zi2 := zr*zr, zi*zi
		if zr2+zi2 > 4 {
			return i
		}
		zi = 2*zr*zi + ci
		zr = zr2 - zi2 + cr
	}
	return limit
}

func run(n int64) {
	var inside, iterations int64
	for y := range n {
		ci := float64(y)*2.5/float64(n) - 1.25
		for x := range n {
			cr := float64(x)*2.5/float64(n) - 2
			k := escapes(cr, ci, 100)
			iterations += k
			if k == 100 {
				inside++
			}
		}
	}
	fmt.Printf("%dx%d: %d points inside, %d iterations\n", n, n, inside, iterations)
}

func main() {
	n := int64(3000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: mandelbrot [N]")
			os.Exit(2)
		}
	}
	run(n)
}
