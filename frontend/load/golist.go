package load

import (
	"errors"
	"fmt"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file loads the Go packages that `go:` imports name. The first
// import of a Go package that the checker asks for loads every Go package
// that the files of the program import, with one call of go/packages,
// which takes their types from the go command's export data. They are
// resolved from the Go module of Program.GoDir: the standard library, the
// module's own packages, its requirements, replaced modules and go.work.

// goPackages is what the program knows of its Go packages.
type goPackages struct {
	mu      sync.Mutex // held by importGo: the packages of a program are checked at the same time
	loaded  bool
	loads   int                       // the calls of go/packages, for tests: one at most
	*goLoad                           // what go/packages loaded, once loaded without err
	types   map[string]*types.Package // what importGo served, by import path: one Package per Go package
	err     error                     // a failure of the go command as a whole
	module  string                    // the directory of go.mod, "" without one
	dir     string                    // the directory the go command runs in
}

// A goLoad is what one call of go/packages loaded.
type goLoad struct {
	fset  *token.FileSet
	pkgs  map[string]*packages.Package // by import path
	paths []string                     // the import paths asked for, sorted

	stamps   map[string]stamp  // the files whose change makes the load stale (cache.go)
	mu       sync.Mutex        // guards listErrs
	listErrs map[string]string // listError's answers, by import path
}

// cgoPath is the import path of cgo's pseudo-package, which the go command
// lists as an error.
const cgoPath = "C"

// goMode asks go/packages for names and types, from export data, and for
// the files and modules that a GoCache watches.
const goMode = packages.NeedName | packages.NeedTypes | packages.NeedTypesSizes | packages.NeedFiles | packages.NeedModule

// goDir returns the directory whose Go module resolves the go: imports.
func (prog *Program) goDir() string {
	if prog.GoDir != "" {
		return prog.GoDir
	}
	for _, p := range prog.Packages {
		if !p.Added {
			return p.Dir
		}
	}
	return "."
}

// loadGo loads every Go package that the program's files import, once.
func (prog *Program) loadGo() *goPackages {
	g := &prog.goPkgs
	if g.loaded {
		return g
	}
	g.loaded = true
	dir, err := existingDir(prog.goDir())
	if err != nil {
		g.err = err
		return g
	}
	g.module = ModuleRoot(dir)
	var paths []string
	for _, p := range prog.Packages {
		for _, f := range p.Syntax {
			for _, d := range f.Decls {
				if d, ok := d.(*syntax.ImportDecl); ok && d.Path != nil && types.ClassifyImport(d.Path.Value) == types.ImportGo {
					path := strings.TrimPrefix(d.Path.Value, "go:")
					if validGoPath(path) && path != cgoPath && (g.module != "" || isStd(path)) && !slices.Contains(paths, path) {
						paths = append(paths, path)
					}
				}
			}
		}
	}
	if len(paths) == 0 {
		g.goLoad = new(goLoad)
		return g
	}
	slices.Sort(paths)
	if g.module != "" {
		dir = g.module
	}
	g.dir = dir
	if prog.goCache != nil {
		var loaded bool
		g.goLoad, loaded, g.err = prog.goCache.load(dir, g.module, paths)
		if loaded {
			g.loads++
		}
		return g
	}
	g.loads++
	g.goLoad, g.err = loadGoPackages(dir, g.module, paths)
	return g
}

// loadGoPackages calls go/packages in directory dir, the root of the
// module, if there is one, for the packages of the import paths.
func loadGoPackages(dir, module string, paths []string) (*goLoad, error) {
	l := &goLoad{fset: token.NewFileSet(), pkgs: make(map[string]*packages.Package), paths: paths}
	cfg := &packages.Config{Mode: goMode, Dir: dir, Fset: l.fset, Env: goEnv()}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		return nil, err
	}
	for _, p := range pkgs {
		l.pkgs[p.ID] = p
	}
	l.stamps = stampsOf(module, paths, pkgs)
	return l, nil
}

// goEnv is the environment of the go command that lists the packages:
// vex2go's own, in module mode, without a -mod=mod flag, with which the
// go command would add a missing requirement to the user's go.mod.
func goEnv() []string {
	env := append(os.Environ(), "GO111MODULE=on")
	if flags := os.Getenv("GOFLAGS"); flags != "" {
		var kept []string
		for f := range strings.FieldsSeq(flags) {
			if f != "-mod=mod" {
				kept = append(kept, f)
			}
		}
		env = append(env, "GOFLAGS="+strings.Join(kept, " "))
	}
	return env
}

// importGo serves the import of the Go package that path names after
// "go:".
func (prog *Program) importGo(path string) (*types.Package, error) {
	if !validGoPath(path) {
		return nil, fmt.Errorf("bad Go import path %q", path)
	}
	if path == cgoPath {
		return nil, fmt.Errorf("cannot import Go package C: it is cgo's, which only Go files can import; call C through a Go package of your own that wraps it")
	}
	prog.goPkgs.mu.Lock()
	defer prog.goPkgs.mu.Unlock()
	g := prog.loadGo()
	if g.err != nil {
		return nil, fmt.Errorf("cannot load Go packages: %v", g.err)
	}
	if g.module == "" && !isStd(path) {
		dir, _ := filepath.Abs(prog.goDir())
		return nil, fmt.Errorf("cannot import Go package %s: there is no go.mod at or above %s, so only the standard library is available; in a module, add it with: go get %s", path, dir, path)
	}
	p := g.pkgs[path]
	switch {
	case p == nil:
		return nil, fmt.Errorf("cannot import Go package %s: %s", path, g.listError(path))
	case len(p.Errors) > 0:
		return nil, fmt.Errorf("cannot import Go package %s: %s", path, loaderMessage(p.Errors[0]))
	case p.Types == nil || p.IllTyped:
		return nil, fmt.Errorf("cannot import Go package %s: it has errors", path)
	case p.Name == "main":
		return nil, fmt.Errorf("cannot import Go package %s: it is a program, not a library", path)
	}
	if g.types[path] == nil {
		if g.types == nil {
			g.types = make(map[string]*types.Package)
		}
		g.types[path] = types.NewGoPackage(p.Types, g.fset)
	}
	return g.types[path], nil
}

// listError returns what the go command says about the package path,
// which go/packages did not return: an error of the module as a whole,
// such as a go.mod that needs updates. The load remembers the answer.
func (g *goPackages) listError(path string) string {
	g.goLoad.mu.Lock()
	defer g.goLoad.mu.Unlock()
	msg, ok := g.listErrs[path]
	if !ok {
		msg = g.runListError(path)
		if g.listErrs == nil {
			g.listErrs = make(map[string]string)
		}
		g.listErrs[path] = msg
	}
	return msg
}

// runListError runs the go command for listError.
func (g *goPackages) runListError(path string) string {
	cmd := exec.Command("go", "list", "-e", "-f", "{{with .Error}}{{.Err}}{{end}}", "--", path)
	cmd.Dir, cmd.Env = g.dir, goEnv()
	out, err := cmd.CombinedOutput()
	msg := strings.TrimSpace(string(out))
	if msg == "" && err != nil {
		msg = err.Error()
	}
	if msg == "" {
		msg = "the go command does not list it"
	}
	return loaderMessage(packages.Error{Msg: msg})
}

// loaderMessage is the message of a loader error on one line, as a
// diagnostic shows it: the go command puts the go get that would fix a
// missing module on a line of its own.
func loaderMessage(e packages.Error) string {
	msg := e.Msg
	for _, sep := range []string{":\n\t", "\n\t", "\n"} {
		msg = strings.ReplaceAll(msg, sep, ": ")
	}
	return msg
}

// GoLoads reports how many times the program has called go/packages: zero
// or one.
func (prog *Program) GoLoads() int { return prog.goPkgs.loads }

// validGoPath reports whether path can be a Go import path.
func validGoPath(path string) bool {
	if path == "" || strings.HasPrefix(path, "/") || strings.HasSuffix(path, "/") || strings.ContainsAny(path, "\\ \t\n\"`") {
		return false
	}
	for elem := range strings.SplitSeq(path, "/") {
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
	}
	return true
}

// isStd reports whether path names a package of the standard library,
// whose first element, unlike a module path's, has no dot.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// ModuleRoot returns the directory of the go.mod file at or above dir, or
// "" if there is none.
func ModuleRoot(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if fi, err := os.Stat(filepath.Join(d, "go.mod")); err == nil && !fi.IsDir() {
			return d
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// existingDir returns dir made absolute, or the nearest directory above it
// that exists: an output directory may not exist yet.
func existingDir(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err == nil && fi.IsDir() {
			return d, nil
		}
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no directory of %s exists", dir)
		}
	}
}
