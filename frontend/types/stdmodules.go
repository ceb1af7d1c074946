package types

import (
	"errors"
	"fmt"
	"slices"
)

// This file is the table of the standard modules (spec section 9): the
// import paths that StdImporter serves, and the packages it serves for
// them, built from the types of stdlib.go and the functions of the table
// (table.go).

// stdPackages are the standard modules, by import path, built once by
// init (table.go): their objects are shared by every package that imports
// them. stdConsts holds the Go names of their constants.
var (
	stdPackages map[string]*Package
	stdConsts   map[*Const]string
)

// StdModules are the standard modules of Vex (spec section 9), by import
// path, with the function that builds each. A nil function
// means that the module is known but not implemented yet.
var StdModules = map[string]func() *Package{
	"sync":        stdModule("sync"),
	"sync/atomic": stdModule("sync/atomic"),
	"time":        stdModule("time"),
	"context":     stdModule("context"),
	"math":        stdModule("math"),
	"strings":     stdModule("strings"),
	"strconv":     stdModule("strconv"),
}

// StdImporter returns an Importer that serves the standard modules from
// StdModules and passes every other path to next, which may be nil.
func StdImporter(next Importer) Importer { return stdImporter{next} }

type stdImporter struct{ next Importer }

func (i stdImporter) Import(path, dir string) (*Package, error) {
	if ClassifyImport(path) == ImportStd {
		build, known := StdModules[path]
		switch {
		case !known:
			return nil, fmt.Errorf("unknown standard module %q (a relative path starts with ./ or ../)", path)
		case build == nil:
			return nil, fmt.Errorf("standard module %q is not supported yet", path)
		}
		return build(), nil
	}
	if i.next == nil {
		return nil, errors.New("imports of other directories are not available here")
	}
	return i.next.Import(path, dir)
}

// stdModule returns the function of StdModules that serves path.
func stdModule(path string) func() *Package {
	return func() *Package { return stdPackages[path] }
}

// StdConst returns the Go package and name of a constant of a standard
// module, such as "math" and "Pi" for math.PI, and whether c is one.
func StdConst(c *Const) (goPath, goName string, ok bool) {
	n, ok := stdConsts[c]
	return "math", n, ok
}

// buildStdPackages builds the standard modules from their types, their
// constants, and the functions of the table (table.go).
func buildStdPackages() (map[string]*Package, map[*Const]string) {
	pkgs := make(map[string]*Package)
	consts := make(map[*Const]string)
	add := func(path string, obj Object) {
		pkg := pkgs[path]
		if pkg == nil {
			pkg = &Package{Std: path, Scope: NewScope(nil), Exports: make(map[string]Object)}
			pkgs[path] = pkg
		}
		pkg.Scope.Insert(obj)
		pkg.Exports[obj.Name()] = obj
	}
	for k := StdMutex; k <= StdContext; k++ {
		if k != StdGuard && k != StdReadGuard {
			add(k.Module(), &TypeName{object: object{name: k.Name()}, Type: &StdType{Kind: k}})
		}
	}
	add("time", &TypeName{object: object{name: "Duration"}, Type: DurationType})
	for _, mc := range []struct{ name, goName string }{{"PI", "Pi"}, {"E", "E"}} {
		c := &Const{object: object{name: mc.name}, Type: f64T}
		consts[c] = mc.goName
		add("math", c)
	}
	for id := range NumBuiltins {
		if b := &builtins[id]; b.module != "" && !b.static {
			add(b.module, builtinObjs[id])
		}
	}
	return pkgs, consts
}

// importHint returns, for a name that a standard module exports, the
// import that brings it in scope, to follow "undefined: name"; for a name
// of another language, Vex's (otherNameHint); or "". The prelude's names
// (sleep) are in scope already, so only undefined names ask.
func importHint(name string) string {
	paths := make([]string, 0, len(stdPackages))
	for path := range stdPackages {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, path := range paths {
		if _, ok := stdPackages[path].Exports[name]; ok {
			return fmt.Sprintf("; it is in the standard module %q: import { %s } from %q", path, name, path)
		}
	}
	return otherNameHint(name)
}
