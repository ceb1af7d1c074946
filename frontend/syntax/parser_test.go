package syntax

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
)

// parse parses src and returns the file and its errors as "line:col: msg".
func parse(t testing.TB, src string) (*File, []string) {
	t.Helper()
	fset := source.NewFileSet()
	var diags source.List
	f := ParseFile(fset, "t.vx", []byte(src), &diags)
	var errs []string
	for _, d := range diags.Diags {
		p := fset.Position(d.Pos)
		errs = append(errs, fmt.Sprintf("%d:%d: %s", p.Line, p.Column, d.Msg))
	}
	return f, errs
}

// parseStmts parses src as the body of a function and renders its
// statements with exprString, separated by " ; ". Error lines count from
// the first line of src.
func parseStmts(t *testing.T, src string) (string, []string) {
	t.Helper()
	f, errs := parse(t, "fn main() {\n"+src+"\n}\n")
	for i, e := range errs {
		var line, col int
		var msg string
		fmt.Sscanf(e, "%d:%d:", &line, &col)
		msg = e[strings.Index(e, ": ")+2:]
		errs[i] = fmt.Sprintf("%d:%d: %s", line-1, col, msg)
	}
	if len(f.Decls) == 0 {
		return "", errs
	}
	fn, ok := f.Decls[0].(*FuncDecl)
	if !ok || fn.Body == nil {
		return "", errs
	}
	var out []string
	for _, s := range fn.Body.Stmts {
		out = append(out, exprString(s))
	}
	return strings.Join(out, " ; "), errs
}

func TestExpressions(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		// Arithmetic and precedence levels.
		{"a + b * c", "(a + (b * c))"},
		{"a * b + c", "((a * b) + c)"},
		{"a - b - c", "((a - b) - c)"},
		{"a ** b ** c", "(a ** (b ** c))"},
		{"-a ** 2", "((-a) ** 2)"},
		{"a as f64 ** 2", "((a as f64) ** 2)"},
		{"-x as f64", "((-x) as f64)"},
		{"x as u8 as i32", "((x as u8) as i32)"},
		{"a * b ** c", "(a * (b ** c))"},
		{"a % b / c", "((a % b) / c)"},
		{"a << 1 + 2", "(a << (1 + 2))"},
		{"a & b ^ c | d", "(((a & b) ^ c) | d)"},
		{"a | b == c", "((a | b) == c)"},
		{"a == b && c != d || e", "(((a == b) && (c != d)) || e)"},
		{"a || b && c", "(a || (b && c))"},
		{"a ?? b || c", "(a ?? (b || c))"},
		{"a ?? b ?? c", "(a ?? (b ?? c))"},
		{"a ?? b !> c", "(a ?? (b !> c))"},
		{"x !> |e| 0", "(x !> |e| 0)"},
		{"f(a, ...v)", "f(a, ...v)"},
		{"Vec<&P!>.new()", "Vec<&P!>.new()"},
		{"GoMap.new<string, &http.Request!>()", "GoMap.new<string, &http.Request!>()"},
		{"a..b + 1", "(a..(b + 1))"},
		{"a ?? b..c", "((a ?? b)..c)"},
		{"0..=n", "(0..=n)"},
		{"0..", "(0..)"},
		{"..5", "(..5)"},
		{"..", "(..)"},
		{"c ? a : b ? d : e", "(c ? a : (b ? d : e))"},
		{"c ? x ? 1 : 2 : 3", "(c ? (x ? 1 : 2) : 3)"},
		{"a < b ? a : b", "((a < b) ? a : b)"},
		{"c ? -1 : 1", "(c ? (-1) : 1)"},
		{"c ? [1] : [2]", "(c ? [1] : [2])"},
		{"c ? 0..1 : 2..3", "(c ? (0..1) : (2..3))"},
		{"a - -b", "(a - (-b))"},
		{"!a && b", "((!a) && b)"},
		{"~a & b", "((~a) & b)"},

		// Postfix, ? and await.
		{"f(x)? + 1", "((f(x))? + 1)"},
		{"f(x)??", "((f(x))?)?"},
		{"f(x)? ?", "((f(x))?)?"},
		{"v()?[0]", "(v())?[0]"},
		{"a.b.c(d)[e]?", "(a.b.c(d)[e])?"},
		{"await f(x)?", "((await f(x)))?"},
		{"await f(x)??", "(((await f(x)))?)?"},
		{"await f(x)?.g()", "(await (f(x))?.g())"},
		{"await a.b(c).d", "(await a.b(c).d)"},
		{"-await f()", "(-(await f()))"},
		{"t.0.1", "t.0.1"},
		{"t.0 + 1.5", "(t.0 + 1.5)"},
		{"1.max(2)", "1.max(2)"},
		{"a::b", "a.b"},

		// References, channels, sum.
		{"&x", "(&x)"},
		{"&!x.y", "(&!x.y)"},
		{"&&x", "(&(&x))"},
		{"<-ch + 1", "((<-ch) + 1)"},
		{"<+ a * 2", "((<+a) * 2)"},

		// Generic calls and the '<' ambiguity.
		{"f<T>(x)", "f<T>(x)"},
		{"Vec<i32>()", "Vec<i32>()"},
		{"Channel.new<i32>(8)", "Channel.new<i32>(8)"},
		{"Map.new<string, Vec<i32>>()", "Map.new<string, Vec<i32>>()"},
		{"Vec<Vec<i32>>.new()", "Vec<Vec<i32>>.new()"},
		{"Pair<i32, string> { a: 1, b: s }", "Pair<i32, string>{a: 1, b: s}"},
		{"a < b", "(a < b)"},
		{"a < b && c > d", "((a < b) && (c > d))"},
		{"a < b >= c", "BAD"},
		{"x as i64 < y", "((x as i64) < y)"},
		{"a >> b", "(a >> b)"},

		// Literals.
		{"42", "42"},
		{"1_000u32", "1_000u32"},
		{"'c'", "'c'"},
		{`"s"`, `"s"`},
		{`f"a {b + 1} c"`, `f["a " {(b + 1)} " c"]`},
		{`f"{m.get("k")}"`, `f[{m.get("k")}]`},
		{`f"{{x}} {f"{y}"}"`, `f["{x} " {f[{y}]}]`},
		{"true", "true"},
		{"nil", "nil"},
		{"self.x", "self.x"},
		{"Self.new()", "Self.new()"},
		{"[1, 2, 3]", "[1, 2, 3]"},
		{"[0; 10]", "[0; 10]"},
		{"[]", "[]"},
		{"(a, b)", "tuple(a, b)"},
		{"(a,)", "tuple(a)"},
		{"()", "tuple()"},
		{"(a)", "(a)"},
		{"Point { x: 1, y }", "Point{x: 1, y}"},
		{"Point { x: 1, ..base }", "Point{x: 1, ..base}"},
		{"geo.Point { x: 1 }", "geo.Point{x: 1}"},
		{"Point {}", "Point{}"},
		{"Point { x: 1 }.norm()", "Point{x: 1}.norm()"},

		// Closures.
		{"|x| x * 2", "|x| (x * 2)"},
		{"|a: i32, b: i32| a + b", "|a: i32, b: i32| (a + b)"},
		{"|x: i32|: i32 { x * 2 }", "|x: i32|: i32 {(x * 2)}"},
		{"|| 42", "|| 42"},
		{"|| { f() }", "|| {f()}"},
		{"|x| total += x", "|x| {total += x}"},
		{"v.map(|x| x + 1).filter(|x| x > 2)", "v.map(|x| (x + 1)).filter(|x| (x > 2))"},

		// Control flow as expressions.
		{"if a { 1 } else { 2 }", "if a {1} else {2}"},
		{"if a { 1 } elif b { 2 } else { 3 }", "if a {1} else if b {2} else {3}"},
		{"if a { 1 } else if b { 2 }", "if a {1} else if b {2}"},
		{"if let Some(x) = y { x } else { 0 }", "if let Some(x) = y {x} else {0}"},
		{"if p == q { 1 }", "if (p == q) {1}"},
		{"if (S { x: 1 }).ok() { 1 }", "if (S{x: 1}).ok() {1}"},
		{"if x.get()? { 1 }", "if (x.get())? {1}"},
		{"{ let a = 1; a + 1 }", "{let a = 1; (a + 1)}"},
		{"loop { break 5 }", "loop {break 5}"},
		{"'a: loop { break 'a }", "'a loop {break 'a}"},
		{"match x { 1 | 2 => a, 3..=9 => b, _ => c }", "match x {(1 | 2) => a, 3..=9 => b, _ => c}"},
		{"match a? { _ => 1 }", "match (a)? {_ => 1}"},
	} {
		got, errs := parseStmts(t, tt.src)
		if tt.want != "BAD" && len(errs) > 0 {
			t.Errorf("%s: unexpected errors %v", tt.src, errs)
		}
		if tt.want == "BAD" {
			if len(errs) == 0 {
				t.Errorf("%s: parsed as %s, want an error", tt.src, got)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestStatements(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"let x = 1", "let x = 1"},
		{"let! y: i32 = 2", "let! y: i32 = 2"},
		{"let z: Vec<i32>\nz = f()", "let z: Vec<i32> ; z = f()"},
		{"let m: Map<string, Vec<i32>>\nlet n = 1", "let m: Map<string, Vec<i32>> ; let n = 1"},
		{"let (a, _, c) = t", "let (a, _, c) = t"},
		{"let Point { x, y } = p", "let Point{x, y} = p"},
		{"let f: fn(i32, string): bool = g", "let f: fn(i32, string): bool = g"},
		{"let r: &T! = &!v", "let r: &T! = (&!v)"},
		{"let a: [i32; 3] = [1, 2, 3]", "let a: [i32; 3] = [1, 2, 3]"},
		{"let s: [&str] = v", "let s: [&str] = v"},
		{"let t: (i32, (), m.T<u8>) = x", "let t: (i32, (), m.T<u8>) = x"},
		{"x = 1", "x = 1"},
		{"x += 1\ny -= 2\nz *= 3\nw /= 4", "x += 1 ; y -= 2 ; z *= 3 ; w /= 4"},
		{"a %= 1; b &= 2; c |= 3; d ^= 4; e <<= 5; f >>= 6", "a %= 1 ; b &= 2 ; c |= 3 ; d ^= 4 ; e <<= 5 ; f >>= 6"},
		{"v[i] = x", "v[i] = x"},
		{"ch <- v", "ch <- v"},
		{"self.ch <- f(x)", "self.ch <- f(x)"},
		{"return", "return"},
		{"return x", "return x"},
		{"break\ncontinue", "break ; continue"},
		{"break 'outer", "break 'outer"},
		{"break 'outer 5", "break 'outer 5"},
		{"continue 'outer", "continue 'outer"},
		{"defer f(a, b)", "defer f(a, b)"},
		{"go f(x)", "go f(x)"},
		{"go { f() }", "go {f()}"},
		{"while x < 10 { x += 1 }", "while (x < 10) {x += 1}"},
		{"while let Some(x) = s.pop() { f(x) }", "while let Some(x) = s.pop() {f(x)}"},
		{"for i in 0..10 { }", "for i in (0..10) {}"},
		{"for (k, v) in m { }", "for (k, v) in m {}"},
		{"for x in xs.iter() { }", "for x in xs.iter() {}"},
		{"'outer: for x in xs { break 'outer }", "'outer for x in xs {break 'outer}"},
		{"'l: while true { continue 'l }", "'l while true {continue 'l}"},
		{"'l: loop { break 'l 5 }", "'l loop {break 'l 5}"},
		{"f();", "f();"},
		{"f()\ng()", "f() ; g()"},
		{"f(); g()", "f(); ; g()"},
		{"f(\n  a,\n  b\n)", "f(a, b)"},
		{"let v = [\n  1,\n  2\n]", "let v = [1, 2]"},
		{"fn inner() {}", "decl *syntax.FuncDecl"},
		{"struct S {}", "decl *syntax.StructDecl"},
		{"const N: i32 = 1", "decl *syntax.ConstDecl"},
		{"async fn g() {}", "decl *syntax.FuncDecl"},
		{"if a {\n} else {\n}", "if a {} else {}"},
		{"$println(\"x\")", `println("x")`},
		{"$print(1)", "print(1)"},
		{"let x = select { v = <-ch => v, default => 0 }", "let x = select {recv v = ch => v, default => 0}"},
	} {
		got, errs := parseStmts(t, tt.src)
		if len(errs) > 0 {
			t.Errorf("%q: unexpected errors %v", tt.src, errs)
		}
		if got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// TestRealVex checks the syntax that real Vex code uses (issue 9): the
// line breaks that continue a statement, the vector operators and their
// precedences, dereference, &x!, $ names, typed ranges and the rest.
func TestRealVex(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		// A line break before else or elif, or before .name, continues.
		{"if a {\n} elif b {\n}\nelse {\n}", "if a {} else if b {} else {}"},
		{"if a {\n}\nelif b {\n}\n\n// c\n/* d\n */\nelse {\n}", "if a {} else if b {} else {}"},
		{"let x = if a { 1 }\nelse { 2 }", "let x = if a {1} else {2}"},
		{"let r = values\n    .map(f)\n    .filter(p)\nlet n = 1", "let r = values.map(f).filter(p) ; let n = 1"},
		{"let r = values // all\n    // doubled\n    .map(f)", "let r = values.map(f)"},
		{"let r = xs\n  .len()", "let r = xs.len()"},
		{"let a = 1\n..2", "let a = 1 ; (..2)"},
		{"let r = &data!\nf(r)", "let r = (&!data) ; f(r)"},
		{"let t = m'\nf(t)", "let t = UNSUPPORTED(transpose (') is) ; f(t)"},

		// Vector operators and their precedences.
		{"let x = a <? b >? c", "let x = ((a <? b) >? c)"},
		{"let x = a + b <? c * d", "let x = ((a + b) <? (c * d))"},
		{"let x = a +| b -| c", "let x = ((a +| b) -| c)"},
		{"let x = a +| b << 2", "let x = ((a +| b) << 2)"},
		{"let x = a <<< n + 1 >>> m", "let x = ((a <<< (n + 1)) >>> m)"},
		{"let x = a <<< 1 == b", "let x = ((a <<< 1) == b)"},
		{"let x = a & b <<< 1", "let x = (a & (b <<< 1))"},
		{"let s = <+ a + <* b", "let s = ((<+a) + (<*b))"},
		{"let m = <?| a >? >?| b", "let m = ((<?|a) >? (>?|b))"},
		{"let all = <& flags && <| more", "let all = ((<&flags) && (<|more))"},
		{"let s = <+ v.iter() as f64", "let s = ((<+v.iter()) as f64)"},
		{"let s = -<+ a", "let s = (-(<+a))"},

		// References and dereference.
		{"let r = &x!", "let r = (&!x)"},
		{"let r = &v[i]!", "let r = (&!v[i])"},
		{"let y = *r + 1", "let y = ((*r) + 1)"},
		{"let y = *v.getUnchecked(i)", "let y = (*v.getUnchecked(i))"},
		{"*n += 1", "(*n) += 1"},
		{"let p = a * *b", "let p = (a * (*b))"},
		{"let f = fn_ptr(&x!, &!y)", "let f = fn_ptr((&!x), (&!y))"},
		{"let b = x != y", "let b = (x != y)"},

		// $ spellings of the prelude, typed ranges, associated calls.
		{"$assertEq(a, b)\n$panic(\"x\")\n$eprintln(1)", `assertEq(a, b) ; panic("x") ; eprintln(1)`},
		{"for i in 0i64..n { }", "for i in (0i64..n) {}"},
		{"for i in 0u8..=255u8 { }", "for i in (0u8..=255u8) {}"},
		{"let v = Vec.withCapacity<i64>(n)", "let v = Vec.withCapacity<i64>(n)"},
		{"let v = Vec.from(xs)", "let v = Vec.from(xs)"},
		{"let o = Option.new<&T>(x)", "let o = Option.new<&T>(x)"},
		{"let o: Option<&T> = None", "let o: Option<&T> = None"},
		{"let o: Map<&str, &!T> = m", "BAD"},
		{"let b = a <&b", "BAD"},

		// Or-patterns, also nested and binding.
		{"match s { Shape.Square(x) | Shape.Circle(x) => x }", "match s {(Shape.Square(x) | Shape.Circle(x)) => x}"},
		{"match o { Some(1 | 2) => a, _ => b }", "match o {Some((1 | 2)) => a, _ => b}"},
		{"if let Ok(v) | Err(v) = r { }", "if let (Ok(v) | Err(v)) = r {}"},

		// never and Self as types.
		{"let f: fn(): never = g", "let f: fn(): never = g"},
	} {
		got, errs := parseStmts(t, tt.src)
		if tt.want == "BAD" {
			if len(errs) == 0 {
				t.Errorf("%q: parsed as %s, want an error", tt.src, got)
			}
			continue
		}
		if len(errs) > 0 {
			t.Errorf("%q: unexpected errors %v", tt.src, errs)
		}
		if got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// TestRealVexItems checks operator methods, extension methods, contract
// embedding, the m()! marker, methods returning Self and const arrays.
func TestRealVexItems(t *testing.T) {
	src := `fn (self: &Vec2) op+(other: Vec2): Vec2 { self }
fn (self: &Vec2) op-(): Vec2 { self }
fn (self: &Vec2) op==(other: Vec2): bool { true }
fn (self: &Vec2) op!=(other: Vec2): bool { false }
fn (self: &Vec2) op<(other: Vec2): bool { false }
fn (self: &Vec2) op<=(other: Vec2): bool { false }
fn (self: &Vec2) op>(other: Vec2): bool { false }
fn (self: &Vec2) op>=(other: Vec2): bool { false }
fn (self: &Vec2) op*(k: f64): Vec2 { self }
fn (self: &Vec2) op/(k: f64): Vec2 { self }
fn (self: &Vec2) op%(k: f64): Vec2 { self }
fn (self: &Grid) op[](i: i64): f64 { 0.0 }
fn (self: &Grid!) op[]=(i: i64, v: f64) { }
fn (self: &Flag) op!(): Flag { self }
fn op<T>(x: T): T { x }
fn op(x: i32): i32 { x }
fn +(a: Vec2, b: Vec2): Vec2 { a }
fn (self: &string) shout(): string { self }
fn (self: &i64) isEven(): bool { self % 2 == 0 }
contract Ord2: Eq, Display {
    cmp(other: &Self): i32
    bump()!
    reset()!: bool
    clone(): Self
    op+(other: Self): Self
}
contract Shape<T> {
    fn area(self: &Self): T
}
const PRIMES: [u8; 3] = [2, 3, 5]
fn never_returns(): never { panic("x") }
`
	f, errs := parse(t, src)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	var got []string
	for _, d := range f.Decls {
		got = append(got, declSummary(d))
	}
	want := []string{
		"fn recv=self: &Vec2 op+ op=+ params=[other: Vec2] result=Vec2",
		"fn recv=self: &Vec2 op- op=- params=[] result=Vec2",
		"fn recv=self: &Vec2 op== op=== params=[other: Vec2] result=bool",
		"fn recv=self: &Vec2 op!= op=!= params=[other: Vec2] result=bool",
		"fn recv=self: &Vec2 op< op=< params=[other: Vec2] result=bool",
		"fn recv=self: &Vec2 op<= op=<= params=[other: Vec2] result=bool",
		"fn recv=self: &Vec2 op> op=> params=[other: Vec2] result=bool",
		"fn recv=self: &Vec2 op>= op=>= params=[other: Vec2] result=bool",
		"fn recv=self: &Vec2 op* op=* params=[k: f64] result=Vec2",
		"fn recv=self: &Vec2 op/ op=/ params=[k: f64] result=Vec2",
		"fn recv=self: &Vec2 op% op=% params=[k: f64] result=Vec2",
		"fn recv=self: &Grid op[] op=[] params=[i: i64] result=f64",
		"fn recv=self: &Grid! op[]= op=[]= params=[i: i64, v: f64]",
		"fn recv=self: &Flag op! op=! params=[] result=Flag",
		"fn op tparams=[T] params=[x: T] result=T",
		"fn op params=[x: i32] result=i32",
		"fn + op=+ params=[a: Vec2, b: Vec2] result=Vec2",
		"fn recv=self: &string shout params=[] result=string",
		"fn recv=self: &i64 isEven params=[] result=bool",
		"contract Ord2 embeds=[Eq Display] methods=[cmp(other: &Self): i32 bump()! reset()!: bool clone(): Self op+(other: Self): Self]",
		"contract Shape tparams=[T] methods=[area(self: &Self): T]",
		"const PRIMES: [u8; 3] = [2, 3, 5]",
		"fn never_returns params=[] result=never",
	}
	if !slices.Equal(got, want) {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMatchAndSelect(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{`match x {
    0 => "zero",
    -1 => "minus one",
    1 | 2 | 3 => "small",
    4..10 => "range",
    10..=99 => "incl",
    'a'..='z' => "letter",
    n if n > 100 => "big",
    _ => "other"
}`, `match x {0 => "zero", (-1) => "minus one", (1 | 2 | 3) => "small", 4..10 => "range", 10..=99 => "incl", 'a'..='z' => "letter", n if (n > 100) => "big", _ => "other"}`},
		{`match m {
    Message.Move(x, y) => f(x, y)
    Move(x, y) => g()
    Message.Quit => { quit() }
    Write(s) => print(s)
}`, `match m {Message.Move(x, y) => f(x, y), Move(x, y) => g(), Message.Quit => {quit()}, Write(s) => print(s)}`},
		{`match o { Some(Point { x, y: py, .. }) => 1, None => 0 }`, `match o {Some(Point{x, y: py, ..}) => 1, None => 0}`},
		{`match r { Ok(v) => v, Err(e) => return Err(e) }`, `match r {Ok(v) => v, Err(e) => {return Err(e)}}`},
		{`match t { (a, _, 1) => a, [first, .., last] => last, (x) => x }`, `match t {(a, _, 1) => a, [first, .., last] => last, x => x}`},
		{`match b { true => 1, false => { 2 } }`, `match b {true => 1, false => {2}}`},
		{`match x { A => { 1 } B => { 2 } }`, `match x {A => {1}, B => {2}}`},
		{`match s { "a" => x = 1, _ => continue, }`, `match s {"a" => {x = 1}, _ => {continue}}`},
		{`match p { Point { x: 0, y } => y, () => 0 }`, `match p {Point{x: 0, y} => y, () => 0}`},
		{`match c { ..0 => 1, 100.. => 2, -5..=-1 => 3, MIN..=MAX => 4 }`, `match c {..0 => 1, 100.. => 2, (-5)..=(-1) => 3, MIN..=MAX => 4}`},
		{`select {
    v = <-ch1 => println(v),
    Some(v) = ch2.recv() => v
    o = ch2.recv() => o,
    <-ch4 => 1
    ch3 <- value => { sent() }
    after 500 => timeout()
    default => 0,
}`, `select {recv v = ch1 => println(v), recvopt Some(v) = ch2 => v, recvopt o = ch2 => o, recv ch4 => 1, send ch3 value => {sent()}, after 500 => timeout(), default => 0}`},
		{`select { after d.millis() => 1, _ = <-self.done => 2 }`, `select {after d.millis() => 1, recv _ = self.done => 2}`},
		{`select { after <- 1 => 1 }`, `select {send after 1 => 1}`},
	} {
		got, errs := parseStmts(t, tt.src)
		if len(errs) > 0 {
			t.Errorf("%s: unexpected errors %v", tt.src, errs)
		}
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestItems(t *testing.T) {
	src := `/// Add adds.
/// Really.
export async fn add<T: Num + Ord, U>(a: T, b!: T, c: i32 = 3): T {
    a + b
}

fn (self: &Point) len(): f64 { 0.0 }
fn (self: &Point!) scale(k: f64) { self.x *= k }
fn (self: Point) copy(): Point { self }
fn Point.new(x: f64, y: f64): Point { Point { x, y } }

struct Point<T>: Area, Show {
    a: i32
public:
    /// The x.
    x: f64 ` + "`json:\"x\"`" + `,
    y: f64
private:
    z: Vec<Vec<T>>
readonly:
    id: u64
}
struct Id(u64)
struct Pair<A, B>(A, B)
struct Rect: Area {}

enum Shape<T> {
    /// A circle.
    Circle(f64),
    Rect(f64, f64)
    Empty
}

contract Area {
    area(self: &Self): f64;
    fn name(): string
    /// Scales.
    scale(self: &Self!, k: f64)
}

const MAX: i32 = 100
type Grid<T> = Vec<Vec<T>>
import { a, b as c } from "./x.vx"
import * as http from "go:net/http"
export { d } from "./y.vx"
export struct E {}
`
	f, errs := parse(t, src)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	var got []string
	for _, d := range f.Decls {
		got = append(got, declSummary(d))
	}
	want := []string{
		`fn add doc="Add adds.\nReally." export async tparams=[T:Num+Ord U] params=[a: T, b!: T, c: i32 = 3] result=T`,
		`fn recv=self: &Point len params=[] result=f64`,
		`fn recv=self: &Point! scale params=[k: f64]`,
		`fn recv=self: Point copy params=[] result=Point`,
		`fn Point.new params=[x: f64, y: f64] result=Point`,
		`struct Point tparams=[T] contracts=[Area Show] fields=[a: i32 public x: f64 tag="json:\"x\"" doc="The x." public y: f64 private z: Vec<Vec<T>> readonly id: u64]`,
		`struct Id tuple fields=[u64]`,
		`struct Pair tparams=[A B] tuple fields=[A B]`,
		`struct Rect contracts=[Area] fields=[]`,
		`enum Shape tparams=[T] variants=[Circle(f64) doc="A circle." Rect(f64, f64) Empty]`,
		`contract Area methods=[area(self: &Self): f64 name(): string scale(self: &Self!, k: f64) doc="Scales."]`,
		`const MAX: i32 = 100`,
		`type Grid tparams=[T] = Vec<Vec<T>>`,
		`import {a, b as c} from "./x.vx"`,
		`import * as http from "go:net/http"`,
		`export import {d} from "./y.vx"`,
		`struct E export fields=[]`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d decls, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("decl %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
}

// declSummary renders the parts of an item that TestItems checks.
func declSummary(d Decl) string {
	var b strings.Builder
	tparams := func(tps []*TypeParam) {
		if len(tps) == 0 {
			return
		}
		var s []string
		for _, tp := range tps {
			n := tp.Name.Name
			if len(tp.Bounds) > 0 {
				n += ":" + exprListSep(tp.Bounds, "+")
			}
			if tp.Unsupported != nil {
				n += "=" + exprString(tp.Unsupported)
			}
			s = append(s, n)
		}
		fmt.Fprintf(&b, " tparams=[%s]", strings.Join(s, " "))
	}
	switch d := d.(type) {
	case *FuncDecl:
		b.WriteString("fn")
		if d.Recv != nil {
			b.WriteString(" recv=" + exprString(d.Recv))
		}
		b.WriteString(" ")
		if d.Assoc != nil {
			b.WriteString(d.Assoc.Name + ".")
		}
		b.WriteString(d.Name.Name)
		if d.Op != ILLEGAL {
			b.WriteString(" op=" + d.Op.String())
		}
		if d.Doc != "" {
			fmt.Fprintf(&b, " doc=%q", d.Doc)
		}
		if d.Export {
			b.WriteString(" export")
		}
		if d.Async {
			b.WriteString(" async")
		}
		tparams(d.TypeParams)
		fmt.Fprintf(&b, " params=[%s]", exprList(d.Params))
		if d.Result != nil {
			b.WriteString(" result=" + exprString(d.Result))
		}
	case *StructDecl:
		b.WriteString("struct " + d.Name.Name)
		if d.Export {
			b.WriteString(" export")
		}
		tparams(d.TypeParams)
		if d.Tuple {
			b.WriteString(" tuple")
		}
		if d.Contracts != nil {
			fmt.Fprintf(&b, " contracts=[%s]", exprListSep(d.Contracts, " "))
		}
		var fs []string
		for _, f := range d.Fields {
			s := exprString(f.Type)
			if f.Name != nil {
				s = f.Name.Name + ": " + s
			}
			if f.Visibility != ILLEGAL {
				s = f.Visibility.String() + " " + s
			}
			if f.Tag != "" {
				s += fmt.Sprintf(" tag=%q", f.Tag)
			}
			if f.Doc != "" {
				s += fmt.Sprintf(" doc=%q", f.Doc)
			}
			fs = append(fs, s)
		}
		fmt.Fprintf(&b, " fields=[%s]", strings.Join(fs, " "))
	case *EnumDecl:
		b.WriteString("enum " + d.Name.Name)
		tparams(d.TypeParams)
		var vs []string
		for _, v := range d.Variants {
			s := v.Name.Name
			if v.Fields != nil {
				s += "(" + exprList(v.Fields) + ")"
			}
			if v.Doc != "" {
				s += fmt.Sprintf(" doc=%q", v.Doc)
			}
			vs = append(vs, s)
		}
		fmt.Fprintf(&b, " variants=[%s]", strings.Join(vs, " "))
	case *ContractDecl:
		b.WriteString("contract " + d.Name.Name)
		tparams(d.TypeParams)
		if d.Embeds != nil {
			fmt.Fprintf(&b, " embeds=[%s]", exprListSep(d.Embeds, " "))
		}
		var ms []string
		for _, m := range d.Methods {
			ps := m.Params
			if m.Recv != nil {
				ps = append([]*Param{m.Recv}, ps...)
			}
			s := m.Name.Name + "(" + exprList(ps) + ")"
			if m.Mut {
				s += "!"
			}
			if m.Result != nil {
				s += ": " + exprString(m.Result)
			}
			if m.Doc != "" {
				s += fmt.Sprintf(" doc=%q", m.Doc)
			}
			ms = append(ms, s)
		}
		fmt.Fprintf(&b, " methods=[%s]", strings.Join(ms, " "))
		for _, u := range d.Unsupported {
			fmt.Fprintf(&b, " UNSUPPORTED(%s)", u.Feature)
		}
	case *UnsupportedDecl:
		fmt.Fprintf(&b, "UNSUPPORTED(%s)", d.Feature)
		if d.Name != nil {
			b.WriteString(" name=" + d.Name.Name)
		}
	case *ConstDecl:
		fmt.Fprintf(&b, "const %s: %s = %s", d.Name.Name, exprString(d.Type), exprString(d.Value))
	case *TypeAliasDecl:
		b.WriteString("type " + d.Name.Name)
		tparams(d.TypeParams)
		b.WriteString(" = " + exprString(d.Type))
	case *ImportDecl:
		if d.Export {
			b.WriteString("export ")
		}
		b.WriteString("import ")
		if d.Star != nil {
			b.WriteString("* as " + d.Star.Name)
		} else {
			var ns []string
			for _, n := range d.Names {
				s := n.Name.Name
				if n.Alias != nil {
					s += " as " + n.Alias.Name
				}
				ns = append(ns, s)
			}
			b.WriteString("{" + strings.Join(ns, ", ") + "}")
		}
		b.WriteString(" from " + d.Path.Raw)
	default:
		fmt.Fprintf(&b, "%T", d)
	}
	return b.String()
}

// unsupported lists the Unsupported nodes of f as "line:col: feature".
func unsupported(f *File) []string {
	var list []string
	Inspect(f, func(n Node) bool {
		var feature string
		switch n := n.(type) {
		case *UnsupportedDecl:
			feature = n.Feature
		case *UnsupportedType:
			feature = n.Feature
		case *UnsupportedExpr:
			feature = n.Feature
		default:
			return true
		}
		list = append(list, fmt.Sprintf("%d-%d: %s", n.Pos()-f.Pos(), n.End()-f.Pos(), feature))
		return true
	})
	return list
}

// TestUnsupported checks that the syntax of spec section 10 is parsed
// without errors into Unsupported nodes that name the feature and cover
// its text, for the checker to refuse.
func TestUnsupported(t *testing.T) {
	for _, tt := range []struct{ src, text, want string }{
		{"fn f() { let x = a *+ b }", "a *+ b", "the SIMD operator *+ is"},
		{"fn f() { let x = a >< b }", "a >< b", "the SIMD operator >< is"},
		{"fn f() { let x = c + a <*> b * d }", "a <*> b", "the SIMD operator <*> is"},
		{"fn f() { let x = m' }", "m'", "transpose (') is"},
		{"fn f() { let x = (a + b)' }", "(a + b)'", "transpose (') is"},
		{"fn f() { let g = @{ x * w } }", "@{ x * w }", "autograd blocks @{ } are"},
		{"fn f() { let w = $param(3) }", "$param(3)", "autograd ($param) is"},
		{"fn f() { unsafe { f() } }", "unsafe { f() }", "unsafe is"},
		{"fn f() { asm { mov } }", "asm { mov }", "inline assembly (asm) is"},
		{"fn f() { asm!(\"nop\") }", "asm!(\"nop\")", "inline assembly (asm) is"},
		{"fn f() { let p: *i32 = x }", "*i32", "raw pointers (*T) are"},
		{"fn f() { let p: *mut u8 = x }", "*mut u8", "raw pointers (*T) are"},
		{"fn f() { let v: Vec<*u8> = x }", "*u8", "raw pointers (*T) are"},
		{"fn f() { let n = #sizeof(i32) }", "#sizeof(i32)", "the compile-time intrinsic #sizeof is"},
		{"fn f() { let n = $typeName(x) }", "$typeName(x)", "the compile-time intrinsic $typeName is"},
		{"fn f() { $for i in 0..3 { g(i) } }", "$for i in 0..3 { g(i) }", "compile-time $for is"},
		{"fn f() { $if x { a } else { b } }", "$if x { a } else { b }", "compile-time $if is"},
		{"fn f() { let s = `Hi {{ name }}` }", "`Hi {{ name }}`", "template literals are"},
		{"fn f() { let r: &'a T = x }", "&'a T", "lifetimes ('a) are"},
		{"fn f() { threadlocal let x = 0 }", "threadlocal let x = 0", "threadlocal is"},
		{"fn f() { let u: string | i32 = x }", "string | i32", "union types (A | B) are"},
		{"fn f(r: Result<i32 | f64, E>) {}", "i32 | f64", "union types (A | B) are"},
		{"fn f(): string | i32 { x }", "string | i32", "union types (A | B) are"},
		{"fn f(xs: ...i32) {}", "...i32", "variadic parameters (...T) are"},
		{"fn f<'a>(x: &'a T) {}", "'a", "lifetimes ('a) are"},
		{"fn f<T: 'a>(x: T) {}", "'a", "lifetimes ('a) are"},
		{"fn f<const N: usize>(x: [i32; N]) {}", "const N: usize", "const generics are"},
		{"fn f(m: Matrix<f64, 3, 4>) {}", "3", "const generics are"},
		{"contract Add<Rhs = Self> { add(other: Rhs): Self }", "= Self", "generic parameter defaults (<T = Default>) are"},
		{"contract Iter { type Item; next(): Option<Item> }", "type Item", "associated types in contracts (type Item) are"},
		{"contract Iter {\n    type Item: Display\n    next(): Option<Item>\n}", "type Item: Display", "associated types in contracts (type Item) are"},
		{"graph fn g() {}\nfn main() {}", "graph fn g() {}", "graph fn is"},
		{"extern fn puts(s: string): i32\nfn main() {}", "extern fn puts(s: string): i32", "extern declarations (FFI) are"},
		{"extern \"C\" {\n    fn puts(s: string): i32\n}", "extern \"C\" {\n    fn puts(s: string): i32\n}", "extern declarations (FFI) are"},
		{"threadlocal let x = 0", "threadlocal let x = 0", "threadlocal is"},
		{"unsafe fn f() {}", "unsafe fn f() {}", "unsafe is"},
		{"gpu fn k() {}", "gpu fn k() {}", "GPU functions are"},
		{"kernel fn k() {}", "kernel fn k() {}", "GPU functions are"},
		{"policy Retry {\n    max: 3\n}", "policy Retry {\n    max: 3\n}", "policy items are"},
		{"export policy Retry { max: 3 }", "export policy Retry { max: 3 }", "policy items are"},
		{"actor Counter {\n    n: i64\n}\nfn main() {}", "actor Counter {\n    n: i64\n}", "actor items are"},
		{"#[inline]\nfn f() {}", "#[inline]", "attributes (#...) are"},
		{"@inline fn f() {}", "@inline", "attributes (@...) are"},
		{"@derive(Debug)\nstruct S {}", "@derive(Debug)", "attributes (@...) are"},
	} {
		f, errs := parse(t, tt.src)
		if len(errs) > 0 {
			t.Errorf("%q: errors %q", tt.src, errs)
			continue
		}
		from := strings.Index(tt.src, tt.text)
		want := fmt.Sprintf("%d-%d: %s", from, from+len(tt.text), tt.want)
		got := unsupported(f)
		if !slices.Contains(got, want) {
			t.Errorf("%q: unsupported %q, want %q", tt.src, got, want)
		}
	}
}

// TestUnsupportedItemNames checks that a refused item keeps the name it
// declares, so that its uses are not reported as undefined.
func TestUnsupportedItemNames(t *testing.T) {
	src := "extern fn puts(s: string): i32\ngraph fn model() {}\npolicy Retry { max: 3 }\nthreadlocal let counter = 0\nextern \"C\" { }\nfn main() {}\n"
	f, errs := parse(t, src)
	if len(errs) > 0 {
		t.Fatalf("errors %q", errs)
	}
	var got []string
	for _, d := range f.Decls {
		got = append(got, declSummary(d))
	}
	want := []string{
		"UNSUPPORTED(extern declarations (FFI) are) name=puts",
		"UNSUPPORTED(graph fn is) name=model",
		"UNSUPPORTED(policy items are) name=Retry",
		"UNSUPPORTED(threadlocal is) name=counter",
		"UNSUPPORTED(extern declarations (FFI) are)",
		"fn main params=[]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSyntaxErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"fn main() { let x = }", "1:21: expected expression, found '}'"},
		{"fn main() { f(a b) }", "1:17: expected ',' or ')' in argument list, found name b"},
		{"fn main() {\n if x\n { }\n}", "2:6: unexpected newline, expected '{'"},
		{"fn main() { a < b < c }", "1:19: comparison operators cannot be chained; use && or parentheses"},
		{"fn main() { a == b != c }", "1:20: comparison operators cannot be chained; use && or parentheses"},
		{"struct S { a i32 }", "1:14: expected ':', found name i32"},
		{"fn f() -> i32 { 1 }", "1:8: a result type is written ': T', not '-> T'"},
		{"const N = 1", "1:9: a const needs a type: const N: T = value"},
		{"fn main() { x := 1 }", "1:15: Vex declares a variable with let x = e (let! x = e for a mutable one), not :="},
		{"fn main() { var x = 1 }", "1:13: Vex declares a variable with let (let! for a mutable one), not var"},
		{"fn main() { for i := 0; i < 3; i++ { } }", "1:19: Vex's for loop is for x in a..b or for x in a collection; a loop on a condition is while cond { }"},
		{"fn main() { for n > 0 { } }", "1:19: Vex's for loop is for x in a..b or for x in a collection; a loop on a condition is while cond { }"},
		{"fn main() { for { } }", "1:17: Vex's endless loop is loop { }"},
		{"fn main() { if x = 5 { } }", "1:18: a condition compares with ==; = assigns"},
		{"fn main() { match x { n @ 1..=5 => 1, _ => 2 } }", "1:25: Vex has no @ bindings: bind the name and test it in a guard, n if ... =>"},
		{"func main() { }", "1:1: Vex declares a function with fn"},
		{"impl P { fn f(&self) { } }", "1:1: Vex has no impl blocks: declare each method on its own, fn (self: &T) name(...)"},
		{"trait T { }", "1:1: Vex has no traits: declare a contract"},
		{"pub fn f() { }", "1:1: Vex has no pub: write export before the item"},
		{"use std::io;", `1:1: Vex imports with import { name } from "path"`},
		{"package main", "1:1: Vex has no package clause: the files of a directory are its package"},
		{"var x = 1", "1:1: Vex has no global variables: declare a const, or a let in a function"},
		{"fn main() { f\"{x:>5}\" }", "1:17: format specifiers are not supported in f-strings"},
		{"fn main() { f\"{}\" }", "1:15: empty expression in f-string"},
		{"fn main() { f\"{a b}\" }", "1:18: expected '}' after the expression in the f-string, found name b"},
		{"fn main() { go x }", "1:16: expression in go must be a function call or a block"},
		{"fn main() { let t = x.99999999999 }", "1:23: invalid tuple index 99999999999"},
		{"contract C { m<T>(): T }", "1:15: contract methods cannot have type parameters"},
		{"contract C { m(): T { 1 } }", "1:21: contract methods have no body"},
		{"import x from \"p\"", "1:8: expected '{' or '*' in import, found name x"},
		{"fn main() { match x { 1 => 2 3 => 4 } }", "1:30: expected ',' or newline after the arm, found integer literal 3"},
		{"fn main() { select { f() => 1 } }", "1:22: select case must receive (<-ch or ch.recv()), send (ch <- v), or be after or default"},
		{"fn main() { let x = (1, 2 }", "1:27: expected ',' or ')' in tuple, found '}'"},
		{"fn", "1:3: expected name, found end of file"},
		{"fn main() { if p == Point { x: 1 } { } }", "1:27: struct literals are not allowed in the condition of if, while, for and match; put the literal in parentheses"},
		{"fn main() { f().await }", "1:17: await is a prefix operator: write await x, not x.await"},
		{"fn main() { f(...a, b) }", "1:15: ... spreads the last argument only"},
		{"fn main() { return 1 +", "1:23: expected expression, found end of file"},
		{"fn main() { println(\"\xff\") }", "1:22: invalid UTF-8 encoding: Vex source files are UTF-8"},
	} {
		_, errs := parse(t, tt.src)
		if len(errs) == 0 || errs[0] != tt.want {
			t.Errorf("%q: errors %q, want %q", tt.src, errs, tt.want)
		}
	}
}

// TestRecovery checks that parsing goes on after errors, so that later
// errors are reported and later items are parsed.
func TestRecovery(t *testing.T) {
	src := `fn a() {
    let x = (1 +
    let y = 2
}

struct S { a: }

fn b() {
    let z = ]
    ok()
}

fn c() {}
`
	f, errs := parse(t, src)
	want := []string{
		"3:5: expected expression, found 'let'",
		"6:15: expected type, found '}'",
		"9:13: expected expression, found ']'",
	}
	if strings.Join(errs, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(want, "\n"))
	}
	var names []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *FuncDecl:
			names = append(names, d.Name.Name)
		case *StructDecl:
			names = append(names, d.Name.Name)
		}
	}
	if got := strings.Join(names, " "); got != "a S b c" {
		t.Errorf("parsed items %q, want %q", got, "a S b c")
	}
	b := f.Decls[2].(*FuncDecl)
	if got := exprString(b.Body); got != "{let z = BAD; ok()}" {
		t.Errorf("body of b = %s", got)
	}
}

func TestTooManyErrors(t *testing.T) {
	src := "fn main() {\n" + strings.Repeat("let = ]\n", 100) + "}\n"
	fset := source.NewFileSet()
	var diags source.List
	ParseFile(fset, "t.vx", []byte(src), &diags)
	if !diags.TooMany() || diags.ErrorCount() != source.MaxErrors {
		t.Errorf("errors = %d, too many = %v", diags.ErrorCount(), diags.TooMany())
	}
}

// TestHostileInputs parses inputs built to exhaust the parser: long
// operator chains and deep nesting of every kind, a million terms or levels
// each. Each must give the positioned "nested too deeply" diagnostic that
// names what is nested, or parse cleanly, with the memory the parser
// allocates and the size of the Fprint dump bounded by a multiple of the
// input: a quadratic parser or printer would exceed both by far. (The time
// is bounded by the same token; BenchmarkParse measures it.)
func TestHostileInputs(t *testing.T) {
	const n = 1_000_000
	rep := strings.Repeat
	chain := func(term, op string, k int) string { return rep(term+op, k-1) + term }
	deep := func(kind string) string {
		return fmt.Sprintf("%s nested too deeply (more than %d levels)", kind, maxDepth)
	}
	for _, tt := range []struct {
		name, src string
		want      string // the diagnostic, or "" when the input is fine
	}{
		{"sum of names", "fn main() {\nlet x = " + chain("a", " + ", n) + "\n}", deep("expression")},
		{"sum of literals", "fn main() {\nlet x = " + chain("1", "+", n) + "\n}", deep("expression")},
		{"tries and minus", "fn main() {\nlet x = " + chain("a?", " - ", n) + "\n}", deep("expression")},
		{"ternary branches", "fn main() {\nlet x = " + rep("c ? a? - ", n) + "b" + rep(" : d", n) + "\n}", deep("expression")},
		{"selectors", "fn main() {\nlet x = a" + rep(".b", n) + "\n}", deep("expression")},
		{"calls", "fn main() {\nlet x = f" + rep("()", n) + "\n}", deep("expression")},
		{"indexes", "fn main() {\nlet x = v" + rep("[0]", n) + "\n}", deep("expression")},
		{"casts", "fn main() {\nlet x = a" + rep(" as i64", n) + "\n}", deep("expression")},
		{"powers", "fn main() {\nlet x = " + chain("2", " ** ", n) + "\n}", deep("expression")},
		{"parentheses", "fn main() {\nlet x = " + rep("(", n) + "1" + rep(")", n) + "\n}", deep("expression")},
		{"negations", "fn main() {\nlet x = " + rep("-", n) + "1\n}", deep("expression")},
		{"closures", "fn main() {\nlet x = " + rep("|| ", n) + "1\n}", deep("expression")},
		{"arrays", "fn main() {\nlet x = " + rep("[", n) + rep("]", n) + "\n}", deep("expression")},
		{"elif chain", "fn main() {\nif a { }" + rep(" elif a { }", n) + "\n}", deep("expression")},
		{"blocks", "fn main() {\n" + rep("{", n) + rep("}", n) + "\n}", deep("block")},
		{"types", "fn main() {\nlet v: " + rep("Vec<", n) + "i32" + rep(">", n) + "\n}", deep("type")},
		{"references", "fn main() {\nlet v: " + rep("&", n) + "i32\n}", deep("type")},
		{"patterns", "fn main() {\nlet " + rep("(", n) + "x" + rep(")", n) + " = 1\n}", deep("pattern")},
		{"pattern path", "fn main() {\nmatch x { A" + rep(".B", n) + " => 1 }\n}", deep("pattern")},
		{"f-strings", "fn main() {\nlet x = " + rep(`f"{`, n) + "1" + rep(`}"`, n) + "\n}", "f-string nested too deeply"},
		{"generic arguments", "fn main() {\nlet x = " + rep("f<T<", n) + "\n}", "comparison operators cannot be chained; use && or parentheses"},
		{"comparisons", "fn main() {\nlet x = " + chain("a", " < ", n) + "\n}", "comparison operators cannot be chained; use && or parentheses"},
		{"nested comments", "fn main() {\nlet x = 1 " + rep("/*", n) + "\n}", "comment not terminated"},
		{"blank lines", "fn main() {\nlet x = 1" + rep("\n", n) + ".f()\n}", ""},
		{"long concatenation", "fn main() {\nlet x = " + chain(`"ab"`, " + ", 5000) + "\n}", ""},
		{"chain at the limit", "fn main() {\nlet x = " + chain("a", " + ", maxDepth-10) + "\n}", ""},
		{"many statements", "fn main() {\n" + rep("let x = a + b * c\n", n/10) + "}", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			fset := source.NewFileSet()
			var diags source.List
			f := ParseFile(fset, "t.vx", []byte(tt.src), &diags)
			var out countingWriter
			if err := Fprint(&out, fset, f); err != nil {
				t.Fatal(err)
			}
			runtime.ReadMemStats(&after)
			if tt.want == "" {
				if diags.HasErrors() {
					t.Errorf("unexpected error %s: %s", fset.Position(diags.Diags[0].Pos), diags.Diags[0].Msg)
				}
			} else if !diags.HasErrors() || diags.Diags[0].Msg != tt.want || fset.Position(diags.Diags[0].Pos).Line != 2 {
				t.Errorf("diagnostics %v, want %q on line 2", diags.Diags, tt.want)
			}
			size := int64(len(tt.src))
			if alloc := int64(after.TotalAlloc - before.TotalAlloc); alloc > 150*size+1<<20 {
				t.Errorf("parsing and printing %d bytes allocated %d bytes", size, alloc)
			}
			if out > 100*countingWriter(size) {
				t.Errorf("Fprint wrote %d bytes for %d bytes of input", out, size)
			}
		})
	}
}

// countingWriter counts the bytes written to it.
type countingWriter int64

func (w *countingWriter) Write(b []byte) (int, error) {
	*w += countingWriter(len(b))
	return len(b), nil
}

// TestSpans checks that every node has a span, that spans nest, and that
// Inspect reaches every node.
func TestSpans(t *testing.T) {
	fset := source.NewFileSet()
	var diags source.List
	f := ParseFile(fset, "t.vx", []byte(benchSource), &diags)
	if diags.HasErrors() {
		var b strings.Builder
		diags.Print(&b, fset)
		t.Fatal(b.String())
	}
	var stack []Node
	count := 0
	Inspect(f, func(n Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		count++
		if !n.Pos().IsValid() || n.End() < n.Pos() {
			t.Errorf("%T has span %d-%d", n, n.Pos(), n.End())
		}
		if len(stack) > 0 {
			parent := stack[len(stack)-1]
			if n.Pos() < parent.Pos() || n.End() > parent.End() {
				t.Errorf("%T at %s-%s lies outside its parent %T at %s-%s", n,
					fset.Position(n.Pos()), fset.Position(n.End()), parent,
					fset.Position(parent.Pos()), fset.Position(parent.End()))
			}
		}
		stack = append(stack, n)
		return true
	})
	if count < 500 {
		t.Errorf("Inspect visited only %d nodes", count)
	}
}

type unknownNode struct{ span }

func TestInspectUnknownNode(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Inspect did not panic on an unknown node")
		}
	}()
	Inspect(&unknownNode{}, func(Node) bool { return true })
}

func BenchmarkParse(b *testing.B) {
	src := []byte(strings.Repeat(benchSource, 20))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		var diags source.List
		ParseFile(source.NewFileSet(), "b.vx", src, &diags)
	}
}

// BenchmarkParseHostile parses the long and deep inputs of
// TestHostileInputs at a tenth of their size: a chain just under the limit
// that parses, and a chain and a nesting that hit it.
func BenchmarkParseHostile(b *testing.B) {
	for _, bb := range []struct{ name, src string }{
		{"chain-at-limit", "fn main() {\nlet x = " + strings.Repeat("a + ", maxDepth-10) + "a\n}"},
		{"chain-past-limit", "fn main() {\nlet x = " + strings.Repeat("a + ", 100_000) + "a\n}"},
		{"tries-past-limit", "fn main() {\nlet x = " + strings.Repeat("a? - ", 100_000) + "a\n}"},
		{"nesting-past-limit", "fn main() {\nlet x = " + strings.Repeat("(", 100_000) + "1" + strings.Repeat(")", 100_000) + "\n}"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			src := []byte(bb.src)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				var diags source.List
				ParseFile(source.NewFileSet(), "b.vx", src, &diags)
			}
		})
	}
}
