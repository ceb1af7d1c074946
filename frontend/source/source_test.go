package source

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestPosition(t *testing.T) {
	fset := NewFileSet()
	a := fset.AddFile("a.vx", []byte("ab\ncd\r\n\nxyz"))
	b := fset.AddFile("b.vx", []byte("one"))
	tests := []struct {
		file   *File
		offset int
		want   string
	}{
		{a, 0, "a.vx:1:1"},
		{a, 1, "a.vx:1:2"},
		{a, 3, "a.vx:2:1"},
		{a, 8, "a.vx:4:1"},
		{a, 11, "a.vx:4:4"}, // end of file
		{b, 0, "b.vx:1:1"},
		{b, 2, "b.vx:1:3"},
	}
	for _, tt := range tests {
		p := tt.file.Pos(tt.offset)
		if got := fset.Position(p).String(); got != tt.want {
			t.Errorf("Position(%s+%d) = %s, want %s", tt.file.Name(), tt.offset, got, tt.want)
		}
		if fset.File(p) != tt.file {
			t.Errorf("File(%s+%d) is not %s", tt.file.Name(), tt.offset, tt.file.Name())
		}
	}
	if got := fset.Position(NoPos).String(); got != "-" {
		t.Errorf("Position(NoPos) = %q, want -", got)
	}
	for n, want := range map[int]string{1: "ab", 2: "cd", 3: "", 4: "xyz", 5: ""} {
		if got := a.Line(n); got != want {
			t.Errorf("Line(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestPrint(t *testing.T) {
	fset := NewFileSet()
	f := fset.AddFile("main.vx", []byte("fn main() {\n\tch.send(total)\n}\n"))
	var l List
	l.ErrorSpan(f.Pos(21), f.Pos(26), "cannot send i64 on Channel<i32>")
	l.Errorf(f.Pos(22), "a second error on the same line is dropped")
	l.Warnf(f.Pos(0), "a warning")
	l.Sort(fset)
	var buf bytes.Buffer
	l.Print(&buf, fset)
	want := "main.vx:1:1: warning: a warning\n" +
		"    fn main() {\n" +
		"    ^\n" +
		"main.vx:2:10: error: cannot send i64 on Channel<i32>\n" +
		"    \tch.send(total)\n" +
		"    \t        ^^^^^\n"
	if got := buf.String(); got != want {
		t.Errorf("Print:\n%s\nwant:\n%s", got, want)
	}
	if l.ErrorCount() != 1 || l.WarningCount() != 1 {
		t.Errorf("counts = %d errors, %d warnings; want 1, 1", l.ErrorCount(), l.WarningCount())
	}
	buf.Reset()
	l.PrintJSON(&buf, fset)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], `"line":2,"column":10,"endLine":2,"endColumn":15,"columnUTF16":10,"endColumnUTF16":15,"severity":"error"`) {
		t.Errorf("PrintJSON:\n%s", buf.String())
	}
}

// TestPrintLine checks how a diagnostic shows its source line: escaped
// where the bytes could act on a terminal, with the carets under the span
// by display columns.
func TestPrintLine(t *testing.T) {
	tests := []struct {
		name       string
		line       string
		start, end int // byte offsets of the span in line; end 0: a point
		want       string
	}{
		{"ascii", "let x = y + 1", 8, 13, "let x = y + 1\n        ^^^^^"},
		{"point", "let x = y", 4, 0, "let x = y\n    ^"},
		{"tabs kept", "\tlet\tx = y", 5, 6, "\tlet\tx = y\n\t   \t^"},
		{"escape and bell", "let s = \"\x1b[31m\a\" + x", 17, 18, `let s = "\x1b[31m\x07" + x` + "\n                       ^"},
		{"delete and C1", "a\x7f\u009bb", 4, 5, `a\x7f\u009bb` + "\n           ^"},
		{"invalid UTF-8", "s = \"\xff\xfe\" + x", 11, 0, `s = "\xff\xfe" + x` + "\n                 ^"},
		{"invalid UTF-8 in span", "s = \"\xff\"", 4, 7, `s = "\xff"` + "\n    ^^^^^^"},
		{"bidi override", "s = \"\u202eabc\" + x", 15, 16, `s = "\u202eabc" + x` + "\n                  ^"},
		{"wide runes", "let 名前 = 値 + 1", 17, 18, "let 名前 = 値 + 1\n              ^"},
		{"wide span", "let 名前 = 1", 4, 10, "let 名前 = 1\n    ^^^^"},
		{"wide point", "x = 値", 4, 0, "x = 値\n    ^^"},
		{"emoji", "s = \"🙂\" + x", 13, 14, "s = \"🙂\" + x\n           ^"},
		{"combining mark", "s = \"e\u0301\" + x", 12, 13, "s = \"e\u0301\" + x\n          ^"},
		{"span over lines", "f(a,\n  b)", 2, 8, "f(a,\n  ^"},
		{"end of line", "f(", 2, 0, "f(\n  ^"},
		{"long line", strings.Repeat("a + ", 100) + "b" + strings.Repeat(" + a", 100), 400, 401,
			"..." + strings.Repeat("a + ", 10) + "b" + strings.Repeat(" + a", 10) + "...\n" + strings.Repeat(" ", 43) + "^"},
		{"start of a long line", "x" + strings.Repeat(" + a", 100), 0, 0, "x" + strings.Repeat(" + a", 10) + "...\n^"},
		{"end of a long line", strings.Repeat("a + ", 100) + "x", 400, 0, "..." + strings.Repeat("a + ", 10) + "x\n" + strings.Repeat(" ", 43) + "^"},
		{"long span", strings.Repeat("a", 300), 10, 290, strings.Repeat("a", 130) + "...\n" + strings.Repeat(" ", 10) + strings.Repeat("^", 80)},
		{"long line of wide runes", strings.Repeat("名", 100), 150, 153, "..." + strings.Repeat("名", 29) + "...\n" + strings.Repeat(" ", 3+2*14) + "^^"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fset := NewFileSet()
			f := fset.AddFile("x.vx", []byte(tt.line))
			var l List
			if tt.end == 0 {
				l.Errorf(f.Pos(tt.start), "msg")
			} else {
				l.ErrorSpan(f.Pos(tt.start), f.Pos(tt.end), "msg")
			}
			var buf bytes.Buffer
			l.Print(&buf, fset)
			_, got, _ := strings.Cut(buf.String(), "\n")
			want := "    " + strings.ReplaceAll(tt.want, "\n", "\n    ") + "\n"
			if got != want {
				t.Errorf("Print:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestPrintEscapesMessage checks that the first line of a diagnostic, the
// file name and the message, cannot act on a terminal either.
func TestPrintEscapesMessage(t *testing.T) {
	fset := NewFileSet()
	f := fset.AddFile("a\x1bb.vx", []byte("x"))
	var l List
	l.Errorf(f.Pos(0), "unknown name \x1b[2J\x07")
	var buf bytes.Buffer
	l.Print(&buf, fset)
	first, _, _ := strings.Cut(buf.String(), "\n")
	if want := `a\x1bb.vx:1:1: error: unknown name \x1b[2J\x07`; first != want {
		t.Errorf("Print: %q, want %q", first, want)
	}
}

func TestPrintJSONColumns(t *testing.T) {
	tests := []struct {
		name       string
		src        string
		start, end int // end 0: a point
		want       JSONDiagnostic
	}{
		{"span", "let x = y", 4, 5, JSONDiagnostic{Line: 1, Column: 5, EndLine: 1, EndColumn: 6, ColumnUTF16: 5, EndColumnUTF16: 6}},
		{"point spans a rune", "x = 値 + y", 4, 0, JSONDiagnostic{Line: 1, Column: 5, EndLine: 1, EndColumn: 8, ColumnUTF16: 5, EndColumnUTF16: 6}},
		{"after wide runes", "s = \"名🙂\" + y", 16, 17, JSONDiagnostic{Line: 1, Column: 17, EndLine: 1, EndColumn: 18, ColumnUTF16: 13, EndColumnUTF16: 14}},
		{"two lines", "f(a,\n  bé)", 2, 10, JSONDiagnostic{Line: 1, Column: 3, EndLine: 2, EndColumn: 6, ColumnUTF16: 3, EndColumnUTF16: 5}},
		{"at end of file", "f(", 2, 0, JSONDiagnostic{Line: 1, Column: 3, EndLine: 1, EndColumn: 3, ColumnUTF16: 3, EndColumnUTF16: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fset := NewFileSet()
			f := fset.AddFile("x.vx", []byte(tt.src))
			var l List
			if tt.end == 0 {
				l.Errorf(f.Pos(tt.start), "msg")
			} else {
				l.ErrorSpan(f.Pos(tt.start), f.Pos(tt.end), "msg")
			}
			var buf bytes.Buffer
			l.PrintJSON(&buf, fset)
			var got JSONDiagnostic
			if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			tt.want.File, tt.want.Severity, tt.want.Message = "x.vx", "error", "msg"
			if got != tt.want {
				t.Errorf("PrintJSON:\n%+v\nwant:\n%+v", got, tt.want)
			}
		})
	}
}

func TestTooManyErrors(t *testing.T) {
	fset := NewFileSet()
	f := fset.AddFile("x.vx", bytes.Repeat([]byte("x\n"), 100))
	var l List
	for i := 0; i < 50; i++ {
		l.Errorf(f.Pos(2*i), "error %d", i)
	}
	if l.ErrorCount() != MaxErrors || !l.TooMany() || !l.HasErrors() {
		t.Fatalf("ErrorCount = %d, TooMany = %v", l.ErrorCount(), l.TooMany())
	}
	var buf bytes.Buffer
	l.Print(&buf, fset)
	if !strings.HasSuffix(buf.String(), "too many errors\n") {
		t.Errorf("Print does not end with too many errors:\n%s", buf.String())
	}
}
