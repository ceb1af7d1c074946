package main

import (
	"fmt"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
)

// TestHostileInputs runs the whole pipeline of vex2go build (load, check,
// lower, print) on inputs built to exhaust it: flat chains of a million
// terms, nesting of every kind past the limit and just under it, long
// lines, many files and hostile bytes. Each gives its positioned
// diagnostic or builds, and each is held to ceilings on the bytes and the
// objects it allocates, per byte of input: counters that bound both the
// memory and the work, where a quadratic phase would exceed them by far.
// No time is measured. (The Go of nested blocks is indented, and the Go of
// nested Options spells their types, so its size grows with the square of
// the depth, which the parser bounds; those cases nest a few thousand
// levels.)
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("inputs of megabytes")
	}
	const n = 1_000_000
	const under = 9_000 // under the parser's nesting limit
	rep := strings.Repeat
	chain := func(term, op string, k int) string { return rep(term+op, k-1) + term }
	main := func(body string) map[string]string {
		return map[string]string{"main.vx": "fn main() {\n" + body + "\n}\n"}
	}
	manyFiles := make(map[string]string)
	for i := range 2000 {
		manyFiles[fmt.Sprintf("f%04d.vx", i)] = fmt.Sprintf("fn f%d(x: i64): i64 {\n    x + %d\n}\n", i, i)
	}
	manyFiles["main.vx"] = "fn main() {\n    println(f0(1) + f1999(2))\n}\n"
	for _, tt := range []struct {
		name  string
		files map[string]string
		want  string // a diagnostic, or "" when the program builds
	}{
		{"chain of names", main("let a = 1\nlet x = " + chain("a", " + ", n) + "\nprintln(x)"), "main.vx:3:"},
		{"chain of literals", main("let x = " + chain("1", "+", n) + "\nprintln(x)"), "main.vx:2:"},
		{"chain of strings", main(`let x = ` + chain(`"ab"`, " + ", n) + "\nprintln(x)"), "main.vx:2:"},
		{"chain of comparisons", main("let b = true\nlet x = " + chain("b", " && ", n) + "\nprintln(x)"), "main.vx:3:"},
		{"parentheses", main("let x = " + rep("(", n) + "1" + rep(")", n)), "main.vx:2:"},
		{"blocks", main(rep("{ ", n) + rep("} ", n)), "main.vx:2:"},
		{"ifs", main("let c = true\n" + rep("if c { ", n) + rep("} ", n)), "main.vx:3:"},
		{"closures", main("let f = " + rep("|| ", n) + "1"), "main.vx:2:"},
		{"types", main("let v: " + rep("Vec<", n) + "i32" + rep(">", n) + " = Vec.new()"), "main.vx:2:"},
		{"patterns", main("let " + rep("(", n) + "x" + rep(")", n) + " = 1"), "main.vx:2:"},
		{"calls", main("let x = f" + rep("()", n)), "main.vx:2:"},
		{"f-strings", main("let x = " + rep(`f"{`, n) + "1" + rep(`}"`, n)), "main.vx:2:"},
		{"chain of names under the limit", main("let a = 1\nlet x = " + chain("a", " + ", under) + "\nprintln(x)"), ""},
		{"chain of literals under the limit", main("let x: i64 = " + chain("1", " + ", under) + "\nprintln(x)"), ""},
		{"chain of strings under the limit", main(`let x = ` + chain(`"ab"`, " + ", under) + "\nprintln(x)"), ""},
		{"parentheses under the limit", main("let x = " + rep("(", under) + "1" + rep(")", under) + "\nprintln(x)"), ""},
		{"blocks under the limit", main("let x = 1\n" + rep("{ ", 2000) + "println(x) " + rep("} ", 2000)), ""},
		{"ifs under the limit", main("let x = 1\n" + rep("if x > 0 { ", 2000) + "println(x) " + rep("} ", 2000)), ""},
		{"options under the limit", main("let v = " + rep("Some(", 300) + "1" + rep(")", 300) + "\nprintln(v)"), ""},
		{"long line", main(`let s = "` + rep("x", 4*n) + `"` + "\nprintln(s.len())"), ""},
		{"long name", map[string]string{"main.vx": "fn " + rep("f", n) + "(): i64 { 1 }\nfn main() { println(" + rep("f", n) + "()) }\n"}, ""},
		{"many statements", main(rep("println(1 + 2 * 3)\n", n/50)), ""},
		{"many files", manyFiles, ""},
		{"hostile bytes", main("let x = 1 \x1b[2J\x07\xff\xfe" + rep("\x00", 1000)), `main.vx:2:11: error: `},
	} {
		t.Run(tt.name, func(t *testing.T) {
			size := 0
			for _, src := range tt.files {
				size += len(src)
			}
			before := allocCounters()
			text, failed, built := buildOverlay(t, tt.files)
			after := allocCounters()
			switch {
			case tt.want == "" && (failed || !built):
				t.Errorf("the program does not build:\n%.2000s", text)
			case tt.want != "" && (!failed || !strings.HasPrefix(text, tt.want)):
				t.Errorf("diagnostics:\n%.2000s\nwant the first to start with %q", text, tt.want)
			}
			if strings.ContainsAny(text, "\x1b\x07\x00") || !utf8.ValidString(text) {
				t.Errorf("the diagnostics echo raw control bytes or invalid UTF-8:\n%q", text)
			}
			bytes, objects := after[0]-before[0], after[1]-before[1]
			t.Logf("%d bytes of input: %d bytes, %d objects allocated", size, bytes, objects)
			if limit := 700*uint64(size) + 64<<20; bytes > limit {
				t.Errorf("allocated %d bytes for %d bytes of input, over %d", bytes, size, limit)
			}
			if limit := 12*uint64(size) + 1<<20; objects > limit {
				t.Errorf("allocated %d objects for %d bytes of input, over %d", objects, size, limit)
			}
		})
	}
}

// buildOverlay loads the files, by name, as the package of a directory and
// compiles it. It returns the diagnostics printed as text, whether they
// hold errors, and whether Go files came out.
func buildOverlay(t *testing.T, files map[string]string) (text string, failed, built bool) {
	dir := t.TempDir()
	overlay := make(map[string][]byte, len(files))
	for name, src := range files {
		overlay[filepath.Join(dir, name)] = []byte(src)
	}
	fset := source.NewFileSet()
	prog, err := (&load.Config{Overlay: overlay}).Load(fset, dir)
	if err != nil {
		t.Fatal(err)
	}
	var diags source.List
	diags.Append(&prog.Diags)
	if p := prog.Packages[0]; p.Ready() {
		built = len(compilePackage(fset, pkgInput{Package: p}, genOptions{}, false, &diags)) > 0
	}
	diags.Sort(fset)
	var b strings.Builder
	diags.Print(&b, fset)
	return strings.ReplaceAll(b.String(), dir+string(filepath.Separator), ""), diags.HasErrors(), built
}

// allocCounters returns the bytes and the objects allocated so far.
func allocCounters() [2]uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}, {Name: "/gc/heap/allocs:objects"}}
	metrics.Read(s)
	return [2]uint64{s[0].Value.Uint64(), s[1].Value.Uint64()}
}
