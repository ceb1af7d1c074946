package source

import (
	"unicode/utf16"
	"unicode/utf8"
)

// This file gives the extent of a diagnostic as --json and editors show it,
// and converts positions to and from the columns that editors and the
// Language Server Protocol count: UTF-16 code units. A byte that is not
// valid UTF-8 counts as one unit, as the replacement character that an
// editor shows for it.

// Extent returns the span [start, end) of f that d covers: its own span,
// or for a diagnostic at a single point, the rune there.
func (f *File) Extent(d Diagnostic) (start, end Pos) {
	pos := f.Position(d.Pos)
	if d.End > d.Pos && f.Position(d.End).Line != pos.Line {
		return d.Pos, d.End
	}
	return d.Pos, f.Pos(pos.Offset - (pos.Column - 1) + f.spanEnd(d, pos))
}

// ColumnUTF16 returns the column of p, which must lie in f, in UTF-16 code
// units counted from 1.
func (f *File) ColumnUTF16(p Pos) int {
	pos := f.Position(p)
	line := f.Line(pos.Line)
	n := 1
	for _, r := range line[:min(pos.Column-1, len(line))] {
		n += utf16.RuneLen(r)
	}
	return n
}

// PosUTF16 returns the position at line and column col of f, both counted
// from 1, the column in UTF-16 code units. A column past the end of the
// line gives the end of the line, a line past the end of the file the end
// of the file; a column inside a rune that takes two units gives the rune.
func (f *File) PosUTF16(line, col int) Pos {
	if line > len(f.lines) {
		return f.Pos(len(f.src))
	}
	start := f.lines[max(line, 1)-1]
	text := f.Line(max(line, 1))
	off := 0
	for n := 1; off < len(text); {
		r, size := utf8.DecodeRuneInString(text[off:])
		n += utf16.RuneLen(r)
		if n > col {
			break
		}
		off += size
	}
	return f.Pos(start + off)
}
