// Strbuild builds n reports line by line in a strings.Builder, then
// measures and checksums them: the Go twin of strbuild.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func report(id, rows int64) string {
	var b strings.Builder
	b.WriteString("report ")
	b.WriteString(strconv.FormatInt(id, 10))
	b.WriteByte('\n')
	for i := range rows {
		value := (id*31 + i*17) % 1000
		b.WriteString("row ")
		b.WriteString(strconv.FormatInt(i, 10))
		b.WriteString(": value=")
		b.WriteString(strconv.FormatInt(value, 10))
		b.WriteString(", even=")
		b.WriteString(strconv.FormatBool(value%2 == 0))
		b.WriteByte('\n')
	}
	b.WriteString("end\n")
	return b.String()
}

func run(n int64) {
	var bytes, check int64
	for id := range n {
		s := report(id, 100)
		bytes += int64(len(s))
		check = (check*31 + int64(s[len(s)/2])) % 1_000_000_007
	}
	fmt.Printf("%d reports, %d bytes, check %d\n", n, bytes, check)
}

func main() {
	n := int64(125_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: strbuild [N]")
			os.Exit(2)
		}
	}
	run(n)
}
