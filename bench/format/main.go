// Format builds a report line per item in one reused byte slice: the Go
// twin of format.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

// A point shows itself as (x, y).
type point struct{ x, y int64 }

func (p point) appendTo(b []byte) []byte {
	b = append(b, '(')
	b = strconv.AppendInt(b, p.x, 10)
	b = append(b, ", "...)
	b = strconv.AppendInt(b, p.y, 10)
	return append(b, ')')
}

type level int

var levelNames = [...]string{"Low", "Mid", "High"}

func (l level) String() string { return levelNames[l] }

func appendFloat(b []byte, f float64) []byte {
	n := len(b)
	b = strconv.AppendFloat(b, f, 'f', 6, 64)
	for len(b) > n && b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	if b[len(b)-1] == '.' {
		b = append(b, '0')
	}
	return b
}

func run(n int64) {
	total := 0
	var b []byte
	for i := range n {
		p := point{i, i * 3}
		w := [3]int64{i % 7, i % 11, i % 13}
		b = b[:0]
		b = append(b, "item "...)
		b = strconv.AppendInt(b, i, 10)
		b = append(b, ": at "...)
		b = p.appendTo(b)
		b = append(b, " bonus "...)
		if i%4 == 0 {
			b = append(b, "Some("...)
			b = strconv.AppendInt(b, i*2, 10)
			b = append(b, ')')
		} else {
			b = append(b, "None"...)
		}
		b = append(b, " level "...)
		b = append(b, level(i%3).String()...)
		b = append(b, " weights ["...)
		for j, x := range w {
			if j > 0 {
				b = append(b, ", "...)
			}
			b = strconv.AppendInt(b, x, 10)
		}
		b = append(b, "] ratio "...)
		b = appendFloat(b, float64(i)/7)
		total += len(b)
	}
	fmt.Printf("%d lines, %d bytes\n", n, total)
}

func main() {
	n := int64(6000000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: format [N]")
			os.Exit(2)
		}
	}
	run(n)
}
