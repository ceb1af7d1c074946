// Package format prints Vex source in its one canonical layout, the layout
// of `vex2go fmt`, as go/format does for Go.
//
// The formatter changes only white space, line breaks and separators: it
// indents by four spaces, puts one space around binary operators, one
// statement, item, field, variant and match arm per line, adds trailing
// commas to lists written one element per line, drops semicolons that a
// line break makes redundant, and keeps at most one blank line. Every
// token is printed as written, so alternative spellings (elif and else if,
// &!x and &x!, $println and println, ::) stay as the author wrote them,
// and so does everything a line break means in Vex. It keeps the line
// breaks an author made where a break may stand (after an operator, a
// comma, an opening bracket, before .name in a method chain, before elif
// and else) and every comment, interleaved with the tokens by position as
// go/printer does. Syntax that vex2go refuses (spec section 10) and
// f-strings are printed as written.
//
// Formatting never changes meaning: File parses its result again and
// fails, rather than return it, unless it has the same syntax tree as the
// input.
package format

import (
	"fmt"
	"strings"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// Source formats the Vex source src of the file named filename. If src
// does not parse, the error is a *SyntaxError listing the problems.
func Source(filename string, src []byte) ([]byte, error) {
	fset := source.NewFileSet()
	var diags source.List
	f := syntax.ParseFile(fset, filename, src, &diags)
	if diags.HasErrors() {
		return nil, &SyntaxError{Fset: fset, Diags: &diags}
	}
	return File(fset, f)
}

// File formats f, a file parsed without errors into fset. It reads the
// file's source from fset for the comments and the author's line breaks.
func File(fset *source.FileSet, f *syntax.File) ([]byte, error) {
	file := fset.File(f.Pos())
	if file == nil {
		return nil, fmt.Errorf("format: the file %s is not in the file set", f.Name)
	}
	if bad := findBad(f); bad != nil {
		return nil, fmt.Errorf("%s: cannot format a file with syntax errors", fset.Position(bad.Pos()))
	}
	// The parser does not report lexical errors inside the refused items
	// that it skips, but an unterminated literal there would take in what
	// the formatter writes after it.
	var diags source.List
	comments := scanComments(file, &diags)
	if diags.HasErrors() {
		return nil, &SyntaxError{Fset: fset, Diags: &diags}
	}
	out := print(file, f, comments)

	// Parse the result again: formatting must not change the tree.
	g := syntax.ParseFile(source.NewFileSet(), f.Name, out, &diags)
	if diags.HasErrors() || !Equal(f, g) {
		return nil, fmt.Errorf("%s: vex2go fmt would change the meaning of this file, which is a bug in vex2go; the file is left as it is", f.Name)
	}
	return out, nil
}

// A SyntaxError reports that a source does not parse.
type SyntaxError struct {
	Fset  *source.FileSet
	Diags *source.List
}

func (e *SyntaxError) Error() string {
	var msgs []string
	for _, d := range e.Diags.Diags {
		if d.Severity == source.Error {
			msgs = append(msgs, fmt.Sprintf("%s: %s", e.Fset.Position(d.Pos), d.Msg))
		}
	}
	return strings.Join(msgs, "\n")
}

// findBad returns a Bad node of the tree, or nil.
func findBad(f *syntax.File) (bad syntax.Node) {
	syntax.Inspect(f, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.BadDecl, *syntax.BadStmt, *syntax.BadExpr, *syntax.BadType, *syntax.BadPat:
			bad = n
		}
		return bad == nil
	})
	return bad
}
