package types_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	gotypes "go/types"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// goPkg type-checks Go source as the package example.com/p.
func goPkg(t *testing.T, src string) (*gotypes.Package, *token.FileSet) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := gotypes.Config{Importer: importer.Default()}
	pkg, err := conf.Check("example.com/p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg, fset
}

// goImporter serves one Go package, as frontend/load does for go: imports.
type goImporter struct{ pkg *types.Package }

func (g goImporter) Import(path, dir string) (*types.Package, error) {
	return g.pkg, nil
}

// TestGoMapping checks the Vex type of each kind of Go declaration
// (interop.md sections 3 and 4) and the diagnostic of those Vex has no
// type for, with the Go package checked from source rather than loaded.
func TestGoMapping(t *testing.T) {
	gopkg, gofset := goPkg(t, `package p

type Point struct{ X, Y int }
type Dur int64
type Set map[string]bool

func One() int                       { return 0 }
func None()                          {}
func Err() error                     { return nil }
func Val() (string, error)           { return "", nil }
func Two() (int, float64, error)     { return 0, 0, nil }
func Ok() (*Point, bool)             { return nil, false }
func Pair() (byte, rune)             { return 0, 0 }
func Many() (a, b, c, d, e, f, g int) { return }
func Maps(m map[string][]int) chan<- Dur { return nil }
func Funcs(f func(int) (bool, error)) {}
func Any(x any, xs ...string) uint   { return 0 }
func Cplx() complex128               { return 0 }
func Anon() struct{ A int }          { return struct{ A int }{} }
`)
	tests := []struct{ expr, want string }{
		{"p.One", "fn(): isize"},
		{"p.None", "fn()"},
		{"p.Err", "fn(): Result<(), GoError>"},
		{"p.Val", "fn(): Result<string, GoError>"},
		{"p.Two", "fn(): Result<(isize, f64), GoError>"},
		{"p.Ok", "fn(): Option<&p.Point!>"},
		{"p.Pair", "fn(): (u8, i32)"},
		{"p.Maps", "fn(GoMap<string, [isize]>): GoChan<p.Dur> (send-only)"},
		{"p.Funcs", "fn(fn(isize): Result<bool, GoError>)"},
	}
	var src strings.Builder
	src.WriteString("import * as p from \"go:example.com/p\"\n\nfn main() {\n")
	for _, tt := range tests {
		src.WriteString("    let _ = " + tt.expr + "\n")
	}
	src.WriteString("    let _ = p.Many\n    let _ = p.Any\n    let _ = p.Cplx\n    let _ = p.Anon\n}\n")
	fset := source.NewFileSet()
	var diags source.List
	file := syntax.ParseFile(fset, "main.vx", []byte(src.String()), &diags)
	pkg := types.CheckPackage(fset, []*syntax.File{file}, &types.Config{Importer: goImporter{types.NewGoPackage(gopkg, gofset)}}, &diags)
	got := make(map[string]string)
	for e, typ := range pkg.Info.Types {
		if sel, ok := e.(*syntax.SelectorExpr); ok {
			got["p."+sel.Sel.Name] = typ.String()
		}
	}
	for _, tt := range tests {
		if got[tt.expr] != tt.want {
			t.Errorf("%s: %s, want %s", tt.expr, got[tt.expr], tt.want)
		}
	}
	var msgs []string
	for _, d := range diags.Diags {
		msgs = append(msgs, d.Msg)
	}
	want := []string{
		"cannot use p.Many: 7 results are more than Vex takes: a tuple has at most 6 elements, and a Result of one with an error 3",
		"cannot use p.Any: a variadic func type (func(x any, xs ...string) uint) is not supported as a value",
		"cannot use p.Cplx: complex128 is not supported: Vex has no complex numbers",
		"cannot use p.Anon: an unnamed struct type (struct{A int}) is not supported",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
}
