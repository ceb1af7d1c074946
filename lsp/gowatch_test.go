package lsp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sourcegraph/jsonrpc2"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// goModule is a Go module with a Go package and a Vex package that calls it.
const goModule = `
-- go.mod --
module example.com/m

go 1.22
-- lib/lib.go --
package lib

func Twice(n int) int { return 2 * n }
-- vex/main.vx --
import * as lib from "go:example.com/m/lib"

fn main() { println(lib.Thrice(2)) }
`

// TestGoChanges follows the diagnostics of a Vex package as the Go package
// it imports changes: the server sees a changed Go file at the next change
// of the document, and a change that the client reports with
// workspace/didChangeWatchedFiles, which it asks the client to report
// when the client can, at once.
func TestGoChanges(t *testing.T) {
	registered := make(chan protocol.RegistrationParams, 1)
	c := startClient(t, goModule, nil)
	c.onRequest = func(req *jsonrpc2.Request) {
		if req.Method == protocol.ServerClientRegisterCapability {
			var params protocol.RegistrationParams
			if err := json.Unmarshal(*req.Params, &params); err != nil {
				t.Errorf("registerCapability: %v", err)
			}
			registered <- params
		}
	}
	root := pathURI(c.dir)
	var result protocol.InitializeResult
	caps := json.RawMessage(`{"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}`)
	c.call(protocol.MethodInitialize, map[string]any{"rootUri": root, "capabilities": caps}, &result)
	c.notify(protocol.MethodInitialized, protocol.InitializedParams{})
	t.Cleanup(c.close)
	c.sync()
	select {
	case params := <-registered:
		if len(params.Registrations) != 1 || params.Registrations[0].Method != protocol.MethodWorkspaceDidChangeWatchedFiles {
			t.Errorf("registerCapability: %+v", params)
		}
	default:
		t.Errorf("the server did not ask the client to watch the Go files")
	}

	c.open("vex/main.vx")
	if got, _ := c.diagnostics("vex/main.vx"); len(got) != 1 || !strings.Contains(got[0].Message, "Thrice") {
		t.Errorf("calling a missing Go function: %v", describeDiags(got))
	}
	write := func(name, text string) {
		path := filepath.Join(c.dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	write("lib/lib.go", "package lib\n\nfunc Twice(n int) int { return 2 * n }\n\nfunc Thrice(n int) int { return 3 * n }\n")
	c.change("vex/main.vx", c.text("vex/main.vx"))
	if got, _ := c.diagnostics("vex/main.vx"); len(got) != 0 {
		t.Errorf("after lib.go gained Thrice: %v", describeDiags(got))
	}

	// A package that lib imports changes what lib exports: only the
	// client's report tells.
	write("lib/lib.go", "package lib\n\nimport \"example.com/m/lib/base\"\n\nfunc Twice(n int) int { return 2 * n }\n\nfunc Thrice(n base.Num) base.Num { return n + n + n }\n")
	write("lib/base/base.go", "package base\n\ntype Num = int\n")
	c.change("vex/main.vx", c.text("vex/main.vx"))
	if got, _ := c.diagnostics("vex/main.vx"); len(got) != 0 {
		t.Fatalf("with lib/base: %v", describeDiags(got))
	}
	write("lib/base/base.go", "package base\n\ntype Num = string\n")
	c.notify(protocol.MethodWorkspaceDidChangeWatchedFiles, protocol.DidChangeWatchedFilesParams{Changes: []protocol.FileEvent{{URI: c.uri("lib/base/base.go"), Type: protocol.FileChangeTypeChanged}}})
	if got, _ := c.diagnostics("vex/main.vx"); len(got) != 1 || !strings.Contains(got[0].Message, "as string") {
		t.Errorf("after base.Num became a string: %v", describeDiags(got))
	}
}
