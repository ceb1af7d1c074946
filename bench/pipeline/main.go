// Pipeline runs three stages connected by buffered channels — a generator,
// a stage that squares, and one that drops multiples of 3 — into a summing
// consumer: the Go twin of pipeline.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func generate(n int64, out chan<- int64) {
	for i := range n {
		out <- i
	}
	close(out)
}

func square(in <-chan int64, out chan<- int64) {
	for v := range in {
		out <- v * v % 1_000_003
	}
	close(out)
}

func dropThirds(in <-chan int64, out chan<- int64) {
	for v := range in {
		if v%3 != 0 {
			out <- v
		}
	}
	close(out)
}

func run(n int64) {
	numbers, squares, kept := make(chan int64, 64), make(chan int64, 64), make(chan int64, 64)
	go generate(n, numbers)
	go square(numbers, squares)
	go dropThirds(squares, kept)
	var count, sum int64
	for v := range kept {
		count++
		sum += v
	}
	fmt.Printf("kept %d of %d, sum %d\n", count, n, sum)
}

func main() {
	n := int64(5_000_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: pipeline [N]")
			os.Exit(2)
		}
	}
	run(n)
}
