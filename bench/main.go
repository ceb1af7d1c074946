// Command bench measures the bench set: pairs of a Vex program and the Go
// a careful Go programmer writes for the same job, printing the same
// output. It builds vex2go, transpiles every Vex program with vex2go build,
// builds all programs with one go build, runs each pair's programs in
// alternation, and prints a Markdown table of the medians of their CPU
// time (user + system) and peak memory (maximum resident set), the ratios
// Vex/Go, and the geometric mean of the ratios.
//
// Run it from anywhere in the repository:
//
//	go run ./bench                     every pair, 5 runs each
//	go run ./bench -runs 9 -only nbody,sieve
//
// A pair whose programs print different output is an error. The sizes
// are in pairs.go; bench_test.go runs every pair at a small size to check
// that its programs agree.
//
// A second table measures vex2go itself (compiler.go): vex2go build and
// check of a generated tree of 100,000 lines of Vex, and gofmt -l over the
// Go that build writes. -only vex2go prints that table alone.
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"time"
)

func main() {
	runs := flag.Int("runs", 5, "`number` of runs of each program; the table shows medians")
	only := flag.String("only", "", "comma-separated `names` of the pairs to measure, and vex2go for vex2go itself (default: all)")
	flag.Parse()
	if err := measure(os.Stdout, *runs, *only); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// A sample is the median CPU time and peak memory of a program's runs.
type sample struct {
	cpu time.Duration
	rss int64
}

func measure(w io.Writer, runs int, only string) error {
	selected, compiler := pairs, true
	if only != "" {
		selected, compiler = nil, false
		for name := range strings.SplitSeq(only, ",") {
			if name == "vex2go" {
				compiler = true
				continue
			}
			i := slices.IndexFunc(pairs, func(p pair) bool { return p.name == name })
			if i < 0 {
				return fmt.Errorf("no pair %q", name)
			}
			selected = append(selected, pairs[i])
		}
	}
	repo, err := repoRoot()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "vex2go-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if len(selected) > 0 {
		if err := measurePairs(w, repo, tmp, selected, runs); err != nil {
			return err
		}
	}
	if compiler {
		if len(selected) > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(os.Stderr, "measuring vex2go")
		return measureCompiler(w, repo, tmp, treeLines, runs)
	}
	return nil
}

// measurePairs measures the pairs selected and prints their table.
func measurePairs(w io.Writer, repo, tmp string, selected []pair, runs int) error {
	fmt.Fprintln(os.Stderr, "building")
	programs, err := buildPairs(repo, tmp, selected, false)
	if err != nil {
		return err
	}

	fmt.Fprintln(w, "| pair | Vex CPU | Go CPU | ratio | Vex memory | Go memory | ratio |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
	var cpuRatios, memRatios []float64
	for _, p := range selected {
		progs := programs[p.name]
		samples, err := sampleAll(progs, runs)
		if err != nil {
			return err
		}
		vex := samples[0]
		for i, s := range samples[1:] {
			cpu := vex.cpu.Seconds() / s.cpu.Seconds()
			mem := float64(vex.rss) / float64(s.rss)
			name := p.name
			if i == 0 {
				cpuRatios, memRatios = append(cpuRatios, cpu), append(memRatios, mem)
			} else {
				name += " vs " + progs[i+1].kind
			}
			fmt.Fprintf(w, "| %s | %.2f s | %.2f s | %.2f | %s | %s | %.2f |\n",
				name, vex.cpu.Seconds(), s.cpu.Seconds(), cpu, megabytes(vex.rss), megabytes(s.rss), mem)
		}
	}
	fmt.Fprintf(w, "| geometric mean | | | %.2f | | | %.2f |\n", geomean(cpuRatios), geomean(memRatios))
	return nil
}

// sampleAll runs each program runs times, alternating between them and
// reversing their order on every other round so that neither side always
// runs first, and returns the median of each program's CPU time and peak
// memory. Every run must print what the first run of the first program
// printed.
func sampleAll(progs []*program, runs int) ([]sample, error) {
	cpus := make([][]time.Duration, len(progs))
	rsss := make([][]int64, len(progs))
	var want string
	for r := range runs {
		order := slices.Clone(progs)
		if r%2 == 1 {
			slices.Reverse(order)
		}
		for _, p := range order {
			out, ps, err := p.run(context.Background(), p.pair.size)
			if err != nil {
				return nil, err
			}
			if want == "" {
				want = out
			} else if out != want {
				return nil, fmt.Errorf("%s printed\n%s\nbut %s printed\n%s", p.label(), out, progs[0].label(), want)
			}
			i := slices.Index(progs, p)
			cpus[i] = append(cpus[i], ps.UserTime()+ps.SystemTime())
			rsss[i] = append(rsss[i], maxRSS(ps))
			fmt.Fprintf(os.Stderr, "%-26s %6.2f s %8s\n", p.label(), (ps.UserTime() + ps.SystemTime()).Seconds(), megabytes(maxRSS(ps)))
		}
	}
	samples := make([]sample, len(progs))
	for i := range progs {
		samples[i] = sample{median(cpus[i]), median(rsss[i])}
	}
	return samples, nil
}

func median[T cmp.Ordered](xs []T) T {
	xs = slices.Clone(xs)
	slices.Sort(xs)
	return xs[len(xs)/2]
}

func geomean(xs []float64) float64 {
	var sum float64
	for _, x := range xs {
		sum += math.Log(x)
	}
	return math.Exp(sum / float64(len(xs)))
}

func megabytes(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }
