package lsp

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// goWorkspace is a package that uses Go packages of the standard library.
const goWorkspace = `
-- a/a.vx --
import * as strings from "go:strings"
import * as bufio from "go:bufio"
import * as time from "go:time"
import { Builder } from "go:strings"

fn use(rw: &bufio.ReadWriter!, t: time.Time, err: GoError) {
    println(rw.Available(), t.Unix(), err.Error(), time.Second)
}

fn main() {
    let! b = Builder {}
    b.WriteString(strings.ToUpper("x"))
    let frozen = strings.Builder {}
    let! t = time.Now()
    println(b.String(), frozen, t)
}
`

func TestGoHover(t *testing.T) {
	c := newClient(t, goWorkspace)
	c.open("a/a.vx")
	if d, _ := c.diagnostics("a/a.vx"); len(d) != 0 {
		t.Fatalf("diagnostics: %v", describeDiags(d))
	}
	tests := []struct {
		marker  string
		n       int
		code    string // the code block
		docPart string // a part of the doc comment
	}{
		{"strings.ToUpper", 9, "func strings.ToUpper(s string) string", "ToUpper returns s with all Unicode letters mapped to their upper case."},
		{"b.WriteString", 3, "func (*strings.Builder).WriteString(s string) (int, error)", "WriteString appends the contents of s to b's buffer."},
		{"Builder }", 0, "type strings.Builder struct {\n\t// Has unexported fields.\n}", "A Builder is used to efficiently build a string"},
		{"rw.Available", 4, "func (*bufio.Writer).Available() int", "Available returns how many bytes are unused in the buffer."},
		{"bufio.ReadWriter", 7, "type bufio.ReadWriter struct {\n\t*bufio.Reader\n\t*bufio.Writer\n}", "ReadWriter stores pointers to a [Reader](https://pkg.go.dev/bufio#Reader) and a [Writer](https://pkg.go.dev/bufio#Writer)."},
		{"time.Second", 6, "const time.Second time.Duration = 1000000000", ""},
		{"err.Error", 5, "func (error).Error() string", ""},
	}
	// An import of a Go package: the import and the package's doc.
	if got := c.hover(c.at("a/a.vx", "bufio.ReadWriter", 0)); !strings.HasPrefix(got, "```vex\nimport * as bufio from \"go:bufio\"\n```\n\nPackage bufio implements buffered I/O.") {
		t.Errorf("hover on bufio: %s", got)
	}
	for _, tt := range tests {
		got := c.hover(c.at("a/a.vx", tt.marker, tt.n))
		code, doc, _ := strings.Cut(strings.TrimPrefix(got, "```go\n"), "\n```")
		if code != tt.code || !strings.Contains(doc, tt.docPart) || !strings.HasPrefix(got, "```go\n") {
			t.Errorf("hover at %q+%d:\n%s\nwant code:\n%s\nand a doc with %q", tt.marker, tt.n, got, tt.code, tt.docPart)
		}
	}
}

func TestGoDefinition(t *testing.T) {
	c := newClient(t, goWorkspace)
	c.open("a/a.vx")
	tests := []struct {
		marker string
		n      int
		file   string // the Go file's path ends so
		line   string // the text of the line, from the name on, up to its end
	}{
		{"strings.ToUpper", 9, "/src/strings/strings.go", "ToUpper(s string) string {"},
		{"b.WriteString", 3, "/src/strings/builder.go", "WriteString(s string) (int, error) {"},
		{"Builder }", 0, "/src/strings/builder.go", "Builder struct {"},
		{"rw.Available", 4, "/src/bufio/bufio.go", "Available() int {"},
		{"time.Second", 6, "/src/time/time.go", "Second"},
		{`"go:strings"`, 1, "/src/strings/strings.go", "strings\n"},
		{`{ Builder } from "go:strings"`, 20, "/src/strings/strings.go", "strings\n"},
	}
	for _, tt := range tests {
		var loc *protocol.Location
		c.call(protocol.MethodTextDocumentDefinition, protocol.DefinitionParams{TextDocumentPositionParams: c.at("a/a.vx", tt.marker, tt.n)}, &loc)
		if loc == nil {
			t.Errorf("definition at %q+%d: none", tt.marker, tt.n)
			continue
		}
		path, err := uriPath(loc.URI)
		if err != nil || !strings.HasSuffix(filepath.ToSlash(path), tt.file) {
			t.Errorf("definition at %q+%d: %s, want a file ending %s", tt.marker, tt.n, loc.URI, tt.file)
			continue
		}
		lines := strings.SplitAfter(readFile(t, path), "\n")
		line := lines[loc.Range.Start.Line]
		if got := line[loc.Range.Start.Character:]; !strings.HasPrefix(got, tt.line) {
			t.Errorf("definition at %q+%d: line %d from column %d is %q, want it to start with %q", tt.marker, tt.n, loc.Range.Start.Line+1, loc.Range.Start.Character+1, got, tt.line)
		}
		name := tt.line[:strings.IndexFunc(tt.line+" ", func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })]
		if loc.Range.End.Line != loc.Range.Start.Line || int(loc.Range.End.Character-loc.Range.Start.Character) != len(name) {
			t.Errorf("definition at %q+%d: range %+v, want the name %s", tt.marker, tt.n, loc.Range, name)
		}
	}
}

func TestGoCompletion(t *testing.T) {
	c := newClient(t, goWorkspace)
	text := c.text("a/a.vx")
	c.open("a/a.vx")
	tests := []struct {
		edit     string // replaces the println of main
		marker   string // the position: at the end of marker
		wantSome []string
		wantNone []string
	}{
		{edit: "strings.", marker: "    strings.", wantSome: []string{"Builder", "ToUpper", "NewReader", "Reader"}, wantNone: []string{"toUpper", "indexFunc"}},
		// Pointer methods on a mutable place or a temporary, not on a let.
		{edit: "b.", marker: "    b.", wantSome: []string{"WriteString", "String", "Len", "Grow"}},
		{edit: "frozen.", marker: "    frozen.", wantNone: []string{"WriteString", "String", "Len"}},
		{edit: "t.", marker: "    t.", wantSome: []string{"Unix", "Add", "UnmarshalJSON"}},
		{edit: "time.Now().", marker: "Now().", wantSome: []string{"Unix", "Add", "UnmarshalJSON"}}, // on a temporary
	}
	for _, tt := range tests {
		edited := strings.Replace(text, "println(b.String(), frozen, t)", tt.edit, 1)
		c.change("a/a.vx", edited)
		got := c.completion(c.at("a/a.vx", tt.marker, len(tt.marker), edited))
		for _, label := range tt.wantSome {
			if !slices.Contains(got, label) {
				t.Errorf("completion after %q: no %s among %v", tt.edit, label, got)
			}
		}
		for _, label := range tt.wantNone {
			if slices.Contains(got, label) {
				t.Errorf("completion after %q: %s among %v", tt.edit, label, got)
			}
		}
	}

	// A name that an import of a Go package binds, in scope.
	edited := strings.Replace(text, "println(b.String(), frozen, t)", "let z = Bu", 1)
	c.change("a/a.vx", edited)
	var list protocol.CompletionList
	c.call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: c.at("a/a.vx", "= Bu", 4, edited)}, &list)
	found := false
	for _, item := range list.Items {
		if item.Label == "Builder" {
			found = *item.Kind == protocol.CompletionItemKindStruct && *item.Detail == "type strings.Builder struct"
		}
	}
	if !found {
		t.Errorf("completion of names in scope: no struct Builder among %v", list.Items)
	}

	// The fields of an embedding struct, then the methods, promoted ones
	// included, but those that two embedded fields promote.
	edited = strings.Replace(text, "println(rw.Available()", "println(rw.", 1)
	c.change("a/a.vx", edited)
	c.call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: c.at("a/a.vx", "(rw.", 4, edited)}, &list)
	var got []string
	for _, item := range list.Items {
		if *item.Kind == protocol.CompletionItemKindField || *item.Kind == protocol.CompletionItemKindMethod && strings.HasPrefix(item.Label, "Read") {
			got = append(got, item.Label+": "+*item.Detail)
		}
	}
	want := []string{
		"Reader: field Reader *bufio.Reader",
		"Writer: field Writer *bufio.Writer",
		"Read: func (*bufio.Reader).Read(p []byte) (n int, err error)",
		"ReadByte: func (*bufio.Reader).ReadByte() (byte, error)",
		"ReadBytes: func (*bufio.Reader).ReadBytes(delim byte) ([]byte, error)",
		"ReadFrom: func (*bufio.Writer).ReadFrom(r io.Reader) (n int64, err error)",
		"ReadLine: func (*bufio.Reader).ReadLine() (line []byte, isPrefix bool, err error)",
		"ReadRune: func (*bufio.Reader).ReadRune() (r rune, size int, err error)",
		"ReadSlice: func (*bufio.Reader).ReadSlice(delim byte) (line []byte, err error)",
		"ReadString: func (*bufio.Reader).ReadString(delim byte) (string, error)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("completion after rw. (-want +got):\n%s", diff)
	}
	for _, item := range list.Items {
		if item.Label == "Size" || item.Label == "Buffered" {
			t.Errorf("completion after rw.: %s, which both embedded fields have", item.Label)
		}
	}
}

// readFile returns the contents of the file at path.
func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestGoModuleNames hovers over and goes to the names of a Go package of
// the module, whose lines hold text outside ASCII.
func TestGoModuleNames(t *testing.T) {
	c := newClient(t, `
-- go.mod --
module example.com/m

go 1.22
-- lib/lib.go --
package lib

// Größe and Ä are sizes, in 🙂.
var Ä, Größe = 1, 2

type Box struct {
	W int // W is the width.
}
-- vex/main.vx --
import { Größe, Box } from "go:example.com/m/lib"

fn main() {
    let b = Box { W: 2 }
    println(Größe, b.W)
}
`)
	c.open("vex/main.vx")
	if d, _ := c.diagnostics("vex/main.vx"); len(d) != 0 {
		t.Fatalf("diagnostics: %v", describeDiags(d))
	}
	hovers := []struct {
		marker string
		n      int
		want   string
	}{
		{"Größe, b", 0, "```go\nvar lib.Größe int\n```\n\nGröße and Ä are sizes, in 🙂."},
		{"b.W", 2, "```go\nfield W int\n```\n\nW is the width."},
	}
	for _, h := range hovers {
		if got := c.hover(c.at("vex/main.vx", h.marker, h.n)); got != h.want {
			t.Errorf("hover on %s:\n%s\nwant:\n%s", h.marker, got, h.want)
		}
	}
	defs := []struct {
		marker string
		n      int
		want   string
	}{
		{"Größe, b", 0, "lib/lib.go:4:8-4:13"},
		{"b.W", 2, "lib/lib.go:7:2-7:3"},
		{"Box }", 0, "lib/lib.go:6:6-6:9"},
	}
	for _, d := range defs {
		var loc protocol.Location
		c.call(protocol.MethodTextDocumentDefinition, protocol.DefinitionParams{TextDocumentPositionParams: c.at("vex/main.vx", d.marker, d.n)}, &loc)
		if got := c.location(loc); got != d.want {
			t.Errorf("definition of %s: %s, want %s", d.marker, got, d.want)
		}
	}
}
