package syntax

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/vexlang/vex2go/frontend/source"
)

// maxDepth bounds the height of the syntax tree: the nesting of
// expressions, types, patterns and blocks, where each operator of a chain
// such as a + b + c is one level, since the tree holds it as nested binary
// expressions. Input beyond it gets a diagnostic instead of a tree that
// would overflow the stack of a later phase. The limit leaves room for a
// generated 5,000-term concatenation inside a few dozen levels of code.
const maxDepth = 10000

// ParseFile adds src to fset under name, parses it as one Vex file and
// returns its syntax tree. Errors go to diags; the tree is always returned,
// with Bad* nodes where the source could not be parsed.
func ParseFile(fset *source.FileSet, name string, src []byte, diags *source.List) *File {
	return Parse(fset.AddFile(name, src), diags)
}

// Parse parses a file already added to a FileSet.
func Parse(file *source.File, diags *source.List) (f *File) {
	src := file.Source()
	f = &File{Name: file.Name()}
	f.SetSpan(file.Pos(0), file.Pos(len(src)))
	p := &parser{file: file, src: string(src), diags: diags}
	if !utf8.Valid(src) {
		// Vex source is UTF-8; one report is enough to point at the file.
		for off := 0; off < len(src); {
			r, size := utf8.DecodeRune(src[off:])
			if r == utf8.RuneError && size == 1 {
				diags.Errorf(file.Pos(off), "invalid UTF-8 encoding: Vex source files are UTF-8")
				break
			}
			off += size
		}
	}
	p.sc.init(file, p.src, 0, len(src), p.scanError)
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
		}
	}()
	p.next()
	p.parseFile(f)
	return f
}

// bailout is the panic value with which the parser gives up: after too
// many errors, or when input nests too deeply.
type bailout struct{}

// tokState is the current token and facts about it.
type tokState struct {
	pos       source.Pos
	tok       Token
	lit       string
	doc       string    // /// text before the token
	nlBefore  bool      // a line break precedes the token
	segs      []segment // f-string parts
	prevEnd   source.Pos
	typeClose bool // the previous token was '>' closing type arguments
}

// parser holds the state of one ParseFile call.
type parser struct {
	file  *source.File
	src   string
	diags *source.List
	sc    Scanner

	tokState

	// exprLev < 0 in the header of if, while, for and match, where a
	// '{' opens the body rather than a struct literal (Rust's rule).
	exprLev int
	depth   int // nesting of the node being parsed
	peak    int // the deepest level of the tree parsed so far, see chainStart
	blocks  int // number of enclosing blocks

	// ternaryAt lists the '?'s that the last lookahead of isTernary passed
	// at its own level, which share its answer, ternary.
	ternaryAt []source.Pos
	ternary   bool

	silent       int  // > 0 while speculating: errors are not reported
	typeArgDepth int  // nesting of type arguments while speculating
	failed       bool // an error occurred while speculating
	errors       int
	errLine      int // line of the last error, to report one error per line
}

func (p *parser) next() {
	p.prevEnd = p.pos + source.Pos(len(p.lit))
	if p.lit == "\n" {
		p.prevEnd = p.pos
	}
	p.typeClose = false
	p.pos, p.tok, p.lit = p.sc.Scan()
	p.doc, p.nlBefore, p.segs = p.sc.doc, p.sc.nlBefore, p.sc.segs
}

// end returns the end of the current token.
func (p *parser) end() source.Pos { return p.pos + source.Pos(len(p.lit)) }

// got consumes the current token if it is tok.
func (p *parser) got(tok Token) bool {
	if p.tok == tok {
		p.next()
		return true
	}
	return false
}

// expect consumes tok, or reports an error without consuming anything.
func (p *parser) expect(tok Token) source.Pos {
	pos := p.pos
	if !p.got(tok) {
		p.errorExpected("'" + tok.String() + "'")
	}
	return pos
}

// isNewline reports whether the current token is a semicolon inserted at a
// line break.
func (p *parser) isNewline() bool { return p.tok == SEMICOLON && p.lit == "\n" }

// splitLess turns a token that starts with '<' and goes on with what can
// begin a type (<& <*) into '<' followed by the rest, so that Option<&T>
// and Vec<*T> open a type argument list.
func (p *parser) splitLess() bool {
	if p.tok == LSS {
		return true
	}
	if p.tok != ANDRED && p.tok != PRODRED {
		return false
	}
	p.sc.off = p.file.Offset(p.pos) + 1
	p.sc.insertSemi = false
	p.sc.afterDot = false
	p.tok, p.lit = LSS, "<"
	return true
}

// splitGreater turns a token that starts with '>' (>>, >=, >>=, >>>, >?)
// into '>' followed by the rest, so that Vec<Vec<T>> closes two lists.
func (p *parser) splitGreater() bool {
	if p.tok == GTR {
		return true
	}
	if len(p.lit) < 2 || p.lit[0] != '>' {
		return false
	}
	p.sc.off = p.file.Offset(p.pos) + 1
	p.sc.insertSemi = false
	p.sc.afterDot = false
	p.tok, p.lit = GTR, ">"
	return true
}

// fin sets n's span from from to the end of the previous token, or to
// from when nothing was consumed.
func fin[T interface{ SetSpan(from, to source.Pos) }](p *parser, n T, from source.Pos) T {
	n.SetSpan(from, max(from, p.prevEnd))
	return n
}

// ---------------------------------------------------------------------------
// Errors

func (p *parser) scanError(pos, end source.Pos, msg string) { p.errorSpan(pos, end, msg) }

func (p *parser) errorf(pos source.Pos, format string, args ...any) {
	p.errorSpan(pos, source.NoPos, fmt.Sprintf(format, args...))
}

// errorSpan reports msg at [pos, end), keeping only the first error on a
// line: later ones there are almost always its consequences.
func (p *parser) errorSpan(pos, end source.Pos, msg string) {
	if p.silent > 0 {
		p.failed = true
		return
	}
	line := p.file.Position(pos).Line
	if p.errors > 0 && line == p.errLine {
		return
	}
	p.errors++
	p.errLine = line
	p.diags.ErrorSpan(pos, end, "%s", msg)
	if p.errors > source.MaxErrors {
		panic(bailout{})
	}
}

// errorExpected reports that what was expected at the current token.
func (p *parser) errorExpected(what string) {
	if p.isNewline() {
		p.errorf(p.pos, "unexpected newline, expected %s", what)
		return
	}
	p.errorSpan(p.pos, p.end(), fmt.Sprintf("expected %s, found %s", what, p.tokDesc()))
}

// tokDesc describes the current token for an error message.
func (p *parser) tokDesc() string {
	switch p.tok {
	case EOF:
		return "end of file"
	case SEMICOLON:
		if p.lit == "\n" {
			return "newline"
		}
	case IDENT:
		return "name " + p.lit
	case INT, FLOAT, CHAR, STRING, FSTRING, LABEL, BACKTICK:
		lit := p.lit
		if len(lit) > 24 {
			lit = lit[:20] + "..."
		}
		return p.tok.String() + " " + lit
	}
	return "'" + p.lit + "'"
}

// unsupportedExpr returns an UnsupportedExpr for the feature from pos to
// the end of the previous token.
func (p *parser) unsupportedExpr(pos source.Pos, feature string) Expr {
	return fin(p, &UnsupportedExpr{Feature: feature}, pos)
}

func (p *parser) unsupportedType(pos source.Pos, feature string) *UnsupportedType {
	return fin(p, &UnsupportedType{Feature: feature}, pos)
}

// enter counts one level of nesting of what ("expression", "type",
// "block", "pattern"); leave undoes it.
func (p *parser) enter(what string) {
	p.depth++
	p.peak = max(p.peak, p.depth)
	if p.depth > maxDepth {
		p.tooDeep(what)
	}
}

func (p *parser) leave() { p.depth-- }

// A loop that builds a left-leaning chain, such as a + b + c, x.f().g or
// x as A as B, makes the tree so far the left operand of each new node:
// everything parsed so far sinks one level, which sink counts. chainStart
// begins such a chain, measuring its height from the current level, and
// returns what chainEnd needs to merge it into the height of the tree
// around it.
func (p *parser) chainStart() (outer int) {
	outer, p.peak = p.peak, p.depth
	return outer
}

func (p *parser) chainEnd(outer int) { p.peak = max(p.peak, outer) }

func (p *parser) sink(what string) {
	p.peak++
	if p.peak > maxDepth {
		p.tooDeep(what)
	}
}

// tooDeep reports input nested beyond maxDepth and gives up: whatever
// follows would be reported in terms of a tree cut short.
func (p *parser) tooDeep(what string) {
	p.silent = 0
	p.errLine = 0
	p.errorSpan(p.pos, p.end(), fmt.Sprintf("%s nested too deeply (more than %d levels)", what, maxDepth))
	panic(bailout{})
}

// ---------------------------------------------------------------------------
// Speculation and lookahead

// try runs f without reporting errors. If f returns false or an error
// occurs, the parser is put back where it was and try returns false;
// otherwise what f parsed is kept.
func (p *parser) try(f func() bool) bool {
	saved := *p
	p.silent++
	p.failed = false
	ok := f() && !p.failed
	p.silent--
	if !ok {
		*p = saved
		return false
	}
	p.failed = saved.failed
	return true
}

func ignoreError(source.Pos, source.Pos, string) {}

// lookahead calls f on the tokens after the current one, until f returns
// false or the input ends, without moving the parser.
func (p *parser) lookahead(f func(pos source.Pos, tok Token, lit string) bool) {
	sc := p.sc
	sc.err = ignoreError
	for {
		pos, tok, lit := sc.Scan()
		if tok == EOF || !f(pos, tok, lit) {
			return
		}
	}
}

// peek returns the token after the current one.
func (p *parser) peek() (tok Token, lit string) {
	p.lookahead(func(_ source.Pos, t Token, l string) bool {
		tok, lit = t, l
		return false
	})
	if tok == ILLEGAL && lit == "" {
		tok = EOF
	}
	return tok, lit
}

// ---------------------------------------------------------------------------
// Recovery

// skipStmt skips to the end of a statement that could not be parsed: to a
// semicolon, or before the '}' that closes the enclosing block. It consumes
// at least one token unless it stands at '}' or the end.
func (p *parser) skipStmt() {
	depth := 0
	for p.tok != EOF {
		switch p.tok {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK:
			depth = max(depth-1, 0)
		case RBRACE:
			if depth == 0 {
				return
			}
			depth--
		case SEMICOLON:
			if depth == 0 {
				p.next()
				return
			}
		}
		p.next()
	}
}

// skipDecl skips to a keyword that begins an item at the start of a line.
func (p *parser) skipDecl() {
	p.next()
	for p.tok != EOF {
		if p.nlBefore && startsItem(p.tok) {
			return
		}
		p.next()
	}
}

func startsItem(tok Token) bool {
	switch tok {
	case FN, ASYNC, STRUCT, ENUM, CONTRACT, CONST, TYPE, IMPORT, EXPORT, AT, HASH:
		return true
	}
	return false
}

// ---------------------------------------------------------------------------
// Lists

// list parses elements with f, separated by sep, up to but not including
// close. A line break before close is accepted in place of a trailing sep.
// On any other token it reports an error and stops.
func (p *parser) list(what string, sep, close Token, f func()) {
	for p.tok != close && p.tok != EOF {
		start := p.pos
		f()
		if p.got(sep) {
			continue
		}
		if p.isNewline() {
			if t, _ := p.peek(); t == close {
				p.next()
				continue
			}
		}
		if p.tok != close {
			p.errorExpected(fmt.Sprintf("'%s' or '%s' in %s", sep, close, what))
			if p.pos == start {
				p.next()
			}
			return
		}
	}
}

// closing expects close, allowing a line break before it.
func (p *parser) closing(close Token) source.Pos {
	if p.isNewline() {
		if t, _ := p.peek(); t == close {
			p.next()
		}
	}
	return p.expect(close)
}

// ---------------------------------------------------------------------------
// Literals and names

func (p *parser) ident() *Ident {
	pos := p.pos
	name := "_"
	if p.tok == IDENT {
		name = p.lit
		p.next()
	} else {
		p.errorExpected("name")
	}
	id := &Ident{Name: name}
	id.SetSpan(pos, max(pos, p.prevEnd))
	return id
}

// identOrKeyword accepts any keyword as a name, as after '.'.
func (p *parser) identOrKeyword() *Ident {
	if p.tok.IsKeyword() && p.tok != LETMUT {
		p.tok = IDENT
	}
	return p.ident()
}

func (p *parser) basicLit() *BasicLit {
	x := &BasicLit{Kind: p.tok, Raw: p.lit}
	switch p.tok {
	case INT, FLOAT:
		x.Value, x.Suffix = splitNumber(p.lit)
	case STRING:
		x.Value = unquote(trimQuotes(p.lit, 1, '"'), false)
	case CHAR:
		x.Value = unquote(trimQuotes(p.lit, 1, '\''), false)
	}
	pos := p.pos
	p.next()
	return fin(p, x, pos)
}

// tupleIndex converts the digits after '.' to a tuple index.
func (p *parser) tupleIndex() int {
	n, err := strconv.Atoi(p.lit)
	if err != nil || n > 1<<16 {
		p.errorf(p.pos, "invalid tuple index %s", p.lit)
	}
	return n
}
