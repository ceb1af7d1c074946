package main

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vexlang/vex2go/golden/workdir"

	// Compiled by go test before this test runs the go command.
	_ "github.com/vexlang/vex2go/golden/buildfirst"
)

// TestPairsAgree builds the bench set and runs every pair at its small
// size: the Vex program and its Go twins must print the same output. It
// checks correctness only; the timing is the business of go run ./bench.
func TestPairsAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every program of the bench set")
	}
	repo, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	readSources(repo)
	// In a directory that stays, the go command compiles and links again
	// only the programs that changed since the last run.
	dir, release, err := workdir.Acquire(repo, "bench")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(release)
	// Linking is most of the build: one executable for all Vex programs,
	// without a symbol table and DWARF, halves it.
	programs, err := buildPairs(repo, dir, pairs, true, "-ldflags=-s -w")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			progs := programs[p.name]
			want, _, err := progs[0].run(ctx, p.small)
			if err != nil {
				t.Fatal(err)
			}
			for _, twin := range progs[1:] {
				got, _, err := twin.run(ctx, p.small)
				if err != nil {
					t.Fatal(err)
				}
				if got != want {
					t.Errorf("%s printed\n%s\n%s printed\n%s", progs[0].label(), want, twin.label(), got)
				}
			}
		})
	}
}

// readSources reads the Go and Vex files of the repository. The test runs
// vex2go and the go command, which read them, so without these reads go
// test would replay a cached result after they changed: the test cache
// tracks the files that the test itself opens.
func readSources(repo string) {
	filepath.WalkDir(repo, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() && path != repo && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
			return fs.SkipDir
		}
		if ext := filepath.Ext(path); ext == ".go" || ext == ".vx" || d.Name() == "go.mod" || d.Name() == "go.sum" {
			os.ReadFile(path)
		}
		return nil
	})
}

// TestTwinSizes checks that each Go twin runs by default at the size of
// its pair in pairs.go, as the Vex program does.
func TestTwinSizes(t *testing.T) {
	defaultSize := regexp.MustCompile(`n := int64\(([0-9_]+)\)`)
	for _, p := range pairs {
		for _, dir := range append([]string{""}, p.extra...) {
			path := filepath.Join(p.name, dir, "main.go")
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			m := defaultSize.FindSubmatch(src)
			if m == nil {
				t.Errorf("%s: no n := int64(SIZE)", path)
				continue
			}
			if n, _ := strconv.ParseInt(strings.ReplaceAll(string(m[1]), "_", ""), 10, 64); n != p.size {
				t.Errorf("%s: default size %s, want %d as in pairs.go", path, m[1], p.size)
			}
		}
	}
}

// TestCompilerTable measures vex2go on a small tree, once, and checks that
// the table has its three rows; it checks nothing of the times.
func TestCompilerTable(t *testing.T) {
	if testing.Short() {
		t.Skip("builds vex2go")
	}
	repo, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	readSources(repo)
	var out strings.Builder
	if err := measureCompiler(&out, repo, t.TempDir(), 2_000, 1); err != nil {
		t.Fatal(err)
	}
	for _, row := range []string{"| vex2go build |", "| vex2go check |", "| gofmt -l (over build's output) |"} {
		if !strings.Contains(out.String(), row) {
			t.Errorf("no row %s in\n%s", row, out.String())
		}
	}
}
