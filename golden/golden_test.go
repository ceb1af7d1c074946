package golden

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/build"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/vexlang/vex2go/golden/workdir"

	// Compiled by go test before this test runs the go command.
	_ "github.com/vexlang/vex2go/golden/buildfirst"
)

var update = flag.Bool("update", false, "rewrite the expectations of the cases from what vex2go and the programs do")

// vex2go is the path of the vex2go binary that TestMain builds.
var vex2go string

// modulePath is the module path of the temporary module of the cases.
const modulePath = "vexgolden"

// runTimeout limits the run time of each program.
const runTimeout = 10 * time.Second

// work is the directory where the tests keep vex2go, the module of the
// cases and their programs between runs.
var work string

func TestMain(m *testing.M) {
	flag.Parse()
	// The directory's paths stay the same from one run to the next, so go
	// build compiles and links again only the programs whose Go changed.
	dir, release, err := workdir.Acquire("..", "golden")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	work = dir
	vex2go = filepath.Join(work, "vex2go")
	// Without a symbol table and DWARF, the link takes half as long and each
	// of the several hundred runs maps less; stack traces stay.
	out, err := exec.Command("go", "build", "-ldflags=-s -w", "-o", vex2go, "github.com/vexlang/vex2go/cmd/vex2go").CombinedOutput()
	code := 1
	if err != nil {
		fmt.Fprintf(os.Stderr, "building vex2go: %v\n%s", err, out)
	} else {
		code = m.Run()
	}
	release()
	os.Exit(code)
}

// readSources reads every Go source file of the module. This package does
// not import the compiler it tests, which TestMain builds with go build, so
// without these reads go test would replay a cached result after the
// compiler changed: the test cache tracks the files a test opens (from
// inside a test, not from TestMain).
func readSources() {
	filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != ".." {
			return fs.SkipDir
		}
		if strings.HasSuffix(path, ".go") || d.Name() == "go.mod" || d.Name() == "go.sum" {
			os.ReadFile(path)
		}
		return nil
	})
}

func TestGolden(t *testing.T) {
	readSources()
	buildModule(t)
	for _, c := range module.golden {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if c.program {
				c.checkRuns(t, module.exe)
				return
			}
			c.check(t, module.exe)
		})
	}
}

// module is the module of the cases, which TestGolden and TestAccepted
// share: the first of them to run transpiles their cases and builds them.
var module struct {
	once     sync.Once
	built    bool        // the module was built
	golden   []*testCase // TestGolden's: the golden cases and the programs of the corpus and examples/
	accepted []*testCase // TestAccepted's: the inputs of the corpora
	exe      string      // the executable of buildAll, which runs the programs of golden
}

// Where the module keeps the cases: the Go of a case NAME is the package
// DIR/NAME, and its sources are in SRC/NAME.
const (
	goldenDir, goldenSrc     = "cases", "vex"
	acceptedDir, acceptedSrc = "corpus", "corpus-vex"
)

// buildModule transpiles the cases of TestGolden and TestAccepted, builds
// and vets them, once.
func buildModule(t *testing.T) {
	module.once.Do(func() {
		golden := slices.Concat(loadCases(t), loadCorpus(t), loadExamples(t))
		accepted := corpusCases(t, golden)
		for _, c := range golden {
			c.dir = goldenDir
		}
		for _, c := range accepted {
			c.dir = acceptedDir
		}
		mod := filepath.Join(work, "mod")
		writeModule(t, mod, golden)
		for _, dir := range []string{goldenSrc, goldenDir} {
			pruneCases(t, filepath.Join(mod, dir), golden)
		}
		for _, dir := range []string{acceptedSrc, acceptedDir} {
			pruneCases(t, filepath.Join(mod, dir), accepted)
		}
		all := append(slices.Clone(golden), accepted...)
		// The sources lie in the module, as in a repository that keeps them
		// beside the generated Go: //line directives name them from the
		// module root.
		transpileAll(all, mod)
		module.exe = buildAll(t, mod, all)
		module.golden, module.accepted, module.built = golden, accepted, true
	})
	if !module.built {
		t.Fatal("the module of the cases could not be built: see the test that failed first")
	}
}

// A testCase is one archive of testdata and what happens to it.
type testCase struct {
	name    string
	path    string
	archive *txtar.Archive
	inputs  []txtar.File      // the .vx files
	gomod   []txtar.File      // the files of Go modules the case needs, under gomod/
	want    map[string]string // the expectations, by section name, normalized

	program bool              // a program of the corpus or examples/, which must build and run, and print want["stdout"] if there is one
	dir     string            // the directory of the module that holds its package: goldenDir or acceptedDir
	status  int               // vex2go's exit status: 0, or 1 if it refused the case
	diags   string            // what vex2go printed
	out     map[string]string // generated files, by section name ("out/...")
	failure string            // why the case could not be tested, or its Go fails to build or vet
}

// caseName matches the names of the cases, which are import path
// elements and executable names too.
var caseName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

// loadCases reads the cases of testdata, sorted by name.
func loadCases(t *testing.T) []*testCase {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []*testCase
	for _, path := range paths {
		c := &testCase{name: caseOfArchive(path), path: path, want: map[string]string{}}
		if !caseName.MatchString(c.name) {
			t.Fatalf("%s: a case name has lower-case letters, digits, _ and - only", path)
		}
		if c.archive, err = txtar.ParseFile(path); err != nil {
			t.Fatal(err)
		}
		if summary, rest, _ := strings.Cut(string(c.archive.Comment), "\n"); strings.TrimSpace(summary) == "" || rest != "" && !strings.HasPrefix(rest, "\n") {
			t.Fatalf("%s: the comment must start with a line of its own that says what the case pins", path)
		}
		for _, f := range c.archive.Files {
			switch {
			case f.Name == "diagnostics" || f.Name == "stdout" || f.Name == "stderr" || f.Name == "exit" ||
				strings.HasPrefix(f.Name, "out/") && strings.HasSuffix(f.Name, ".vx.go"):
				// As txtar.Format would, end the last section with a newline.
				text := string(f.Data)
				if text != "" && !strings.HasSuffix(text, "\n") {
					text += "\n"
				}
				c.want[f.Name] = normalize(f.Name, text)
			case strings.HasSuffix(f.Name, ".vx"):
				c.inputs = append(c.inputs, f)
			case strings.HasPrefix(f.Name, "gomod/"):
				c.gomod = append(c.gomod, f)
			default:
				t.Fatalf("%s: unknown section %q", path, f.Name)
			}
		}
		if len(c.inputs) == 0 {
			t.Fatalf("%s: no .vx files", path)
		}
		cases = append(cases, c)
	}
	return cases
}

// corpusDir holds the parse-agreement corpus of frontend/syntax: Vex as
// the Vex team writes it.
const corpusDir = "../frontend/syntax/testdata/vex"

// loadCorpus returns the programs of the parse-agreement corpus as cases
// named corpus_NAME: each file but the out_of_scope_* files, whose
// features spec section 10 puts out of scope, is a program, and each
// directory is a program of several packages.
func loadCorpus(t *testing.T) []*testCase {
	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	var cases []*testCase
	for _, e := range entries {
		c := &testCase{program: true, path: filepath.Join(corpusDir, e.Name()), name: "corpus_" + strings.TrimSuffix(e.Name(), ".vx")}
		switch {
		case e.IsDir():
			err = c.readInputs()
		case filepath.Ext(e.Name()) == ".vx" && !strings.HasPrefix(e.Name(), "out_of_scope_"):
			var data []byte
			data, err = os.ReadFile(c.path)
			c.inputs = []txtar.File{{Name: "main.vx", Data: data}}
		default:
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	return cases
}

// examplesDir holds the example programs, each a directory with the
// standard output it prints in stdout.golden.
const examplesDir = "../examples"

// loadExamples returns the programs of examplesDir as cases named
// example_NAME, which must print their stdout.golden.
func loadExamples(t *testing.T) []*testCase {
	outputs, err := filepath.Glob(filepath.Join(examplesDir, "*", "stdout.golden"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []*testCase
	for _, output := range outputs {
		dir := filepath.Dir(output)
		c := &testCase{program: true, path: dir, name: "example_" + filepath.Base(dir), want: map[string]string{}}
		data, err := os.ReadFile(output)
		if err == nil {
			c.want["stdout"] = normalize("stdout", string(data))
			err = c.readInputs()
		}
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	return cases
}

// readInputs reads the .vx files below the directory c.path, a program.
func (c *testCase) readInputs() error {
	return filepath.WalkDir(c.path, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".vx" {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(c.path, path)
		c.inputs = append(c.inputs, txtar.File{Name: filepath.ToSlash(rel), Data: data})
		return err
	})
}

// pruneCases removes what earlier runs left in dir of cases that are gone:
// their sources, their Go and their programs.
func pruneCases(t *testing.T, dir string, cases []*testCase) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".exe")
		if !slices.ContainsFunc(cases, func(c *testCase) bool { return c.name == name }) {
			if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// writeModule writes the go.mod of the module of the cases, which takes
// the runtime from this repository, and the Go modules that the cases
// declare under gomod/, which it requires and replaces by their
// directories.
func writeModule(t *testing.T, mod string, cases []*testCase) {
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	// The go version is the repository's, so that the module needs no update
	// for the runtime's requirements (go 1.26 would be older than 1.26.0).
	repoMod, err := os.ReadFile(filepath.Join(repo, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	gomod := fmt.Sprintf("module %s\n\ngo %s\n\nrequire github.com/vexlang/vex2go v0.0.0\n\nreplace github.com/vexlang/vex2go => %s\n",
		modulePath, modfileGo(repoMod), repo)
	mods := filepath.Join(filepath.Dir(mod), "gomod")
	if err := os.RemoveAll(mods); err != nil {
		t.Fatal(err)
	}
	written := make(map[string]string) // the files of the modules, by path under gomod/
	for _, c := range cases {
		for _, f := range c.gomod {
			if prev, ok := written[f.Name]; ok {
				if prev != string(f.Data) {
					t.Fatalf("%s: %s differs from another case's; give the module a path of its own", c.path, f.Name)
				}
				continue
			}
			written[f.Name] = string(f.Data)
			path := filepath.Join(mods, filepath.FromSlash(strings.TrimPrefix(f.Name, "gomod/")))
			if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, f.Data, 0o666); err != nil {
				t.Fatal(err)
			}
			if filepath.Base(path) != "go.mod" {
				continue
			}
			modPath := modfileModule(f.Data)
			if modPath == "" {
				t.Fatalf("%s: %s declares no module", c.path, f.Name)
			}
			gomod += fmt.Sprintf("\nrequire %s v0.0.0\n\nreplace %s => %s\n", modPath, modPath, filepath.Dir(path))
		}
	}
	if err := os.MkdirAll(mod, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o666); err != nil {
		t.Fatal(err)
	}
}

// modfileGo returns the go version that a go.mod file declares.
func modfileGo(gomod []byte) string {
	for line := range strings.Lines(string(gomod)) {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "go "); ok {
			return strings.TrimSpace(rest)
		}
	}
	return strings.TrimPrefix(build.Default.ReleaseTags[len(build.Default.ReleaseTags)-1], "go")
}

// modfileModule returns the module path that a go.mod file declares.
func modfileModule(gomod []byte) string {
	for line := range strings.Lines(string(gomod)) {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
			return strings.TrimSpace(rest)
		}
	}
	return ""
}

// transpileAll transpiles the cases into the module mod. The golden cases
// whose expectations say that vex2go accepts them without a diagnostic
// are transpiled by one vex2go build of the tree of their sources, as a
// user transpiles a tree of packages: one load of the Go packages that
// they import, where a run for each case starts the go command for each.
// The other cases, and all of them if that run does not go as expected,
// are transpiled each in a run of its own, as many at a time as Go runs
// goroutines, so that what vex2go prints is each case's alone.
func transpileAll(cases []*testCase, mod string) {
	var tree, single []*testCase
	for _, c := range cases {
		if c.dir == goldenDir && c.quiet() {
			tree = append(tree, c)
		} else {
			single = append(single, c)
		}
	}
	// Nothing of an earlier run stays: not a file the case no longer has,
	// nor the Go of a case that vex2go now refuses. The run of the tree
	// reads every directory of goldenSrc, which holds only its cases.
	for _, c := range cases {
		for _, dir := range []string{c.srcDir(mod), c.outDir(mod)} {
			if err := os.RemoveAll(dir); err != nil {
				c.failure = err.Error()
			}
		}
	}
	if !transpileTree(tree, mod) {
		single = append(single, tree...)
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, c := range single {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			c.transpile(mod)
		})
	}
	wg.Wait()
}

// quiet reports whether the expectations of the case say that vex2go
// accepts it and prints nothing: it has no diagnostics section, or an
// empty one.
func (c *testCase) quiet() bool {
	return c.program || c.want["diagnostics"] == ""
}

// srcDir returns the directory of the module mod that holds the sources of
// the case.
func (c *testCase) srcDir(mod string) string {
	if c.dir == acceptedDir {
		return filepath.Join(mod, acceptedSrc, c.name)
	}
	return filepath.Join(mod, goldenSrc, c.name)
}

// outDir returns the directory of the package of the case in the module mod.
func (c *testCase) outDir(mod string) string { return filepath.Join(mod, c.dir, c.name) }

// transpileTree runs vex2go build once on the sources of the cases, all
// golden cases, which lie side by side in goldenSrc, and records what it
// writes for each. It reports whether vex2go accepted them all and
// printed nothing; if not, it leaves them to be transpiled one by one.
func transpileTree(cases []*testCase, mod string) bool {
	if len(cases) == 0 {
		return true
	}
	for _, c := range cases {
		if c.failure != "" || c.writeInputs(mod) != nil {
			return false
		}
	}
	src := filepath.Join(mod, goldenSrc)
	cmd := exec.Command(vex2go, "build", ".", "-o", filepath.Join(mod, goldenDir), "--module", modulePath+"/"+goldenDir)
	cmd.Dir = src
	if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
		for _, c := range cases {
			os.RemoveAll(c.outDir(mod))
		}
		return false
	}
	for _, c := range cases {
		c.readOutputs(mod)
	}
	return true
}

// transpile writes the inputs of the case to its source directory and
// runs vex2go build on them, with output to the package of the case in the
// module mod.
func (c *testCase) transpile(mod string) {
	if c.failure != "" {
		return
	}
	if err := c.writeInputs(mod); err != nil {
		c.failure = err.Error()
		return
	}
	cmd := exec.Command(vex2go, "build", ".", "-o", c.outDir(mod), "--module", c.importPath())
	cmd.Dir = c.srcDir(mod)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	var exit *exec.ExitError
	if err := cmd.Run(); err != nil && !errors.As(err, &exit) {
		c.failure = err.Error()
		return
	}
	c.status, c.diags = cmd.ProcessState.ExitCode(), stderr.String()
	if c.status > 1 {
		c.failure = fmt.Sprintf("vex2go build: exit status %d\n%s", c.status, c.diags)
	}
	if c.status == 0 {
		c.readOutputs(mod)
	}
}

// writeInputs writes the .vx files of the case to its source directory in
// the module mod.
func (c *testCase) writeInputs(mod string) error {
	for _, f := range c.inputs {
		path := filepath.Join(c.srcDir(mod), filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			return err
		}
		if err := os.WriteFile(path, f.Data, 0o666); err != nil {
			return err
		}
	}
	return nil
}

// readOutputs records the files that vex2go wrote to the package of the
// case in the module mod.
func (c *testCase) readOutputs(mod string) {
	out := c.outDir(mod)
	c.out = map[string]string{}
	err := filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(out, path)
		c.out["out/"+filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		c.failure = err.Error()
	}
}

// goCommand returns a go command to run in the module mod, which must
// need no network.
func goCommand(mod string, args ...string) *exec.Cmd {
	cmd := exec.Command("go", args...)
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	return cmd
}

// buildAll builds the cases that vex2go accepted and vets them, and
// records the failures of each case. It returns the executable that runs
// the program of the golden case that the environment variable caseEnv
// names.
//
// Linking is most of the time of a build of many small programs, so the
// programs share one link, and the instantiations of vexrt's generic
// types most of the time of compiling them, so they are compiled together in
// a few packages (merge_test.go). The package main of the
// executable, under run/, calls the main function of the one named: in
// its merge, or, for a case that is not merged or whose merge failed to
// compile, in its own package, which an overlay makes importable, with
// its package clause changed and a file that calls its main function.
// The inputs of TestAccepted are compiled in the same go build, and not
// linked. go vet checks the packages as vex2go wrote them, at the same
// time as go build compiles them. The packages of the cases initialize no
// variables with side effects, so one program's initialization does not
// show in another's run.
func buildAll(t *testing.T, mod string, cases []*testCase) (exe string) {
	byPath := map[string]*testCase{} // by the import path of the package of the case
	for _, c := range cases {
		if c.status == 0 && c.failure == "" {
			byPath[c.importPath()] = c
		}
	}
	overlay := filepath.Join(filepath.Dir(mod), "overlay")
	if err := os.RemoveAll(overlay); err != nil {
		t.Fatal(err)
	}
	for c := range maps.Values(byPath) {
		if err := c.writeOverlay(mod, overlay); err != nil {
			t.Fatal(err)
		}
	}
	var golden []*testCase
	for c := range maps.Values(byPath) {
		golden = append(golden, c)
	}
	slices.SortFunc(golden, func(a, b *testCase) int { return strings.Compare(a.importPath(), b.importPath()) })
	merges := mergeCases(golden)
	if err := os.RemoveAll(filepath.Join(mod, mergedDir)); err != nil {
		t.Fatal(err)
	}
	byMerge := map[string]*merge{}
	for _, m := range merges {
		if err := m.write(mod); err != nil {
			t.Fatal(err)
		}
		byMerge[m.importPath()] = m
	}
	vetted := make(chan vetResult, 1)
	patterns := vetPatterns(byPath, merges)
	go func() { vetted <- vet(mod, patterns) }()
	// A case whose Go fails to build is left out of a build again, so that
	// the others build.
	failed := false
	for {
		var built []*testCase
		for c := range maps.Values(byPath) {
			if c.failure == "" {
				built = append(built, c)
			}
		}
		if len(built) == 0 {
			break
		}
		slices.SortFunc(built, func(a, b *testCase) int { return strings.Compare(a.importPath(), b.importPath()) })
		pkgs, err := writeRunner(mod, overlay, built, merges)
		if err != nil {
			t.Fatal(err)
		}
		// go build keeps compiling the other packages when one fails, and
		// prints the errors of each under a "# IMPORTPATH" line. It writes
		// the one executable, of run/, to the directory that -o names.
		// Without a symbol table and DWARF, the link takes half as long;
		// stack traces come from the runtime's own tables and do not
		// change.
		args := append([]string{"build", "-overlay", filepath.Join(overlay, "overlay.json"), "-ldflags=-s -w", "-o", filepath.Dir(mod) + string(filepath.Separator)}, pkgs...)
		out, err := goCommand(mod, args...).CombinedOutput()
		if err == nil {
			break
		}
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("go build: %v", err)
		}
		var c *testCase
		var m *merge
		for line := range strings.Lines(string(out)) {
			if pkg, ok := strings.CutPrefix(line, "# "); ok {
				pkg = strings.TrimSpace(pkg)
				c, m = byPath[caseOf(pkg)], byMerge[pkg]
			}
			switch {
			case m != nil:
				m.failed = true // its cases compile one by one in the next build
			case c == nil:
				t.Fatalf("go build: %v\n%s", err, out)
			default:
				failed = true
				c.failure += line
			}
		}
	}
	// go vet fails on a package that does not type-check. When a case or
	// a merge failed to build, it vets again the cases that built.
	v := <-vetted
	if v.err != nil && (failed || slices.ContainsFunc(merges, func(m *merge) bool { return m.failed })) {
		for path, c := range byPath {
			if c.failure != "" {
				delete(byPath, path)
			}
		}
		v = vet(mod, vetPatterns(byPath, merges))
	}
	if v.err != nil {
		t.Fatalf("go vet: %v\n%s", v.err, v.out)
	}
	if err := recordVet(mod, v.out, byPath, byMerge); err != nil {
		t.Fatal(err)
	}
	if err := typeCheckMerged(mod, merges); err != nil {
		t.Fatal(err)
	}
	exe = filepath.Join(filepath.Dir(mod), "run")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	return exe
}

// A vetResult is what go vet printed, and how it failed.
type vetResult struct {
	out []byte
	err error
}

// vetPatterns returns the patterns of the packages to vet: those of the
// cases of byPath, by import path, but for the cases of the merges that
// have not failed, whose merges are vetted instead, and the packages that
// their programs import.
func vetPatterns(byPath map[string]*testCase, merges []*merge) []string {
	merged := map[*testCase]*mergeable{}
	var patterns []string
	for _, m := range merges {
		if !m.live() {
			continue
		}
		patterns = append(patterns, "./"+mergedDir+"/"+m.name)
		for _, mc := range m.cases {
			merged[mc.c] = mc
		}
	}
	for c := range maps.Values(byPath) {
		mc := merged[c]
		if mc == nil {
			patterns = append(patterns, "./"+c.dir+"/"+c.name+"/...")
			continue
		}
		for _, dir := range mc.imported {
			patterns = append(patterns, "./"+c.dir+"/"+c.name+"/"+dir)
		}
	}
	slices.Sort(patterns)
	return patterns
}

// vet runs go vet on the packages of the module mod that the patterns
// match.
func vet(mod string, patterns []string) vetResult {
	if len(patterns) == 0 {
		return vetResult{}
	}
	out, err := goCommand(mod, append([]string{"vet", "-json"}, patterns...)...).CombinedOutput()
	return vetResult{out, err}
}

// recordVet records the findings of go vet -json, out, as failures of the
// cases of the module mod, by import path, that built.
func recordVet(mod string, out []byte, byPath map[string]*testCase, byMerge map[string]*merge) error {
	built := map[*testCase]bool{}
	for c := range maps.Values(byPath) {
		built[c] = c.failure == ""
	}
	// go vet -json prints a stream of objects: package, analyzer, findings.
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var report map[string]map[string][]struct{ Posn, Message string }
		if err := dec.Decode(&report); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("go vet -json: %v\n%s", err, out)
		}
		for pkg, analyzers := range report {
			m := byMerge[pkg]
			c := byPath[caseOf(pkg)]
			if c == nil && m == nil {
				return fmt.Errorf("go vet -json: a report on %s, which is no case's\n%s", pkg, out)
			}
			for name, findings := range analyzers {
				for _, f := range findings {
					posn, _ := filepath.Rel(mod, f.Posn)
					if m != nil {
						posn = strings.TrimPrefix(posn, filepath.Join(mergedDir, m.name)+string(filepath.Separator))
						c = m.caseAt(posn)
					}
					if c == nil {
						return fmt.Errorf("go vet -json: a report on %s, which is no case's\n%s", posn, out)
					}
					if built[c] { // go vet may vet what go build did not build
						c.failure += fmt.Sprintf("go vet: %s: %s (%s)\n", posn, f.Message, name)
					}
				}
			}
		}
	}
}

// caseEnv is the environment variable that names the case whose program
// the executable of buildAll runs.
const caseEnv = "VEXGOLDEN_CASE"

// mainFile is the file that the overlay adds to the package main of a
// golden case: it exports its main function to the executable of
// buildAll.
const mainFile = "golden_main.go"

// writeOverlay writes to the directory overlay what the overlay of the
// case holds: its files of package main with another package clause and,
// for a golden case, mainFile.
func (c *testCase) writeOverlay(mod, overlay string) error {
	dir := filepath.Join(overlay, c.dir, c.name)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	for name, src := range c.out {
		if strings.Contains(strings.TrimPrefix(name, "out/"), "/") {
			continue // a package that the program imports
		}
		header, rest, found := strings.Cut(src, "\npackage main\n")
		if !found && c.dir == acceptedDir {
			continue // an input of the corpora that is not a program
		}
		if !found {
			return fmt.Errorf("%s: %s has no package clause package main", c.path, name)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(name)), []byte(header+"\npackage program\n"+rest), 0o666); err != nil {
			return err
		}
	}
	if c.dir == acceptedDir {
		return nil
	}
	return os.WriteFile(filepath.Join(dir, mainFile), []byte("package program\n\n// GoldenMain runs the program.\nfunc GoldenMain() { main() }\n"), 0o666)
}

// writeRunner writes the package main of the executable of buildAll, which
// runs the programs of the golden cases among built, and the overlay of
// the build. It returns the packages to build: that of the executable and
// those of the other cases among built.
func writeRunner(mod, overlay string, built []*testCase, merges []*merge) (pkgs []string, err error) {
	replace := map[string]string{}
	var imports, cases strings.Builder
	pkgs = []string{"./run"}
	merged := map[*testCase]bool{}
	for _, m := range merges {
		if !m.live() {
			continue
		}
		fmt.Fprintf(&imports, "\t%s %q\n", m.name, m.importPath())
		for i, mc := range m.cases {
			fmt.Fprintf(&cases, "\tcase %q:\n\t\t%s.%s()\n", mc.c.name, m.name, mainName(i))
			merged[mc.c] = true
		}
	}
	for i, c := range built {
		if merged[c] {
			continue
		}
		files, err := os.ReadDir(filepath.Join(overlay, c.dir, c.name))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			replace[filepath.Join(mod, c.dir, c.name, f.Name())] = filepath.Join(overlay, c.dir, c.name, f.Name())
		}
		if c.dir != goldenDir {
			pkgs = append(pkgs, "./"+c.dir+"/"+c.name)
			continue
		}
		fmt.Fprintf(&imports, "\tc%d %q\n", i, c.importPath())
		fmt.Fprintf(&cases, "\tcase %q:\n\t\tc%d.GoldenMain()\n", c.name, i)
	}
	main := fmt.Sprintf(`// Command run runs the program of the golden case that $%s names.
package main

import (
	"fmt"
	"os"

%s)

func main() {
	switch name := os.Getenv(%q); name {
%s	default:
		fmt.Fprintf(os.Stderr, "no golden case %%q\n", name)
		os.Exit(2)
	}
}
`, caseEnv, imports.String(), caseEnv, cases.String())
	if err := os.MkdirAll(filepath.Join(mod, "run"), 0o777); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(mod, "run", "main.go"), []byte(main), 0o666); err != nil {
		return nil, err
	}
	data, err := json.Marshal(struct{ Replace map[string]string }{replace})
	if err != nil {
		return nil, err
	}
	return pkgs, os.WriteFile(filepath.Join(overlay, "overlay.json"), data, 0o666)
}

// importPath returns the import path of the package of the case.
func (c *testCase) importPath() string { return modulePath + "/" + c.dir + "/" + c.name }

// caseOf returns the import path of the package of the case that the
// package pkg of the module belongs to: the case's, or one of its own.
func caseOf(pkg string) string {
	rest, _ := strings.CutPrefix(pkg, modulePath+"/")
	dir, rest, _ := strings.Cut(rest, "/")
	name, _, _ := strings.Cut(rest, "/")
	return modulePath + "/" + dir + "/" + name
}
