// Workerpool feeds job numbers to four workers that compute the length of
// each number's Collatz sequence, and collects their results: the Go twin
// of workerpool.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type answer struct {
	job, steps int64
}

func collatz(n int64) int64 {
	var steps int64
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func work(jobs <-chan int64, results chan<- answer, wg *sync.WaitGroup) {
	defer wg.Done()
	for job := range jobs {
		results <- answer{job, collatz(job)}
	}
}

func run(n int64) {
	const workers = 4
	jobs, results := make(chan int64, 100), make(chan answer, 100)
	var wg sync.WaitGroup
	wg.Add(workers)
	for range workers {
		go work(jobs, results, &wg)
	}
	go func() {
		for i := int64(1); i <= n; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var total int64
	var longest answer
	for r := range results {
		total += r.steps
		if r.steps > longest.steps || r.steps == longest.steps && r.job < longest.job {
			longest = r
		}
	}
	fmt.Printf("%d jobs, %d steps, longest: %d with %d steps\n", n, total, longest.job, longest.steps)
}

func main() {
	n := int64(2_000_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: workerpool [N]")
			os.Exit(2)
		}
	}
	run(n)
}
