package types_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/format/formattest"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// FuzzCheck runs the lexer, parser and checker on arbitrary input: they
// must report diagnostics, never panic or hang. A tree without syntax
// errors must also make the round trip of the formatter. The checker runs on the
// tree of a file with syntax errors too, as the language server does
// while the user types, so it must cope with the Bad nodes and missing
// pieces of a tree cut short. The corpus starts with the checker's
// testdata, the parse-agreement corpus, every .vx file of the golden
// cases, and long and deep inputs at the parser's limits.
func FuzzCheck(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.vx")
	corpus, _ := filepath.Glob("../syntax/testdata/vex/*.vx")
	for _, name := range append(seeds, corpus...) {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(src)
		}
	}
	for _, vx := range formattest.GoldenPrograms("../../golden/testdata") {
		for _, src := range vx {
			f.Add(src)
		}
	}
	for _, src := range hostileSeeds() {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fset := source.NewFileSet()
		var diags source.List
		file := syntax.ParseFile(fset, "fuzz.vx", src, &diags)
		if !diags.HasErrors() {
			formattest.RoundTrip(t, fset, file)
		}
		types.Check(fset, []*syntax.File{file}, &diags)
		diags.Sort(fset)
	})
}

// hostileSeeds returns long and deep programs that the parser accepts, up
// to its nesting limit, for the fuzzer to mutate around the bounds.
func hostileSeeds() []string {
	const n = 9000
	rep := strings.Repeat
	return []string{
		"fn main() { let a = 1; let x = a" + rep(" + a", n) + "; println(x) }",
		"fn main() { let x: i64 = 1" + rep(" + 1", n) + "; println(x) }",
		"fn main() { let x = " + rep("(", n) + "1" + rep(")", n) + "; println(x) }",
		"fn main() { let s = \"ab\"" + rep(" + \"ab\"", n/2) + "; println(s) }",
		"fn main() " + rep("{ ", n/2) + rep("} ", n/2),
		"fn main() { let x = 1; " + rep("if x > 0 { ", n/4) + rep("} ", n/4) + "}",
		"fn main() { let f = " + rep("|| ", n/2) + "1 }",
		"fn main() { let v: " + rep("Vec<", n/2) + "i32" + rep(">", n/2) + " = Vec.new() }",
		"fn main() { let " + rep("(", n/2) + "x" + rep(")", n/2) + " = 1 }",
		"fn main() { let s = \"" + rep("x", 1<<16) + "\"; println(s) }",
		"fn " + rep("f", 1<<14) + "() {}\nfn main() { " + rep("f", 1<<14) + "() }",
	}
}
