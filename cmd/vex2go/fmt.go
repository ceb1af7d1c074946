package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/vexlang/vex2go/frontend/format"
	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// fmtCmd is "vex2go fmt [-l] [-w] [-d] [PATH...]".
type fmtCmd struct {
	List  bool     `short:"l" help:"List the files whose formatting differs from vex2go fmt's; exit with status 1 if there are any."`
	Write bool     `short:"w" help:"Write the result to the file (atomically) instead of printing it."`
	Diff  bool     `short:"d" help:"Print a unified diff instead of the formatted source; exit with status 1 if there is one."`
	Paths []string `arg:"" optional:"" name:"path" help:".vx files or directories; standard input when there are none."`
}

// Run formats each file that the paths name, as gofmt does: a directory
// takes in the .vx files below it that a build would, leaving out names
// that begin with "." or "_" and directories named testdata. A file that
// does not parse is left alone, its errors are reported, and the exit
// status is 1; so it is with -l and -d when a file's formatting differs.
func (c *fmtCmd) Run(g *globals) error {
	if len(c.Paths) == 0 {
		if c.Write {
			return errors.New("cannot use -w with standard input")
		}
		src, err := io.ReadAll(g.stdin)
		if err != nil {
			return err
		}
		return c.finish(c.file(g, "<standard input>", src))
	}
	var status error
	for _, path := range c.Paths {
		fi, err := os.Stat(path)
		if err != nil {
			status = worse(status, err, g)
			continue
		}
		if !fi.IsDir() {
			status = worse(status, c.path(g, path), g)
			continue
		}
		err = walkVex(path, func(file string) error {
			status = worse(status, c.path(g, file), g)
			return nil
		})
		status = worse(status, err, g)
	}
	return c.finish(status)
}

// finish turns the status of the files into the command's result.
func (c *fmtCmd) finish(status error) error {
	var s exitStatus
	if errors.As(status, &s) {
		return s
	}
	return status
}

// worse returns the worse of the status so far and err, the result of one
// file: a file-system error (exit status 2) is printed at once.
func worse(status, err error, g *globals) error {
	var s exitStatus
	switch {
	case err == nil:
		return status
	case errors.As(err, &s):
		if status == nil {
			return err
		}
		return status
	}
	g.printError(err)
	return exitStatus(2)
}

// path formats the file at path.
func (c *fmtCmd) path(g *globals, path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return c.file(g, path, src)
}

// file formats src, the contents of the file at path, and does what the
// flags say with the result.
func (c *fmtCmd) file(g *globals, path string, src []byte) error {
	fset := source.NewFileSet()
	var diags source.List
	f := syntax.ParseFile(fset, path, src, &diags)
	if diags.HasErrors() {
		return g.report(fset, &diags)
	}
	out, err := format.File(fset, f)
	var syntaxErr *format.SyntaxError
	switch {
	case errors.As(err, &syntaxErr):
		return g.report(fset, syntaxErr.Diags)
	case err != nil:
		return err
	}
	differs := !bytes.Equal(src, out)
	if c.List && differs {
		fmt.Fprintln(g.stdout, path)
	}
	if c.Write && differs {
		if err := writeAtomic(path, out); err != nil {
			return err
		}
	}
	if c.Diff && differs {
		io.WriteString(g.stdout, unifiedDiff(path+".orig", path, src, out))
	}
	if !c.List && !c.Write && !c.Diff {
		_, err = g.stdout.Write(out)
		return err
	}
	if differs && (c.List || c.Diff) {
		return exitStatus(1)
	}
	return nil
}

// walkVex calls f for each .vx file below root that a build takes in, in
// lexical order.
func walkVex(root string, f func(path string) error) error {
	entries, err := os.ReadDir(root)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(root, name)
		switch {
		case load.Ignored(name):
		case e.IsDir():
			if name != "testdata" {
				if err := walkVex(path, f); err != nil {
					return err
				}
			}
		case strings.HasSuffix(name, ".vx"):
			if err := f(path); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeAtomic replaces the file at path, or the file a symbolic link there
// points to, with data, keeping its permissions: it writes a temporary
// file beside it and renames that over it, so that the file is whole at
// every moment, the old or the new.
func writeAtomic(path string, data []byte) (err error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	fi, err := os.Stat(real)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(real), "."+filepath.Base(real)+".fmt*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(fi.Mode().Perm()); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), real)
}
