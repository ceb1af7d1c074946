// Package buildfirst makes go test compile, before it runs a test that
// builds Go with the go command, the packages that the test's builds
// compile: those of the vex2go command and the Go that vex2go generates.
// It has no code; a test imports it for its imports alone.
//
// go test ./... runs the test binaries of the packages in parallel
// processes while it compiles the test binaries of others. The tests of
// golden, examples, bench, bench/vector and lower run the go command:
// they build vex2go (go build, go run, go tool) and programs that import
// vexrt and the standard library. From a cold build cache, each of those
// go commands would compile the same packages at the same time as the
// others and as go test itself, none of them knowing that another does.
// A test binary that imports this package is linked, and so runs, only
// after go test has compiled these packages, once: the go commands of the
// test find them in the build cache and compile only what is theirs.
//
// A test that imports this package depends on the compiler as a test that
// calls it does, so go test replays its cached result only while the
// compiler is unchanged. golden.TestBuildFirst checks that the imports cover
// every package of the vex2go command.
package buildfirst

import (
	// The packages of the vex2go command, but its package main.
	_ "github.com/alecthomas/kong"
	_ "github.com/fsnotify/fsnotify"
	_ "github.com/vexlang/vex2go"
	_ "github.com/vexlang/vex2go/frontend/format"
	_ "github.com/vexlang/vex2go/frontend/load"
	_ "github.com/vexlang/vex2go/gen"
	_ "github.com/vexlang/vex2go/lower"
	_ "github.com/vexlang/vex2go/lsp"
	_ "golang.org/x/mod/modfile"
	_ "os/signal"

	// The runtime that generated Go imports, and the standard library
	// packages of the programs that the golden cases and the example
	// service import from Go, which nothing else in the repository does.
	_ "github.com/vexlang/vex2go/vexrt"
	_ "net/http"
	_ "net/http/httptest"
)
