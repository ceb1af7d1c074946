package main

import (
	"context"
	"errors"
	"fmt"
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A pair is a Vex program of the bench set and the Go written for the same
// job. The directory bench/NAME holds NAME.vx, whose exported run(n: i64)
// does the job, and the Go twin, a main package; more twins may sit in
// subdirectories.
type pair struct {
	name  string
	size  int64    // the size the table runs the programs at
	small int64    // the size the test runs them at
	async bool     // run is an async fn
	extra []string // subdirectories of bench/NAME holding more Go twins
}

// pairs is the bench set. The sizes make each program run for 0.5 to 2 s
// on the project's machine (the fanout twin of plain calls runs for less).
var pairs = []pair{
	{name: "pingpong", size: 2_700_000, small: 100},
	{name: "pipeline", size: 5_000_000, small: 1000},
	{name: "workerpool", size: 2_000_000, small: 1000},
	{name: "fanin", size: 1_500_000, small: 1000},
	{name: "fanout", size: 1_200_000, small: 1000, async: true, extra: []string{"plain"}},
	{name: "enumeval", size: 40_000_000, small: 1000},
	{name: "parse", size: 900_000, small: 1000},
	{name: "nbody", size: 15_000_000, small: 1000},
	{name: "strbuild", size: 125_000, small: 10},
	{name: "wordcount", size: 14_000_000, small: 1000},
	{name: "vecsort", size: 6_000_000, small: 1000},
	{name: "generics", size: 100_000, small: 10},
	{name: "sieve", size: 40_000_000, small: 1000},
	{name: "matmul", size: 1400, small: 20},
	{name: "mandelbrot", size: 3000, small: 50},
	{name: "arrays", size: 15_000_000, small: 1000},
	{name: "hof", size: 200_000, small: 10},
	{name: "structs", size: 20_000_000, small: 2000},
	{name: "states", size: 200_000_000, small: 1000},
	{name: "asyncloop", size: 200_000_000, small: 5000, async: true},
	{name: "format", size: 6_000_000, small: 100},
	{name: "bst", size: 300_000, small: 100},
	{name: "group", size: 8_000_000, small: 1000},
	{name: "tokens", size: 3_000_000, small: 1000},
	{name: "ledger", size: 200_000_000, small: 1000},
	{name: "options", size: 20_000_000, small: 1000},
	{name: "csv", size: 2_000_000, small: 1000},
}

// A program is one executable of a pair: its Vex program or a Go twin.
type program struct {
	pair *pair
	kind string   // "vex", "go", or the subdirectory of an extra twin
	path string   // the executable
	args []string // the arguments before the size
}

// label names the program in messages and in the table.
func (p *program) label() string {
	if p.kind == "vex" || p.kind == "go" {
		return p.pair.name + " (" + p.kind + ")"
	}
	return p.pair.name + " (go, " + p.kind + ")"
}

// run runs the program with the size n and returns what it printed and
// its resource usage.
func (p *program) run(ctx context.Context, n int64) (string, *os.ProcessState, error) {
	cmd := exec.CommandContext(ctx, p.path, append(p.args, strconv.FormatInt(n, 10))...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", nil, fmt.Errorf("%s: %v\n%s", p.label(), err, stderr.String())
	}
	return stdout.String(), cmd.ProcessState, nil
}

// buildPairs transpiles every Vex program of the bench set with one vex2go
// build of the repository repo, and builds the programs of ps and their
// twins with one go build, in a temporary module under dir. It returns the
// programs by pair name, the Vex program first.
//
// Each program gets an executable of its own, unless combined is set:
// then one executable runs the Vex programs and another the twins, which
// link faster than one each, and the first argument names the program.
// flags are extra go build flags.
func buildPairs(repo, dir string, ps []pair, combined bool, flags ...string) (map[string][]*program, error) {
	// Nothing of an earlier build in dir stays but the executables, which
	// the go command links again if they are out of date.
	mod := filepath.Join(dir, "mod")
	if err := os.RemoveAll(mod); err != nil {
		return nil, err
	}
	tags := build.Default.ReleaseTags
	gomod := fmt.Sprintf("module benchmod\n\ngo %s\n\nrequire github.com/vexlang/vex2go v0.0.0\n\nreplace github.com/vexlang/vex2go => %s\n",
		strings.TrimPrefix(tags[len(tags)-1], "go"), repo)
	if err := writeFile(filepath.Join(mod, "go.mod"), gomod); err != nil {
		return nil, err
	}
	// go run keeps the executable in the build cache, so that a warm run
	// does not link vex2go again.
	if err := command(repo, "go", "run", "./cmd/vex2go", "build", "bench", "-o", filepath.Join(mod, "vex"), "--module", "benchmod/vex"); err != nil {
		return nil, err
	}
	programs := map[string][]*program{}
	var twins []string // with combined, the packages of the twins under twins/
	bin := filepath.Join(dir, "bin")
	exe := func(name string) string { return filepath.Join(bin, name+exeSuffix()) }
	if combined {
		var all []*pair
		for i := range ps {
			all = append(all, &ps[i])
		}
		if err := writeFile(filepath.Join(mod, "cmd", "vex", "main.go"), shim(all)); err != nil {
			return nil, err
		}
	}
	for i := range ps {
		p := &ps[i]
		vex := &program{pair: p, kind: "vex", path: exe(p.name + "-vex")}
		if combined {
			vex.path, vex.args = exe("vex"), []string{p.name}
		} else if err := writeFile(filepath.Join(mod, "cmd", p.name+"-vex", "main.go"), shim([]*pair{p})); err != nil {
			return nil, err
		}
		programs[p.name] = append(programs[p.name], vex)
		for _, kind := range append([]string{"go"}, p.extra...) {
			src := filepath.Join(repo, "bench", p.name)
			if kind != "go" {
				src = filepath.Join(src, kind)
			}
			twin := &program{pair: p, kind: kind, path: exe(p.name + "-" + kind)}
			if combined {
				twins = append(twins, p.name+"-"+kind)
				twin.path, twin.args = exe("twins"), []string{p.name + "-" + kind}
				if err := copyTwin(src, filepath.Join(mod, "twins", p.name+"-"+kind)); err != nil {
					return nil, err
				}
			} else if err := copyGoFiles(src, filepath.Join(mod, "cmd", p.name+"-"+kind), nil); err != nil {
				return nil, err
			}
			programs[p.name] = append(programs[p.name], twin)
		}
	}
	if combined {
		if err := writeFile(filepath.Join(mod, "cmd", "twins", "main.go"), twinsMain(twins)); err != nil {
			return nil, err
		}
	}
	args := append(append([]string{"build"}, flags...), "-o", bin+string(filepath.Separator), "./cmd/...")
	if err := command(mod, "go", args...); err != nil {
		return nil, err
	}
	return programs, nil
}

// shim returns the main package of the Vex programs of ps. It reads the
// optional size argument, preceded by the name of the program if there
// are several, and calls the program's run function as a generated main
// calls the Vex main. The Vex programs cannot read their arguments
// themselves while vex2go refuses go: imports (and so os.Args).
func shim(ps []*pair) string {
	var imports, cases strings.Builder
	for i, p := range ps {
		fmt.Fprintf(&imports, "\tp%d \"benchmod/vex/%s\"\n", i, p.name)
		await := ""
		if p.async {
			await = ".Await()"
		}
		fmt.Fprintf(&cases, "\tcase %q:\n\t\tsize, run = %d, func(n int64) { p%d.Run(n)%s }\n", p.name, p.size, i, await)
	}
	// The name of a single program is fixed; with several, the first
	// argument (or none: "") names one.
	usage, pick := ps[0].name+" [N]", "name, args := "+strconv.Quote(ps[0].name)+", os.Args[1:]"
	if len(ps) > 1 {
		usage, pick = "vex NAME [N]", "name, args := \"\", os.Args[1:]\n\tif len(args) > 0 {\n\t\tname, args = args[0], args[1:]\n\t}"
	}
	return fmt.Sprintf(`// Command %[3]s runs Vex programs of the bench set.
package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/vexlang/vex2go/vexrt"

%[1]s)

func main() {
	%[4]s
	var size int64
	var run func(int64)
	switch name {
%[2]s	default:
		usage()
	}
	if len(args) > 0 {
		n, err := strconv.ParseInt(args[0], 10, 64)
		if err != nil || len(args) > 1 {
			usage()
		}
		size = n
	}
	vexrt.Main(func() { run(size) })
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: %[3]s")
	os.Exit(2)
}
`, imports.String(), cases.String(), usage, pick)
}

// copyGoFiles copies the Go files of the directory src, tests excluded,
// into the directory dst, each through edit if it is not nil.
func copyGoFiles(src, dst string, edit func(string) string) error {
	files, err := filepath.Glob(filepath.Join(src, "*.go"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no Go files in %s", src)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		if err == nil {
			text := string(data)
			if edit != nil {
				text = edit(text)
			}
			err = writeFile(filepath.Join(dst, filepath.Base(f)), text)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// mainClause matches the package clause of a program.
var mainClause = regexp.MustCompile(`(?m)^package main$`)

// copyTwin copies the Go twin in src to dst as a package twin that can be
// imported: its package clause changes, and Main calls its main. The
// twins read their size from os.Args[1] and initialize nothing at start,
// so that one executable can hold them all (twinsMain).
func copyTwin(src, dst string) error {
	edit := func(text string) string {
		if loc := mainClause.FindStringIndex(text); loc != nil {
			return text[:loc[0]] + "package twin" + text[loc[1]:]
		}
		return text
	}
	if err := copyGoFiles(src, dst, edit); err != nil {
		return err
	}
	return writeFile(filepath.Join(dst, "twin_main.go"), "package twin\n\n// Main runs the twin.\nfunc Main() { main() }\n")
}

// twinsMain returns the package main of the executable that runs the twins
// under twins/: its first argument names the twin, which sees the other
// arguments as its own.
func twinsMain(twins []string) string {
	var imports, cases strings.Builder
	for i, t := range twins {
		fmt.Fprintf(&imports, "\tt%d \"benchmod/twins/%s\"\n", i, t)
		fmt.Fprintf(&cases, "\tcase %q:\n\t\tt%d.Main()\n", t, i)
	}
	return fmt.Sprintf(`// Command twins runs the Go twins of the bench set.
package main

import (
	"fmt"
	"os"

%s)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: twins NAME [N]")
		os.Exit(2)
	}
	name := os.Args[1]
	os.Args = append(os.Args[:1], os.Args[2:]...)
	switch name {
%s	default:
		fmt.Fprintf(os.Stderr, "no twin %%q\n", name)
		os.Exit(2)
	}
}
`, imports.String(), cases.String())
}

func writeFile(path, data string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(data), 0o666)
}

// command runs a command in the directory dir, offline, and returns its
// output as the error if it fails.
func command(dir, name string, args ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
	}
	return nil
}

// repoRoot returns the root of the vex2go repository: the directory of
// the go.mod at or above the current directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(data), "module github.com/vexlang/vex2go\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the vex2go repository")
		}
		dir = parent
	}
}

func exeSuffix() string {
	if build.Default.GOOS == "windows" {
		return ".exe"
	}
	return ""
}
