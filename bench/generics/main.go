// Generics calls generic functions with interface constraints in hot loops
// on two struct types: a generic total, a generic maximum and a generic
// ring of values: the Go twin of generics.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type measured interface{ size() int64 }

type packet struct{ id, bytes int64 }

func (p packet) size() int64 { return p.bytes }

type segment struct{ start, end int64 }

func (s segment) size() int64 { return s.end - s.start }

func total[T measured](items []T) int64 {
	var sum int64
	for _, it := range items {
		sum += it.size()
	}
	return sum
}

func largest[T measured](items []T, best T) T {
	for _, it := range items {
		if it.size() > best.size() {
			best = it
		}
	}
	return best
}

type ring[T any] struct {
	items []T
	next  int
}

func (r *ring[T]) take() T {
	it := r.items[r.next]
	r.next = (r.next + 1) % len(r.items)
	return it
}

func run(n int64) {
	packets := make([]packet, 1000)
	segments := make([]segment, 1000)
	sizes := make([]int64, 1000)
	for i := range int64(1000) {
		packets[i] = packet{i, i * 37 % 1500}
		segments[i] = segment{i, i + i*13%100}
		sizes[i] = i * 7919 % 10007
	}
	r := ring[int64]{items: sizes}
	var sum int64
	for round := range n {
		sum += total(packets) + total(segments)
		sum += largest(packets, packet{-1, round % 1500}).id
		sum += largest(segments, segment{}).start
		sum += r.take()
	}
	fmt.Printf("%d rounds, sum %d\n", n, sum)
}

func main() {
	n := int64(100_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: generics [N]")
			os.Exit(2)
		}
	}
	run(n)
}
