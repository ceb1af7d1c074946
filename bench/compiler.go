package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/vexlang/vex2go/bench/tree"
)

// treeLines is the size of the tree of Vex packages that the compiler's
// table measures vex2go on.
const treeLines = 100_000

// A step is one command of the compiler's table.
type step struct {
	name string
	cmd  string   // the executable
	args []string // its arguments
}

// measureCompiler measures vex2go itself on a generated tree of about
// lines lines of Vex (bench/tree): vex2go build, vex2go check, and gofmt -l
// over the Go that build writes, for comparison, each run runs times in
// alternation. It prints a Markdown table of the median wall-clock and CPU
// time of each, the lines of Vex per second of each, and the peak memory.
func measureCompiler(w io.Writer, repo, dir string, lines, runs int) error {
	vex2go := filepath.Join(dir, "vex2go"+exeSuffix())
	if err := command(repo, "go", "build", "-o", vex2go, "./cmd/vex2go"); err != nil {
		return err
	}
	src, out := filepath.Join(dir, "tree"), filepath.Join(dir, "tree-go")
	if _, err := tree.Write(src, lines); err != nil {
		return err
	}
	n, err := countLines(src)
	if err != nil {
		return err
	}
	steps := []step{
		{"vex2go build", vex2go, []string{"build", src, "-o", out, "--module", "example.com/tree"}},
		{"vex2go check", vex2go, []string{"check", src}},
		{"gofmt -l (over build's output)", "gofmt", []string{"-l", out}},
	}
	type result struct {
		wall, cpu []time.Duration
		rss       []int64
	}
	results := make([]result, len(steps))
	for r := range runs {
		for i, s := range steps {
			cmd := exec.Command(s.cmd, s.args...)
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = io.Discard, &stderr
			start := time.Now()
			if err := cmd.Run(); err != nil {
				return fmt.Errorf("%s: %v\n%s", s.name, err, stderr.Bytes())
			}
			wall, ps := time.Since(start), cmd.ProcessState
			res := &results[i]
			res.wall = append(res.wall, wall)
			res.cpu = append(res.cpu, ps.UserTime()+ps.SystemTime())
			res.rss = append(res.rss, maxRSS(ps))
			fmt.Fprintf(os.Stderr, "%-32s run %d: %6.2f s wall %6.2f s CPU %8s\n", s.name, r+1, wall.Seconds(), res.cpu[r].Seconds(), megabytes(maxRSS(ps)))
		}
	}
	fmt.Fprintf(w, "| vex2go on %d lines of Vex | wall | CPU | lines/s of wall | lines/s of CPU | memory |\n", n)
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: |")
	for i, s := range steps {
		res := results[i]
		wall, cpu := median(res.wall), median(res.cpu)
		fmt.Fprintf(w, "| %s | %.2f s | %.2f s | %.0fk | %.0fk | %s |\n", s.name, wall.Seconds(), cpu.Seconds(),
			float64(n)/wall.Seconds()/1000, float64(n)/cpu.Seconds()/1000, megabytes(median(res.rss)))
	}
	return nil
}

// countLines returns the number of lines of the files under dir.
func countLines(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		n += bytes.Count(data, []byte("\n"))
		return err
	})
	return n, err
}
