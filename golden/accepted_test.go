package golden

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// corpora are the globs, from the root of the repository, of the Vex
// inputs of the project outside the golden cases: the examples (those with
// a stdout.golden are TestGolden's), the parse-agreement corpus (whose
// programs are TestGolden's, so that only its out-of-scope files are left
// here), the testdata of the syntax and the checker, and the corpora of
// the fuzz targets, kept in Go's fuzz file format.
var corpora = []string{
	"examples/*/*.vx",
	"frontend/syntax/testdata/*.vx",
	"frontend/syntax/testdata/vex/*.vx",
	"frontend/types/testdata/*.vx",
	"frontend/syntax/testdata/fuzz/*/*",
	"frontend/types/testdata/fuzz/*/*",
	"lower/testdata/fuzz/*/*",
	"cmd/vex2go/testdata/fuzz/*/*",
}

// TestAccepted is the differential test: every input of the corpora that
// vex2go accepts must build with go build and pass go vet, and on no input
// may vex2go fail with an internal error. Most inputs of the corpora are
// refused, which is fine; TestGolden holds the golden cases to the same
// rule. The accepted inputs are compiled with the golden cases
// (buildModule), without linking.
func TestAccepted(t *testing.T) {
	readSources()
	buildModule(t)
	accepted := 0
	for _, c := range module.accepted {
		if c.failure != "" {
			t.Errorf("%s:\n%s", c.path, c.failure)
		}
		if c.status == 0 {
			accepted++
		}
	}
	t.Logf("%d inputs, %d accepted", len(module.accepted), accepted)
}

// corpusCases returns a case for each input of the corpora, named after
// its corpus and file, but the programs of the parse-agreement corpus and
// of examples/, which TestGolden builds, vets and runs (loadCorpus,
// loadExamples): golden, the cases of TestGolden.
func corpusCases(t *testing.T, golden []*testCase) []*testCase {
	programs := map[string]bool{} // the files and directories of the programs
	for _, c := range golden {
		if c.program {
			programs[filepath.Clean(c.path)] = true
		}
	}
	var cases []*testCase
	names := map[string]string{}
	for _, glob := range corpora {
		paths, err := filepath.Glob(filepath.Join("..", filepath.FromSlash(glob)))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range paths {
			if programs[filepath.Clean(path)] || programs[filepath.Dir(path)] {
				continue
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			rel := filepath.ToSlash(strings.TrimPrefix(path, ".."+string(filepath.Separator)))
			if !strings.HasSuffix(path, ".vx") {
				if data, err = readFuzzInput(data); err != nil {
					t.Fatalf("%s: %v", rel, err)
				}
			}
			name := corpusName(rel)
			if prev, dup := names[name]; dup {
				t.Fatalf("%s and %s have the same name %s", prev, rel, name)
			}
			names[name] = rel
			cases = append(cases, &testCase{name: name, path: rel, inputs: []txtar.File{{Name: "main.vx", Data: data}}})
		}
	}
	return cases
}

// corpusName returns a name for the input at path, which is an import path
// element: the name of its directory and of the file, or of the example.
func corpusName(path string) string {
	dir, file := filepath.Split(filepath.FromSlash(path))
	dir = filepath.Base(dir)
	if file == "main.vx" {
		dir, file = "example", dir
	}
	name := strings.ToLower(dir + "-" + strings.TrimSuffix(file, ".vx"))
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '_'
	}, name)
}

// readFuzzInput returns the input of a file of a fuzz corpus, whose one
// value is a string or a []byte: "go test fuzz v1" and a line such as
// []byte("fn main() {}").
func readFuzzInput(data []byte) ([]byte, error) {
	header, value, _ := bytes.Cut(data, []byte("\n"))
	if string(header) != "go test fuzz v1" {
		return nil, fmt.Errorf("not a fuzz corpus file")
	}
	x, err := parser.ParseExpr(string(bytes.TrimSpace(value)))
	if err != nil {
		return nil, err
	}
	if call, ok := x.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, err := strconv.Unquote(lit.Value)
			return []byte(s), err
		}
	}
	return nil, fmt.Errorf("the value is not a string or a []byte: %s", value)
}
