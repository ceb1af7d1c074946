package lsp

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// errorCode returns the JSON-RPC error code of err, or 0.
func errorCode(err error) int64 {
	var rpcErr *jsonrpc2.Error
	if errors.As(err, &rpcErr) {
		return rpcErr.Code
	}
	return 0
}

// TestLifecycle checks the protocol's order of messages: nothing but
// initialize before initialize, nothing but exit after shutdown, and the
// outcome of exit with and without a shutdown first.
func TestLifecycle(t *testing.T) {
	c := startClient(t, workspace, nil)
	hover := protocol.HoverParams{TextDocumentPositionParams: c.at("app/main.vx", "p.norm", 0)}
	if err := c.callErr(protocol.MethodTextDocumentHover, hover, nil); errorCode(err) != codeServerNotInitialized {
		t.Errorf("hover before initialize: %v, want error %d", err, codeServerNotInitialized)
	}
	var result protocol.InitializeResult
	c.call(protocol.MethodInitialize, protocol.InitializeParams{}, &result)
	caps := result.Capabilities
	if result.ServerInfo == nil || result.ServerInfo.Name != "vex2go" || caps.HoverProvider != true || caps.DefinitionProvider != true ||
		caps.ReferencesProvider != true || caps.DocumentSymbolProvider != true || caps.CompletionProvider == nil ||
		caps.DocumentFormattingProvider != true {
		t.Errorf("initialize: %+v", result)
	}
	if err := c.callErr("textDocument/unknown", hover, nil); errorCode(err) != jsonrpc2.CodeMethodNotFound {
		t.Errorf("unknown method: %v, want error %d", err, jsonrpc2.CodeMethodNotFound)
	}
	if err := c.callErr(protocol.MethodTextDocumentHover, map[string]string{"textDocument": "x"}, nil); errorCode(err) != jsonrpc2.CodeInvalidParams {
		t.Errorf("bad parameters: %v, want error %d", err, jsonrpc2.CodeInvalidParams)
	}
	c.notify("$/cancelRequest", map[string]int{"id": 1})
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{}})
	c.call(protocol.MethodShutdown, nil, nil)
	if err := c.callErr(protocol.MethodTextDocumentHover, hover, nil); errorCode(err) != jsonrpc2.CodeInvalidRequest {
		t.Errorf("hover after shutdown: %v, want error %d", err, jsonrpc2.CodeInvalidRequest)
	}
	c.notify(protocol.MethodExit, nil)
	if err := c.wait(); err != nil {
		t.Errorf("exit after shutdown: %v", err)
	}
	if c.log.Len() > 0 {
		t.Errorf("the server logged:\n%s", c.log.String())
	}

	c = startClient(t, workspace, nil)
	c.call(protocol.MethodInitialize, protocol.InitializeParams{}, &result)
	c.notify(protocol.MethodExit, nil)
	if err := c.wait(); err != ErrExitWithoutShutdown {
		t.Errorf("exit without shutdown: %v, want %v", err, ErrExitWithoutShutdown)
	}
}

// wait returns what the server ended with.
func (c *client) wait() error {
	select {
	case err := <-c.done:
		return err
	case <-time.After(10 * time.Second):
		c.t.Fatal("the server did not end")
	}
	return nil
}

// TestPanic checks that a panic in a handler becomes an internal error
// and a line in the log, and that the server goes on.
func TestPanic(t *testing.T) {
	c := startClient(t, workspace, func(s *server) {
		s.handler.TextDocumentHover = func(*glsp.Context, *protocol.HoverParams) (*protocol.Hover, error) { panic("boom") }
	})
	c.call(protocol.MethodInitialize, protocol.InitializeParams{}, nil)
	c.open("app/main.vx")
	err := c.callErr(protocol.MethodTextDocumentHover, protocol.HoverParams{TextDocumentPositionParams: c.at("app/main.vx", "p.norm", 0)}, nil)
	if errorCode(err) != jsonrpc2.CodeInternalError || !strings.Contains(err.Error(), "boom") {
		t.Errorf("hover that panics: %v", err)
	}
	if d, ok := c.diagnostics("app/main.vx"); !ok || len(d) != 0 {
		t.Errorf("after the panic: diagnostics %v, %v", d, ok)
	}
	c.call(protocol.MethodShutdown, nil, nil)
	c.notify(protocol.MethodExit, nil)
	c.wait()
	if log := c.log.String(); !strings.Contains(log, "panic handling textDocument/hover: boom") {
		t.Errorf("log: %s", log)
	}
}
