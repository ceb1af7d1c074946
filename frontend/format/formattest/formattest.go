// Package formattest holds what the fuzz targets of the front end and the
// pipeline share: the round trip they check (a syntax tree printed as
// source by vex2go fmt parses to the same tree) and the seeds of their
// corpora.
package formattest

import (
	"errors"
	"testing"

	"github.com/vexlang/vex2go/frontend/format"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// RoundTrip checks that file, parsed without errors into fset, prints as
// source that parses to the same tree. Call it before the checker sees the
// tree. A lexical error in a comment, which the parser does not see, is
// the only error format.File may report.
func RoundTrip(t testing.TB, fset *source.FileSet, file *syntax.File) {
	t.Helper()
	out, err := format.File(fset, file)
	var syntaxErr *format.SyntaxError
	if errors.As(err, &syntaxErr) {
		return
	}
	if err != nil {
		t.Fatalf("parse, print, parse: %v", err)
	}
	var diags source.List
	again := syntax.ParseFile(source.NewFileSet(), file.Name, out, &diags)
	if diags.HasErrors() {
		t.Fatalf("parse, print, parse: the printed source does not parse:\n%s", out)
	}
	if d := format.Diff(file, again); d != "" {
		t.Fatalf("parse, print, parse changes the tree: %s\n--- printed:\n%s", d, out)
	}
}
