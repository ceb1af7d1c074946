package source

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
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
	fmt.Fprintf(b, "%s: %s: %s\n", pos, d.Severity, d.Msg)
	f := fset.File(d.Pos)
	if f == nil {
		return
	}
	line := f.Line(pos.Line)
	width := 1
	if end := fset.Position(d.End); d.End > d.Pos && end.Line == pos.Line {
		width = end.Column - pos.Column
	}
	// Tabs are kept in the caret line so the caret lines up under them.
	var pad strings.Builder
	for i := 0; i < pos.Column-1 && i < len(line); i++ {
		if line[i] == '\t' {
			pad.WriteByte('\t')
		} else {
			pad.WriteByte(' ')
		}
	}
	fmt.Fprintf(b, "    %s\n    %s%s\n", line, pad.String(), strings.Repeat("^", width))
}

// jsonDiagnostic is the --json form of a diagnostic, one per line.
type jsonDiagnostic struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine,omitempty"`
	EndColumn int    `json:"endColumn,omitempty"`
	Severity  string `json:"severity"`
	Message   string `json:"message"`
}

// PrintJSON writes one JSON object per diagnostic, one per line.
func (l *List) PrintJSON(w io.Writer, fset *FileSet) {
	enc := json.NewEncoder(w)
	for _, d := range l.Diags {
		pos := fset.Position(d.Pos)
		jd := jsonDiagnostic{File: pos.Filename, Line: pos.Line, Column: pos.Column, Severity: d.Severity.String(), Message: d.Msg}
		if d.End > d.Pos {
			end := fset.Position(d.End)
			jd.EndLine, jd.EndColumn = end.Line, end.Column
		}
		enc.Encode(jd)
	}
	if l.tooMany {
		enc.Encode(jsonDiagnostic{Severity: "error", Message: "too many errors"})
	}
}
