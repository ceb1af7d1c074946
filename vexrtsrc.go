// Package vex2go is the root of the vex2go module. It holds no code of the
// compiler: it exists to embed the source of the runtime, package vexrt,
// into the vex2go command, so that "vex2go run" can build a program in a
// temporary module of its own, offline and from any directory.
package vex2go

import "embed"

// RuntimeSource holds the Go files of package vexrt, tests included, under
// the directory "vexrt".
//
//go:embed vexrt/*.go
var RuntimeSource embed.FS
