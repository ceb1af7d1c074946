package main

import (
	"fmt"
	"runtime/debug"
)

// versionCmd is "vex2go version".
type versionCmd struct{}

// Run prints "vex2go VERSION", the module version vex2go was built from.
func (versionCmd) Run(g *globals) error {
	_, err := fmt.Fprintf(g.stdout, "vex2go %s\n", version())
	return err
}

// version returns the module version vex2go was built from, or (devel).
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
