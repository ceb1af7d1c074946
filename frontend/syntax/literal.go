package syntax

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file scans and decodes literals: numbers, strings, chars, labels and
// f-strings.

func isHex(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

var numberSuffixes = map[string]bool{
	"i8": true, "i16": true, "i32": true, "i64": true, "i128": true, "isize": true,
	"u8": true, "u16": true, "u32": true, "u64": true, "u128": true, "usize": true,
	"f32": true, "f64": true,
}

// number scans an INT or FLOAT literal with its optional type suffix. After
// a '.', only decimal digits are taken: t.0.1 is two tuple indices.
func (s *Scanner) number(afterDot bool) Token {
	start := s.off
	if afterDot {
		for s.off < s.end && isDigit(s.src[s.off]) {
			s.off++
		}
		return INT
	}
	tok, base, name := INT, 10, "decimal"
	if s.src[s.off] == '0' {
		switch s.peekByte(1) | 0x20 {
		case 'x':
			base, name = 16, "hexadecimal"
		case 'o':
			base, name = 8, "octal"
		case 'b':
			base, name = 2, "binary"
		}
		if base != 10 {
			s.off += 2
		}
	}
	digits, invalid := 0, -1
	for s.off < s.end {
		c := s.src[s.off]
		if c != '_' && !isDigit(c) && !(base == 16 && isHex(c)) {
			break
		}
		if c != '_' {
			digits++
			if base < 10 && int(c-'0') >= base && invalid < 0 {
				invalid = s.off
			}
		}
		s.off++
	}
	switch {
	case digits == 0:
		s.errorf(start, s.off, "%s literal has no digits", name)
	case invalid >= 0:
		s.errorf(invalid, invalid+1, "invalid digit %q in %s literal", s.src[invalid], name)
	}
	if base == 10 {
		if s.peekByte(0) == '.' && isDigit(s.peekByte(1)) {
			tok = FLOAT
			s.off++
			s.decimals()
		}
		if s.peekByte(0)|0x20 == 'e' {
			i := 1
			if c := s.peekByte(1); c == '+' || c == '-' {
				i = 2
			}
			if isDigit(s.peekByte(i)) {
				tok = FLOAT
				s.off += i
				s.decimals()
			}
		}
	}
	if s.off < s.end && (isLetter(s.src[s.off]) || s.src[s.off] >= utf8.RuneSelf) {
		from := s.off
		s.ident()
		suffix := s.src[from:s.off]
		switch {
		case !numberSuffixes[suffix]:
			s.errorf(from, s.off, "invalid suffix %q on number literal", suffix)
		case suffix[0] == 'f' && base != 10:
			s.errorf(from, s.off, "float suffix %q on %s literal", suffix, name)
		case suffix[0] == 'f':
			tok = FLOAT
		case tok == FLOAT:
			s.errorf(from, s.off, "integer suffix %q on float literal", suffix)
		}
	}
	return tok
}

func (s *Scanner) decimals() {
	for s.off < s.end && (isDigit(s.src[s.off]) || s.src[s.off] == '_') {
		s.off++
	}
}

// splitNumber splits the text of a number literal into its digits, without
// '_', and its type suffix.
func splitNumber(lit string) (value, suffix string) {
	hex := len(lit) > 1 && lit[0] == '0' && lit[1]|0x20 == 'x'
	i := 0
	if hex {
		i = 2
	}
	for i < len(lit) {
		c := lit[i]
		switch {
		case isDigit(c) || c == '_' || c == '.' || hex && isHex(c):
			i++
		case !hex && c|0x20 == 'e' && i+1 < len(lit) && (isDigit(lit[i+1]) || lit[i+1] == '+' || lit[i+1] == '-'):
			i += 2
		case i == 1 && lit[0] == '0' && (c|0x20 == 'o' || c|0x20 == 'b'):
			i++
		default:
			return strings.ReplaceAll(lit[:i], "_", ""), lit[i:]
		}
	}
	return strings.ReplaceAll(lit, "_", ""), ""
}

// string scans the rest of a string literal after its opening quote.
func (s *Scanner) string(start int) {
	for {
		if s.off >= s.end {
			s.errorf(start, start+1, "string literal not terminated")
			return
		}
		switch s.src[s.off] {
		case '"':
			s.off++
			return
		case '\\':
			s.escape()
		default:
			s.off++
		}
	}
}

// escape scans and checks an escape sequence starting at the backslash.
func (s *Scanner) escape() {
	start := s.off
	s.off++
	if s.off >= s.end {
		return // the literal's own "not terminated" error follows
	}
	switch c := s.src[s.off]; c {
	case 'n', 't', 'r', '\\', '"', '\'', '0':
		s.off++
	case 'u':
		s.off++
		if s.peekByte(0) != '{' {
			s.errorf(start, s.off, "invalid unicode escape: want \\u{XXXX}")
			return
		}
		s.off++
		from := s.off
		for s.off < s.end && isHex(s.src[s.off]) {
			s.off++
		}
		n := s.off - from
		if s.peekByte(0) != '}' || n == 0 || n > 6 {
			s.errorf(start, s.off, "invalid unicode escape: want \\u{XXXX}")
			return
		}
		v, _ := strconv.ParseUint(s.src[from:s.off], 16, 32)
		s.off++
		if v > unicode.MaxRune || 0xD800 <= v && v < 0xE000 {
			s.errorf(start, s.off, "escape sequence is an invalid Unicode code point")
		}
	default:
		_, w := utf8.DecodeRuneInString(s.src[s.off:s.end])
		s.off += w
		s.errorf(start, s.off, "unknown escape sequence %s", s.src[start:s.off])
	}
}

// charOrLabel scans a char literal 'c' or a label 'name, which has no
// closing quote.
func (s *Scanner) charOrLabel(start int) Token {
	s.off++
	if s.off >= s.end || s.src[s.off] == '\n' {
		s.errorf(start, s.off, "char literal not terminated")
		return CHAR
	}
	switch c := s.src[s.off]; {
	case c == '\\':
		s.escape()
	case c == '\'':
		s.off++
		s.errorf(start, s.off, "empty char literal")
		return CHAR
	default:
		r, w := utf8.DecodeRuneInString(s.src[s.off:s.end])
		letter := isLetter(c) || c >= utf8.RuneSelf && unicode.IsLetter(r)
		s.off += w
		if letter && s.peekByte(0) != '\'' {
			s.ident()
			if s.peekByte(0) == '\'' {
				s.off++
				s.errorf(start, s.off, "char literal must hold exactly one character")
				return CHAR
			}
			return LABEL
		}
	}
	if s.peekByte(0) != '\'' {
		s.errorf(start, s.off, "char literal not terminated")
		return CHAR
	}
	s.off++
	return CHAR
}

// maxFStringDepth bounds the nesting of f-strings inside the braces of
// f-strings.
const maxFStringDepth = 100

// fstring scans the rest of an f-string after f". At the top level it
// reports errors and records the segments; a nested f-string inside braces
// is only skipped, since the parser rescans the braces' contents.
func (s *Scanner) fstring(start int, top bool) {
	s.fdepth++
	defer func() { s.fdepth-- }()
	if s.fdepth > maxFStringDepth {
		// Each level is scanned again for its embedded expressions, so
		// deep nesting would cost the square of its depth.
		s.errorf(start, start+2, "f-string nested too deeply")
		s.off = s.end
		return
	}
	text := s.off
	flush := func(to int) {
		if top && to > text {
			s.segs = append(s.segs, segment{from: text, to: to})
		}
	}
	for s.off < s.end {
		switch s.src[s.off] {
		case '"':
			flush(s.off)
			s.off++
			return
		case '\\':
			if top {
				s.escape()
			} else {
				s.off = min(s.off+2, s.end)
			}
		case '{':
			if s.peekByte(1) == '{' {
				s.off += 2
				continue
			}
			flush(s.off)
			s.off++
			from := s.off
			if !s.fstringExpr() {
				text = s.off
				break
			}
			if top {
				s.segs = append(s.segs, segment{expr: true, from: from, to: s.off - 1})
			}
			text = s.off
		case '}':
			if s.peekByte(1) == '}' {
				s.off += 2
				continue
			}
			if top {
				s.errorf(s.off, s.off+1, "single '}' in f-string; write '}}' for a literal brace")
			}
			s.off++
		default:
			s.off++
		}
	}
	if top {
		flush(s.off)
		s.errorf(start, start+2, "f-string not terminated")
	}
}

// fstringExpr skips the source of an embedded expression up to and
// including its closing brace, stepping over nested braces, strings and
// chars. It reports false at the end of input.
func (s *Scanner) fstringExpr() bool {
	depth := 0
	for s.off < s.end {
		switch c := s.src[s.off]; {
		case c == '{':
			depth++
			s.off++
		case c == '}':
			s.off++
			if depth == 0 {
				return true
			}
			depth--
		case c == '"':
			s.off++
			s.fstring(s.off, false)
		case c == 'f' && s.peekByte(1) == '"' && (s.off == 0 || !isLetter(s.src[s.off-1]) && !isDigit(s.src[s.off-1])):
			s.off += 2
			s.fstring(s.off, false)
		case c == '\'':
			s.skipChar()
		default:
			s.off++
		}
	}
	return false
}

// skipChar steps over a char literal inside f-string braces, or over a lone
// quote (a label) when there is no closing quote.
func (s *Scanner) skipChar() {
	s.off++
	if s.peekByte(0) == '\\' {
		for i := s.off + 1; i < s.end && s.src[i] != '\n'; i++ {
			if s.src[i] == '\'' {
				s.off = i + 1
				return
			}
		}
		return
	}
	if s.off < s.end {
		_, w := utf8.DecodeRuneInString(s.src[s.off:s.end])
		if s.off+w < s.end && s.src[s.off+w] == '\'' {
			s.off += w + 1
		}
	}
}

// unquote decodes the body of a string or char literal (raw without its
// quotes). With fstring set, {{ and }} stand for single braces. Escapes the
// scanner already reported are kept as written.
func unquote(raw string, fstring bool) string {
	if !strings.ContainsRune(raw, '\\') && (!fstring || !strings.ContainsAny(raw, "{}")) {
		return raw
	}
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if fstring && (c == '{' || c == '}') && i+1 < len(raw) && raw[i+1] == c {
			b.WriteByte(c)
			i++
			continue
		}
		if c != '\\' || i+1 >= len(raw) {
			b.WriteByte(c)
			continue
		}
		i++
		switch raw[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '0':
			b.WriteByte(0)
		case '\\', '"', '\'':
			b.WriteByte(raw[i])
		case 'u':
			if j := strings.IndexByte(raw[i:], '}'); j > 2 && raw[i+1] == '{' {
				if v, err := strconv.ParseUint(raw[i+2:i+j], 16, 32); err == nil && utf8.ValidRune(rune(v)) {
					b.WriteRune(rune(v))
					i += j
					continue
				}
			}
			b.WriteString(`\u`)
		default:
			b.WriteByte('\\')
			b.WriteByte(raw[i])
		}
	}
	return b.String()
}

// trimQuotes strips the open bytes before a literal's body and its closing
// quote, which is missing after an error.
func trimQuotes(raw string, open int, quote byte) string {
	raw = raw[open:]
	if len(raw) > 0 && raw[len(raw)-1] == quote {
		raw = raw[:len(raw)-1]
	}
	return raw
}
