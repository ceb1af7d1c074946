// Sieve runs the sieve of Eratosthenes up to n five times: the Go twin of
// sieve.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func sieve(limit int64) []bool {
	composite := make([]bool, limit+1)
	for i := int64(2); i*i <= limit; i++ {
		if !composite[i] {
			for j := i * i; j <= limit; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func run(n int64) {
	var count, last int64
	for range 5 {
		composite := sieve(n)
		count = 0
		for k := int64(2); k <= n; k++ {
			if !composite[k] {
				count++
				last = k
			}
		}
	}
	fmt.Printf("%d primes up to %d, the largest %d\n", count, n, last)
}

func main() {
	n := int64(40_000_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: sieve [N]")
			os.Exit(2)
		}
	}
	run(n)
}
