package format

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// benchSource returns the golden inputs, the examples and the
// parse-agreement corpus that parse, one after another, four times: Vex as
// people write it, of every construct, some 400 kilobytes.
func benchSource(b *testing.B) []byte {
	var buf bytes.Buffer
	for _, prog := range corpus(b) {
		if strings.Contains(prog.name, "testdata/fuzz") {
			continue
		}
		var diags source.List
		syntax.ParseFile(source.NewFileSet(), prog.name, prog.src, &diags)
		if !diags.HasErrors() {
			buf.Write(prog.src)
			buf.WriteString("\n")
		}
	}
	return bytes.Repeat(buf.Bytes(), 4)
}

// BenchmarkSource measures what vex2go fmt does per file: parse, print,
// and parse again to check the tree.
func BenchmarkSource(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Source("bench.vx", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPrint measures the printer alone, on a parsed tree.
func BenchmarkPrint(b *testing.B) {
	src := benchSource(b)
	fset := source.NewFileSet()
	var diags source.List
	f := syntax.ParseFile(fset, "bench.vx", src, &diags)
	file := fset.File(f.Pos())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		print(file, f, scanComments(file, &diags))
	}
}

// BenchmarkSourceChain measures a long operator chain with a line break
// after each operator: deep recursion and a continuation line per term.
func BenchmarkSourceChain(b *testing.B) {
	src := []byte("fn f() {\n    let x = a +\n" + strings.Repeat("        a +\n", 5000) + "        a\n}\n")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Source("chain.vx", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSourceDeep measures blocks nested 4,000 deep, one brace a line:
// the indentation stops growing at maxIndent, keeping the output linear.
func BenchmarkSourceDeep(b *testing.B) {
	src := []byte("fn f() {\n" + strings.Repeat("{\n", 4000) + strings.Repeat("}\n", 4000) + "}\n")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		out, err := Source("deep.vx", src)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(out))/float64(len(src)), "out/in")
	}
}
