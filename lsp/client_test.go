package lsp

import (
	"context"
	"encoding/json"
	"log"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	protocol "github.com/tliron/glsp/protocol_3_16"
	"golang.org/x/tools/txtar"
)

// A client drives a server in the same process over a pipe, as an editor
// drives vex2go lsp: with jsonrpc2 and the protocol's types.
type client struct {
	t    *testing.T
	conn *jsonrpc2.Conn
	dir  string // the workspace
	done chan error

	// onRequest, if not nil, sees each request and notification of the
	// server; it is set before initialize.
	onRequest func(*jsonrpc2.Request)

	mu    sync.Mutex
	diags map[string][]protocol.Diagnostic // the last published, by URI
	log   strings.Builder
}

// newClient starts a server on the files of the txtar archive, written to
// a temporary directory, and initializes it. The server is shut down when
// the test ends.
func newClient(t *testing.T, archive string) *client {
	t.Helper()
	c := startClient(t, archive, nil)
	var result protocol.InitializeResult
	root := pathURI(c.dir)
	c.call(protocol.MethodInitialize, protocol.InitializeParams{RootURI: &root}, &result)
	c.notify(protocol.MethodInitialized, protocol.InitializedParams{})
	t.Cleanup(c.close)
	return c
}

// startClient starts a server on the files of the txtar archive, written
// to a temporary directory. A non-nil setup changes the server first.
func startClient(t *testing.T, archive string, setup func(*server)) *client {
	t.Helper()
	dir := t.TempDir()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	c := &client{t: t, dir: dir, done: make(chan error, 1), diags: make(map[string][]protocol.Diagnostic)}
	serverEnd, clientEnd := net.Pipe()
	s := newServer(log.New(logWriter{c}, "", 0), "test")
	if setup != nil {
		setup(s)
	}
	go func() {
		c.done <- s.serve(context.Background(), serverEnd, serverEnd)
		serverEnd.Close()
	}()
	c.conn = jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(clientEnd, jsonrpc2.VSCodeObjectCodec{}), c)
	return c
}

// close shuts the server down, as an editor does, and checks that it ends
// without error and logged nothing.
func (c *client) close() {
	c.call(protocol.MethodShutdown, nil, nil)
	c.notify(protocol.MethodExit, nil)
	select {
	case err := <-c.done:
		if err != nil {
			c.t.Errorf("Serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		c.t.Errorf("the server did not exit")
	}
	c.conn.Close()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.log.Len() > 0 {
		c.t.Errorf("the server logged:\n%s", c.log.String())
	}
}

// logWriter collects the log of the server.
type logWriter struct{ c *client }

func (w logWriter) Write(p []byte) (int, error) {
	w.c.mu.Lock()
	defer w.c.mu.Unlock()
	return w.c.log.Write(p)
}

// Handle receives the server's notifications and requests. It answers a
// request with null from another goroutine: the pipe has no buffer, and
// the server may be writing a notification while the answer waits.
func (c *client) Handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	if c.onRequest != nil {
		c.onRequest(req)
	}
	if !req.Notif {
		go conn.Reply(ctx, req.ID, nil)
		return
	}
	if req.Method == protocol.ServerTextDocumentPublishDiagnostics {
		var params protocol.PublishDiagnosticsParams
		if err := json.Unmarshal(*req.Params, &params); err != nil {
			c.t.Errorf("publishDiagnostics: %v", err)
		}
		c.mu.Lock()
		c.diags[params.URI] = params.Diagnostics
		c.mu.Unlock()
	}
}

// call sends a request and decodes its result into result.
func (c *client) call(method string, params, result any) {
	c.t.Helper()
	if err := c.callErr(method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) callErr(method string, params, result any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return c.conn.Call(ctx, method, params, result)
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// uri returns the URI of a file of the workspace.
func (c *client) uri(name string) protocol.DocumentUri {
	return pathURI(filepath.Join(c.dir, filepath.FromSlash(name)))
}

// text returns the contents of a file of the workspace.
func (c *client) text(name string) string {
	data, err := os.ReadFile(filepath.Join(c.dir, filepath.FromSlash(name)))
	if err != nil {
		c.t.Fatal(err)
	}
	return string(data)
}

// open opens a file of the workspace with its text on disk, or with text.
func (c *client) open(name string, text ...string) {
	var t string
	if len(text) > 0 {
		t = text[0]
	} else {
		t = c.text(name)
	}
	c.notify(protocol.MethodTextDocumentDidOpen, protocol.DidOpenTextDocumentParams{
		TextDocument: protocol.TextDocumentItem{URI: c.uri(name), LanguageID: "vex", Version: 1, Text: t},
	})
}

// change replaces the text of an open document.
func (c *client) change(name, text string) {
	c.notify(protocol.MethodTextDocumentDidChange, protocol.DidChangeTextDocumentParams{
		TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: c.uri(name)}, Version: 2},
		ContentChanges: []any{protocol.TextDocumentContentChangeEventWhole{Text: text}},
	})
}

// diagnostics returns the diagnostics last published for a file, once the
// server has handled what was sent before.
func (c *client) diagnostics(name string) ([]protocol.Diagnostic, bool) {
	c.sync()
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.diags[c.uri(name)]
	return d, ok
}

// sync waits until the server has handled every message sent before: it
// answers a request after those, and sends the notifications of each
// before its answer.
func (c *client) sync() {
	if err := c.callErr("vex2go/sync", nil, nil); err == nil || !strings.Contains(err.Error(), "method not supported") {
		c.t.Fatalf("sync: %v, want method not supported", err)
	}
}

// at returns the position of the n-th byte of the first occurrence of
// marker in the file's text, the text on disk or the one given.
func (c *client) at(name, marker string, n int, text ...string) protocol.TextDocumentPositionParams {
	c.t.Helper()
	var t string
	if len(text) > 0 {
		t = text[0]
	} else {
		t = c.text(name)
	}
	i := strings.Index(t, marker)
	if i < 0 {
		c.t.Fatalf("%s has no %q", name, marker)
	}
	i += n
	line := strings.Count(t[:i], "\n")
	col := 0
	for _, r := range t[strings.LastIndex(t[:i], "\n")+1 : i] {
		col++
		if r >= 0x10000 {
			col++
		}
	}
	return protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: c.uri(name)},
		Position:     protocol.Position{Line: protocol.UInteger(line), Character: protocol.UInteger(col)},
	}
}
