// Package lsp is the language server of vex2go: it speaks the Language
// Server Protocol over a stream, standard input and output under
// "vex2go lsp", and answers from the frontend. It publishes the diagnostics
// that vex2go check reports, for every file of the package being edited
// and of the packages it imports, with the editor's unsaved buffers in
// place of the files on disk; it shows the type of the expression under
// the cursor and the signature and doc comment of a declaration, goes to
// the definition of a name, lists the references to it in the workspace,
// completes names in scope and members after a dot, lists the symbols of
// a document, and formats it as vex2go fmt does.
//
// The names that go: imports bring in have their Go declarations: hover
// shows the declaration as go doc does, with its doc comment, definition
// goes to the Go source, and completion offers the exports of a Go package
// and the fields and methods of a Go value (golang.go). The Go packages
// are loaded once and kept in a load.GoCache, which the client's reports
// of changed Go files empty (session.go).
//
// The protocol layer is not written here. github.com/sourcegraph/jsonrpc2
// carries JSON-RPC 2.0 with the protocol's Content-Length framing, on both
// ends: it is maintained, small, has no dependency the server uses, and
// many Go language servers run on it. github.com/tliron/glsp supplies the
// types of LSP 3.16 and the dispatch of each method to its handler
// (package protocol_3_16, which needs nothing but the standard library);
// its server package is not used, since it logs through a framework of its
// own and drops the errors of calls to the client. The other complete set
// of types, go.lsp.dev/protocol, was last released in 2022, for a version
// of go.lsp.dev/jsonrpc2 that its authors have since replaced
// incompatibly.
//
// The server handles one message at a time, in the order they arrive, as
// jsonrpc2 delivers them, so its state needs no lock: each document change
// is analysed before the next request is read, and a request is answered
// from the text the client last sent. By the time a $/cancelRequest
// arrives, the request it names has been answered; the server ignores it,
// as the protocol allows. A panic in a handler is recovered and logged,
// and the request answered with an internal error: it never reaches the
// client as a broken stream. The log goes to the writer given to Serve
// (standard error); nothing but protocol messages is written to the
// stream.
package lsp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"runtime/debug"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/vexlang/vex2go/frontend/load"
)

// ErrExitWithoutShutdown is the error of Serve when the client sends exit
// without asking for a shutdown first: the protocol has the server exit
// with status 1 then.
var ErrExitWithoutShutdown = errors.New("exit without shutdown")

// Options configure a server.
type Options struct {
	Version string    // the version of vex2go, which the server reports to the client
	Log     io.Writer // where the server logs its troubles; nil: nowhere
}

// Serve runs the language server on the messages that in carries until the
// client sends exit or closes in; the answers go to out. It returns nil
// after an exit that follows a shutdown request, or when in ends.
func Serve(ctx context.Context, in io.Reader, out io.Writer, opts Options) error {
	logw := opts.Log
	if logw == nil {
		logw = io.Discard
	}
	return newServer(log.New(logw, "vex2go lsp: ", log.LstdFlags), opts.Version).serve(ctx, in, out)
}

// serve runs the server on a stream until it ends; see Serve.
func (s *server) serve(ctx context.Context, in io.Reader, out io.Writer) error {
	stream := jsonrpc2.NewBufferedStream(stdio{in, out}, jsonrpc2.VSCodeObjectCodec{})
	conn := jsonrpc2.NewConn(ctx, stream, jsonrpc2.HandlerWithError(s.handle), jsonrpc2.SetLogger(s.log))
	<-conn.DisconnectNotify()
	return s.exitErr
}

// stdio joins the two halves of the stream.
type stdio struct {
	io.Reader
	io.Writer
}

// Close closes in, if it can be closed, so that the connection stops
// reading.
func (s stdio) Close() error {
	if c, ok := s.Reader.(io.Closer); ok {
		return c.Close()
	}
	return nil
}

// A server is the state of one connection.
type server struct {
	conn     *jsonrpc2.Conn // the connection, as handle has it
	handler  protocol.Handler
	log      *log.Logger
	version  string
	shutdown bool  // the client asked for a shutdown
	exitErr  error // what Serve returns

	docs      map[string]*document          // the open documents, by absolute path
	snaps     map[string]*snapshot          // the last analysis of each package, by absolute directory
	refSnaps  map[string]*workspaceSnapshot // the analyses of find-references, by absolute directory
	published map[string]*published         // the diagnostics last published for each file, by absolute path
	goCache   load.GoCache                  // the Go packages of the go: imports (see didChangeWatchedFiles)
	goSrc     goSources                     // the Go files that hovers and definitions have parsed
	watch     bool                          // the client watches files for the server
	roots     []string                      // the client's workspace folders, absolute
}

func newServer(logger *log.Logger, version string) *server {
	s := &server{log: logger, version: version,
		docs:      make(map[string]*document),
		snaps:     make(map[string]*snapshot),
		refSnaps:  make(map[string]*workspaceSnapshot),
		published: make(map[string]*published),
	}
	s.handler = protocol.Handler{
		Initialize:  s.initialize,
		Initialized: s.initialized,
		Shutdown:    func(*glsp.Context) error { s.shutdown = true; return nil },
		SetTrace:    func(*glsp.Context, *protocol.SetTraceParams) error { return nil },

		TextDocumentDidOpen:   s.didOpen,
		TextDocumentDidChange: s.didChange,
		TextDocumentDidSave:   s.didSave,
		TextDocumentDidClose:  s.didClose,

		WorkspaceDidChangeWatchedFiles: s.didChangeWatchedFiles,

		TextDocumentHover:          s.hover,
		TextDocumentDefinition:     s.definition,
		TextDocumentReferences:     s.references,
		TextDocumentCompletion:     s.completion,
		TextDocumentDocumentSymbol: s.documentSymbol,
		TextDocumentFormatting:     s.formatting,
	}
	return s
}

// The error codes of the protocol that jsonrpc2 does not define.
const (
	codeServerNotInitialized = -32002
)

// handle answers one message, turning the outcome of the method's handler
// into a JSON-RPC result or error. A notification has no answer: its
// errors are logged, except that a notification the server does not
// handle is ignored. A panic becomes an internal error.
func (s *server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (result any, err error) {
	s.conn = conn
	defer func() {
		if r := recover(); r != nil {
			s.log.Printf("panic handling %s: %v\n%s", req.Method, r, debug.Stack())
			result, err = nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: fmt.Sprintf("internal error of vex2go lsp: %v", r)}
		}
		if req.Notif && err != nil {
			if rpcErr, ok := err.(*jsonrpc2.Error); !ok || rpcErr.Code != jsonrpc2.CodeMethodNotFound {
				s.log.Printf("%s: %v", req.Method, err)
			}
			result, err = nil, nil
		}
	}()
	switch {
	case req.Method == protocol.MethodExit:
		if !s.shutdown {
			s.exitErr = ErrExitWithoutShutdown
		}
		conn.Close()
		return nil, nil
	case s.shutdown:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: "the server is shut down"}
	case !s.handler.IsInitialized() && req.Method != protocol.MethodInitialize:
		return nil, &jsonrpc2.Error{Code: codeServerNotInitialized, Message: "the server is not initialized"}
	}
	gctx := &glsp.Context{Method: req.Method, Notify: s.notify}
	if req.Params != nil {
		gctx.Params = *req.Params
	}
	result, validMethod, validParams, err := s.handler.Handle(gctx)
	switch {
	case !validMethod:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "method not supported: " + req.Method}
	case !validParams:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: fmt.Sprintf("invalid parameters of %s: %v", req.Method, err)}
	case err != nil:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: err.Error()}
	}
	return result, nil
}

// notify sends a notification to the client.
func (s *server) notify(method string, params any) {
	if err := s.conn.Notify(context.Background(), method, params); err != nil {
		s.log.Printf("notifying %s: %v", method, err)
	}
}

// initialize answers the client's first request with the capabilities of
// the server.
func (s *server) initialize(_ *glsp.Context, params *protocol.InitializeParams) (any, error) {
	if ws := params.Capabilities.Workspace; ws != nil && ws.DidChangeWatchedFiles != nil {
		s.watch = ws.DidChangeWatchedFiles.DynamicRegistration != nil && *ws.DidChangeWatchedFiles.DynamicRegistration
	}
	s.roots = workspaceRoots(params)
	caps := s.handler.CreateServerCapabilities()
	full := protocol.TextDocumentSyncKindFull
	caps.TextDocumentSync = &protocol.TextDocumentSyncOptions{
		OpenClose: &protocol.True,
		Change:    &full,
		Save:      true,
	}
	caps.CompletionProvider = &protocol.CompletionOptions{TriggerCharacters: []string{"."}}
	version := s.version
	return protocol.InitializeResult{
		Capabilities: caps,
		ServerInfo:   &protocol.InitializeResultServerInfo{Name: "vex2go", Version: &version},
	}, nil
}
