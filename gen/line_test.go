package gen

import (
	"strings"
	"testing"

	"github.com/vexlang/vex2go/lower"
)

func TestLineDirectives(t *testing.T) {
	a := id("a")
	f := func(args ...lower.Expr) *lower.ExprStmt { return exprStmt(call(id("f"), args...)) }
	for _, tt := range []struct {
		name  string
		stmts []lower.Stmt
		want  string
	}{
		{"consecutive lines", []lower.Stmt{
			at(3, 5, f()),
			at(4, 5, f()),
			at(6, 5, f()),
		}, `/*line main.vx:3:5*/ f()
f()
/*line main.vx:6:5*/ f()
`},
		// One .vx statement lowered to several Go statements: each needs the
		// directive, or the second would count on to line 4.
		{"same position", []lower.Stmt{
			at(3, 5, &lower.VarStmt{Name: "t", Type: named("int")}),
			at(3, 5, &lower.IfStmt{Cond: a, Then: block(at(3, 15, assign(id("t"), "=", lit("1"))))}),
		}, `/*line main.vx:3:5*/ var t int
/*line main.vx:3:5*/ if a {
	/*line main.vx:3:15*/ t = 1
}
`},
		{"no position", []lower.Stmt{f(), at(7, 2, f()), f()}, `f()
/*line main.vx:7:2*/ f()
f()
`},
		{"unknown column", []lower.Stmt{&lower.ExprStmt{Pos: lower.Pos{File: "main.vx", Line: 7}, X: a}}, `/*line main.vx:7*/ a
`},
		{"other file", []lower.Stmt{at(3, 5, f()), &lower.ExprStmt{Pos: lower.Pos{File: "util.vx", Line: 4, Col: 5}, X: a}}, `/*line main.vx:3:5*/ f()
/*line util.vx:4:5*/ a
`},
		{"else if", []lower.Stmt{at(3, 5, &lower.IfStmt{
			Cond: a,
			Then: block(at(4, 9, f())),
			Else: at(9, 12, &lower.IfStmt{Cond: a, Then: block(at(10, 9, f()))}),
		})}, `/*line main.vx:3:5*/ if a {
	f()
} else /*line main.vx:9:12*/ if a {
	f()
}
`},
		{"cases", []lower.Stmt{at(3, 5, &lower.SwitchStmt{Tag: a, Cases: []*lower.CaseClause{
			{Pos: pos(5, 9), List: exprs(lit("1"), lit("2")), Body: []lower.Stmt{at(5, 17, f())}},
			{Pos: pos(8, 9), Body: []lower.Stmt{at(8, 17, f())}},
		}})}, `/*line main.vx:3:5*/ switch a {
case /*line main.vx:5:9*/ 1, 2:
	/*line main.vx:5:17*/ f()
default:
	/*line main.vx:8:17*/ f()
}
`},
		{"select", []lower.Stmt{at(3, 5, &lower.SelectStmt{Cases: []*lower.CommClause{
			{Pos: pos(5, 9), Comm: assign(id("v"), ":=", un("<-", id("ch"))), Body: []lower.Stmt{at(6, 13, f(id("v")))}},
			{Pos: pos(8, 9), Comm: &lower.SendStmt{Pos: pos(8, 9), Chan: id("ch"), Value: a}},
		}})}, `/*line main.vx:3:5*/ select {
case /*line main.vx:5:9*/ v := <-ch:
	f(v)
case /*line main.vx:8:9*/ ch <- a:
}
`},
		{"label", []lower.Stmt{at(3, 5, f()), at(6, 5, &lower.ForStmt{Label: "outer", Body: block(
			at(7, 9, &lower.BranchStmt{Tok: "break", Label: "outer"}),
		)})}, `/*line main.vx:3:5*/ f()
outer:
/*line main.vx:6:5*/ for {
	break outer
}
`},
		{"func literal", []lower.Stmt{
			at(3, 5, assign(id("g"), ":=", &lower.FuncLit{Body: block(at(4, 9, f()), at(9, 9, f()))})),
			at(12, 5, &lower.GoStmt{Call: call(id("g"))}),
		}, `/*line main.vx:3:5*/ g := func() {
	f()
	/*line main.vx:9:9*/ f()
}
/*line main.vx:12:5*/ go g()
`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			check(t, body(t, Options{}, tt.stmts...), tt.want)
		})
	}
}

func TestDeclDirectives(t *testing.T) {
	got := decls(t, Options{},
		&lower.FuncDecl{Pos: pos(3, 1), Doc: "F works.", Name: "F", Body: block(
			at(4, 5, exprStmt(call(id("g")))),
			at(5, 5, ret()),
		)},
		&lower.TypeDecl{Pos: pos(8, 1), Name: "T", Type: named("int")},
		&lower.ConstDecl{Pos: pos(9, 1), Names: []string{"a", "b"}, Values: exprs(lit("1"), lit("2"))},
		&lower.VarDecl{Pos: pos(12, 1), Name: "v", Value: lit("1")},
		&lower.FuncDecl{Name: "g", Body: block()},
	)
	check(t, got, `// F works.
//
//line main.vx:3:1
func F() {
	g()
	return
}

//line main.vx:8:1
type T int

//line main.vx:9:1
const (
	a = 1
	b = 2
)

//line main.vx:12:1
var v = 1

//line main.vx.go:26
func g() {}
`)
}

// TestSourceDir checks that directives name the .vx file by its path.
func TestSourceDir(t *testing.T) {
	got := decls(t, Options{SourceDir: "vex/shapes"},
		&lower.FuncDecl{Pos: pos(3, 1), Name: "f", Body: block(
			at(4, 5, exprStmt(call(id("g")))),
			at(9, 5, ret()),
		)},
		&lower.FuncDecl{Name: "main", Body: block(exprStmt(call(id("f"))))},
		&lower.FuncDecl{Name: "g", Body: block()},
		&lower.FuncDecl{Pos: pos(12, 1), Name: "h", Body: block()},
	)
	check(t, got, `//line vex/shapes/main.vx:3:1
func f() {
	g()
	/*line vex/shapes/main.vx:9:5*/ return
}

//line main.vx.go:12
func main() {
	f()
}

func g() {}

//line vex/shapes/main.vx:12:1
func h() {}
`)
}

func TestNoLine(t *testing.T) {
	out := render(t, sample(), Options{NoLine: true})
	if strings.Contains(out, "line ") {
		t.Errorf("directive in output:\n%s", out)
	}
}

func TestParseDirective(t *testing.T) {
	for _, tt := range []struct {
		comment string
		file    string
		line    int
		ok      bool
	}{
		{"/*line main.vx:3:5*/", "main.vx", 3, true},
		{"/*line main.vx:3*/", "main.vx", 3, true},
		{"//line main.vx:3:1", "main.vx", 3, true},
		{"/*line c:\\a:b.vx:3:5*/", "c:\\a:b.vx", 3, true},
		{"/*line main.vx*/", "", 0, false},
		{"// line main.vx:3:5", "", 0, false},
		{"/* main.vx:3:5 */", "", 0, false},
	} {
		file, line, ok := parseDirective(tt.comment)
		if file != tt.file || line != tt.line || ok != tt.ok {
			t.Errorf("parseDirective(%q) = %q, %d, %v; want %q, %d, %v", tt.comment, file, line, ok, tt.file, tt.line, tt.ok)
		}
	}
}
