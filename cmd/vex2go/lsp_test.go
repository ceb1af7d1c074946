package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// TestLSP runs vex2go lsp as an editor does: a subprocess that it talks to
// over standard input and output with a client of the protocol. It opens a
// file with an error, fixes it, asks for hover, definition, completion,
// symbols, references and formatting, on Vex names and on a Go name of a
// go: import of the standard library, and shuts the server down.
func TestLSP(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	main := filepath.Join(dir, "main.vx")
	const fixed = "import * as strings from \"go:strings\"\n\nstruct Point { x: i64 }\n\nfn main() {\n\tlet p = Point { x: 1 }\n\tprintln(p.x, strings.ToUpper(\"a\"))\n}\n"
	broken := strings.Replace(fixed, "println(p.x", "println(p.z", 1)
	if err := os.WriteFile(main, []byte(broken), 0o666); err != nil {
		t.Fatal(err)
	}

	cmd := vex2goCommand(t, dir, "lsp")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()

	published := make(chan protocol.PublishDiagnosticsParams, 16)
	handler := jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
		if req.Method == protocol.ServerTextDocumentPublishDiagnostics {
			var params protocol.PublishDiagnosticsParams
			if err := json.Unmarshal(*req.Params, &params); err != nil {
				t.Errorf("publishDiagnostics: %v", err)
			}
			published <- params
		}
		return nil, nil
	})
	conn := jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(pipes{stdout, stdin}, jsonrpc2.VSCodeObjectCodec{}), handler)
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	call := func(method string, params, result any) {
		t.Helper()
		if err := conn.Call(ctx, method, params, result); err != nil {
			t.Fatalf("%s: %v", method, err)
		}
	}
	notify := func(method string, params any) {
		t.Helper()
		if err := conn.Notify(ctx, method, params); err != nil {
			t.Fatalf("%s: %v", method, err)
		}
	}
	uri := "file://" + filepath.ToSlash(main)
	diagnostics := func() []protocol.Diagnostic {
		t.Helper()
		for {
			select {
			case p := <-published:
				if p.URI == uri {
					return p.Diagnostics
				}
			case <-ctx.Done():
				t.Fatal("no diagnostics published")
			}
		}
	}
	at := func(line, char int) protocol.TextDocumentPositionParams {
		return protocol.TextDocumentPositionParams{
			TextDocument: protocol.TextDocumentIdentifier{URI: uri},
			Position:     protocol.Position{Line: protocol.UInteger(line), Character: protocol.UInteger(char)},
		}
	}

	var init protocol.InitializeResult
	call(protocol.MethodInitialize, protocol.InitializeParams{}, &init)
	if init.ServerInfo == nil || init.ServerInfo.Name != "vex2go" {
		t.Errorf("initialize: server %+v", init.ServerInfo)
	}
	notify(protocol.MethodInitialized, protocol.InitializedParams{})
	notify(protocol.MethodTextDocumentDidOpen, protocol.DidOpenTextDocumentParams{
		TextDocument: protocol.TextDocumentItem{URI: uri, LanguageID: "vex", Version: 1, Text: broken},
	})
	if d := diagnostics(); len(d) != 1 || !strings.Contains(d[0].Message, "Point has no field or method z") ||
		d[0].Range != (protocol.Range{Start: protocol.Position{Line: 6, Character: 11}, End: protocol.Position{Line: 6, Character: 12}}) {
		t.Errorf("diagnostics on open: %+v", d)
	}
	notify(protocol.MethodTextDocumentDidChange, protocol.DidChangeTextDocumentParams{
		TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: uri}, Version: 2},
		ContentChanges: []any{protocol.TextDocumentContentChangeEventWhole{Text: fixed}},
	})
	if d := diagnostics(); len(d) != 0 {
		t.Errorf("diagnostics after the fix: %+v", d)
	}

	var hover protocol.Hover
	call(protocol.MethodTextDocumentHover, protocol.HoverParams{TextDocumentPositionParams: at(6, 9)}, &hover)
	if md, ok := hover.Contents.(protocol.MarkupContent); !ok || md.Value != "```vex\nlet p: Point\n```" {
		t.Errorf("hover: %+v", hover.Contents)
	}
	var def protocol.Location
	call(protocol.MethodTextDocumentDefinition, protocol.DefinitionParams{TextDocumentPositionParams: at(6, 11)}, &def)
	if def.URI != uri || def.Range.Start != (protocol.Position{Line: 2, Character: 15}) {
		t.Errorf("definition: %+v", def)
	}
	var completion protocol.CompletionList
	call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: at(6, 11)}, &completion)
	if len(completion.Items) != 3 || completion.Items[0].Label != "x" || completion.Items[1].Label != "clone" || completion.Items[2].Label != "toString" {
		t.Errorf("completion: %+v", completion.Items)
	}
	var symbols []protocol.DocumentSymbol
	call(protocol.MethodTextDocumentDocumentSymbol, protocol.DocumentSymbolParams{TextDocument: at(0, 0).TextDocument}, &symbols)
	if len(symbols) != 2 || symbols[0].Name != "Point" || symbols[1].Name != "main" {
		t.Errorf("document symbols: %+v", symbols)
	}
	var refs []protocol.Location
	call(protocol.MethodTextDocumentReferences, protocol.ReferenceParams{TextDocumentPositionParams: at(5, 5), Context: protocol.ReferenceContext{IncludeDeclaration: true}}, &refs)
	if len(refs) != 2 {
		t.Errorf("references: %+v", refs)
	}
	var edits []protocol.TextEdit
	call(protocol.MethodTextDocumentFormatting, protocol.DocumentFormattingParams{TextDocument: at(0, 0).TextDocument}, &edits)
	want := protocol.TextEdit{
		Range:   protocol.Range{Start: protocol.Position{Line: 5}, End: protocol.Position{Line: 7}},
		NewText: "    let p = Point { x: 1 }\n    println(p.x, strings.ToUpper(\"a\"))\n",
	}
	if len(edits) != 1 || edits[0] != want {
		t.Errorf("formatting: %+v, want %+v", edits, want)
	}

	// strings.ToUpper: its Go declaration and doc, its Go source, and the
	// exports of the Go package after strings.
	call(protocol.MethodTextDocumentHover, protocol.HoverParams{TextDocumentPositionParams: at(6, 23)}, &hover)
	if md, ok := hover.Contents.(protocol.MarkupContent); !ok || !strings.HasPrefix(md.Value, "```go\nfunc strings.ToUpper(s string) string\n```\n\nToUpper returns s with all Unicode letters mapped to their upper case.") {
		t.Errorf("hover on a Go function: %+v", hover.Contents)
	}
	call(protocol.MethodTextDocumentDefinition, protocol.DefinitionParams{TextDocumentPositionParams: at(6, 23)}, &def)
	if !strings.HasSuffix(def.URI, "/src/strings/strings.go") || def.Range.End.Character-def.Range.Start.Character != protocol.UInteger(len("ToUpper")) {
		t.Errorf("definition of a Go function: %+v", def)
	}
	call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: at(6, 22)}, &completion)
	found := false
	for _, item := range completion.Items {
		if item.Label == "ToUpper" {
			found = item.Kind != nil && *item.Kind == protocol.CompletionItemKindFunction && item.Detail != nil && *item.Detail == "func strings.ToUpper(s string) string"
		}
	}
	if !found {
		t.Errorf("completion after strings.: no function ToUpper among %+v", completion.Items)
	}

	call(protocol.MethodShutdown, nil, nil)
	notify(protocol.MethodExit, nil)
	if err := cmd.Wait(); err != nil {
		t.Errorf("vex2go lsp: %v", err)
	}
	if stderr.Len() > 0 {
		t.Errorf("vex2go lsp logged:\n%s", stderr.String())
	}
}

// pipes joins the standard output and input of a subprocess into a
// stream.
type pipes struct {
	io.ReadCloser
	io.WriteCloser
}

func (p pipes) Close() error {
	p.WriteCloser.Close()
	return p.ReadCloser.Close()
}

// TestNeovim runs editors/nvim/test.sh: headless Neovim, with its own LSP
// client, opens a file with an error and must receive the diagnostic, and
// the hover of a Go name.
func TestNeovim(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("nvim"); err != nil {
		t.Skip("nvim is not installed (apt-get install neovim; .ci/run installs it)")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	script, err := filepath.Abs("../../editors/nvim/test.sh")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("sh", script, exe)
	cmd.Env = append(os.Environ(), "VEX2GO_TEST_MAIN=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", script, err, out)
	}
	if want := "4:23: string has no method size; did you mean len?\nhover: func strings.ToUpper(s string) string\n"; string(out) != want {
		t.Errorf("%s: %q, want %q", script, out, want)
	}
}
