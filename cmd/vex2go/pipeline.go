package main

import (
	"go/token"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/types"
	"github.com/vexlang/vex2go/gen"
	"github.com/vexlang/vex2go/lower"
)

// A pkg is one Vex package of a build, the .vx files of one source
// directory, and the Go files it compiles to.
type pkg struct {
	pkgInput
	gen []genFile // the generated files, once compiled
}

// pkgInput is one Vex package to compile.
type pkgInput struct {
	*load.Package
	PkgName string // Go package name to generate; "" lets the pipeline choose
}

// goName returns the Go package name of the package, checked as t.
func (in pkgInput) goName(t *types.Package) string {
	if in.PkgName != "" {
		return in.PkgName
	}
	return packageName(in.Dir, t)
}

// genOptions controls code generation.
type genOptions struct {
	Module string // --module: import path of the output root ("" = none)
	NoLine bool   // --no-line: omit //line directives

	// LineRoot is the absolute directory that //line directives name the
	// .vx files from (linedir.go); "" names them by their base names.
	LineRoot string

	// ImportPath returns the Go import path and package name of a package
	// that another one imports.
	ImportPath func(*types.Package) (path, name string)

	// Names keeps the Go names of the lowered packages for those that
	// import them.
	Names *lower.Names
}

// genFile is one generated Go file.
type genFile struct {
	Name   string // base name, e.g. "main.vx.go"
	Source []byte // gofmt'd Go source, starting with the generated-code header
}

// declHook, when not nil, is called after each declaration is printed: the
// memory test measures the live heap there.
var declHook func()

// compilePackage type-checks a package, parsed and ready (load.Package.Ready),
// records the checked package in in.Types for its importers and, unless
// checkOnly, generates its Go files. Diagnostics (errors and warnings) go
// into diags; when diags has errors the returned files are nil.
func compilePackage(fset *source.FileSet, in pkgInput, opts genOptions, checkOnly bool, diags *source.List) []genFile {
	pkg := types.CheckPackage(fset, in.Syntax, &types.Config{Importer: in.Importer()}, diags)
	if diags.HasErrors() {
		return nil
	}
	in.Types = pkg
	if checkOnly {
		return nil
	}
	name := in.goName(pkg)
	// Each declaration is printed as soon as it is lowered, so that the IR
	// of the whole package is never held, and the lowering releases each
	// body once lowered (memory_test.go).
	gopts := gen.Options{NoLine: opts.NoLine, SourceDir: opts.sourceDir(in.Dir)}
	writers := make(map[*lower.File]*gen.Writer)
	emit := func(f *lower.File, d lower.Decl) {
		if diags.HasErrors() {
			return // an internal error: nothing is written
		}
		w := writers[f]
		if w == nil {
			w = gen.NewWriter(name, f, gopts)
			writers[f] = w
		}
		w.Decl(d) // an error comes back from Finish
		if declHook != nil {
			declHook()
		}
	}
	ir := lower.Lower(fset, pkg, lower.Options{PkgName: name, ImportPath: opts.ImportPath, Names: opts.Names, Decl: emit, Release: true}, diags)
	if diags.HasErrors() {
		return nil // internal errors of the lowering
	}
	var out []genFile
	for _, f := range ir.Files {
		w := writers[f]
		if w == nil {
			w = gen.NewWriter(name, f, gopts) // a file without declarations
		}
		src, err := w.Finish()
		if err != nil {
			// Lowering produced Go that does not print: a bug in vex2go,
			// reported against the file rather than crashing.
			diags.Errorf(in.Files[0].Pos(0), "internal error generating %s: %v", f.Name, err)
			return nil
		}
		out = append(out, genFile{Name: f.Name, Source: src})
	}
	return out
}

// packageName chooses the Go package name: main for a program, otherwise
// the directory's name made into a Go identifier.
func packageName(dir string, pkg *types.Package) string {
	if pkg.Main != nil {
		return "main"
	}
	var b strings.Builder
	for _, r := range strings.ToLower(filepath.Base(dir)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			b.WriteRune(r)
		}
	}
	name := b.String()
	if name == "" || unicode.IsDigit(rune(name[0])) {
		name = "vx" + name
	}
	if token.IsKeyword(name) || name == "main" {
		// A library named main would be a command to Go.
		name += "_"
	}
	return name
}
