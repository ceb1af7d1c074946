package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"

	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/types"
	"github.com/vexlang/vex2go/lower"
)

// buildCmd is "vex2go [build] PATH... -o OUT".
type buildCmd struct {
	buildFlags
	Check bool `help:"Write nothing; list each generated file that is missing, stale or would be removed, and exit 1 if there is one."`
}

// buildFlags are the arguments and flags of build and watch.
type buildFlags struct {
	Paths   []string `arg:"" name:"path" help:"A .vx file, or a directory of packages."`
	Out     string   `short:"o" required:"" placeholder:"OUT" help:"Output directory, created if missing."`
	Package string   `placeholder:"NAME" help:"Go package name of the output (a single package only)."`
	Module  string   `placeholder:"PATH" help:"Import path of OUT, for imports between generated packages (default: from the go.mod above OUT)."`
	NoLine  bool     `help:"Omit //line directives."`
}

// Run transpiles the packages and writes their Go files.
func (c *buildCmd) Run(g *globals) error {
	_, err := c.build(g, c.Check)
	return err
}

// build transpiles the packages and writes their Go files or, if check,
// lists those that are out of date (checkOutput). It returns the source
// directories of the packages, once they are found.
func (c *buildFlags) build(g *globals, check bool) ([]string, error) {
	fset := source.NewFileSet()
	prog, err := load.Load(fset, c.Paths...)
	if err != nil {
		return nil, err
	}
	prog.GoDir = c.Out // go: imports resolve from the module of the output
	var dirs []string
	for _, p := range prog.Packages {
		dirs = append(dirs, p.Dir)
	}
	pkgs := buildPackages(prog)
	if c.Package != "" {
		var named []*pkg
		for _, p := range pkgs {
			if len(p.Files) > 0 && !p.Added {
				named = append(named, p)
			}
		}
		if len(named) > 1 {
			return dirs, fmt.Errorf("--package names one package, but the paths hold %d", len(named))
		}
		named[0].PkgName = c.Package
	}
	module := c.Module
	if module == "" {
		if module, err = load.FindModule(c.Out); err != nil {
			return dirs, err
		}
	}
	root, err := lineRoot(c.Out)
	if err != nil {
		return dirs, err
	}
	if err := g.compile(prog, pkgs, genOptions{Module: module, NoLine: c.NoLine, LineRoot: root}, false); err != nil {
		return dirs, err
	}
	if check {
		return dirs, checkOutput(g, c.Out, pkgs, treeRoots(c.Paths))
	}
	return dirs, writeOutput(g, c.Out, pkgs, treeRoots(c.Paths))
}

// checkCmd is "vex2go check PATH...".
type checkCmd struct {
	Paths []string `arg:"" name:"path" help:"A .vx file, or a directory of packages."`
}

// Run parses and type-checks the packages.
func (c *checkCmd) Run(g *globals) error {
	if os.Getenv("GOGC") == "" {
		// A check keeps the syntax and types of every package to the
		// end, so that a collection finds little garbage: collecting
		// less often saves a fifth of its time, with the same peak
		// memory (docs/performance.md).
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	prog, err := load.Load(source.NewFileSet(), c.Paths...)
	if err != nil {
		return err
	}
	return g.compile(prog, buildPackages(prog), genOptions{}, true)
}

// buildPackages returns the packages of a program, to compile.
func buildPackages(prog *load.Program) []*pkg {
	pkgs := make([]*pkg, len(prog.Packages))
	for i, p := range prog.Packages {
		pkgs[i] = &pkg{pkgInput: pkgInput{Package: p}}
	}
	return pkgs
}

// compiler compiles one package. The tests of the command line wrap it, to
// report diagnostics and generate programs at will.
var compiler = compilePackage

// compile compiles the packages of prog, each after those it imports,
// keeping their generated files unless checkOnly, and reports the
// diagnostics. Packages that do not depend on each other compile at the
// same time, on as many goroutines as Go runs at once; the diagnostics of
// each are kept apart and reported in order, so that what compile prints
// and generates does not depend on the timing.
func (g *globals) compile(prog *load.Program, pkgs []*pkg, opts genOptions, checkOnly bool) error {
	var diags source.List
	diags.Append(&prog.Diags)
	if !checkOnly {
		tuneGC(prog) // a check keeps GOGC=400 (checkCmd.Run)
	}
	if !checkOnly && opts.Module == "" && prog.HasImports() {
		return errors.New("packages import each other, but the Go import path of the output is unknown: pass --module PATH, or write the output inside a Go module")
	}
	byPackage := make(map[*load.Package]*pkg, len(pkgs))
	for _, p := range pkgs {
		byPackage[p.Package] = p
	}
	// The packages checked so far, for the lowerings of their importers.
	var mu sync.Mutex
	checked := make(map[*types.Package]*pkg)
	opts.Names = new(lower.Names)
	opts.ImportPath = func(t *types.Package) (string, string) {
		mu.Lock()
		p := checked[t]
		mu.Unlock()
		if p == nil {
			return "", "" // not a package of the build: a standard module, later
		}
		return load.ImportPath(opts.Module, p.Rel), p.goName(t)
	}
	index := make(map[*load.Package]int, len(prog.Order))
	done := make([]chan struct{}, len(prog.Order))
	for i, lp := range prog.Order {
		index[lp] = i
		done[i] = make(chan struct{})
	}
	perPackage := make([]source.List, len(prog.Order))
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, lp := range prog.Order {
		wg.Go(func() {
			defer close(done[i])
			// A package comes after those it imports in prog.Order, unless
			// it is in an import cycle, and then it is not Ready.
			for _, dep := range lp.Imports {
				if j := index[dep]; j < i {
					<-done[j]
				}
			}
			if !lp.Ready() {
				return
			}
			slots <- struct{}{}
			defer func() { <-slots }()
			p := byPackage[lp]
			p.gen = compiler(prog.Fset, p.pkgInput, opts, checkOnly, &perPackage[i])
			if lp.Types != nil {
				mu.Lock()
				checked[lp.Types] = p
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	for i := range perPackage {
		diags.Append(&perPackage[i])
	}
	return g.report(prog.Fset, &diags)
}

// report prints the diagnostics to stderr, sorted, and returns exitStatus(1)
// if they hold errors, or warnings under --werror.
func (g *globals) report(fset *source.FileSet, diags *source.List) error {
	diags.Sort(fset)
	failed := diags.HasErrors() || g.Werror && diags.WarningCount() > 0
	if g.Quiet && !g.Werror {
		diags.Diags = slices.DeleteFunc(diags.Diags, func(d source.Diagnostic) bool {
			return d.Severity == source.Warning
		})
	}
	if g.JSON {
		diags.PrintJSON(g.stderr, fset)
	} else {
		diags.Print(g.stderr, fset)
	}
	if failed {
		return exitStatus(1)
	}
	return nil
}
