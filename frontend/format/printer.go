package format

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file holds the printer's machinery: tokens, white space, comments
// and the junctions between tokens. nodes.go and exprs.go walk the tree.

const indentUnit = "    "

// maxIndent is the deepest indentation printed: deeper lines are indented
// as much, so that the output stays linear in the size of the input however
// deep it nests.
const maxIndent = 100

// A printer prints one file. It prints the tokens of the tree in source
// order, each with the offset where it stands in the source, so that it can
// print the comments before it and see the line breaks the author made.
type printer struct {
	base  int // Pos of the file's first byte
	src   []byte
	lines []int // offset of the first byte of each source line
	line  int   // the line lineOf found last
	out   []byte

	comments []comment
	next     int // the next comment to print

	indent     int // indentation of the item being printed (statement, element, arm)
	lineIndent int // indentation of the current output line

	ws ws // white space wanted before the next token

	lastEnd       int          // source offset after the last token printed
	lastLine      int          // source line where the last token or comment printed ends
	last          string       // the last token printed, for junctions
	lastTok       syntax.Token // its kind
	lastTypeClose bool         // it is a '>' that closes type arguments
	lastTypeOpen  bool         // it is a '<' that opens type arguments

	trailing []int // the offsets in out of the line comments that end lines of code

	// multiline holds the blocks, structs, enums and contracts that must
	// be printed on several lines although written on one: they hold a
	// match or select, whose arms go one per line.
	multiline map[syntax.Node]bool
}

// A comment is the source range of a comment.
type comment struct {
	from, to int
}

// ws is white space wanted before the next token: a line break, which may
// become a blank line where the source has one, or a space.
type ws struct {
	nl     bool
	blank  bool // a blank line of the source may be kept
	indent int  // indentation after the line break
	space  bool
}

// print prints f, parsed from file, whose comments are comments.
func print(file *source.File, f *syntax.File, comments []comment) []byte {
	p := &printer{base: file.Base(), src: file.Source(), comments: comments, multiline: forcedBlocks(f)}
	p.lines = append(p.lines, 0)
	for i, c := range p.src {
		if c == '\n' {
			p.lines = append(p.lines, i+1)
		}
	}
	if bytes.HasPrefix(p.src, []byte("\ufeff")) {
		p.lastEnd = 3
	}
	p.out = make([]byte, 0, len(p.src)+len(p.src)/8)
	p.file(f)
	return p.alignComments()
}

// alignComments aligns the line comments at the ends of consecutive lines
// of the same indentation, as gofmt does, and returns the output.
func (p *printer) alignComments() []byte {
	if len(p.trailing) < 2 {
		return p.out
	}
	// The line, indentation and width of the code before each comment.
	type cell struct{ line, indent, width int }
	cells := make([]cell, len(p.trailing))
	line, lineStart, from := 0, 0, 0
	for i, at := range p.trailing {
		for j := bytes.IndexByte(p.out[from:at], '\n'); j >= 0; j = bytes.IndexByte(p.out[from:at], '\n') {
			line++
			lineStart = from + j + 1
			from = lineStart
		}
		from = at
		code := p.out[lineStart:at]
		cells[i] = cell{line, len(code) - len(bytes.TrimLeft(code, " ")), utf8.RuneCount(code)}
	}
	out := make([]byte, 0, len(p.out)+len(p.out)/16)
	last := 0
	for i := 0; i < len(cells); {
		j := i + 1
		for j < len(cells) && cells[j].line == cells[j-1].line+1 && cells[j].indent == cells[i].indent {
			j++
		}
		width := 0
		for _, c := range cells[i:j] {
			width = max(width, c.width)
		}
		for k := i; k < j; k++ {
			out = append(out, p.out[last:p.trailing[k]]...)
			for range width - cells[k].width {
				out = append(out, ' ')
			}
			last = p.trailing[k]
		}
		i = j
	}
	return append(out, p.out[last:]...)
}

// scanComments returns the comments of file, reporting lexical errors to
// diags.
func scanComments(file *source.File, diags *source.List) []comment {
	var list []comment
	var s syntax.Scanner
	s.Init(file, diags, syntax.ScanComments)
	for {
		pos, tok, lit := s.Scan()
		if tok == syntax.EOF {
			return list
		}
		if tok == syntax.COMMENT || tok == syntax.DOC {
			from := file.Offset(pos)
			list = append(list, comment{from, from + len(lit)})
		}
	}
}

// forcedBlocks returns the blocks, structs, enums and contracts that hold
// a match or select with arms, outside f-strings, which are printed as
// written.
func forcedBlocks(f *syntax.File) map[syntax.Node]bool {
	forced := make(map[syntax.Node]bool)
	var stack []syntax.Node // the braced nodes around the node visited
	var nodes []syntax.Node // the nodes around it
	syntax.Inspect(f, func(n syntax.Node) bool {
		switch n := n.(type) {
		case nil:
			if len(stack) > 0 && stack[len(stack)-1] == nodes[len(nodes)-1] {
				stack = stack[:len(stack)-1]
			}
			nodes = nodes[:len(nodes)-1]
			return true
		case *syntax.FString:
			return false
		case *syntax.Block, *syntax.StructDecl, *syntax.EnumDecl, *syntax.ContractDecl:
			stack = append(stack, n)
		case *syntax.MatchExpr, *syntax.SelectExpr:
			if arms(n) > 0 {
				for i := len(stack) - 1; i >= 0 && !forced[stack[i]]; i-- {
					forced[stack[i]] = true
				}
			}
		}
		nodes = append(nodes, n)
		return true
	})
	return forced
}

func arms(n syntax.Node) int {
	switch n := n.(type) {
	case *syntax.MatchExpr:
		return len(n.Arms)
	case *syntax.SelectExpr:
		return len(n.Cases)
	}
	return 0
}

// lineOf returns the 1-based source line of offset off. The printer asks
// mostly about offsets at or just after the last one, so it looks near the
// line of the last answer first.
func (p *printer) lineOf(off int) int {
	i := p.line - 1
	for n := 0; n < 4 && i+1 < len(p.lines) && p.lines[i+1] <= off; n++ {
		i++
	}
	if i < 0 || p.lines[i] > off || i+1 < len(p.lines) && p.lines[i+1] <= off {
		i = sort.Search(len(p.lines), func(i int) bool { return p.lines[i] > off }) - 1
	}
	p.line = i + 1
	return p.line
}

// off returns the source offset of pos.
func (p *printer) off(pos source.Pos) int { return int(pos) - p.base }

// pos returns the Pos of the source offset off.
func (p *printer) pos(off int) source.Pos { return source.Pos(off + p.base) }

// ---------------------------------------------------------------------------
// White space

// space asks for a space before the next token, unless a line break is
// wanted there.
func (p *printer) space() {
	if !p.ws.nl {
		p.ws.space = true
	}
}

// newline asks for a line break before the next token, indented by indent;
// with blank set, a blank line of the source before that token is kept.
func (p *printer) newline(indent int, blank bool) {
	p.ws = ws{nl: true, blank: blank, indent: indent}
}

// spaceOrBreak asks for what goes between a token and the node at off that
// follows it within one item: a line break, as a continuation line, where
// the author made one, and a space otherwise.
func (p *printer) spaceOrBreak(off int) {
	if p.lineOf(off) > p.lastLine {
		p.newline(p.indent+1, false)
		return
	}
	p.space()
}

// breakIfSplit asks for a continuation line before the token at off if the
// author put a line break before it, and for nothing otherwise.
func (p *printer) breakIfSplit(off int) {
	if p.lineOf(off) > p.lastLine {
		p.newline(p.indent+1, false)
	}
}

// flushWS writes the white space wanted before the token or comment at off.
// It reports whether it wrote any.
func (p *printer) flushWS(off int) bool {
	w := p.ws
	p.ws = ws{}
	switch {
	case len(p.out) == 0:
		return true
	case w.nl:
		n := 1
		if w.blank && off >= 0 && p.lineOf(off)-p.lastLine > 1 {
			n = 2
		}
		p.newlines(n, w.indent)
		return true
	case w.space:
		p.out = append(p.out, ' ')
		return true
	}
	return false
}

func (p *printer) newlines(n, indent int) {
	for len(p.out) > 0 && (p.out[len(p.out)-1] == ' ' || p.out[len(p.out)-1] == '\t') {
		p.out = p.out[:len(p.out)-1]
	}
	for range n {
		p.out = append(p.out, '\n')
	}
	for range min(indent, maxIndent) {
		p.out = append(p.out, indentUnit...)
	}
	p.lineIndent = indent
}

// ---------------------------------------------------------------------------
// Tokens

// token prints text, a token of kind tok that stands at offset off of the
// source, or that the layout adds where off is -1, after the comments
// before it and the white space wanted.
func (p *printer) token(off int, text string, tok syntax.Token) {
	if off >= 0 {
		p.flushComments(off)
	}
	if !p.flushWS(off) && needSpace(p.last, p.lastTypeOpen, p.lastTypeClose, text) {
		p.out = append(p.out, ' ')
	}
	p.out = append(p.out, text...)
	if off >= 0 {
		p.lastEnd = off + len(text)
		p.lastLine = p.lineOf(p.lastEnd - 1)
	}
	p.last, p.lastTok, p.lastTypeOpen, p.lastTypeClose = text, tok, false, false
}

// tokenAt prints the token of kind tok that begins at off, as written.
func (p *printer) tokenAt(off, end int, tok syntax.Token) {
	p.token(off, string(p.src[off:end]), tok)
}

// node prints the node n, a single token such as a name or a literal, as
// written.
func (p *printer) node(n syntax.Node, tok syntax.Token) {
	p.tokenAt(p.off(n.Pos()), p.off(n.End()), tok)
}

// fixed prints text, a token that comes next in the source, perhaps after
// separators that the layout drops (',' and ';'), or that the layout adds.
// It returns the token's source offset, or -1.
func (p *printer) fixed(text string, tok syntax.Token) int {
	off := p.find(p.lastEnd, text)
	p.token(off, text, tok)
	return off
}

// find returns the offset of text as the next token from off, stepping
// over white space, comments, ',' and ';'; -1 if it is not there.
func (p *printer) find(off int, text string) int {
	for off = p.skipSpace(off); off < len(p.src); off = p.skipSpace(off + 1) {
		if len(p.src)-off >= len(text) && string(p.src[off:off+len(text)]) == text {
			return off
		}
		if c := p.src[off]; c != ',' && c != ';' {
			break
		}
	}
	return -1
}

// skipSpace returns the offset of the first byte from off on that is no
// white space and no comment.
func (p *printer) skipSpace(off int) int {
	for off < len(p.src) {
		switch c := p.src[off]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			off++
		case c == '/' && off+1 < len(p.src) && p.src[off+1] == '/':
			for off < len(p.src) && p.src[off] != '\n' {
				off++
			}
		case c == '/' && off+1 < len(p.src) && p.src[off+1] == '*':
			off = p.commentEnd(off)
		default:
			return off
		}
	}
	return off
}

// commentEnd returns the end of the block comment at off, which may nest.
func (p *printer) commentEnd(off int) int {
	depth := 0
	for off < len(p.src) {
		switch {
		case p.src[off] == '/' && off+1 < len(p.src) && p.src[off+1] == '*':
			depth++
			off += 2
		case p.src[off] == '*' && off+1 < len(p.src) && p.src[off+1] == '/':
			off += 2
			if depth--; depth == 0 {
				return off
			}
		default:
			off++
		}
	}
	return off
}

// verbatim prints the source of n as written, with the comments inside it:
// syntax that vex2go refuses, and f-strings. The span of a refused item
// that runs to the end of the file takes in the white space there, which
// it leaves out.
func (p *printer) verbatim(n syntax.Node) {
	from, to := p.off(n.Pos()), p.off(n.End())
	text := strings.TrimRight(string(p.src[from:to]), " \t\r\n")
	p.token(from, text, lastToken(text))
	for p.next < len(p.comments) && p.comments[p.next].from < to {
		p.next++
	}
}

// lastToken tells the kind of the last token of text as far as semicolon
// insertion needs it: IDENT if a line break after it ends a statement,
// ILLEGAL otherwise.
func lastToken(text string) syntax.Token {
	if text == "" {
		return syntax.ILLEGAL
	}
	c := text[len(text)-1]
	switch {
	case isWord(c):
		i := len(text)
		for i > 0 && isWord(text[i-1]) {
			i--
		}
		if t := syntax.Lookup(text[i:]); t != syntax.IDENT && !insertsSemi(t) && (i == 0 || text[i-1] != '$') {
			return syntax.ILLEGAL // a keyword such as fn; $if is a name
		}
		return syntax.IDENT
	case strings.IndexByte(")]}\"'`?!", c) >= 0:
		return syntax.IDENT
	}
	return syntax.ILLEGAL
}

// insertsSemi reports whether a line break after a token of kind tok ends
// a statement.
func insertsSemi(tok syntax.Token) bool {
	switch tok {
	case syntax.IDENT, syntax.INT, syntax.FLOAT, syntax.CHAR, syntax.STRING, syntax.FSTRING,
		syntax.LABEL, syntax.BACKTICK, syntax.RPAREN, syntax.RBRACK, syntax.RBRACE,
		syntax.QUESTION, syntax.NOT, syntax.TRANSPOSE, syntax.BREAK, syntax.CONTINUE,
		syntax.RETURN, syntax.SELF, syntax.SELFTYPE, syntax.TRUE, syntax.FALSE, syntax.NIL:
		return true
	}
	return false
}

// endsStatement reports whether a line break after the last token printed
// ends the statement or item.
func (p *printer) endsStatement() bool { return p.lastTypeClose || insertsSemi(p.lastTok) }

// A /// comment is the doc of the item that follows it unless a semicolon
// is inserted at the line break after it, which takes the doc away. So a
// doc comment at the end of a line keeps its meaning only if the layout
// neither adds a separator before it nor drops one.

// docNext reports whether a /// comment follows off on its line, after
// nothing but spaces and block comments.
func (p *printer) docNext(off int) bool {
	for off < len(p.src) {
		switch c := p.src[off]; {
		case c == ' ' || c == '\t' || c == '\r':
			off++
		case c == '/' && off+1 < len(p.src) && p.src[off+1] == '*':
			end := p.commentEnd(off)
			if bytes.IndexByte(p.src[off:end], '\n') >= 0 {
				return false
			}
			off = end
		default:
			text := p.src[off:]
			return len(text) >= 3 && string(text[:3]) == "///" && (len(text) == 3 || text[3] != '/')
		}
	}
	return false
}

// keepSeparator prints the ';' after a statement or item that a line break
// ends if the source has it before a doc comment, and drops it otherwise.
func (p *printer) keepSeparator() {
	off := p.skipSpace(p.lastEnd)
	if off < len(p.src) && p.src[off] == ';' && p.docNext(off+1) {
		p.fixed(";", syntax.SEMICOLON)
	}
}

// docSeparators prints the ',' and ';' between the last token printed and
// off, where the next item begins, that follow a doc comment: the comment
// documents the separator, and would document the item were the separator
// dropped.
func (p *printer) docSeparators(off int) {
	wish := p.ws
	doc := false
	next := p.next
	for at := p.lastEnd; at < off; {
		switch c := p.src[at]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			at++
		case next < len(p.comments) && p.comments[next].from == at:
			text := p.src[at:p.comments[next].to]
			doc = doc || len(text) >= 3 && text[2] == '/' && (len(text) == 3 || text[3] != '/')
			at = p.comments[next].to
			next++
		case (c == ',' || c == ';') && doc:
			p.token(at, string(c), syntax.SEMICOLON)
			p.ws = wish
			doc = false
			at++
		case c == ',' || c == ';':
			at++
		default:
			return
		}
	}
}

// ---------------------------------------------------------------------------
// Comments

// flushComments prints the comments that begin before off, where the
// layout wants the white space p.ws before the token, and leaves in p.ws
// what goes between the last comment and the token.
func (p *printer) flushComments(off int) {
	wish := p.ws
	used := false // the line break wished for was written before a comment
	for p.next < len(p.comments) && p.comments[p.next].from < off {
		c := p.comments[p.next]
		p.next++
		next := off
		if p.next < len(p.comments) && p.comments[p.next].from < off {
			next = p.comments[p.next].from
		}
		used = p.comment(c, next, wish, used)
	}
}

// comment prints c, which the token or comment at next follows, where the
// layout wishes for the white space wish before the token: at the end of
// the line of what comes before it if it stands there in the source, on a
// line of its own otherwise. It reports whether the wished line break has
// been written.
func (p *printer) comment(c comment, next int, wish ws, used bool) bool {
	text := commentText(p.src[c.from:c.to])
	line := p.lineOf(c.from)
	if len(p.out) == 0 || line > p.lastLine {
		indent := p.indent + 1
		if wish.nl {
			indent = wish.indent
		}
		n := 1
		switch {
		case len(p.out) == 0:
			n = 0
		case wish.nl && (wish.blank || used) && line-p.lastLine > 1:
			n = 2
		}
		p.newlines(n, indent)
		used = used || wish.nl
	} else if !strings.ContainsRune("([", rune(p.out[len(p.out)-1])) {
		if text[1] == '/' {
			p.trailing = append(p.trailing, len(p.out))
		}
		p.out = append(p.out, ' ')
	}
	p.out = append(p.out, text...)
	p.lastLine = p.lineOf(c.to - 1)
	p.last, p.lastTok, p.lastTypeOpen, p.lastTypeClose = "", syntax.COMMENT, false, false

	// What follows the comment goes on its line only after a block comment
	// that the source continues on its line.
	switch {
	case text[1] == '/' || p.lineOf(next) > p.lastLine:
		if wish.nl {
			p.ws = ws{nl: true, blank: true, indent: wish.indent}
		} else {
			p.ws = ws{nl: true, indent: p.indent + 1}
		}
	case wish.nl && !used:
		p.ws = wish
	case next < len(p.src) && strings.IndexByte(")],;", p.src[next]) >= 0:
		p.ws = ws{}
	default:
		p.ws = ws{space: true}
	}
	return used
}

// commentText returns a comment without the white space at its line ends.
func commentText(b []byte) string {
	lines := strings.Split(string(b), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	return strings.Join(lines, "\n")
}

// ---------------------------------------------------------------------------
// Junctions

// needSpace reports whether next, printed right after last, would be read
// as other tokens, so that a space must part them.
func needSpace(last string, typeOpen, typeClose bool, next string) bool {
	if last == "" || next == "" {
		return false
	}
	a, b := last[len(last)-1], next[0]
	switch {
	case isWord(a) && (isWord(b) || b == '$'):
		return true
	case a == b && (a == '-' || a == '+'):
		return true // - -x, which --x would read like C's decrement
	case b == '\'' && (isWord(a) || a == ')' || a == ']'):
		return true // a transpose
	case a == '/' && (b == '/' || b == '*'):
		return true // a comment
	case last == "f" && b == '"':
		return true // an f-string
	case !isOpChar(a) || !isOpChar(b):
		return false
	case typeClose && (b == '>' || b == '=' || b == '?'):
		return false // the parser splits '>' off a token that begins with it
	case typeOpen && (b == '&' || b == '*'):
		return false // and '<' off <& and <*
	}
	i := len(last)
	for i > 0 && len(last)-i < 3 && isOpChar(last[i-1]) {
		i--
	}
	run := last[i:]
	joined := run + next[:min(len(next), 3)]
	return longestOperator(joined) > len(run)
}

func isWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c >= 0x80
}

func isOpChar(c byte) bool { return strings.IndexByte("+-*/%&|^<>=!?:.~", c) >= 0 }

// operators lists the spellings of the operators of more than one byte.
var operators = strings.Fields(`+= +| -= -| -> ** *= *+ /= %= && &= &! || |= ^= <<= <<< << <= <- <+
	<*> <* <?| <? <& <| >>= >>> >> >= >?| >? >< == => != !> ?? :: ..= ... ..`)

// longestOperator returns the length of the longest operator that s
// begins with.
func longestOperator(s string) int {
	n := 1
	for _, op := range operators {
		if len(op) > n && strings.HasPrefix(s, op) {
			n = len(op)
		}
	}
	return n
}
