// Tokens splits lines of arithmetic into number and operator tokens and
// evaluates them left to right: the Go twin of tokens.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

// A token is a number, or an operator when op is not zero.
type token struct {
	num int64
	op  rune
}

func tokenize(line string) []token {
	var out []token
	var num int64
	inNum := false
	for _, c := range line {
		if c >= '0' && c <= '9' {
			num = num*10 + int64(c-'0')
			inNum = true
			continue
		}
		if inNum {
			out = append(out, token{num: num})
			num, inNum = 0, false
		}
		if c == '+' || c == '-' || c == '*' {
			out = append(out, token{op: c})
		}
	}
	if inNum {
		out = append(out, token{num: num})
	}
	return out
}

func eval(tokens []token) int64 {
	var acc int64
	op := '+'
	for _, t := range tokens {
		if t.op != 0 {
			op = t.op
			continue
		}
		switch op {
		case '+':
			acc += t.num
		case '-':
			acc -= t.num
		default:
			acc *= t.num
		}
	}
	return acc
}

func run(n int64) {
	var total int64
	count := 0
	for i := range n {
		line := strconv.FormatInt(i%1000, 10) + " + " + strconv.FormatInt(i%37, 10) +
			" * " + strconv.FormatInt(i%11, 10) + " - " + strconv.FormatInt(i%503, 10)
		tokens := tokenize(line)
		count += len(tokens)
		total += eval(tokens)
	}
	fmt.Printf("%d tokens, total %d\n", count, total)
}

func main() {
	n := int64(3000000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: tokens [N]")
			os.Exit(2)
		}
	}
	run(n)
}
