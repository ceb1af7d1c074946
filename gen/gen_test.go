package gen

import (
	"bytes"
	"go/format"
	"regexp"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/lower"
)

// render prints f and checks what holds for every output: it is gofmt'd,
// and each block directive positions a token on its own line.
func render(t *testing.T, f *lower.File, opts Options) string {
	t.Helper()
	out, err := File("main", f, opts)
	if err != nil {
		t.Fatal(err)
	}
	if formatted, err := format.Source(out); err != nil || !bytes.Equal(formatted, out) {
		t.Errorf("output is not gofmt'd (%v):\n%s", err, out)
	}
	if m := detached.Find(out); m != nil {
		t.Errorf("directive %q does not precede a token on its line:\n%s", m, out)
	}
	return string(out)
}

// detached matches a block directive not followed by a blank and a token.
var detached = regexp.MustCompile(`/\*line [^*]*\*/([^ ]|  | ?\n)`)

// body prints stmts as the body of a function and returns the body,
// unindented.
func body(t *testing.T, opts Options, stmts ...lower.Stmt) string {
	t.Helper()
	out := render(t, &lower.File{Name: "main.vx.go", Source: "main.vx", Decls: []lower.Decl{
		&lower.FuncDecl{Name: "f", Body: block(stmts...)},
	}}, opts)
	_, b, ok := strings.Cut(out, "func f() {\n")
	if !ok {
		t.Fatalf("no function in\n%s", out)
	}
	b = strings.TrimSuffix(b, "}\n")
	return strings.ReplaceAll("\n"+b, "\n\t", "\n")[1:]
}

// decls prints decls and returns the file after the package clause.
func decls(t *testing.T, opts Options, ds ...lower.Decl) string {
	t.Helper()
	out := render(t, &lower.File{Name: "main.vx.go", Source: "main.vx", Decls: ds}, opts)
	_, rest, _ := strings.Cut(out, "package main\n\n")
	return rest
}

func check(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
