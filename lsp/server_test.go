package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// workspace is a program of two packages, app and geom, that checks.
const workspace = `
-- geom/geom.vx --
/// Shape is a figure in the plane.
export enum Shape {
	/// Circle has a radius.
	Circle(f64),
	Square(f64),
}

/// area returns the area of s.
export fn area(s: Shape): f64 {
	match s {
		Circle(r) => 3.0 * r * r,
		Square(a) => a * a,
	}
}
-- app/main.vx --
import { area, Shape } from "../geom"
import * as geom from "../geom"

/// Point is a point in the plane.
struct Point {
	x: f64,
	/// y grows downwards.
	y: f64,
}

/// norm is the square of the distance to the origin.
fn (self: &Point) norm(): f64 {
	self.x * self.x + self.y * self.y
}

fn main() {
	let p = Point { x: 1.0, y: 2.0 }
	let total = p.norm() + area(Shape.Circle(p.y))
	let! names = Vec.new<string>()
	names.push("a")
	println(f"{total} {geom.area(geom.Shape.Square(2.0))} {names.len()} {twice(2)}")
}
-- app/util.vx --
fn twice(n: i64): i64 { n * 2 }
`

// describeDiags spells diagnostics as "LINE:COL-LINE:COL message", from 1.
func describeDiags(diags []protocol.Diagnostic) []string {
	out := []string{}
	for _, d := range diags {
		out = append(out, fmt.Sprintf("%d:%d-%d:%d %s", d.Range.Start.Line+1, d.Range.Start.Character+1, d.Range.End.Line+1, d.Range.End.Character+1, d.Message))
	}
	return out
}

// TestDiagnostics follows the diagnostics of a package as its files are
// opened and changed: published on open for every file of the package and
// of those it imports, with UTF-16 columns, and cleared when fixed.
func TestDiagnostics(t *testing.T) {
	c := newClient(t, workspace)
	c.open("app/main.vx")
	for _, name := range []string{"app/main.vx", "app/util.vx", "geom/geom.vx"} {
		if d, ok := c.diagnostics(name); !ok || len(d) != 0 {
			t.Errorf("%s: diagnostics %v, published %v; want none, published", name, describeDiags(d), ok)
		}
	}

	broken := strings.Replace(c.text("app/main.vx"), `names.push("a")`, `names.push("名🙂", 1)`, 1)
	c.change("app/main.vx", broken)
	got, _ := c.diagnostics("app/main.vx")
	want := []string{`20:2-20:22 push takes 1 argument, found 2`}
	if diff := cmp.Diff(want, describeDiags(got)); diff != "" {
		t.Errorf("after a change (-want +got):\n%s", diff)
	}

	// A type error in an imported package: reported there, and its
	// importers are not checked, as vex2go check does.
	c.open("geom/geom.vx")
	c.change("geom/geom.vx", strings.Replace(c.text("geom/geom.vx"), "a * a", `a * "a"`, 1))
	got, _ = c.diagnostics("geom/geom.vx")
	if len(got) != 1 || !strings.Contains(got[0].Message, "mismatched types") {
		t.Errorf("geom after a change: %v", describeDiags(got))
	}
	if got, _ = c.diagnostics("app/main.vx"); len(got) != 0 {
		t.Errorf("app with a broken import: %v, want none", describeDiags(got))
	}

	// A change of an imported package that its importer notices.
	c.change("geom/geom.vx", strings.Replace(c.text("geom/geom.vx"), "export fn area", "export fn surface", 1))
	got, _ = c.diagnostics("app/main.vx")
	if len(got) == 0 || !strings.Contains(got[0].Message, "area") || got[0].Range.Start.Line != 0 {
		t.Errorf("app after its import changed: %v", describeDiags(got))
	}

	c.change("geom/geom.vx", c.text("geom/geom.vx"))
	c.change("app/main.vx", c.text("app/main.vx"))
	for _, name := range []string{"app/main.vx", "geom/geom.vx"} {
		if d, _ := c.diagnostics(name); len(d) != 0 {
			t.Errorf("%s fixed: %v, want none", name, describeDiags(d))
		}
	}

	// A syntax error, and a warning.
	c.change("app/main.vx", strings.Replace(c.text("app/main.vx"), "let p = Point", "let p = = Point", 1))
	got, _ = c.diagnostics("app/main.vx")
	if len(got) != 1 || got[0].Range.Start.Line != 16 || *got[0].Severity != protocol.DiagnosticSeverityError {
		t.Errorf("syntax error: %v", describeDiags(got))
	}
}

// TestUnsavedFile checks a package with a file that exists only in the
// editor, and a file that the package ignores (_x.vx) but the editor edits.
func TestUnsavedFile(t *testing.T) {
	c := newClient(t, workspace)
	c.open("app/new.vx", "fn helper(): i64 { twice(\"x\") }\n")
	got, _ := c.diagnostics("app/new.vx")
	if len(got) != 1 || !strings.Contains(got[0].Message, "mismatched types") {
		t.Errorf("unsaved file: %v", describeDiags(got))
	}
	c.open("app/_scratch.vx", "fn scratch() { undefinedName() }\n")
	got, _ = c.diagnostics("app/_scratch.vx")
	if len(got) != 1 || !strings.Contains(got[0].Message, "undefined") {
		t.Errorf("ignored file: %v", describeDiags(got))
	}
	// Closed without being saved, the files are gone, and so are their
	// diagnostics.
	for _, name := range []string{"app/new.vx", "app/_scratch.vx"} {
		c.notify(protocol.MethodTextDocumentDidClose, protocol.DidCloseTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: c.uri(name)}})
		if got, _ = c.diagnostics(name); len(got) != 0 {
			t.Errorf("%s closed: %v", name, describeDiags(got))
		}
	}
}

// hoverText returns the text of the hover at a position, or "".
func (c *client) hover(at protocol.TextDocumentPositionParams) string {
	c.t.Helper()
	var h *protocol.Hover
	c.call(protocol.MethodTextDocumentHover, protocol.HoverParams{TextDocumentPositionParams: at}, &h)
	if h == nil {
		return ""
	}
	return h.Contents.(protocol.MarkupContent).Value
}

func TestHover(t *testing.T) {
	c := newClient(t, workspace)
	c.open("app/main.vx")
	tests := []struct {
		marker string
		n      int
		want   string
	}{
		{"p.norm", 0, "```vex\nlet p: Point\n```"},
		{"p.norm", 3, "```vex\nfn (self: &Point) norm(): f64\n```\n\nnorm is the square of the distance to the origin."},
		{"p.y))", 2, "```vex\n(field) Point.y: f64\n```\n\ny grows downwards."},
		{"area(Shape", 1, "```vex\nexport fn area(s: Shape): f64\n```\n\narea returns the area of s."},
		{"Shape.Circle", 7, "```vex\n(variant) Shape.Circle(f64)\n```\n\nCircle has a radius."},
		{"geom.area", 1, "```vex\nimport * as geom from \"../geom\"\n```"},
		{"names.push", 7, "```vex\n(method of Vec<string>) fn push(string)\n```"},
		{"twice(2)", 2, "```vex\nfn twice(n: i64): i64\n```"},
		{"Point {", 0, "```vex\nstruct Point {\n\tx: f64,\n\t/// y grows downwards.\n\ty: f64,\n}\n```\n\nPoint is a point in the plane."},
		{"self.x * self.x", 0, "```vex\n(parameter) self: Point\n```"},
		{"1.0, y", 0, "```vex\nf64\n```"},
		{"println", 3, "```vex\n(prelude) fn println(string)\n```"},
		{"{total}", 0, "```vex\nstring\n```"},
	}
	for _, tt := range tests {
		if got := c.hover(c.at("app/main.vx", tt.marker, tt.n)); got != tt.want {
			t.Errorf("hover at %q+%d:\n%s\nwant:\n%s", tt.marker, tt.n, got, tt.want)
		}
	}
}

// location spells a location as "FILE:LINE:COL-LINE:COL", from 1.
func (c *client) location(loc protocol.Location) string {
	name := strings.TrimPrefix(loc.URI, pathURI(c.dir)+"/")
	return fmt.Sprintf("%s:%d:%d-%d:%d", name, loc.Range.Start.Line+1, loc.Range.Start.Character+1, loc.Range.End.Line+1, loc.Range.End.Character+1)
}

func TestDefinition(t *testing.T) {
	c := newClient(t, workspace)
	c.open("app/main.vx")
	tests := []struct {
		marker string
		n      int
		want   string // "" for none
	}{
		{"p.norm", 0, "app/main.vx:17:6-17:7"},
		{"p.norm", 3, "app/main.vx:12:19-12:23"},
		{"p.y))", 2, "app/main.vx:8:2-8:3"},
		{"Point { x", 0, "app/main.vx:5:8-5:13"},
		{"x: 1.0", 0, "app/main.vx:6:2-6:3"},
		{"area(Shape", 1, "geom/geom.vx:9:11-9:15"},
		{"Shape.Circle", 7, "geom/geom.vx:4:2-4:8"},
		{"geom.Shape.Square", 12, "geom/geom.vx:5:2-5:8"},
		{"geom.area", 1, "app/main.vx:2:13-2:17"},
		{"twice(2)", 0, "app/util.vx:1:4-1:9"},
		{"self.x * self.x", 0, "app/main.vx:12:5-12:9"},
		{"println", 0, ""},
		{"names.push", 7, ""},
		{`"../geom"`, 2, "geom/geom.vx:1:1-1:1"},
	}
	for _, tt := range tests {
		var loc *protocol.Location
		c.call(protocol.MethodTextDocumentDefinition, protocol.DefinitionParams{TextDocumentPositionParams: c.at("app/main.vx", tt.marker, tt.n)}, &loc)
		got := ""
		if loc != nil {
			got = c.location(*loc)
		}
		if got != tt.want {
			t.Errorf("definition at %q+%d: %s, want %s", tt.marker, tt.n, got, tt.want)
		}
	}
}

// TestReferences lists references within a package and, for what a
// package declares, across the packages of the workspace that import it,
// asked from either side.
func TestReferences(t *testing.T) {
	c := newClient(t, workspace)
	c.open("app/main.vx")
	refs := func(file, marker string, n int, decl bool) []string {
		var locs []protocol.Location
		c.call(protocol.MethodTextDocumentReferences, protocol.ReferenceParams{
			TextDocumentPositionParams: c.at(file, marker, n),
			Context:                    protocol.ReferenceContext{IncludeDeclaration: decl},
		}, &locs)
		var out []string
		for _, l := range locs {
			out = append(out, c.location(l))
		}
		return out
	}
	areaUses := []string{"app/main.vx:1:10-1:14", "app/main.vx:18:25-18:29", "app/main.vx:21:26-21:30"}
	tests := []struct {
		file   string
		marker string
		n      int
		decl   bool
		want   []string
	}{
		{"app/main.vx", "y: f64", 0, true, []string{"app/main.vx:8:2-8:3", "app/main.vx:13:25-13:26", "app/main.vx:13:34-13:35", "app/main.vx:17:26-17:27", "app/main.vx:18:45-18:46"}},
		{"app/main.vx", "p.norm", 0, false, []string{"app/main.vx:18:14-18:15", "app/main.vx:18:43-18:44"}},
		{"app/main.vx", "area(Shape", 0, true, append(slices.Clone(areaUses), "geom/geom.vx:9:11-9:15")},
		{"app/main.vx", "area(Shape", 0, false, areaUses},
		{"geom/geom.vx", "area(s", 0, false, areaUses},
		{"geom/geom.vx", "area(s", 0, true, append([]string{"geom/geom.vx:9:11-9:15"}, areaUses...)},
		{"geom/geom.vx", "Circle(f64)", 0, false, []string{"geom/geom.vx:11:3-11:9", "app/main.vx:18:36-18:42"}},
		{"geom/geom.vx", "s: Shape", 0, false, []string{"geom/geom.vx:10:8-10:9"}},
		{"app/util.vx", "twice", 0, false, []string{"app/main.vx:21:71-21:76"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, refs(tt.file, tt.marker, tt.n, tt.decl)); diff != "" {
			t.Errorf("references in %s of %q+%d (-want +got):\n%s", tt.file, tt.marker, tt.n, diff)
		}
	}
}

// labels returns the labels of the completion at a position.
func (c *client) completion(at protocol.TextDocumentPositionParams) []string {
	c.t.Helper()
	var list protocol.CompletionList
	c.call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: at}, &list)
	var labels []string
	for _, item := range list.Items {
		labels = append(labels, item.Label)
	}
	return labels
}

func TestCompletion(t *testing.T) {
	c := newClient(t, workspace)
	text := c.text("app/main.vx")
	c.open("app/main.vx")
	tests := []struct {
		edit     string // replaces names.push("a") in main.vx
		marker   string // the position: at the end of marker
		want     []string
		wantSome []string // labels that must be among those offered
	}{
		{edit: "p.", marker: "\tp.", want: []string{"x", "y", "norm", "clone", "toString"}},
		{edit: "p.n", marker: "\tp.n", want: []string{"x", "y", "norm", "clone", "toString"}},
		{edit: "geom.", marker: "\tgeom.", want: []string{"Shape", "area"}},
		{edit: "Shape.", marker: "\tShape.", want: []string{"Circle", "Square"}},
		{edit: "names.", marker: "\tnames.", wantSome: []string{"push", "pop", "len", "map", "filter", "toString"}},
		{edit: "Vec.", marker: "\tVec.", want: []string{"new"}},
		{edit: "let q = to", marker: "q = to", wantSome: []string{"total", "p", "names", "main", "twice", "Point", "geom", "area", "println", "i64"}},
		// Syntax errors, as while typing.
		{edit: "p.\n}\nfn other() {", marker: "\tp.", want: []string{"x", "y", "norm", "clone", "toString"}},
		{edit: "let q = \n}\nfn other() {", marker: "q = ", wantSome: []string{"total", "p", "names"}},
		{edit: "if p.x > ", marker: "p.x > ", wantSome: []string{"total", "p", "names"}},
	}
	for _, tt := range tests {
		edited := strings.Replace(text, `names.push("a")`, tt.edit, 1)
		c.change("app/main.vx", edited)
		got := c.completion(c.at("app/main.vx", tt.marker, len(tt.marker), edited))
		if tt.want != nil {
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("completion after %q (-want +got):\n%s", tt.edit, diff)
			}
		}
		for _, label := range tt.wantSome {
			if !slices.Contains(got, label) {
				t.Errorf("completion after %q: no %s among %v", tt.edit, label, got)
			}
		}
	}
}

func TestDocumentSymbol(t *testing.T) {
	c := newClient(t, workspace)
	c.open("app/main.vx")
	var symbols []protocol.DocumentSymbol
	c.call(protocol.MethodTextDocumentDocumentSymbol, protocol.DocumentSymbolParams{TextDocument: protocol.TextDocumentIdentifier{URI: c.uri("app/main.vx")}}, &symbols)
	var got []string
	var walk func(prefix string, syms []protocol.DocumentSymbol)
	walk = func(prefix string, syms []protocol.DocumentSymbol) {
		for _, s := range syms {
			got = append(got, fmt.Sprintf("%s%s %d %d:%d", prefix, s.Name, s.Kind, s.SelectionRange.Start.Line+1, s.SelectionRange.Start.Character+1))
			walk(prefix+"  ", s.Children)
		}
	}
	walk("", symbols)
	want := []string{
		"Point 23 5:8",
		"  x 8 6:2",
		"  y 8 8:2",
		"Point.norm 6 12:19",
		"main 12 16:4",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("document symbols (-want +got):\n%s", diff)
	}
}

// TestBrokenInput edits a file into every prefix of itself, as typing it
// does, and asks for hover, definition, completion and symbols at the end
// of each, in a package of Vex names and in one of Go names: the server
// answers every request, and the checker, which checks the partial syntax
// trees too, never panics.
func TestBrokenInput(t *testing.T) {
	for _, ws := range []struct{ archive, name string }{{workspace, "app/main.vx"}, {goWorkspace, "a/a.vx"}} {
		c := newClient(t, ws.archive)
		text := c.text(ws.name)
		c.open(ws.name)
		for i := 0; i <= len(text); i += 3 {
			prefix := text[:i]
			c.change(ws.name, prefix)
			end := c.at(ws.name, prefix, len(prefix), prefix)
			c.hover(end)
			c.completion(end)
			var raw any
			c.call(protocol.MethodTextDocumentDefinition, protocol.DefinitionParams{TextDocumentPositionParams: end}, &raw)
			c.call(protocol.MethodTextDocumentDocumentSymbol, protocol.DocumentSymbolParams{TextDocument: end.TextDocument}, &raw)
		}
	}
}

// TestHoverTypes hovers over contracts, type parameters and Self, and
// over what says nothing.
func TestHoverTypes(t *testing.T) {
	c := newClient(t, `
-- g/g.vx --
/// Named things have a name.
contract Named {
    /// name is the name.
    name(self: &Self): string;
}

struct Dog { n: string }

fn (self: &Dog) name(): string { self.n }

fn Dog.new(n: string): Self { Dog { n: n } }

fn greet<T: Named>(x: T): string {
    f"hi {x.name()}"
}

fn main() {
    let d = Dog.new("rex")

    println(greet(d), 60 * 60)
}
`)
	c.open("g/g.vx")
	tests := []struct {
		marker string
		n      int
		want   string
	}{
		{"T: Named", 0, "```vex\n(type parameter) T: Named\n```"},
		{"x: T", 3, "```vex\n(type parameter) T: Named\n```"},
		{"T: Named", 3, "```vex\ncontract Named {\n    /// name is the name.\n    name(self: &Self): string;\n}\n```\n\nNamed things have a name."},
		{"Self {", 0, "```vex\nstruct Dog { n: string }\n```"},
		{"x.name", 2, "```vex\nfn name(): string\n```"},
		{"\n\n    println", 1, ""},
		{"{\n    let d", 0, ""},
		{"\"rex\"", 1, "```vex\nstring\n```"},
		{"greet(d)", 5, "```vex\nfn greet<T: Named>(x: T): string\n```"},
		{"60 * 60", 3, "```vex\ni64 = 3600\n```"},
	}
	for _, tt := range tests {
		if got := c.hover(c.at("g/g.vx", tt.marker, tt.n)); got != tt.want {
			t.Errorf("hover at %q+%d:\n%s\nwant:\n%s", tt.marker, tt.n, got, tt.want)
		}
	}
	var loc protocol.Location
	c.call(protocol.MethodTextDocumentDefinition, protocol.DefinitionParams{TextDocumentPositionParams: c.at("g/g.vx", "x.name", 2)}, &loc)
	if got := c.location(loc); got != "g/g.vx:4:5-4:9" {
		t.Errorf("definition of a contract's method: %s", got)
	}
	c.call(protocol.MethodTextDocumentDefinition, protocol.DefinitionParams{TextDocumentPositionParams: c.at("g/g.vx", "x: T", 3)}, &loc)
	if got := c.location(loc); got != "g/g.vx:13:10-13:11" {
		t.Errorf("definition of a type parameter: %s", got)
	}
}

// TestCompletionGuard completes the methods of the types of a standard
// module, and the fields of the value that the guard of a lock guards.
func TestCompletionGuard(t *testing.T) {
	const text = `import { Mutex } from "sync"
import * as math from "math"

struct Account { balance: i64 }

fn main() {
    let m = Mutex.new(Account { balance: 1 })
    let g = m.lock()
    println(g.balance, math.sqrt(2.0))
}
`
	c := newClient(t, "-- a/a.vx --\n"+text)
	c.open("a/a.vx")
	if got, want := c.completion(c.at("a/a.vx", "g.balance", 2)), []string{"balance", "clone", "get", "set", "toString", "unlock"}; !slices.Equal(got, want) {
		t.Errorf("completion after g.: %v, want %v", got, want)
	}
	if got := c.completion(c.at("a/a.vx", "m.lock", 2)); !slices.Contains(got, "lock") || !slices.Contains(got, "withLock") {
		t.Errorf("completion after m.: %v", got)
	}
	if got := c.completion(c.at("a/a.vx", "Mutex.new", 6)); !slices.Equal(got, []string{"new"}) {
		t.Errorf("completion after Mutex.: %v", got)
	}
	hovers := []struct{ marker, want string }{
		{"m.lock", "```vex\n(method of Mutex<Account>) fn lock(): Guard<Account>\n```"},
		{"math.sqrt", "```vex\nfn math.sqrt(f64): f64\n```"},
		{"Mutex.new", "```vex\nfn Mutex.new(Account): Mutex<Account>\n```"},
	}
	for _, h := range hovers {
		if got := c.hover(c.at("a/a.vx", h.marker, strings.Index(h.marker, ".")+1)); got != h.want {
			t.Errorf("hover on %s: %s, want %s", h.marker, got, h.want)
		}
	}
}

// TestFormatting formats documents with the formatter of vex2go fmt: the
// answer is one edit of the lines that change, none for a formatted file
// or a file with a syntax error.
func TestFormatting(t *testing.T) {
	c := newClient(t, "-- a/a.vx --\nfn f() {}\n\nfn main() {\n\tf()\n  f( )\n}\n\n// 名🙂\nfn g() {}\n")
	c.open("a/a.vx")
	format := func() []protocol.TextEdit {
		var edits []protocol.TextEdit
		c.call(protocol.MethodTextDocumentFormatting, protocol.DocumentFormattingParams{TextDocument: protocol.TextDocumentIdentifier{URI: c.uri("a/a.vx")}}, &edits)
		return edits
	}
	want := []protocol.TextEdit{{
		Range:   protocol.Range{Start: protocol.Position{Line: 3}, End: protocol.Position{Line: 5}},
		NewText: "    f()\n    f()\n",
	}}
	if diff := cmp.Diff(want, format()); diff != "" {
		t.Errorf("formatting (-want +got):\n%s", diff)
	}
	// At the end of a line with characters outside the BMP.
	c.change("a/a.vx", "fn main() {}\n// 名🙂 x  \n")
	want = []protocol.TextEdit{{
		Range:   protocol.Range{Start: protocol.Position{Line: 1}, End: protocol.Position{Line: 2}},
		NewText: "// 名🙂 x\n",
	}}
	if diff := cmp.Diff(want, format()); diff != "" {
		t.Errorf("formatting a comment (-want +got):\n%s", diff)
	}
	c.change("a/a.vx", "fn main() {}\n")
	if edits := format(); edits == nil || len(edits) != 0 {
		t.Errorf("formatting a formatted file: %#v, want no edit", edits)
	}
	c.change("a/a.vx", "fn main() {\n  let x = = 1\n}\n")
	if edits := format(); edits != nil {
		t.Errorf("formatting a file with a syntax error: %+v, want none", edits)
	}
}

// TestReferencesReuseAnalyses checks that find-references keeps its
// analyses of the other packages of the workspace while their files and
// those of the packages they import stay the same, and analyses a package
// again after an edit of an open document or of a file on disk.
func TestReferencesReuseAnalyses(t *testing.T) {
	var srv *server
	c := startClient(t, workspace, func(s *server) { srv = s })
	root := pathURI(c.dir)
	c.call(protocol.MethodInitialize, protocol.InitializeParams{RootURI: &root}, nil)
	c.notify(protocol.MethodInitialized, protocol.InitializedParams{})
	t.Cleanup(c.close)
	c.open("geom/geom.vx")
	app := filepath.Join(c.dir, "app")
	refs := func() (*snapshot, int) {
		t.Helper()
		var locs []protocol.Location
		c.call(protocol.MethodTextDocumentReferences, protocol.ReferenceParams{
			TextDocumentPositionParams: c.at("geom/geom.vx", "area(s", 0),
		}, &locs)
		ws := srv.refSnaps[app]
		if ws == nil {
			t.Fatal("no analysis of app kept")
		}
		return ws.snap, len(locs)
	}

	first, n := refs()
	if n != 3 {
		t.Fatalf("%d references to area, want 3", n)
	}
	if again, _ := refs(); again != first {
		t.Error("a second request analysed app again; nothing changed")
	}

	c.open("app/util.vx")
	c.change("app/util.vx", "fn twice(n: i64): i64 { n * 2 }\nfn more(): f64 { area(Shape.Square(1.0)) }\n")
	afterEdit, n := refs()
	if afterEdit == first || n != 4 {
		t.Errorf("after an edit of app/util.vx: analysed again %v, %d references; want true, 4", afterEdit != first, n)
	}

	text := c.text("app/main.vx") + "fn third(): f64 { area(Shape.Circle(2.0)) }\n"
	if err := os.WriteFile(filepath.Join(app, "main.vx"), []byte(text), 0o666); err != nil {
		t.Fatal(err)
	}
	afterWrite, n := refs()
	if afterWrite == afterEdit || n != 5 {
		t.Errorf("after a write of app/main.vx: analysed again %v, %d references; want true, 5", afterWrite != afterEdit, n)
	}

	c.change("geom/geom.vx", c.text("geom/geom.vx")+"\n")
	if afterImport, _ := refs(); afterImport == afterWrite {
		t.Error("after an edit of geom, which app imports, app was not analysed again")
	}
}
