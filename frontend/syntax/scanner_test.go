package syntax

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
)

// scanAll returns the tokens of src as "TOK lit" strings, with the literal
// only for names and literals, and the errors as "line:col: msg".
func scanAll(src string) (toks, errs []string) {
	fset := source.NewFileSet()
	file := fset.AddFile("t.vx", []byte(src))
	var s Scanner
	s.init(file, src, 0, len(src), func(pos, _ source.Pos, msg string) {
		p := fset.Position(pos)
		errs = append(errs, fmt.Sprintf("%d:%d: %s", p.Line, p.Column, msg))
	})
	for {
		_, tok, lit := s.Scan()
		if tok == EOF {
			return toks, errs
		}
		switch tok {
		case IDENT, INT, FLOAT, CHAR, STRING, FSTRING, LABEL, BACKTICK:
			toks = append(toks, tok.String()+" "+lit)
		case SEMICOLON:
			toks = append(toks, fmt.Sprintf("; %q", lit))
		default:
			toks = append(toks, tok.String())
		}
	}
}

func TestScanTokens(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		// Names, keywords, let!.
		{"foo _x ÿé2", "identifier foo|identifier _x|identifier ÿé2"},
		{"fn let const struct enum contract", "fn|let|const|struct|enum|contract"},
		{"let! x", "let!|identifier x"},
		{"let !x", "let|!|identifier x"},
		{"if else elif for while loop match in", "if|else|elif|for|while|loop|match|in"},
		{"async await go defer select import export from as type", "async|await|go|defer|select|import|export|from|as|type"},
		{"public private readonly", "public|private|readonly"},
		{"$print $for $ x", "identifier $print|identifier $for|$|identifier x"},

		// Numbers.
		{"42 0xFF 0o77 0b1010 1_000_000", "integer literal 42|integer literal 0xFF|integer literal 0o77|integer literal 0b1010|integer literal 1_000_000"},
		{"255u8 1000i64 3usize 7i128 9u128", "integer literal 255u8|integer literal 1000i64|integer literal 3usize|integer literal 7i128|integer literal 9u128"},
		{"3.14 1.5e10 2.0e-5 1e-7 1E+3", "float literal 3.14|float literal 1.5e10|float literal 2.0e-5|float literal 1e-7|float literal 1E+3"},
		{"1.5f32 2f64 0.5_f64", "float literal 1.5f32|float literal 2f64|float literal 0.5_f64"},
		{"0..10 1..=5 1.max(2)", "integer literal 0|..|integer literal 10|integer literal 1|..=|integer literal 5|integer literal 1|.|identifier max|(|integer literal 2|)"},
		{"t.0.1 t.1", "identifier t|.|integer literal 0|.|integer literal 1|identifier t|.|integer literal 1"},

		// Strings, chars, labels.
		{`"a\n\t\r\\\"\'\0\u{1F600}"`, `string literal "a\n\t\r\\\"\'\0\u{1F600}"`},
		{"\"two\nlines\"", "string literal \"two\nlines\""},
		{`'a' '\n' '\u{263A}' 'é'`, `char literal 'a'|char literal '\n'|char literal '\u{263A}'|char literal 'é'`},
		{"'outer: loop", "label 'outer|:|loop"},
		{"break 'outer", "break|label 'outer"},
		{"'a'", "char literal 'a'"},

		// f-strings.
		{`f"x {a + 1} y"`, `f-string f"x {a + 1} y"`},
		{`f"{m.get("k")}"`, `f-string f"{m.get("k")}"`},
		{`f"{{lit}} {x}"`, `f-string f"{{lit}} {x}"`},
		{`f"{f"{x}"}" y`, `f-string f"{f"{x}"}"|identifier y`},
		{`f "x"`, `identifier f|string literal "x"`},

		// Comments.
		{"a // c\nb", `identifier a|; "\n"|identifier b`},
		{"a /* x /* nested */ y */ b", "identifier a|identifier b"},
		{"a /* multi\nline */ b", `identifier a|; "\n"|identifier b`},

		// Operators, longest match.
		{"+ += +| - -= -| -> * ** *= *+ / /= % %=", "+|+=|+||-|-=|-||->|*|**|*=|*+|/|/=|%|%="},
		{"& && &= &! | || |= ^ ^= ~", "&|&&|&=|&!|||||||=|^|^=|~"},
		{"< << <<= <<< <= <- <+ <? > >> >>= >>> >= >?", "<|<<|<<=|<<<|<=|<-|<+|<?|>|>>|>>=|>>>|>=|>?"},
		{"<* <*> <?| >?| <& <| ><", "<*|<*>|<?||>?||<&|<||><"},
		{"m' (a)' v[0]' m''", "identifier m|'|(|identifier a|)|'|identifier v|[|integer literal 0|]|'|identifier m|'|'"},
		{"x 'a' f('b') 'l: loop", "identifier x|char literal 'a'|identifier f|(|char literal 'b'|)|label 'l|:|loop"},
		{"= == => ! != !> ? ?? : :: . .. ..= ...", "=|==|=>|!|!=|!>|?|??|:|::|.|..|..=|..."},
		{", ; ( ) [ ] { } @ # `tag`", `,|; ";"|(|)|[|]|{|}|@|#|template literal ` + "`tag`"},
	} {
		toks, errs := scanAll(tt.src)
		if len(errs) > 0 {
			t.Errorf("%q: unexpected errors %v", tt.src, errs)
		}
		if n := len(toks); n > 0 && toks[n-1] == `; "\n"` {
			toks = toks[:n-1] // inserted at the end of input
		}
		if got := strings.Join(toks, "|"); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestSemicolonInsertion(t *testing.T) {
	// want lists, for each line break, whether a semicolon is inserted.
	for _, tt := range []struct {
		src  string
		want bool
	}{
		{"x\n", true},
		{"42\n", true},
		{"1.5\n", true},
		{"'c'\n", true},
		{"\"s\"\n", true},
		{"f\"s\"\n", true},
		{"break\n", true},
		{"continue\n", true},
		{"return\n", true},
		{"f()\n", true},
		{"a[0]\n", true},
		{"{}\n", true},
		{"x?\n", true},
		{"self\n", true},
		{"Self\n", true},
		{"true\n", true},
		{"false\n", true},
		{"nil\n", true},
		{"i32\n", true},
		{"break 'outer\n", true},
		{"a +\n", false},
		{"a ==\n", false},
		{"fn\n", false},
		{"let\n", false},
		{"(\n", false},
		{"a,\n", false},
		{"Vec<i32>\n", false},
		{"x // comment\n", true},
		{"x /* c */\n", true},
		{"&data!\n", true},
		{"m'\n", true},

		// A line break before else, elif or .name continues the statement.
		{"}\nelse", false},
		{"}\n\n  elif", false},
		{"} // c\n/* d\n */\n// e\nelse", false},
		{"}\nelsewhere", true},
		{"}\nelif2", true},
		{"xs\n  .map(", false},
		{"xs\n  // c\n  .map(", false},
		{"x\n..y", true},
		{"x\n.5", true},
		{"x /* two\nlines */ .f(", false},
		{"x /* two\nlines */ g", true},
	} {
		toks, _ := scanAll(tt.src)
		got := len(toks) > 0 && toks[len(toks)-1] == `; "\n"`
		if got != tt.want {
			t.Errorf("%q: semicolon inserted = %v, want %v (tokens %v)", tt.src, got, tt.want, toks)
		}
	}
	// The continuation skips the lines it looked at.
	toks, _ := scanAll("a\n\n// c\n\n.f()\nelse")
	if got := strings.Join(toks, "|"); got != `identifier a|.|identifier f|(|)|else` {
		t.Errorf("continued lines: %s", got)
	}
	// At the end of input, too.
	if toks, _ := scanAll("x"); strings.Join(toks, "|") != `identifier x|; "\n"` {
		t.Errorf("no semicolon at end of input: %v", toks)
	}
}

func TestScanDoc(t *testing.T) {
	src := "x\n/// one\n///  two\n//// not doc\n// plain\nfn"
	fset := source.NewFileSet()
	file := fset.AddFile("t.vx", []byte(src))
	var diags source.List
	var s Scanner
	s.Init(file, &diags, 0)
	var docs []string
	for {
		_, tok, _ := s.Scan()
		if tok == EOF {
			break
		}
		docs = append(docs, s.doc)
	}
	want := []string{"", "", "one\n two"}
	if fmt.Sprintf("%q", docs) != fmt.Sprintf("%q", want) {
		t.Errorf("docs = %q, want %q", docs, want)
	}
}

func TestScanFStringSegments(t *testing.T) {
	src := `f"a {x} b {m.get("}")}{{c}}"`
	fset := source.NewFileSet()
	file := fset.AddFile("t.vx", []byte(src))
	var s Scanner
	s.init(file, src, 0, len(src), func(_, _ source.Pos, msg string) { t.Error(msg) })
	s.Scan()
	var got []string
	for _, seg := range s.segs {
		got = append(got, fmt.Sprintf("%v:%s", seg.expr, src[seg.from:seg.to]))
	}
	want := `false:a |true:x|false: b |true:m.get("}")|false:{{c}}`
	if strings.Join(got, "|") != want {
		t.Errorf("segments\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func TestScanErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{`"abc`, "1:1: string literal not terminated"},
		{"/* a /* b */", "1:1: comment not terminated"},
		{`"\q"`, `1:2: unknown escape sequence \q`},
		{`"\u{110000}"`, "1:2: escape sequence is an invalid Unicode code point"},
		{`"\u{D800}"`, "1:2: escape sequence is an invalid Unicode code point"},
		{`"\u1234"`, `1:2: invalid unicode escape: want \u{XXXX}`},
		{`"\u{}"`, `1:2: invalid unicode escape: want \u{XXXX}`},
		{"0b102", "1:5: invalid digit '2' in binary literal"},
		{"0o78", "1:4: invalid digit '8' in octal literal"},
		{"0x", "1:1: hexadecimal literal has no digits"},
		{"12abc", `1:3: invalid suffix "abc" on number literal`},
		{"1.5u8", `1:4: integer suffix "u8" on float literal`},
		{"0xFFf64", ""}, // f64 are hex digits here
		{"0b1f32", `1:4: float suffix "f32" on binary literal`},
		{"''", "1:1: empty char literal"},
		{"'ab'", "1:1: char literal must hold exactly one character"},
		{"'\\n", "1:1: char literal not terminated"},
		{"'", "1:1: char literal not terminated"},
		{`f"abc`, "1:1: f-string not terminated"},
		{`f"a {x"`, "1:1: f-string not terminated"},
		{`f"a } b"`, "1:5: single '}' in f-string; write '}}' for a literal brace"},
		{"`abc", "1:1: template literal not terminated"},
		{"a \x00 b", "1:3: invalid character NUL"},
		{"a \xff b", "1:3: invalid UTF-8 encoding"},
		{"a € b", "1:3: invalid character U+20AC '€'"},
	} {
		_, errs := scanAll(tt.src)
		got := strings.Join(errs, "; ")
		if got != tt.want {
			t.Errorf("%q: errors %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestUnquote(t *testing.T) {
	for _, tt := range []struct {
		raw     string
		fstring bool
		want    string
	}{
		{`plain`, false, "plain"},
		{`a\nb\t\r\\\"\'\0`, false, "a\nb\t\r\\\"'\x00"},
		{`\u{1F600}\u{263A}`, false, "😀☺"},
		{`{{x}}`, true, "{x}"},
		{`{{x}}`, false, "{{x}}"},
		{`\q`, false, `\q`},
	} {
		if got := unquote(tt.raw, tt.fstring); got != tt.want {
			t.Errorf("unquote(%q, %v) = %q, want %q", tt.raw, tt.fstring, got, tt.want)
		}
	}
}

func TestSplitNumber(t *testing.T) {
	for _, tt := range []struct{ lit, value, suffix string }{
		{"42", "42", ""},
		{"1_000u32", "1000", "u32"},
		{"0xFFu8", "0xFF", "u8"},
		{"0x1f32", "0x1f32", ""},
		{"0b1010i8", "0b1010", "i8"},
		{"0o77", "0o77", ""},
		{"1.5e-3f32", "1.5e-3", "f32"},
		{"2f64", "2", "f64"},
		{"3usize", "3", "usize"},
	} {
		v, s := splitNumber(tt.lit)
		if v != tt.value || s != tt.suffix {
			t.Errorf("splitNumber(%q) = %q, %q; want %q, %q", tt.lit, v, s, tt.value, tt.suffix)
		}
	}
}

func BenchmarkScan(b *testing.B) {
	src := strings.Repeat(benchSource, 20)
	fset := source.NewFileSet()
	file := fset.AddFile("b.vx", []byte(src))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		var s Scanner
		s.init(file, src, 0, len(src), ignoreError)
		for {
			if _, tok, _ := s.Scan(); tok == EOF {
				break
			}
		}
	}
}

// TestScanComments checks that under ScanComments every comment is
// returned, in order, before the token after it, and that the other tokens
// are those of the default mode: also across the line breaks that continue
// an if or a method chain.
func TestScanComments(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"a // c\nb", `identifier a|comment // c|; "\n"|identifier b|; "\n"`},
		{"/// doc\n//// not\nfn", "doc comment /// doc|comment //// not|fn"},
		{"a /* x /* y */ z */ b", "identifier a|comment /* x /* y */ z */|identifier b|; \"\\n\""},
		{"a /* two\nlines */ b", "identifier a|comment /* two\nlines */|; \"\\n\"|identifier b|; \"\\n\""},
		{"}\n// c\n/* d */\nelif", "}|comment // c|comment /* d */|elif"},
		{"x\n    // c\n    .m()", "identifier x|comment // c|.|identifier m|(|)|; \"\\n\""},
		{"f\"{a /* not a comment */}\"", "f-string f\"{a /* not a comment */}\"|; \"\\n\""},
		{"\"// not\" // yes", "string literal \"// not\"|comment // yes|; \"\\n\""},
	} {
		fset := source.NewFileSet()
		file := fset.AddFile("t.vx", []byte(tt.src))
		var diags source.List
		var s Scanner
		s.Init(file, &diags, ScanComments)
		var got []string
		last := source.NoPos
		for {
			pos, tok, lit := s.Scan()
			if tok == EOF {
				break
			}
			if pos < last {
				t.Errorf("%q: %s at %d after %d", tt.src, tok, pos, last)
			}
			last = pos
			switch tok {
			case IDENT, STRING, FSTRING, COMMENT, DOC:
				got = append(got, tok.String()+" "+lit)
			case SEMICOLON:
				got = append(got, fmt.Sprintf("; %q", lit))
			default:
				got = append(got, tok.String())
			}
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.src, g, tt.want)
		}
		if diags.HasErrors() {
			t.Errorf("%q: %v", tt.src, diags.Diags)
		}
	}
}
