package gen

import (
	"bytes"
	"go/scanner"
	"go/token"
	"path"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/vexlang/vex2go/lower"
)

// at returns the block directive that gives pos to the code following it on
// the same line, or nothing.
func (p *printer) at(pos lower.Pos) *jen.Statement {
	if !p.lines || pos.Line == 0 {
		return jen.Null()
	}
	p.mapped = true
	// jennifer writes a comment starting with /* verbatim.
	return jen.Comment("/*line " + p.location(pos) + "*/")
}

// declLine adds the //line directive of a declaration at pos. A declaration
// without a position that follows mapped code gets a directive naming the
// Go file itself, lest it count on from the last .vx line, past the end of
// the .vx file; prune gives it its line number.
func (p *printer) declLine(g *jen.Group, pos lower.Pos) {
	switch {
	case !p.lines:
	case pos.Line > 0:
		p.mapped = true
		g.Comment("//line " + p.location(pos))
	case p.mapped:
		p.mapped = false
		g.Comment("//line " + p.goName + ":1")
	}
}

// location formats pos as a directive does: FILE:LINE:COL, or FILE:LINE
// when the column is unknown (a zero column is an error). FILE is the .vx
// file's path from Options.SourceDir.
func (p *printer) location(pos lower.Pos) string {
	s := path.Join(p.srcDir, pos.File) + ":" + strconv.Itoa(pos.Line)
	if pos.Col > 0 {
		s += ":" + strconv.Itoa(pos.Col)
	}
	return s
}

// A pruner removes the block directives of formatted declarations that
// name the line the compiler infers anyway: after a directive for line L,
// the code n lines further down is on line L+n. The //line directives of
// declarations stay: removing one would leave behind the "//" line that
// gofmt puts between it and a doc comment. A //line directive naming
// goName, the Go file itself, gets the number of the line that it
// positions, once finish knows the lines of the file's header.
type pruner struct {
	goName string
	line   int // the line of the body on which the next declaration starts

	// The position in effect: body line base is line of name.
	name        string
	dline, base int

	self []int // offsets in the body of the numbers of directives naming goName
}

// prune appends the formatted declaration src to body, without the block
// directives that repeat the inferred line, and returns the extended body.
func (pr *pruner) prune(body, src []byte) []byte {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(file, src, nil, scanner.ScanComments)
	copied := 0 // src[:copied] is in body
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			pr.line += file.LineCount()
			return append(body, src[copied:]...)
		}
		if tok != token.COMMENT {
			continue
		}
		f, l, ok := parseDirective(lit)
		if !ok {
			continue
		}
		// Unadjusted: the scanner applies the directives itself.
		at := pr.line - 1 + file.PositionFor(pos, false).Line
		if lit[1] == '/' {
			at++ // a //line directive positions the next line
			if f == pr.goName {
				off := file.Offset(pos)
				body = append(body, src[copied:off]...)
				body = append(body, "//line "+pr.goName+":"...)
				pr.self = append(pr.self, len(body))
				body = strconv.AppendInt(body, int64(at), 10)
				copied = off + len(lit)
				l = at
			}
		} else if pr.base > 0 && f == pr.name && l == pr.dline+at-pr.base {
			off := file.Offset(pos)
			body = append(body, src[copied:off]...)
			copied = off + len(lit)
			if copied < len(src) && src[copied] == ' ' { // gofmt's blank after the comment
				copied++
			}
			continue
		}
		pr.name, pr.dline, pr.base = f, l, at
	}
}

// finish returns the file: head, then body, whose directives naming the Go
// file count the lines of head too.
func (pr *pruner) finish(head, body []byte) []byte {
	lines := bytes.Count(head, []byte("\n"))
	out := make([]byte, 0, len(head)+len(body)+8*len(pr.self))
	out = append(out, head...)
	copied := 0
	for _, off := range pr.self {
		end := off
		for end < len(body) && body[end] >= '0' && body[end] <= '9' {
			end++
		}
		n, _ := strconv.Atoi(string(body[off:end]))
		out = append(out, body[copied:off]...)
		out = strconv.AppendInt(out, int64(n+lines), 10)
		copied = end
	}
	return append(out, body[copied:]...)
}

// parseDirective returns the file and line of a //line or /*line directive.
// Like the compiler it reads the text from the back, so a file name may
// hold colons: FILE:LINE:COL, or FILE:LINE.
func parseDirective(comment string) (file string, line int, ok bool) {
	text, ok := strings.CutPrefix(comment, "//line ")
	if !ok {
		text, ok = strings.CutPrefix(comment, "/*line ")
		text = strings.TrimSuffix(text, "*/")
	}
	if !ok {
		return "", 0, false
	}
	text, line, ok = cutNumber(text)
	if !ok {
		return "", 0, false
	}
	if rest, n, ok := cutNumber(text); ok {
		return rest, n, true
	}
	return text, line, true
}

// cutNumber splits a trailing :N, N > 0, off s.
func cutNumber(s string) (rest string, n int, ok bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0, false
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil || n <= 0 {
		return s, 0, false
	}
	return s[:i], n, true
}
