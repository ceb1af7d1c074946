// Csv formats the rows of a CSV table into a slice of lines and joins them,
// building a summary of each block of rows with a strings.Builder: the Go
// twin of csv.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type row struct {
	id    int64
	name  string
	price float64
	qty   int64
}

func newRow(i int64) row {
	return row{id: i, name: "item-" + strconv.FormatInt(i%250, 10), price: float64(i%1000) / 8, qty: i % 13}
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
	bytes, lines := 0, 0
	for block := int64(0); block*100 < n; block++ {
		out := make([]string, 0, 101)
		out = append(out, "id,name,price,qty,total")
		var summary strings.Builder
		for i := block * 100; i < (block+1)*100; i++ {
			r := newRow(i)
			out = append(out, strconv.FormatInt(r.id, 10)+","+r.name+","+display(r.price)+","+
				strconv.FormatInt(r.qty, 10)+","+display(r.price*float64(r.qty)))
			if r.qty == 0 {
				summary.WriteString(strconv.FormatInt(r.id, 10))
				summary.WriteByte(';')
			}
		}
		text := strings.Join(out, "\n")
		bytes += len(text) + summary.Len()
		lines += len(out)
	}
	fmt.Printf("%d lines, %d bytes\n", lines, bytes)
}

func main() {
	n := int64(2000000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: csv [N]")
			os.Exit(2)
		}
	}
	run(n)
}
