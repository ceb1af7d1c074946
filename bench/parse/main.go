// Parse reads a generated text of n lines of comma-separated numbers,
// thirty times, byte by byte, with functions returning (value, ok) and
// (value, error) that pass failures up: the Go twin of parse.vx.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type cursor struct {
	text string
	pos  int64
}

func (c *cursor) peek() (byte, bool) {
	if c.pos < int64(len(c.text)) {
		return c.text[c.pos], true
	}
	return 0, false
}

func (c *cursor) digit() (int64, bool) {
	ch, ok := c.peek()
	if !ok || ch < '0' || ch > '9' {
		return 0, false
	}
	c.pos++
	return int64(ch - '0'), true
}

func (c *cursor) number() (int64, error) {
	value, ok := c.digit()
	if !ok {
		return 0, errors.New("expected a digit at " + strconv.FormatInt(c.pos, 10))
	}
	for {
		d, ok := c.digit()
		if !ok {
			return value, nil
		}
		value = value*10 + d
	}
}

func (c *cursor) line() (int64, error) {
	sum, err := c.number()
	if err != nil {
		return 0, err
	}
	for {
		ch, ok := c.peek()
		if !ok || ch != ',' {
			break
		}
		c.pos++
		v, err := c.number()
		if err != nil {
			return 0, err
		}
		sum += v
	}
	if ch, ok := c.peek(); !ok || ch != '\n' {
		return 0, errors.New("expected a comma or a newline at " + strconv.FormatInt(c.pos, 10))
	}
	c.pos++
	return sum, nil
}

func makeText(lines int64) string {
	var b []byte
	for i := range lines {
		b = strconv.AppendInt(b, i, 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, i*7%1000, 10)
		b = append(b, ',')
		if i%17 == 16 {
			b = append(b, 'x')
		}
		b = strconv.AppendInt(b, i*13%10000, 10)
		b = append(b, ",42\n"...)
	}
	return string(b)
}

func parseAll(text string) (total, errs int64, first string) {
	cur := cursor{text: text}
	for cur.pos < int64(len(text)) {
		sum, err := cur.line()
		if err == nil {
			total += sum
			continue
		}
		if errs == 0 {
			first = err.Error()
		}
		errs++
		for ch, ok := cur.peek(); ok && ch != '\n'; ch, ok = cur.peek() {
			cur.pos++
		}
		cur.pos++
	}
	return total, errs, first
}

func run(n int64) {
	text := makeText(n)
	var total, errs int64
	var first string
	for range 30 {
		t, e, f := parseAll(text)
		total += t
		errs += e
		first = f
	}
	fmt.Printf("%d lines, thirty times: total %d, %d errors, first: %s\n", n, total, errs, first)
}

func main() {
	n := int64(900_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: parse [N]")
			os.Exit(2)
		}
	}
	run(n)
}
