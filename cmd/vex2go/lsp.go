package main

import (
	"context"
	"errors"
	"os"

	"github.com/vexlang/vex2go/lsp"
)

// lspCmd is "vex2go lsp".
type lspCmd struct{}

// Run serves the Language Server Protocol on standard input and output,
// logging to standard error, until the client ends the session.
func (lspCmd) Run(g *globals) error {
	out := g.stdout
	if g.stdout == os.Stdout {
		// Standard output carries the protocol: anything else printed to it
		// would break the stream, so what goes to os.Stdout goes to
		// standard error instead.
		os.Stdout = os.Stderr
	}
	err := lsp.Serve(context.Background(), g.stdin, out, lsp.Options{Version: version(), Log: g.stderr})
	if errors.Is(err, lsp.ErrExitWithoutShutdown) {
		return exitStatus(1)
	}
	return err
}
