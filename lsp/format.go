package lsp

import (
	"bytes"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// formatSource returns src, a Vex source file, in the layout of vex2go fmt.
// It is where the formatter of vex2go plugs in; while it is nil, the
// server neither offers nor answers formatting.
var formatSource func(src []byte) ([]byte, error)

// formatting answers textDocument/formatting with one edit that replaces
// the lines that formatting changes, so that the client keeps its cursor
// and marks elsewhere. A file that does not format, for a syntax error,
// is an error.
func (s *server) formatting(_ *glsp.Context, params *protocol.DocumentFormattingParams) ([]protocol.TextEdit, error) {
	_, f, err := s.fileOf(params.TextDocument.URI)
	if f == nil {
		return nil, err
	}
	src := f.src.Source()
	out, err := formatSource(src)
	if err != nil {
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
