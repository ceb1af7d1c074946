package format

import (
	"strings"
	"testing"
)

// fuzzSeeds are programs that exercise the layout: comments in every kind
// of place, the author's line breaks, one-line blocks, sections, and the
// spellings the formatter keeps.
var fuzzSeeds = []string{
	"fn main() {}\n",
	"// c\n\n\n/// doc\nexport async fn f<T: A + B>(a: T, b!: i32 = 3): R { a } // t\n",
	"fn f() {\n    let x = a +\n        b // c\n    /* d */ let y = (x,)\n\n\n    return\n}\n",
	"fn f() { if a { 1 } elif b { 2 } else if c { 3 } else { 4 } }\n",
	"fn f() {\n    if a {\n    }\n    // c\n    elif b {\n    }\n\n    else {\n    }\n}\n",
	"fn f() {\n    let r = xs\n        .iter() // one\n        // two\n        .map(|v: i64| v * 2)\n}\n",
	"fn f() { let m = match x { 0 => a, 1 | 2 if g => { b } _ => return c, }; }\n",
	"fn f() { select { v = <-ch => v, Some(w) = c.recv() => w, c <- 1 => 2, after 5 => 3, default => 4 } }\n",
	"struct S<T>: A, B {\npublic:\n    /// d\n    x: T `json:\"x\"`\n    private y: i32,\nreadonly:\n    z: u8\n}\nstruct U\nstruct E {}\nstruct P(i32, (u8,))\n",
	"enum E { A, B(i32, string), C() }\ncontract C: D { fn m(self: &Self, x: i32): R; n()!: Self\n type Item }\n",
	"import { a, b as c } from \"./x.vx\"\nimport * as m from \"go:fmt\"\nexport { a } from \"./x.vx\"\nconst N: [u8; 3] = [1, 2, 3]\ntype A<T> = Map<string, Vec<Vec<T>>>\n",
	"fn f() {\n    g(a,\n        b, /* c */ c)\n    h(\n        a, b,\n        c\n    )\n    let p = P {\n        x: 1, ..q\n    }\n}\n",
	"fn f() { let x = &&y; let z = &w!; let v = &!w; let u = - -a; let t = x?? ; let s = !-a; let r = <+ a * <-ch; let q = (1).0 + t.0.1; }\n",
	"fn f(x: &&T!, y: fn(i32): Vec<&T>, z: (i32)) { let a = x as Vec<i32> < y; let b = f<Option<&T>>(1); }\n",
	"fn f() { let r = 0..; let s = ..=b; let t = a..b; 'o: for (i, x) in v { break 'o }; let l = 'a: loop { break 'a 1 }; }\n",
	"fn f() { let c = |a, b| a + b; let d = |x|: i32 { x }; let e = || { }; let g = | | 1; let h = |x| return x; }\n",
	"fn f() { let t = c ? a : d ? e :\n        g; let f = f\"{a} {{b}} {m.get(\"k\")}\"; let s = \"two\nlines\"; }\n",
	"graph fn g() {}\n@inline fn h() {}\n#[x]\nstruct S {}\npolicy P { a: 1 }\nfn k<'a, const N: usize, T = Self>(x: &'a T, y: ...i32): string | i32 { let m = a >< b; let t = m'; $if x { } }\n",
	"fn f() { let v = { let a = 1; a + 1 }; let w = { g(); }; let r = 0..; }\n",
	"fn f() {\n    let x = { match y { _ => 1 } }\n}\n",
	"fn (self: &V) op+(o: V): V { self }\nfn (self: &V!) op[]=(i: i64, v: f64) {}\nfn T.new(): T { T {} }\n",
	"fn f() {\n    let (a, _, c) = t\n    let P { x, y: (z), .. } = p\n    match q { [a, b] | (a, b,) => 1, -1..=5 => 2, 'a'..'z' => 3, C.D(x) | D { e } => 4 }\n}\n",
	"/* a */ /* b */\nfn /* c */ f(/* d */) /* e */ { /* f */ }\n// end",
	"enum E { A([i32; match x { _ => 1 }]) }\nstruct S { a: [i32; { select { default => 1 } }] }\n",
	"struct S<> { a: i32 /// doc\n, public: /// doc\n private: b: i32 }\nfn f<>() {}\n",
	"fn f() { match a { _ => { a }.x = { b }, _ => -{ c }, } }\n",
	"enum A { A /// gone\n B /// gone\n , C }\nstruct S { x: i32 /// gone\n y: Vec<T> /// kept\n z: i32 }\nfn f() { g(); /// kept\n fn h() {} }\nconst A: i32 = 1; /// kept\nconst B: i32 = 2 /// gone\nconst C: i32 = 3\n",
	"fn f(v: Vec<&T!>, w: Map<K, Vec<&V!>>) { g(1, ...v); h(...w,) }\n",
	"enum A { /// documents the comma\n , B }\nfn f() { /// documents the semicolon\n ; g() }\n",
}

// FuzzFormat checks, on any input that parses, what vex2go fmt promises:
// the formatted source parses to the same syntax tree (the parse, print,
// parse round trip of the front end), keeps every comment, and does not
// change when formatted again.
func FuzzFormat(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, prog := range corpus(f) {
		f.Add(string(prog.src))
	}
	// Long and deep inputs, which the formatter walks recursively.
	f.Add("fn f() { let x = " + strings.Repeat("a + ", 5000) + "a }")
	f.Add("fn f() {\n    let x = a +\n" + strings.Repeat("        a +\n", 2000) + "        a\n}\n")
	f.Add("fn f() { let x = " + strings.Repeat("(", 3000) + "1" + strings.Repeat(")", 3000) + " }")
	f.Add("fn f() {\n" + strings.Repeat("{\n", 4000) + strings.Repeat("}\n", 4000) + "}\n")
	f.Add("fn f() { let x = a" + strings.Repeat("\n    .b()", 2000) + " }")
	f.Add("fn f() { " + strings.Repeat("if a { ", 1000) + strings.Repeat("} else { 1 }", 1000) + " }")
	f.Add("fn f() { let x = " + strings.Repeat("match a { _ => ", 500) + "1" + strings.Repeat(" }", 500) + " }")
	f.Add("fn f() { g(" + strings.Repeat("a, // c\n", 2000) + ") }")
	f.Add(strings.Repeat("/// doc\nconst A: i32 = 1 // c\n\n\n", 1000))
	f.Fuzz(func(t *testing.T, src string) {
		checkFormat(t, "fuzz.vx", []byte(src))
	})
}
