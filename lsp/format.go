package lsp

import (
	"bytes"
	"errors"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/vexlang/vex2go/frontend/format"
)

// formatting answers textDocument/formatting with the layout of vex2go fmt,
// as one edit that replaces the lines that formatting changes, so that the
// client keeps its cursor and marks elsewhere.
//
// A file with syntax errors has no layout: the answer is no edit, not an
// error. gopls answers an error there, which editors show as a message on
// every save that formats, on top of the diagnostics of the syntax error
// that the user already sees; rust-analyzer answers nothing for that
// reason, and so does this server. Any other failure of the formatter is a
// bug of vex2go, and an error.
func (s *server) formatting(_ *glsp.Context, params *protocol.DocumentFormattingParams) ([]protocol.TextEdit, error) {
	_, f, err := s.fileOf(params.TextDocument.URI)
	if f == nil {
		return nil, err
	}
	src := f.src.Source()
	out, err := format.Source(f.src.Name(), src)
	var syntaxErr *format.SyntaxError
	switch {
	case errors.As(err, &syntaxErr):
		return nil, nil
	case err != nil:
		return nil, err
	}
	edits := []protocol.TextEdit{}
	if bytes.Equal(src, out) {
		return edits, nil
	}
	// The unchanged lines at the start and at the end.
	start := 0
	for i := 0; i < min(len(src), len(out)) && src[i] == out[i]; i++ {
		if src[i] == '\n' {
			start = i + 1
		}
	}
	end := 0 // bytes from the end
	for i := 1; i <= min(len(src), len(out))-start && src[len(src)-i] == out[len(out)-i]; i++ {
		if src[len(src)-i] == '\n' {
			end = i - 1
		}
	}
	return append(edits, protocol.TextEdit{
		Range:   rangeOf(f.src, f.src.Pos(start), f.src.Pos(len(src)-end)),
		NewText: string(out[start : len(out)-end]),
	}), nil
}
