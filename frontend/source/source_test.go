package source

import (
	"bytes"
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
	if len(lines) != 2 || !strings.Contains(lines[1], `"line":2,"column":10,"endLine":2,"endColumn":15,"severity":"error"`) {
		t.Errorf("PrintJSON:\n%s", buf.String())
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
