package lsp

import (
	"fmt"
	"net/url"
	"path/filepath"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/vexlang/vex2go/frontend/source"
)

// This file converts between the positions of the protocol, a line and a
// column in UTF-16 code units, both from 0, and those of the frontend,
// byte offsets in a source.FileSet; and between file URIs and paths.

// uriPath returns the absolute path of the file that a file URI names.
func uriPath(uri protocol.DocumentUri) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", err
	}
	if u.Scheme != "file" {
		return "", fmt.Errorf("%s is not a file URI", uri)
	}
	path := filepath.FromSlash(u.Path)
	if vol := filepath.VolumeName(path[min(1, len(path)):]); vol != "" {
		path = path[1:] // /C:/x on Windows
	}
	return filepath.Clean(path), nil
}

// pathURI returns the file URI of the file at the absolute path.
func pathURI(path string) protocol.DocumentUri {
	path = filepath.ToSlash(path)
	if filepath.VolumeName(path) != "" {
		path = "/" + path
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}

// offset returns the position in f of the protocol's position p.
func offset(f *source.File, p protocol.Position) source.Pos {
	return f.PosUTF16(int(p.Line)+1, int(p.Character)+1)
}

// position returns the protocol's position of p in f.
func position(f *source.File, p source.Pos) protocol.Position {
	return protocol.Position{Line: protocol.UInteger(f.Position(p).Line - 1), Character: protocol.UInteger(f.ColumnUTF16(p) - 1)}
}

// rangeOf returns the protocol's range of [from, to) in f.
func rangeOf(f *source.File, from, to source.Pos) protocol.Range {
	return protocol.Range{Start: position(f, from), End: position(f, to)}
}
