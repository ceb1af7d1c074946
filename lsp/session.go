package lsp

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
)

// This file keeps the documents that the client has open, analyses the
// package of a document whenever one changes, and publishes the
// diagnostics of the analysis.

// A document is a file open in the client, with the text that the client
// last sent.
type document struct {
	uri  protocol.DocumentUri
	text []byte
}

// published records the diagnostics last published for a file.
type published struct {
	uri   protocol.DocumentUri
	dir   string // the package directory whose analysis published them
	diags []protocol.Diagnostic
}

func (s *server) didOpen(_ *glsp.Context, params *protocol.DidOpenTextDocumentParams) error {
	return s.setText(params.TextDocument.URI, []byte(params.TextDocument.Text))
}

func (s *server) didChange(_ *glsp.Context, params *protocol.DidChangeTextDocumentParams) error {
	// The server asks for the whole text with every change.
	for _, change := range params.ContentChanges {
		if whole, ok := change.(protocol.TextDocumentContentChangeEventWhole); ok {
			if err := s.setText(params.TextDocument.URI, []byte(whole.Text)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *server) didSave(_ *glsp.Context, params *protocol.DidSaveTextDocumentParams) error {
	path, err := uriPath(params.TextDocument.URI)
	if err != nil {
		return err
	}
	s.update(filepath.Dir(path))
	return nil
}

func (s *server) didClose(_ *glsp.Context, params *protocol.DidCloseTextDocumentParams) error {
	path, err := uriPath(params.TextDocument.URI)
	if err != nil {
		return err
	}
	delete(s.docs, path)
	s.update(filepath.Dir(path))
	return nil
}

// The Go packages of the go: imports are loaded once for each module and
// kept in s.goCache, which sees for itself when go.mod, go.sum, go.work or
// a file of an imported Go package outside the standard library changes
// (load.GoCache). What it cannot see, a Go package created after an
// import named it or a change of a package that an imported one depends
// on, the client reports if it can watch files for the server, as VS Code
// and Neovim 0.10 on some systems can: initialized asks it to report the
// changes of Go files and of go.mod, go.sum and go.work, and on each report
// the server forgets the Go packages and analyses again the packages it
// has analysed, so that their diagnostics follow the Go code.

// goWatchers are the files whose changes the client reports.
var goWatchers = []protocol.FileSystemWatcher{
	{GlobPattern: "**/*.go"},
	{GlobPattern: "**/go.mod"},
	{GlobPattern: "**/go.sum"},
	{GlobPattern: "**/go.work"},
}

// initialized asks the client to watch the files of goWatchers, if it can.
// It does not wait for the answer: the server handles one message at a
// time, so the answer cannot arrive while it waits.
func (s *server) initialized(*glsp.Context, *protocol.InitializedParams) error {
	if !s.watch {
		return nil
	}
	_, err := s.conn.DispatchCall(context.Background(), protocol.ServerClientRegisterCapability, protocol.RegistrationParams{
		Registrations: []protocol.Registration{{
			ID:              "vex2go-go-files",
			Method:          protocol.MethodWorkspaceDidChangeWatchedFiles,
			RegisterOptions: protocol.DidChangeWatchedFilesRegistrationOptions{Watchers: goWatchers},
		}},
	})
	return err
}

// didChangeWatchedFiles forgets the Go packages and the analyses of
// find-references, and analyses again the packages analysed before.
func (s *server) didChangeWatchedFiles(*glsp.Context, *protocol.DidChangeWatchedFilesParams) error {
	s.goCache.Forget()
	clear(s.refSnaps)
	for _, dir := range slices.Sorted(maps.Keys(s.snaps)) {
		if s.snaps[dir] != nil {
			s.analyse(dir)
		}
	}
	return nil
}

// setText records the text of an open document and analyses its package.
func (s *server) setText(uri protocol.DocumentUri, text []byte) error {
	path, err := uriPath(uri)
	if err != nil {
		return err
	}
	s.docs[path] = &document{uri: uri, text: text}
	s.update(filepath.Dir(path))
	return nil
}

// update analyses the package of directory dir and publishes its
// diagnostics, then does the same for each package analysed before that
// imports it.
func (s *server) update(dir string) {
	s.analyse(dir)
	for _, other := range slices.Sorted(maps.Keys(s.snaps)) {
		if snap := s.snaps[other]; other != dir && snap.imports(dir) {
			s.analyse(other)
		}
	}
}

// snapshotOf returns the analysis of the package that holds the file at
// path, analysing the package if it has not been.
func (s *server) snapshotOf(path string) *snapshot {
	dir := filepath.Dir(path)
	snap := s.snaps[dir]
	if snap == nil || snap.files[path] == nil {
		snap = s.analyse(dir)
	}
	return snap
}

// analyse analyses the package of directory dir, records the analysis and
// publishes its diagnostics: for every file of the package and of the
// packages it imports, an empty list for a file without any, which clears
// what was published for it before. It publishes nothing for a file whose
// diagnostics have not changed.
func (s *server) analyse(dir string) *snapshot {
	snap, err := analyse(dir, s.overlay(), s.vxFiles(dir), &s.goCache, s.log)
	if err != nil {
		if err != errNoFiles {
			s.log.Printf("analysing %s: %v", dir, err)
		}
		delete(s.snaps, dir)
		s.clear(dir, nil)
		return nil
	}
	s.snaps[dir] = snap
	for _, path := range slices.Sorted(maps.Keys(snap.diags)) {
		uri, diags := s.uri(path), snap.diags[path]
		if p := s.published[path]; p == nil || p.uri != uri || !reflect.DeepEqual(p.diags, diags) {
			s.notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{URI: uri, Diagnostics: diags})
		}
		s.published[path] = &published{uri, dir, diags}
	}
	s.clear(dir, snap)
	return snap
}

// clear forgets the files that an analysis of dir published diagnostics
// for and that the analysis snap (nil for none) no longer has, deleted and
// renamed files, and publishes empty diagnostics for those that had some.
func (s *server) clear(dir string, snap *snapshot) {
	for _, path := range slices.Sorted(maps.Keys(s.published)) {
		p := s.published[path]
		if p.dir != dir || snap != nil && snap.diags[path] != nil {
			continue
		}
		delete(s.published, path)
		if len(p.diags) > 0 {
			s.notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{URI: p.uri, Diagnostics: []protocol.Diagnostic{}})
		}
	}
}

// overlay returns the texts of the open documents, by absolute path.
func (s *server) overlay() map[string][]byte {
	overlay := make(map[string][]byte, len(s.docs))
	for path, doc := range s.docs {
		overlay[path] = doc.text
	}
	return overlay
}

// vxFiles returns the paths of the .vx files of directory dir that belong
// to its package, on disk or open in the client, with those open in the
// client that the package ignores (_x.vx), since the client edits them.
func (s *server) vxFiles(dir string) []string {
	var paths []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if name := e.Name(); !e.IsDir() && strings.HasSuffix(name, ".vx") && !load.Ignored(name) {
			paths = append(paths, filepath.Join(dir, name))
		}
	}
	for path := range s.docs {
		if filepath.Dir(path) == dir && strings.HasSuffix(path, ".vx") && !slices.Contains(paths, path) {
			paths = append(paths, path)
		}
	}
	slices.Sort(paths)
	return paths
}

// uri returns the URI of the file at path: the client's own for an open
// document.
func (s *server) uri(path string) protocol.DocumentUri {
	if doc := s.docs[path]; doc != nil {
		return doc.uri
	}
	return pathURI(path)
}

// locate returns the snapshot, the file and the position that a request
// names; a nil file when the server cannot analyse the file, and an error
// when the URI names no file.
func (s *server) locate(p protocol.TextDocumentPositionParams) (*snapshot, *file, source.Pos, error) {
	snap, f, err := s.fileOf(p.TextDocument.URI)
	if f == nil {
		return nil, nil, source.NoPos, err
	}
	return snap, f, offset(f.src, p.Position), nil
}

// fileOf returns the snapshot and the file that a URI names.
func (s *server) fileOf(uri protocol.DocumentUri) (*snapshot, *file, error) {
	path, err := uriPath(uri)
	if err != nil {
		return nil, nil, err
	}
	snap := s.snapshotOf(path)
	if snap == nil || snap.files[path] == nil {
		return nil, nil, nil
	}
	return snap, snap.files[path], nil
}
