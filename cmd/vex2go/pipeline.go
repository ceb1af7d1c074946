package main

import (
	"go/token"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
	"github.com/vexlang/vex2go/gen"
	"github.com/vexlang/vex2go/lower"
)

// pkgInput is one Vex package: the .vx files of one directory.
type pkgInput struct {
	Dir     string         // source directory
	Files   []*source.File // the package's files, sorted by name
	PkgName string         // Go package name to generate; "" lets the pipeline choose

	// Set by compile, which parses every package first to find their
	// imports (imports.go).
	Syntax   []*syntax.File // the parsed Files; nil: compilePackage parses them
	Importer types.Importer // serves the package's imports of other packages
	result   *pkgResult     // if not nil, receives the checked package
}

// pkgResult is what compilePackage tells about a package that others may
// import.
type pkgResult struct {
	pkg  *types.Package // the checked package, nil if it has errors
	name string         // its Go package name
}

// genOptions controls code generation.
type genOptions struct {
	Module string // --module: import path of the output root ("" = none)
	NoLine bool   // --no-line: omit //line directives

	// ImportPath returns the Go import path and package name of a package
	// that another one imports.
	ImportPath func(*types.Package) (path, name string)
}

// genFile is one generated Go file.
type genFile struct {
	Name   string // base name, e.g. "main.vx.go"
	Source []byte // gofmt'd Go source, starting with the generated-code header
}

// compilePackage parses and type-checks a package and, unless checkOnly,
// generates its Go files. Diagnostics (errors and warnings) go into diags;
// when diags has errors the returned files are nil.
func compilePackage(fset *source.FileSet, in pkgInput, opts genOptions, checkOnly bool, diags *source.List) []genFile {
	files := in.Syntax
	if files == nil {
		for _, f := range in.Files {
			files = append(files, syntax.Parse(f, diags))
		}
	}
	if diags.HasErrors() {
		return nil
	}
	pkg := types.CheckPackage(fset, files, &types.Config{Importer: in.Importer}, diags)
	if diags.HasErrors() {
		return nil
	}
	name := in.PkgName
	if name == "" {
		name = packageName(in.Dir, pkg)
	}
	if in.result != nil {
		in.result.pkg, in.result.name = pkg, name
	}
	if checkOnly {
		return nil
	}
	ir := lower.Lower(fset, pkg, lower.Options{PkgName: name, ImportPath: opts.ImportPath})
	var out []genFile
	for _, f := range ir.Files {
		src, err := gen.File(name, f, gen.Options{NoLine: opts.NoLine})
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
