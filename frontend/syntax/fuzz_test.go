package syntax_test

import (
	"io"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/format/formattest"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// fuzzSeeds are Vex snippets covering the grammar, valid and broken.
var fuzzSeeds = []string{
	"fn main() {}",
	"fn main(): i32 { 0 }",
	"async fn main(): i32 { let v = await f(1)?; 0 }",
	"fn add<T: Num + Ord>(a: T, b!: T, c: i32 = 3): T { a + b }",
	"fn (self: &T) m() {}\nfn (self: &T!) n(x: i32) {}\nfn (self: T) o(): T { self }",
	"fn T.new(): T { T {} }",
	"struct P<T>: A, B { public: x: T `json:\"x\"`, private: y: i32 readonly: z: u8 }",
	"struct Id(u64)\nstruct E {}\nstruct U",
	"enum E<T> { A, B(i32, string), C(T) }",
	"contract C { m(self: &Self, x: i32): R; n(): R }",
	"const N: i32 = 1 << 4\ntype A<T> = Map<string, Vec<T>>",
	"import { a, b as c } from \"./x.vx\"\nimport * as m from \"go:fmt\"\nexport { a } from \"./x.vx\"",
	"/// doc\nexport fn f() {}",
	"fn f() { let x = a + b * c ** d ** e - -f as i64 << 2 & 3 ^ 4 | 5 }",
	"fn f() { let x = a == b && c != d || e ?? g !> |e| h }",
	"fn f() { let r = 0..10; let s = 1..=n; let t = ..; let u = a..; let v = ..=b }",
	"fn f() { let t = c ? a : b ? d : e }",
	"fn f() { let x = f(x)? + g()?.h()?? }",
	"fn f() { let v = Channel.new<i32>(8); let w = Vec<i32>(); let m = Map.new<K, Vec<V>>() }",
	"fn f() { let c = a < b; let d = a < b > (c); let e = x as i64 < y }",
	"fn f() { let t = t.0.1 + 1.5; let i = 1.max(2) }",
	"fn f() { let s = f\"a {b} {{c}} {m.get(\"k\")} {f\"{x}\"}\" }",
	"fn f() { let s = \"esc \\n \\t \\u{1F600} \\\" \\0\"; let c = '\\u{263A}' }",
	"fn f() { let a = [1, 2, 3]; let b = [0; 10]; let t = (1, \"a\"); let u = (); let p = (x,) }",
	"fn f() { let p = Point { x: 1, y, ..base }; if p == q { } }",
	"fn f() { let c = |a: i32, b: i32| a + b; let d = |x|: i32 { x * 2 }; let e = || 1; let g = || { } }",
	"fn f() { if a { } elif b { } else if c { } else { } }",
	"fn f() { if let Some(x) = o { } while let Some(y) = s.pop() { } }",
	"fn f() { 'outer: for (i, x) in v.enumerate() { break 'outer } 'l: while true { continue 'l } }",
	"fn f() { let v = 'a: loop { break 'a 5 }; loop { break } }",
	"fn f() { match x { 0 => a, -1 | 1 => b, 2..10 => c, 10..=99 => d, _ => e } }",
	"fn f() { match m { Message.Move(x, y) => 1, Move(a, b) => 2, Some(p) => 3, None => 4, Ok(v) => 5, Err(e) => 6 } }",
	"fn f() { match p { Point { x, y } => 1, Point { x: px, .. } => 2, [a, b, c] => 3, (a, _) => 4 } }",
	"fn f() { match x { n if n > 0 => { 1 } _ => return 2, } }",
	"fn f() { select { v = <-ch => v, Some(v) = ch.recv() => v, <-ch => 0, ch <- 1 => 2, after 500 => 3, default => 4 } }",
	"fn f() { defer f(a, b); go f(x); go { g() }; ch <- v; return }",
	"fn f() { let x: i32; let! y = 1; let (a, _, c) = t; let Point { x, y } = p; x += 1; y <<= 2 }",
	"fn f() { let v: Vec<i32>\n v.push(1) }",
	"fn f() { let r = &x; let m = &!x; let s = <+ a; let c = <-ch; let d = &&x }",
	"fn f() { $println(\"x\"); $print(1) }",
	"fn f() { let v = { let a = 1; a + 1 }; }",
	"fn f() { let x = a <<< 2 >>> b <? c >? d *+ e +| f -| g }",
	"fn f() { let g = @{ x }; let p = $param(w); unsafe { }; asm { }; let n = #sizeof(T); $for i in x { } }",
	"fn f(x: ...i32, p: *u8, r: &'a T) { let s = `tmpl {{ x }}` }",
	"graph fn g() {}\nextern fn h()\nthreadlocal let x = 0\ngpu fn k() {}\n#[attr]\n@attr",
	"let x = 5\nprintln(x)",
	"fn f() { let x = (1 +\n let y = ]\n}",
	"struct S { a: }\nfn g() { f(a b) }",
	"fn f() { if a {\n}\nelse {\n} }",
	"fn f() { a < b < c; x := 1; f\"{x:>5}\"; f\"{}\" }",
	"fn f() { \"unterminated",
	"fn f() { /* unterminated",
	"fn f() { 'ab' '' 0b102 0o9 0x 12abc 1.5u8 \"\\q\" }",
	"fn f() { f\"a } b\" f\"{ \" }",
	"fn ((((",
	"}}}}))))]]]]",
	"fn f() { ((((((((((",
	"fn f() { x = [[[[[[[[",
	"fn f() { x = {{{{{{{{",
	"fn f() { x = 1 ? 2 ? 3 ? 4",
	"fn f() { x = a<b<c<d<e<f<g<h>>>>>>>(1) }",
	"fn f() { x = a<[T; b<[T; c<[T; d>]>]>]>() }",
	"contract C { m<T>(): T { } }",
	"import x from \"p\"\nexport",
	"fn f() -> i32 { 1 }\nconst N = 1",

	// Real Vex (issue 9) and the syntax of spec section 10.
	"fn f() {\n if a {\n }\n // c\n elif b {\n }\n\n else {\n }\n}",
	"fn f() {\n let r = xs\n  .iter()\n  // c\n  .map(g)\n let p = &x!\n}",
	"fn f() { let x = a <? b >? c +| d -| e <<< 1 >>> 2; let s = <+ a + <* b + <?| c + >?| d; let t = <& f && <| g }",
	"fn f() { let y = *r + *v.getUnchecked(i); *n += 1; $assertEq(a, b); for i in 0i64..n { } }",
	"fn (self: &V) op+(o: V): V { self }\nfn (self: &V!) op[]=(i: i64, v: f64) {}\nfn (self: &V) op-(): V { self }\nfn op<T>(x: T) {}\nfn +(a: V, b: V): V { a }",
	"fn (self: &string) shout(): string { self }\ncontract O: Eq, Display { bump()!\n m(): Self\n type Item\n op==(o: Self): bool }",
	"const P: [u8; 3] = [2, 3, 5]\nfn f(): never { panic(\"x\") }\nfn g(o: Option<&T>, v: Vec<*u8>) {}",
	"policy P { a: 1 }\nextern \"C\" { fn a() }\nactor A { }\n@inline fn f() {}\n#[x] struct S {}",
	"fn f<'a, const N: usize, T = Self>(x: &'a T, y: ...i32): string | i32 { let m = a >< b <*> c; let t = m'; $if x { } else { } }",
}

// FuzzParse checks that ParseFile returns on any input without panicking,
// that the tree it returns is complete enough to walk and print, and that
// a tree without errors makes the round trip: printed as source by vex2go
// fmt, it parses to the same tree.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add(syntax.BenchSource)
	for _, line := range strings.Split(syntax.BenchSource, "\n") {
		f.Add("fn f() {\n" + line + "\n}")
	}
	// Long and deep inputs, just past the limits, so that the mutations
	// exercise the bounds.
	f.Add("fn f() { let x = " + strings.Repeat("a + ", syntax.MaxDepth) + "a }")
	f.Add("fn f() { let x = " + strings.Repeat("a? - ", syntax.MaxDepth/2) + "a }")
	f.Add("fn f() { let x = a" + strings.Repeat(".b()", syntax.MaxDepth/2) + " }")
	f.Add("fn f() { let x = " + strings.Repeat("(", syntax.MaxDepth) + "1" + strings.Repeat(")", syntax.MaxDepth) + " }")
	f.Add("fn f() " + strings.Repeat("{", syntax.MaxDepth/2) + strings.Repeat("}", syntax.MaxDepth/2))
	f.Add("fn f() { let x = " + strings.Repeat(`f"{`, syntax.MaxFStringDepth+1) + "1" + strings.Repeat(`}"`, syntax.MaxFStringDepth+1) + " }")
	f.Fuzz(func(t *testing.T, src string) {
		fset := source.NewFileSet()
		var diags source.List
		file := syntax.ParseFile(fset, "fuzz.vx", []byte(src), &diags)
		if file == nil {
			t.Fatal("ParseFile returned nil")
		}
		syntax.Inspect(file, func(n syntax.Node) bool {
			if n != nil && (!n.Pos().IsValid() || n.End() < n.Pos() || n.End() > file.End()) {
				t.Errorf("%T has span %d-%d in file %d-%d", n, n.Pos(), n.End(), file.Pos(), file.End())
			}
			return true
		})
		if err := syntax.Fprint(io.Discard, fset, file); err != nil {
			t.Fatal(err)
		}
		diags.Print(io.Discard, fset)
		if !diags.HasErrors() {
			formattest.RoundTrip(t, fset, file)
		}
	})
}
