package source

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file renders source text for a terminal: what could change the
// terminal's state or hide what the text says is escaped, and the caret
// under a span is placed by display columns, which count a wide rune twice
// and a combining mark not at all.

// A glyph is how one rune of source text is shown.
type glyph struct {
	text  string // the rune itself, or its escape
	width int    // display columns of text
}

// glyphOf returns how the rune r, of size bytes at the start of s, is shown.
// A control character (ESC, BEL, ...), a bidirectional formatting character,
// any other rune that unicode.IsPrint refuses, and a byte that is not valid
// UTF-8 are escaped as in a Go string literal. A tab is kept.
func glyphOf(s string, r rune, size int) glyph {
	var esc string
	switch {
	case r == '\t':
		return glyph{"\t", 1}
	case r == utf8.RuneError && size == 1, r < utf8.RuneSelf && !unicode.IsPrint(r):
		esc = `\x` + hex(int(s[0]), 2)
	case unicode.IsPrint(r):
		return glyph{s[:size], runeWidth(r)}
	case r <= 0xFFFF:
		esc = `\u` + hex(int(r), 4)
	default:
		esc = `\U` + hex(int(r), 8)
	}
	return glyph{esc, len(esc)}
}

// hex formats n in lower-case hexadecimal, with at least digits digits.
func hex(n, digits int) string {
	s := strconv.FormatInt(int64(n), 16)
	return strings.Repeat("0", max(0, digits-len(s))) + s
}

// escapeText returns s as glyphOf shows it.
func escapeText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(glyphOf(s[i:], r, size).text)
		i += size
	}
	return b.String()
}

// runeWidth returns the number of columns that a terminal gives the
// printable rune r: 2 for East Asian wide and fullwidth runes (CJK
// ideographs, Hangul syllables, most emoji), 0 for combining marks, 1 for
// the others.
func runeWidth(r rune) int {
	switch {
	case r < 0x300:
		return 1
	case unicode.In(r, unicode.Mn, unicode.Me):
		return 0
	case unicode.Is(wide, r):
		return 2
	}
	return 1
}

// wide holds the runes whose East Asian Width is W (wide) or F (fullwidth)
// in Unicode 15.0.0, the version of package unicode, as golang.org/x/text/width
// reports them.
var wide = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0x1100, 0x115f, 1},
		{0x231a, 0x231b, 1},
		{0x2329, 0x232a, 1},
		{0x23e9, 0x23ec, 1},
		{0x23f0, 0x23f0, 1},
		{0x23f3, 0x23f3, 1},
		{0x25fd, 0x25fe, 1},
		{0x2614, 0x2615, 1},
		{0x2648, 0x2653, 1},
		{0x267f, 0x267f, 1},
		{0x2693, 0x2693, 1},
		{0x26a1, 0x26a1, 1},
		{0x26aa, 0x26ab, 1},
		{0x26bd, 0x26be, 1},
		{0x26c4, 0x26c5, 1},
		{0x26ce, 0x26ce, 1},
		{0x26d4, 0x26d4, 1},
		{0x26ea, 0x26ea, 1},
		{0x26f2, 0x26f3, 1},
		{0x26f5, 0x26f5, 1},
		{0x26fa, 0x26fa, 1},
		{0x26fd, 0x26fd, 1},
		{0x2705, 0x2705, 1},
		{0x270a, 0x270b, 1},
		{0x2728, 0x2728, 1},
		{0x274c, 0x274c, 1},
		{0x274e, 0x274e, 1},
		{0x2753, 0x2755, 1},
		{0x2757, 0x2757, 1},
		{0x2795, 0x2797, 1},
		{0x27b0, 0x27b0, 1},
		{0x27bf, 0x27bf, 1},
		{0x2b1b, 0x2b1c, 1},
		{0x2b50, 0x2b50, 1},
		{0x2b55, 0x2b55, 1},
		{0x2e80, 0x2e99, 1},
		{0x2e9b, 0x2ef3, 1},
		{0x2f00, 0x2fd5, 1},
		{0x2ff0, 0x2ffb, 1},
		{0x3000, 0x303e, 1},
		{0x3041, 0x3096, 1},
		{0x3099, 0x30ff, 1},
		{0x3105, 0x312f, 1},
		{0x3131, 0x318e, 1},
		{0x3190, 0x31e3, 1},
		{0x31f0, 0x321e, 1},
		{0x3220, 0x3247, 1},
		{0x3250, 0x4dbf, 1},
		{0x4e00, 0xa48c, 1},
		{0xa490, 0xa4c6, 1},
		{0xa960, 0xa97c, 1},
		{0xac00, 0xd7a3, 1},
		{0xf900, 0xfaff, 1},
		{0xfe10, 0xfe19, 1},
		{0xfe30, 0xfe52, 1},
		{0xfe54, 0xfe66, 1},
		{0xfe68, 0xfe6b, 1},
		{0xff01, 0xff60, 1},
		{0xffe0, 0xffe6, 1},
	},
	R32: []unicode.Range32{
		{0x16fe0, 0x16fe4, 1},
		{0x16ff0, 0x16ff1, 1},
		{0x17000, 0x187f7, 1},
		{0x18800, 0x18cd5, 1},
		{0x18d00, 0x18d08, 1},
		{0x1aff0, 0x1aff3, 1},
		{0x1aff5, 0x1affb, 1},
		{0x1affd, 0x1affe, 1},
		{0x1b000, 0x1b122, 1},
		{0x1b132, 0x1b132, 1},
		{0x1b150, 0x1b152, 1},
		{0x1b155, 0x1b155, 1},
		{0x1b164, 0x1b167, 1},
		{0x1b170, 0x1b2fb, 1},
		{0x1f004, 0x1f004, 1},
		{0x1f0cf, 0x1f0cf, 1},
		{0x1f18e, 0x1f18e, 1},
		{0x1f191, 0x1f19a, 1},
		{0x1f200, 0x1f202, 1},
		{0x1f210, 0x1f23b, 1},
		{0x1f240, 0x1f248, 1},
		{0x1f250, 0x1f251, 1},
		{0x1f260, 0x1f265, 1},
		{0x1f300, 0x1f320, 1},
		{0x1f32d, 0x1f335, 1},
		{0x1f337, 0x1f37c, 1},
		{0x1f37e, 0x1f393, 1},
		{0x1f3a0, 0x1f3ca, 1},
		{0x1f3cf, 0x1f3d3, 1},
		{0x1f3e0, 0x1f3f0, 1},
		{0x1f3f4, 0x1f3f4, 1},
		{0x1f3f8, 0x1f43e, 1},
		{0x1f440, 0x1f440, 1},
		{0x1f442, 0x1f4fc, 1},
		{0x1f4ff, 0x1f53d, 1},
		{0x1f54b, 0x1f54e, 1},
		{0x1f550, 0x1f567, 1},
		{0x1f57a, 0x1f57a, 1},
		{0x1f595, 0x1f596, 1},
		{0x1f5a4, 0x1f5a4, 1},
		{0x1f5fb, 0x1f64f, 1},
		{0x1f680, 0x1f6c5, 1},
		{0x1f6cc, 0x1f6cc, 1},
		{0x1f6d0, 0x1f6d2, 1},
		{0x1f6d5, 0x1f6d7, 1},
		{0x1f6dc, 0x1f6df, 1},
		{0x1f6eb, 0x1f6ec, 1},
		{0x1f6f4, 0x1f6fc, 1},
		{0x1f7e0, 0x1f7eb, 1},
		{0x1f7f0, 0x1f7f0, 1},
		{0x1f90c, 0x1f93a, 1},
		{0x1f93c, 0x1f945, 1},
		{0x1f947, 0x1f9ff, 1},
		{0x1fa70, 0x1fa7c, 1},
		{0x1fa80, 0x1fa88, 1},
		{0x1fa90, 0x1fabd, 1},
		{0x1fabf, 0x1fac5, 1},
		{0x1face, 0x1fadb, 1},
		{0x1fae0, 0x1fae8, 1},
		{0x1faf0, 0x1faf8, 1},
		{0x20000, 0x3ffff, 1},
	},
}
