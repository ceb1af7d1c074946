package main

import (
	"fmt"
	"runtime/debug"
)

// versionCmd is "vex2go version".
type versionCmd struct{}

// Run prints "vex2go VERSION", the module version vex2go was built from.
func (versionCmd) Run(g *globals) error {
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		v = bi.Main.Version
	}
	_, err := fmt.Fprintf(g.stdout, "vex2go %s\n", v)
	return err
}
