package syntax

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vexlang/vex2go/frontend/source"
)

// An errorHandler receives a lexical error covering [pos, end).
type errorHandler func(pos, end source.Pos, msg string)

// A Mode controls what a Scanner reports.
type Mode uint

// ScanComments makes Scan return comments, as COMMENT tokens and, for ///
// doc comments, DOC tokens, each with its text as the literal. The other
// tokens, inserted semicolons included, are the same as without it: a
// comment comes just before the token that follows it in the source.
const ScanComments Mode = 1 << iota

// A Scanner splits a Vex source file into tokens. It inserts a semicolon,
// with literal "\n", at a line break that follows a token that may end a
// statement, as Go's scanner does.
type Scanner struct {
	file *source.File
	src  string // whole file; token literals are substrings of it
	err  errorHandler
	mode Mode

	// Under ScanComments: the comments passed before the pending token,
	// which Scan returns first.
	comments []span
	pending  bool
	pendPos  source.Pos
	pendTok  Token
	pendLit  string

	off, end   int  // next byte to read; end of the scanned range
	insertSemi bool // a line break here ends the statement
	semiNL     bool // the last token was a semicolon inserted at a line break
	afterDot   bool // the last token was '.', so digits are a tuple index
	prevTok    Token
	prevEnd    int // end of the last token, to tell a transpose ' from a char
	fdepth     int // f-strings around the scanned range and being scanned

	// Facts about the token just returned.
	nlBefore bool      // a line break precedes it
	doc      string    // text of the /// comments just before it
	segs     []segment // parts of an FSTRING
}

// A segment is one part of an f-string: literal text, or the source of an
// embedded expression without its braces. Offsets are file offsets.
type segment struct {
	expr     bool
	from, to int
}

// Init prepares s to scan file in the given mode, reporting lexical errors
// to diags.
func (s *Scanner) Init(file *source.File, diags *source.List, mode Mode) {
	s.init(file, string(file.Source()), 0, file.Size(), func(pos, end source.Pos, msg string) {
		diags.ErrorSpan(pos, end, "%s", msg)
	})
	s.mode = mode
}

// init prepares s to scan the byte range [from, to) of file, whose contents
// are src; the parser scans a sub-range for an expression in an f-string.
func (s *Scanner) init(file *source.File, src string, from, to int, err errorHandler) {
	*s = Scanner{file: file, src: src, err: err, off: from, end: to}
	if from == 0 && len(s.src) >= 3 && s.src[:3] == "\ufeff" {
		s.off = 3
	}
}

func (s *Scanner) errorf(from, to int, format string, args ...any) {
	s.err(s.file.Pos(from), s.file.Pos(to), fmt.Sprintf(format, args...))
}

// Scan returns the next token. lit is the token's source text, except for
// an inserted semicolon ("\n") and EOF (""). At the end it returns EOF
// forever.
func (s *Scanner) Scan() (pos source.Pos, tok Token, lit string) {
	if s.mode&ScanComments == 0 {
		return s.scan()
	}
	if !s.pending {
		s.pendPos, s.pendTok, s.pendLit = s.scan()
		s.pending = true
	}
	if len(s.comments) > 0 {
		c := s.comments[0]
		s.comments = s.comments[1:]
		text := s.src[s.file.Offset(c.From):s.file.Offset(c.To)]
		tok := COMMENT
		if len(text) >= 3 && text[:3] == "///" && (len(text) == 3 || text[3] != '/') {
			tok = DOC
		}
		return c.From, tok, text
	}
	s.pending = false
	return s.pendPos, s.pendTok, s.pendLit
}

// comment records, under ScanComments, the comment [from, to).
func (s *Scanner) comment(from, to int) {
	if s.mode&ScanComments != 0 {
		s.comments = append(s.comments, span{s.file.Pos(from), s.file.Pos(to)})
	}
}

// commentsIn records, under ScanComments, the comments of [from, to),
// which holds only white space and comments.
func (s *Scanner) commentsIn(from, to int) {
	if s.mode&ScanComments == 0 {
		return
	}
	for off := from; off < to; {
		switch {
		case s.src[off] == '/' && off+1 < to && s.src[off+1] == '/':
			end := off
			for end < to && s.src[end] != '\n' {
				end++
			}
			s.comment(off, end)
			off = end
		case s.src[off] == '/' && off+1 < to && s.src[off+1] == '*':
			end, _ := skipBlockComment(s.src[:s.end], off)
			s.comment(off, end)
			off = end
		default:
			off++
		}
	}
}

func (s *Scanner) scan() (pos source.Pos, tok Token, lit string) {
	s.doc = ""
	s.nlBefore, s.semiNL = s.semiNL, false
	s.segs = nil
	if semi, at := s.skipSpace(); semi {
		s.insertSemi = false
		s.semiNL = true
		return s.file.Pos(at), SEMICOLON, "\n"
	}
	start := s.off
	pos = s.file.Pos(start)
	afterDot := s.afterDot
	s.afterDot = false
	if s.off >= s.end {
		if s.insertSemi {
			s.insertSemi = false
			return pos, SEMICOLON, "\n"
		}
		return pos, EOF, ""
	}

	c := s.src[s.off]
	switch {
	case isLetter(c) || c >= utf8.RuneSelf && s.unicodeLetter():
		s.ident()
		lit = s.src[start:s.off]
		tok = IDENT
		if len(lit) > 1 {
			tok = Lookup(lit)
			if tok == LET && s.peekByte(0) == '!' {
				s.off++
				tok, lit = LETMUT, "let!"
			}
		} else if lit == "f" && s.peekByte(0) == '"' {
			tok = FSTRING
			s.off++
			s.fstring(start, true)
			lit = s.src[start:s.off]
		}
	case isDigit(c):
		tok = s.number(afterDot)
		lit = s.src[start:s.off]
	case c == '$' && s.off+1 < s.end && (isLetter(s.src[s.off+1]) || s.src[s.off+1] >= utf8.RuneSelf):
		s.off++
		s.ident()
		tok, lit = IDENT, s.src[start:s.off]
	case c == '"':
		s.off++
		s.string(start)
		tok, lit = STRING, s.src[start:s.off]
	case c == '\'' && start == s.prevEnd && (s.prevTok == IDENT || s.prevTok == RPAREN || s.prevTok == RBRACK || s.prevTok == TRANSPOSE):
		// m' right after an operand is a transpose, which no char literal
		// or label can be.
		s.off++
		tok, lit = TRANSPOSE, "'"
	case c == '\'':
		tok = s.charOrLabel(start)
		lit = s.src[start:s.off]
	case c == '`':
		s.off++
		for s.off < s.end && s.src[s.off] != '`' {
			s.off++
		}
		if s.off >= s.end {
			s.errorf(start, s.off, "template literal not terminated")
		} else {
			s.off++
		}
		tok, lit = BACKTICK, s.src[start:s.off]
	default:
		tok = s.operator(c)
		if tok == ILLEGAL {
			r, w := utf8.DecodeRuneInString(s.src[s.off:s.end])
			switch {
			case r == utf8.RuneError && w == 1:
				s.errorf(start, start+1, "invalid UTF-8 encoding")
			case r == 0:
				s.errorf(start, start+1, "invalid character NUL")
			default:
				s.errorf(start, start+w, "invalid character %#U", r)
			}
			s.off += w
		}
		lit = s.src[start:s.off]
	}
	switch tok {
	case IDENT, INT, FLOAT, CHAR, STRING, FSTRING, LABEL, BACKTICK,
		RPAREN, RBRACK, RBRACE, QUESTION, NOT, TRANSPOSE,
		BREAK, CONTINUE, RETURN, SELF, SELFTYPE, TRUE, FALSE, NIL:
		s.insertSemi = true
	case ILLEGAL:
		// An invalid character leaves the line's semicolon state alone.
	default:
		s.insertSemi = false
	}
	s.afterDot = tok == DOT
	s.prevTok, s.prevEnd = tok, s.off
	return pos, tok, lit
}

// skipSpace skips white space and comments, collecting /// doc text. It
// reports a semicolon to insert, and its offset, when it meets a line break
// while insertSemi is set.
func (s *Scanner) skipSpace() (semi bool, at int) {
	for s.off < s.end {
		switch c := s.src[s.off]; c {
		case '\n':
			s.nlBefore = true
			if s.insertSemi {
				next, ok := s.continues(s.off + 1)
				if !ok {
					s.off++
					return true, s.off - 1
				}
				s.commentsIn(s.off+1, next)
				s.off = next
				continue
			}
			s.off++
		case ' ', '\t', '\r':
			s.off++
		case '/':
			switch s.peekByte(1) {
			case '/':
				s.lineComment()
			case '*':
				start := s.off
				if s.blockComment() && s.insertSemi {
					// A comment spanning lines acts like a line break.
					s.nlBefore = true
					next, ok := s.continues(s.off)
					if !ok {
						return true, start
					}
					s.commentsIn(s.off, next)
					s.off = next
				}
			default:
				return false, 0
			}
		default:
			return false, 0
		}
	}
	return false, 0
}

// continues reports whether the line break before off does not end the
// statement although the line's last token could end it: the next token,
// past blank lines and comments, is else or elif (continuing an if), or a
// '.' followed by a name (continuing a method chain). If so, it returns
// the offset of that token, which the scanner moves to at once: scanning
// the lines in between again at each line break would cost the square of
// their number.
func (s *Scanner) continues(off int) (next int, ok bool) {
	for off < s.end {
		switch c := s.src[off]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			off++
		case c == '/' && off+1 < s.end && s.src[off+1] == '/':
			for off < s.end && s.src[off] != '\n' {
				off++
			}
		case c == '/' && off+1 < s.end && s.src[off+1] == '*':
			off, _ = skipBlockComment(s.src[:s.end], off)
		case c == '.':
			return off, off+1 < s.end && (isLetter(s.src[off+1]) || s.src[off+1] >= utf8.RuneSelf)
		case c == 'e':
			rest := s.src[off:s.end]
			for _, kw := range [...]string{"else", "elif"} {
				if strings.HasPrefix(rest, kw) && (len(rest) == len(kw) || !isLetter(rest[len(kw)]) && !isDigit(rest[len(kw)]) && rest[len(kw)] < utf8.RuneSelf) {
					return off, true
				}
			}
			return off, false
		default:
			return off, false
		}
	}
	return off, false
}

// lineComment skips a // comment up to the line break, keeping the text of
// a /// doc comment (but not of ////, which is an ordinary comment).
func (s *Scanner) lineComment() {
	start := s.off
	for s.off < s.end && s.src[s.off] != '\n' {
		s.off++
	}
	s.comment(start, s.off)
	text := s.src[start:s.off]
	if len(text) >= 3 && text[2] == '/' && (len(text) == 3 || text[3] != '/') {
		text = text[3:]
		if len(text) > 0 && text[0] == ' ' {
			text = text[1:]
		}
		if n := len(text); n > 0 && text[n-1] == '\r' {
			text = text[:n-1]
		}
		if s.doc != "" {
			s.doc += "\n"
		}
		s.doc += text
	}
}

// blockComment skips a /* */ comment, which may nest, and reports whether
// it contained a line break.
func (s *Scanner) blockComment() (newline bool) {
	start := s.off
	var ok bool
	s.off, ok = skipBlockComment(s.src[:s.end], start)
	if !ok {
		s.errorf(start, start+2, "comment not terminated")
	}
	s.comment(start, s.off)
	return strings.Contains(s.src[start:s.off], "\n")
}

// skipBlockComment returns the end of the /* */ comment, which may nest,
// that starts at off in src; at the end of src it reports false.
func skipBlockComment(src string, off int) (end int, ok bool) {
	off += 2
	depth := 1
	for off < len(src) {
		switch {
		case src[off] == '*' && off+1 < len(src) && src[off+1] == '/':
			off += 2
			if depth--; depth == 0 {
				return off, true
			}
		case src[off] == '/' && off+1 < len(src) && src[off+1] == '*':
			off += 2
			depth++
		default:
			off++
		}
	}
	return off, false
}

// peekByte returns the byte i bytes after the current one, or 0.
func (s *Scanner) peekByte(i int) byte {
	if s.off+i < s.end {
		return s.src[s.off+i]
	}
	return 0
}

func isLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// unicodeLetter reports whether a non-ASCII letter starts at s.off.
func (s *Scanner) unicodeLetter() bool {
	r, _ := utf8.DecodeRuneInString(s.src[s.off:s.end])
	return unicode.IsLetter(r)
}

// ident skips the letters and digits of an identifier.
func (s *Scanner) ident() {
	for s.off < s.end {
		c := s.src[s.off]
		if isLetter(c) || isDigit(c) {
			s.off++
			continue
		}
		if c < utf8.RuneSelf {
			return
		}
		r, w := utf8.DecodeRuneInString(s.src[s.off:s.end])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return
		}
		s.off += w
	}
}

// operator scans an operator or punctuation token starting with c.
func (s *Scanner) operator(c byte) Token {
	// Candidates are tried longest first.
	var cands []opSpell
	if int(c) < len(operators) {
		cands = operators[c]
	}
	for _, o := range cands {
		if len(o.text) <= s.end-s.off && s.src[s.off:s.off+len(o.text)] == o.text {
			s.off += len(o.text)
			return o.tok
		}
	}
	return ILLEGAL
}

type opSpell struct {
	text string
	tok  Token
}

// operators lists, by first byte, the spellings of operators longest first.
var operators = [128][]opSpell{
	'+': {{"+=", ADD_ASSIGN}, {"+|", SATADD}, {"+", ADD}},
	'-': {{"-=", SUB_ASSIGN}, {"-|", SATSUB}, {"->", THINARROW}, {"-", SUB}},
	'*': {{"**", POW}, {"*=", MUL_ASSIGN}, {"*+", FMA}, {"*", MUL}},
	'/': {{"/=", QUO_ASSIGN}, {"/", QUO}},
	'%': {{"%=", REM_ASSIGN}, {"%", REM}},
	'&': {{"&&", LAND}, {"&=", AND_ASSIGN}, {"&!", ANDMUT}, {"&", AND}},
	'|': {{"||", LOR}, {"|=", OR_ASSIGN}, {"|", OR}},
	'^': {{"^=", XOR_ASSIGN}, {"^", XOR}},
	'<': {{"<<=", SHL_ASSIGN}, {"<<<", VSHL}, {"<<", SHL}, {"<=", LEQ}, {"<-", ARROW}, {"<+", SUMRED},
		{"<*>", MATMUL}, {"<*", PRODRED}, {"<?|", MINRED}, {"<?", VMIN}, {"<&", ANDRED}, {"<|", ORRED}, {"<", LSS}},
	'>': {{">>=", SHR_ASSIGN}, {">>>", VSHR}, {">>", SHR}, {">=", GEQ}, {">?|", MAXRED}, {">?", VMAX}, {"><", CROSS}, {">", GTR}},
	'=': {{"==", EQL}, {"=>", FATARROW}, {"=", ASSIGN}},
	'!': {{"!=", NEQ}, {"!>", RESCUE}, {"!", NOT}},
	'?': {{"??", QQ}, {"?", QUESTION}},
	':': {{"::", COLON2}, {":", COLON}},
	'.': {{"..=", RANGEINCL}, {"...", ELLIPSIS}, {"..", RANGE}, {".", DOT}},
	'~': {{"~", TILDE}},
	',': {{",", COMMA}},
	';': {{";", SEMICOLON}},
	'(': {{"(", LPAREN}},
	')': {{")", RPAREN}},
	'[': {{"[", LBRACK}},
	']': {{"]", RBRACK}},
	'{': {{"{", LBRACE}},
	'}': {{"}", RBRACE}},
	'@': {{"@", AT}},
	'#': {{"#", HASH}},
	'$': {{"$", DOLLAR}},
}
