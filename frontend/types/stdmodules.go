package types

import (
	"errors"
	"fmt"
	"go/constant"
	"go/token"
	"slices"
	"strconv"
	"strings"
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

// A limitKey names the constant MIN or MAX of an integer type.
type limitKey struct {
	kind BasicKind
	name string
}

// limits holds the constants i64.MAX, u8.MIN and the others of each
// integer type, which Rust spells i64::MAX, built with the standard
// modules; stdConsts has their Go names (math.MaxInt64), but for the
// unsigned MINs, which are 0.
var limits = make(map[limitKey]*Const)

// limitValue returns the value of the integer type k's MIN or MAX.
func limitValue(k BasicKind, name string) constant.Value {
	bits := uint(Typ[k].Bits())
	if Typ[k].IsUnsigned() {
		if name == "MIN" {
			return constant.MakeInt64(0)
		}
		return constant.BinaryOp(constant.Shift(constant.MakeInt64(1), token.SHL, bits), token.SUB, constant.MakeInt64(1))
	}
	half := constant.Shift(constant.MakeInt64(1), token.SHL, bits-1)
	if name == "MIN" {
		return constant.UnaryOp(token.SUB, half, 0)
	}
	return constant.BinaryOp(half, token.SUB, constant.MakeInt64(1))
}

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
	for k := I8; k <= Usize; k++ {
		goName := map[bool]string{false: "Int", true: "Uint"}[Typ[k].IsUnsigned()]
		if bits := Typ[k].Bits(); k != Isize && k != Usize {
			goName += strconv.Itoa(bits)
		}
		for _, lim := range []string{"MIN", "MAX"} {
			c := &Const{object: object{name: lim}, Type: Typ[k]}
			if lim == "MAX" || !Typ[k].IsUnsigned() {
				consts[c] = strings.ToUpper(lim[:1]) + strings.ToLower(lim[1:]) + goName
			}
			limits[limitKey{k, lim}] = c
		}
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
