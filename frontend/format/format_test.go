package format

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// A program is a Vex source from one of the project's corpora.
type program struct {
	name string
	src  []byte
}

// corpus returns every Vex program the project has: the .vx sections of
// the golden cases, the examples, the parse-agreement corpus and the fuzz
// corpora of the front end and the lowering.
func corpus(t testing.TB) []program {
	var progs []program
	archives, _ := filepath.Glob("../../golden/testdata/*.txtar")
	for _, path := range archives {
		a, err := txtar.ParseFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range a.Files {
			if strings.HasSuffix(f.Name, ".vx") {
				progs = append(progs, program{filepath.Base(path) + "/" + f.Name, f.Data})
			}
		}
	}
	for _, pattern := range []string{"../../examples/*/*.vx", "../../examples/*/*/*.vx", "../syntax/testdata/vex/*.vx"} {
		paths, _ := filepath.Glob(pattern)
		for _, path := range paths {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			progs = append(progs, program{path, src})
		}
	}
	for _, pattern := range []string{"../syntax/testdata/fuzz/*/*", "../types/testdata/fuzz/*/*", "../../lower/testdata/fuzz/*/*", "testdata/fuzz/*/*"} {
		paths, _ := filepath.Glob(pattern)
		for _, path := range paths {
			if src, ok := fuzzInput(t, path); ok {
				progs = append(progs, program{path, src})
			}
		}
	}
	if len(progs) < 100 {
		t.Fatalf("only %d programs in the corpora", len(progs))
	}
	return progs
}

// fuzzInput returns the string of a fuzz corpus file holding one string.
func fuzzInput(t testing.TB, path string) ([]byte, bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(string(data), "\n", 3)
	if len(lines) < 2 || lines[0] != "go test fuzz v1" {
		return nil, false
	}
	arg := strings.TrimSpace(lines[1])
	for _, prefix := range []string{"string(", "[]byte("} {
		if inner, ok := strings.CutPrefix(arg, prefix); ok {
			s, err := strconv.Unquote(strings.TrimSuffix(inner, ")"))
			return []byte(s), err == nil
		}
	}
	return nil, false
}

// TestCorpus formats every program of every corpus that parses and checks
// what vex2go fmt promises: the same syntax tree, every comment, and a
// second formatting that changes nothing.
func TestCorpus(t *testing.T) {
	formatted := 0
	for _, prog := range corpus(t) {
		if checkFormat(t, prog.name, prog.src) {
			formatted++
		}
	}
	t.Logf("%d programs formatted", formatted)
}

// checkFormat checks the promises of Source on src, if it parses, and
// reports whether it does.
func checkFormat(t *testing.T, name string, src []byte) bool {
	t.Helper()
	fset := source.NewFileSet()
	var diags source.List
	before := syntax.ParseFile(fset, name, src, &diags)
	scanComments(fset.File(before.Pos()), &diags)
	if diags.HasErrors() {
		return false
	}
	out, err := File(fset, before)
	if err != nil {
		var after source.List
		again, _ := format(name, src)
		g := syntax.ParseFile(source.NewFileSet(), name, again, &after)
		var b strings.Builder
		after.Print(&b, fset)
		t.Errorf("%s: %v\n%s\n%s\n--- input:\n%s\n--- output:\n%s", name, err, Diff(before, g), b.String(), src, again)
		return true
	}
	again, err := Source(name, out)
	switch {
	case err != nil:
		t.Errorf("%s: formatting the output: %v", name, err)
	case !bytes.Equal(again, out):
		t.Errorf("%s: not idempotent:\n--- once:\n%s\n--- twice:\n%s", name, out, again)
	}
	if got, want := comments(out), comments(src); !slices.Equal(got, want) {
		t.Errorf("%s: comments changed:\n%q\nwant\n%q", name, got, want)
	}
	return true
}

// format formats src without checking the result.
func format(name string, src []byte) ([]byte, error) {
	fset := source.NewFileSet()
	var diags source.List
	f := syntax.ParseFile(fset, name, src, &diags)
	if diags.HasErrors() {
		return nil, &SyntaxError{fset, &diags}
	}
	file := fset.File(f.Pos())
	return print(file, f, scanComments(file, &diags)), nil
}

// comments returns the text of the comments of src.
func comments(src []byte) []string {
	fset := source.NewFileSet()
	file := fset.AddFile("x.vx", src)
	var s syntax.Scanner
	s.Init(file, &source.List{}, syntax.ScanComments)
	var list []string
	for {
		_, tok, lit := s.Scan()
		if tok == syntax.EOF {
			return list
		}
		if tok == syntax.COMMENT || tok == syntax.DOC {
			list = append(list, commentText([]byte(lit)))
		}
	}
}

// TestIndentationIgnored checks that the formatter sets every indentation
// itself: each program of the corpora with the indentation of its lines
// removed formats as the program does, unless that changes a string, a
// comment or the text of refused syntax, which are printed as written.
func TestIndentationIgnored(t *testing.T) {
	checked := 0
	for _, prog := range corpus(t) {
		lines := strings.Split(string(prog.src), "\n")
		for i, l := range lines {
			lines[i] = strings.TrimLeft(l, " \t")
		}
		flat := []byte(strings.Join(lines, "\n"))
		want, err1 := Source(prog.name, prog.src)
		got, err2 := Source(prog.name, flat)
		if err1 != nil || err2 != nil || !slices.Equal(comments(prog.src), comments(flat)) || hasUnsupported(prog.src) {
			continue
		}
		checked++
		if !bytes.Equal(got, want) {
			t.Errorf("%s: formatted without indentation:\n%s\nwant:\n%s", prog.name, got, want)
		}
	}
	t.Logf("%d programs checked", checked)
}

// hasUnsupported reports whether src holds syntax that vex2go refuses, or
// a string or f-string over several lines, whose text the formatter keeps.
func hasUnsupported(src []byte) (found bool) {
	fset := source.NewFileSet()
	f := syntax.ParseFile(fset, "x.vx", src, &source.List{})
	file := fset.File(f.Pos())
	syntax.Inspect(f, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.UnsupportedDecl, *syntax.UnsupportedExpr, *syntax.UnsupportedType:
			found = true
		case *syntax.TypeParam:
			found = found || n.Unsupported != nil
		case *syntax.BasicLit:
			found = found || strings.Contains(n.Raw, "\n")
		case *syntax.FString:
			found = found || bytes.ContainsRune(src[file.Offset(n.Pos()):file.Offset(n.End())], '\n')
		}
		return !found
	})
	return found
}
