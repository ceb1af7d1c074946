package source

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// Severity distinguishes errors from warnings.
type Severity int

const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one message about a span of source.
type Diagnostic struct {
	Pos      Pos
	End      Pos // end of the span (exclusive); NoPos marks a single point
	Severity Severity
	Msg      string
}

// MaxErrors is the number of errors after which a List stops collecting and
// records a final "too many errors".
const MaxErrors = 20

// List collects diagnostics. The zero List is ready to use.
type List struct {
	Diags   []Diagnostic
	errors  int
	tooMany bool
}

// Errorf records an error at pos.
func (l *List) Errorf(pos Pos, format string, args ...any) {
	l.Add(Diagnostic{Pos: pos, Severity: Error, Msg: fmt.Sprintf(format, args...)})
}

// ErrorSpan records an error covering [pos, end).
func (l *List) ErrorSpan(pos, end Pos, format string, args ...any) {
	l.Add(Diagnostic{Pos: pos, End: end, Severity: Error, Msg: fmt.Sprintf(format, args...)})
}

// Warnf records a warning at pos.
func (l *List) Warnf(pos Pos, format string, args ...any) {
	l.Add(Diagnostic{Pos: pos, Severity: Warning, Msg: fmt.Sprintf(format, args...)})
}

// Add records d, unless the error limit has been reached.
func (l *List) Add(d Diagnostic) {
	if d.Severity == Error {
		if l.errors >= MaxErrors {
			l.tooMany = true
			return
		}
		l.errors++
	}
	l.Diags = append(l.Diags, d)
}

// Append adds all diagnostics of other.
func (l *List) Append(other *List) {
	for _, d := range other.Diags {
		l.Add(d)
	}
	l.tooMany = l.tooMany || other.tooMany
}

// HasErrors reports whether any error was recorded.
func (l *List) HasErrors() bool { return l.errors > 0 || l.tooMany }

// ErrorCount returns the number of errors recorded.
func (l *List) ErrorCount() int { return l.errors }

// WarningCount returns the number of warnings recorded.
func (l *List) WarningCount() int { return len(l.Diags) - l.errors }

// TooMany reports whether errors were dropped after MaxErrors.
func (l *List) TooMany() bool { return l.tooMany }

// Sort orders the diagnostics by position and removes all but the first
// error reported on any one line, as go/scanner does: a second error on a
// line is almost always a consequence of the first.
func (l *List) Sort(fset *FileSet) {
	sort.SliceStable(l.Diags, func(i, j int) bool { return l.Diags[i].Pos < l.Diags[j].Pos })
	out := l.Diags[:0]
	lastFile, lastLine := (*File)(nil), -1
	for _, d := range l.Diags {
		if d.Severity == Error {
			f := fset.File(d.Pos)
			line := -1
			if f != nil {
				line = f.Position(d.Pos).Line
			}
			if f == lastFile && line == lastLine && f != nil {
				l.errors--
				continue
			}
			lastFile, lastLine = f, line
		}
		out = append(out, d)
	}
	l.Diags = out
}

// Print writes the diagnostics in the format of the Vex spec:
//
//	src/main.vx:7:13: error: cannot send i64 on Channel<i32>
//	    ch.send(total)
//	            ^^^^^
func (l *List) Print(w io.Writer, fset *FileSet) {
	var b strings.Builder
	for _, d := range l.Diags {
		writeDiagnostic(&b, fset, d)
	}
	if l.tooMany {
		b.WriteString("too many errors\n")
	}
	io.WriteString(w, b.String())
}

func writeDiagnostic(b *strings.Builder, fset *FileSet, d Diagnostic) {
	pos := fset.Position(d.Pos)
	fmt.Fprintf(b, "%s: %s: %s\n", escapeText(pos.String()), d.Severity, escapeText(d.Msg))
	f := fset.File(d.Pos)
	if f == nil {
		return
	}
	line, start, end, cutBefore, cutAfter := excerpt(f.Line(pos.Line), pos.Column-1, f.spanEnd(d, pos))
	// The caret line keeps the tabs of the source line and has a blank for
	// every display column of the other runes, so that the carets line up
	// under the span whatever the width of the text before it.
	var text, pad strings.Builder
	if cutBefore {
		text.WriteString(elision)
		pad.WriteString(strings.Repeat(" ", len(elision)))
	}
	carets := 0
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		g := glyphOf(line[i:], r, size)
		text.WriteString(g.text)
		switch {
		case i >= end:
		case i >= start:
			carets += g.width
		case g.text == "\t":
			pad.WriteByte('\t')
		default:
			pad.WriteString(strings.Repeat(" ", g.width))
		}
		i += size
	}
	if cutAfter {
		text.WriteString(elision)
	}
	fmt.Fprintf(b, "    %s\n    %s%s\n", text.String(), pad.String(), strings.Repeat("^", max(carets, 1)))
}

// A diagnostic shows a source line of at most excerptMax bytes whole. Of a
// longer one, such as a generated or minified line, it shows the span, cut
// to excerptSpan bytes, and excerptContext bytes on each side, with
// elision where the line is cut, so that one diagnostic cannot flood the
// terminal with megabytes.
const (
	excerptMax     = 160
	excerptSpan    = 80
	excerptContext = 40
	elision        = "..."
)

// excerpt returns the part of line that a diagnostic shows for the span
// from byte start to byte end, the span's offsets in it, and whether the
// line was cut before and after it. It cuts at rune boundaries.
func excerpt(line string, start, end int) (text string, s, e int, cutBefore, cutAfter bool) {
	if len(line) <= excerptMax {
		return line, start, end, false, false
	}
	end = runeBoundary(line, min(end, start+excerptSpan))
	lo := max(0, start-excerptContext)
	for lo > 0 && !utf8.RuneStart(line[lo]) {
		lo--
	}
	hi := runeBoundary(line, min(len(line), end+excerptContext))
	return line[lo:hi], start - lo, end - lo, lo > 0, hi < len(line)
}

// runeBoundary returns i, or the start of the next rune if i is inside a
// rune of s.
func runeBoundary(s string, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// spanEnd returns the byte column, counted from 0, where the carets under
// the span of d end on its line, whose position is pos: the end of the
// span, or for a diagnostic at a single point or a span over several lines,
// the end of the rune at pos.
func (f *File) spanEnd(d Diagnostic, pos Position) int {
	line := f.Line(pos.Line)
	start := min(pos.Column-1, len(line))
	if d.End > d.Pos {
		if end := f.Position(d.End); end.Line == pos.Line {
			return min(end.Column-1, len(line))
		}
	}
	_, size := utf8.DecodeRuneInString(line[start:])
	return start + size
}

// JSONDiagnostic is the form of a diagnostic that --json prints, one JSON
// object per line. Lines and columns count from 1; a column counts bytes,
// and its UTF-16 twin counts UTF-16 code units, as editors and the
// Language Server Protocol do (which count from 0: subtract 1). The end is
// exclusive; a diagnostic at a single point spans the rune there. A
// diagnostic that is about no position in a source file, such as a
// file-system error, has line and columns 0, and the file it is about, if
// any.
type JSONDiagnostic struct {
	File           string `json:"file"`
	Line           int    `json:"line"`
	Column         int    `json:"column"`
	EndLine        int    `json:"endLine"`
	EndColumn      int    `json:"endColumn"`
	ColumnUTF16    int    `json:"columnUTF16"`
	EndColumnUTF16 int    `json:"endColumnUTF16"`
	Severity       string `json:"severity"`
	Message        string `json:"message"`
}

// PrintJSON writes the diagnostics as JSONDiagnostic objects, one per line.
func (l *List) PrintJSON(w io.Writer, fset *FileSet) {
	enc := json.NewEncoder(w)
	for _, d := range l.Diags {
		jd := JSONDiagnostic{Severity: d.Severity.String(), Message: d.Msg}
		if f := fset.File(d.Pos); f != nil {
			start, end := f.Extent(d)
			pos, endPos := f.Position(start), f.Position(end)
			jd.File, jd.Line, jd.Column = pos.Filename, pos.Line, pos.Column
			jd.EndLine, jd.EndColumn = endPos.Line, endPos.Column
			jd.ColumnUTF16 = f.ColumnUTF16(start)
			jd.EndColumnUTF16 = f.ColumnUTF16(end)
		}
		enc.Encode(jd)
	}
	if l.tooMany {
		enc.Encode(JSONDiagnostic{Severity: "error", Message: "too many errors"})
	}
}
