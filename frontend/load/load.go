// Package load finds and reads the Vex packages that a build, a check or an
// editor works on.
//
// Load takes paths, as given on a command line: .vx files and directories.
// Each directory that holds .vx files is a package (a directory argument
// takes in its subdirectories as packages of their own). Load reads and
// parses the files, follows the imports between packages, loading the
// files and packages they name that the paths left out, and orders the
// packages so that each comes after those it imports. Checking is left to
// the caller, who visits Program.Order, checks each package that is Ready
// with its Importer, and records the result in Package.Types for the
// packages that import it.
//
// The `go:` imports of a program are Go packages, which the importer serves
// too: the first one the checker asks for loads all of them, with one call
// of golang.org/x/tools/go/packages, from the Go module of Program.GoDir
// (golist.go), or takes them from a GoCache that an earlier load filled.
//
// FindModule and ImportPath tell the Go import path of a directory from
// the go.mod file of the Go module that holds it.
package load

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// A Package is one Vex package: the .vx files of one directory.
type Package struct {
	Dir string // the source directory, as the paths name it
	// Rel is Dir relative to the directory argument that holds it: "." for
	// that directory itself, and for the directory of file arguments. A
	// build writes the package's output to Rel under its output directory.
	Rel string
	// Added is set when an import added the package, rather than a path.
	Added bool

	Files  []*source.File // the .vx files, sorted by name, then those that imports added
	Syntax []*syntax.File // the parsed Files

	Imports   []*Package // the packages of the program it imports, in order of first import
	Importers []*Package // the packages of the program that import it, in the order of Program.Packages

	// Types is the checked package, which the caller records once it has
	// checked it without errors; the packages that import this one need it.
	Types *types.Package

	prog    *Program
	names   []string     // base names of the .vx files
	abs     string       // Dir made absolute
	imports []importEdge // the imports of other packages
	scanned int          // the files whose imports are followed
	broken  bool         // it has syntax errors or is in an import cycle
}

// A Program is the packages that a set of paths names, with those that
// their imports add.
type Program struct {
	Fset     *source.FileSet
	Packages []*Package  // sorted by Rel, then Dir
	Order    []*Package  // each after the packages it imports
	Diags    source.List // syntax errors and import cycles

	// GoDir is the directory whose Go module resolves the go: imports
	// (golist.go): the output directory of a build. "" stands for the
	// directory of the first package that the paths name.
	GoDir string

	byDir    map[string]*Package // by absolute directory
	overlay  map[string][]byte   // Config.Overlay
	anywhere bool                // Config.ImportsAnywhere
	goCache  *GoCache            // Config.GoCache
	goPkgs   goPackages          // the Go packages of the go: imports
}

// Config controls the loading of a program. The zero Config is that of
// Load.
type Config struct {
	// Overlay maps the absolute paths of .vx files to the contents to read
	// in their place: an editor's unsaved buffers. A path that does not
	// exist on disk is a file of its directory all the same.
	Overlay map[string][]byte

	// ImportsAnywhere lets an import add the package of any directory, not
	// only of one below a directory argument: an editor checks the package
	// it edits with all that the package imports, and writes no output. The
	// Rel of a package added so is its Dir.
	ImportsAnywhere bool

	// GoCache, if not nil, keeps the Go packages of the go: imports from
	// one load of a program to the next (gocache.go).
	GoCache *GoCache
}

// Load finds the packages that paths name, reads their files into fset,
// parses them and follows their imports. Syntax errors and import cycles
// are reported in Program.Diags; the error is for a bad path or a problem
// of the file system.
//
// The result includes the directories under a directory argument that hold
// no .vx files: they are packages without files, whose output directories
// a build may still have to clean.
func Load(fset *source.FileSet, paths ...string) (*Program, error) {
	return new(Config).Load(fset, paths...)
}

// Load is the package's Load, as c configures it.
func (c *Config) Load(fset *source.FileSet, paths ...string) (*Program, error) {
	prog := &Program{Fset: fset, byDir: make(map[string]*Package), overlay: c.Overlay, anywhere: c.ImportsAnywhere, goCache: c.GoCache}
	var pkgs []*Package
	byDir := make(map[string]*Package)
	add := func(dir, rel string, names []string) error {
		p := byDir[dir]
		if p == nil {
			p = &Package{Dir: dir, Rel: rel, names: names}
			byDir[dir] = p
			pkgs = append(pkgs, p)
			return nil
		}
		if p.Rel != rel {
			return fmt.Errorf("%s is given twice, with different output directories", dir)
		}
		for _, name := range names {
			if !slices.Contains(p.names, name) {
				p.names = append(p.names, name)
			}
		}
		return nil
	}
	for _, path := range paths {
		path = filepath.Clean(path)
		fi, err := os.Stat(path)
		switch {
		case err != nil && prog.inOverlay(path):
			err = add(filepath.Dir(path), ".", []string{filepath.Base(path)})
		case err != nil:
			return nil, err
		case fi.IsDir():
			err = prog.walk(path, add)
		case filepath.Ext(path) != ".vx":
			err = fmt.Errorf("%s is not a .vx file", path)
		default:
			err = add(filepath.Dir(path), ".", []string{filepath.Base(path)})
		}
		if err != nil {
			return nil, err
		}
	}
	slices.SortFunc(pkgs, byRel)
	var files []pkgFile
	for _, p := range pkgs {
		slices.Sort(p.names)
		if err := prog.add(p); err != nil {
			return nil, err
		}
		for _, name := range p.names {
			f, err := prog.addFile(filepath.Join(p.Dir, name))
			if err != nil {
				return nil, err
			}
			files = append(files, pkgFile{p, f})
		}
	}
	prog.parse(files)
	if err := prog.followImports(); err != nil {
		return nil, err
	}
	return prog, nil
}

func byRel(a, b *Package) int {
	return cmp.Or(strings.Compare(a.Rel, b.Rel), strings.Compare(a.Dir, b.Dir))
}

// add adds a package to the program.
func (prog *Program) add(p *Package) error {
	abs, err := filepath.Abs(p.Dir)
	if err != nil {
		return err
	}
	p.prog, p.abs = prog, abs
	prog.byDir[abs] = p
	prog.Packages = append(prog.Packages, p)
	return nil
}

// readFile reads the file at path into the program's file set, as a file
// of p, and parses it.
func (prog *Program) readFile(p *Package, path string) error {
	f, err := prog.addFile(path)
	if err != nil {
		return err
	}
	prog.parse([]pkgFile{{p, f}})
	return nil
}

// addFile reads the file at path into the program's file set.
func (prog *Program) addFile(path string) (*source.File, error) {
	src, err := prog.read(path)
	if err != nil {
		return nil, err
	}
	return prog.Fset.AddFile(path, src), nil
}

// A pkgFile is a file read into the file set, to parse as a file of pkg.
type pkgFile struct {
	pkg  *Package
	file *source.File
}

// parse parses files and adds them to their packages, in order. The files
// are parsed at the same time, on as many goroutines as Go runs at once,
// and their syntax errors reported in order.
func (prog *Program) parse(files []pkgFile) {
	syntaxes := make([]*syntax.File, len(files))
	diags := make([]source.List, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for i := range next {
				syntaxes[i] = syntax.Parse(files[i].file, &diags[i])
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, f := range files {
		p := f.pkg
		p.Files = append(p.Files, f.file)
		p.Syntax = append(p.Syntax, syntaxes[i])
		if diags[i].HasErrors() {
			p.broken = true
		}
		prog.Diags.Append(&diags[i])
	}
}

// read returns the contents of the file at path, from the overlay if it
// has the file.
func (prog *Program) read(path string) ([]byte, error) {
	if abs, err := filepath.Abs(path); err == nil {
		if src, ok := prog.overlay[abs]; ok {
			return src, nil
		}
	}
	return os.ReadFile(path)
}

// inOverlay reports whether the overlay has the file at path.
func (prog *Program) inOverlay(path string) bool {
	abs, err := filepath.Abs(path)
	_, ok := prog.overlay[abs]
	return err == nil && ok
}

// overlayOnly returns the names of the .vx files of the overlay in
// directory dir that are not among the names found on disk.
func (prog *Program) overlayOnly(dir string, onDisk []string) []string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	var names []string
	for path := range prog.overlay {
		name := filepath.Base(path)
		if filepath.Dir(path) == abs && strings.HasSuffix(name, ".vx") && !Ignored(name) && !slices.Contains(onDisk, name) {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// walk calls add for the directory root and each directory below it that
// the go command would not ignore, with its path relative to root and the
// names of its .vx files. It fails if no directory holds .vx files.
func (prog *Program) walk(root string, add func(dir, rel string, names []string) error) error {
	found := false
	var visit func(dir string) error
	visit = func(dir string) error {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		var names, subdirs []string
		for _, e := range entries {
			name := e.Name()
			switch {
			case Ignored(name):
			case e.IsDir():
				if name != "testdata" {
					subdirs = append(subdirs, name)
				}
			case strings.HasSuffix(name, ".vx"):
				names = append(names, name)
			}
		}
		names = append(names, prog.overlayOnly(dir, names)...)
		found = found || len(names) > 0
		rel, err := filepath.Rel(root, dir)
		if err == nil {
			err = add(dir, rel, names)
		}
		for _, sub := range subdirs {
			if err != nil {
				break
			}
			err = visit(filepath.Join(dir, sub))
		}
		return err
	}
	if err := visit(root); err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("no .vx files in %s", root)
	}
	return nil
}

// Ignored reports whether Load, as the go command, ignores a file or directory
// of this name.
func Ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}
