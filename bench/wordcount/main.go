// Wordcount counts the words of a text of n words drawn from a vocabulary
// of 5000 with a skewed distribution, in a Go map: the Go twin of
// wordcount.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func makeWord(k int64) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	var w []byte
	for {
		w = append(w, letters[k%26])
		k /= 26
		if k == 0 {
			return string(w)
		}
	}
}

func makeText(n int64) string {
	vocabulary := make([]string, 5000)
	for i := range vocabulary {
		vocabulary[i] = makeWord(int64(i) * 7919)
	}
	words := make([]string, n)
	seed := int64(12345)
	for i := range words {
		seed = (seed*1103515245 + 12345) % 2147483648
		r := seed % 5000
		words[i] = vocabulary[r*r/5000]
	}
	return strings.Join(words, " ")
}

func run(n int64) {
	text := makeText(n)
	counts := make(map[string]int64)
	for w := range strings.SplitSeq(text, " ") {
		counts[w]++
	}
	var best string
	var bestCount int64
	for w, c := range counts {
		if c > bestCount || c == bestCount && w < best {
			best, bestCount = w, c
		}
	}
	fmt.Printf("%d words, %d distinct, most frequent: %s (%d)\n", n, len(counts), best, bestCount)
}

func main() {
	n := int64(14_000_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: wordcount [N]")
			os.Exit(2)
		}
	}
	run(n)
}
