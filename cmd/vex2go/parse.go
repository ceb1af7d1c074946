package main

import (
	"os"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// parseCmd is "vex2go parse FILE".
type parseCmd struct {
	File string `arg:"" name:"file" help:"The .vx file to parse."`
}

// Run parses the file and prints its syntax tree, even a partial one, then
// the syntax errors.
func (c *parseCmd) Run(g *globals) error {
	src, err := os.ReadFile(c.File)
	if err != nil {
		return err
	}
	fset := source.NewFileSet()
	var diags source.List
	f := syntax.ParseFile(fset, c.File, src, &diags)
	if err := syntax.Fprint(g.stdout, fset, f); err != nil {
		return err
	}
	return g.report(fset, &diags)
}
