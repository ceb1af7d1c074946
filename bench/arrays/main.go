// Arrays steps a damped particle system held in arrays of eight float64 n
// times, with loops over the elements and reductions: the Go twin of
// arrays.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

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
	pos := [8]float64{0, 1, 2, 3, 4, 5, 6, 7}
	vel := [8]float64{1, -1, 0.5, -0.5, 0.25, -0.25, 2, -2}
	const center = 3.5
	var energy, low, high float64
	for range n {
		var kinetic float64
		for i := range pos {
			force := (center - pos[i]) * 0.01
			vel[i] = vel[i]*0.999 + force
			pos[i] += vel[i] * 0.1
			kinetic += vel[i] * vel[i]
		}
		energy += kinetic * 0.5
		low, high = pos[0], pos[0]
		for _, p := range pos {
			low = min(low, p)
			high = max(high, p)
		}
	}
	var sum float64
	for _, p := range pos {
		sum += p
	}
	fmt.Printf("energy %s, range %s..%s, mean %s\n", display(energy), display(low), display(high), display(sum/8))
}

func main() {
	n := int64(15_000_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: arrays [N]")
			os.Exit(2)
		}
	}
	run(n)
}
