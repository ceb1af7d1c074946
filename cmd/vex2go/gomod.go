package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/mod/modfile"

	"github.com/vexlang/vex2go/frontend/load"
)

// programModule returns the go.mod and go.sum (nil if there is none) of
// the module that run builds the program in. It requires the runtime,
// replaced by the copy in the directory rt. When a go.mod file is at or
// above srcDir, the module requires that module too, replaced by its
// directory, with that module's requirements and replacements, and takes
// its go.sum: the program's go: imports of the module's own packages and
// of its requirements then resolve as in the module itself.
func programModule(lang, srcDir, rt string) (gomod, gosum []byte, err error) {
	f := new(modfile.File)
	if err := f.AddModuleStmt(progModule); err != nil {
		return nil, nil, err
	}
	if err := f.AddGoStmt(lang); err != nil {
		return nil, nil, err
	}
	const rtModule = "github.com/vexlang/vex2go"
	if err := f.AddRequire(rtModule, "v0.0.0"); err != nil {
		return nil, nil, err
	}
	if err := f.AddReplace(rtModule, "", rt, ""); err != nil {
		return nil, nil, err
	}
	dir := load.ModuleRoot(srcDir)
	if dir != "" {
		user, err := readModFile(filepath.Join(dir, "go.mod"))
		if err != nil {
			return nil, nil, err
		}
		if user.Module != nil && user.Module.Mod.Path != rtModule {
			if err := f.AddRequire(user.Module.Mod.Path, "v0.0.0"); err != nil {
				return nil, nil, err
			}
			if err := f.AddReplace(user.Module.Mod.Path, "", dir, ""); err != nil {
				return nil, nil, err
			}
		}
		for _, r := range user.Require {
			if r.Mod.Path != rtModule {
				f.AddNewRequire(r.Mod.Path, r.Mod.Version, r.Indirect)
			}
		}
		for _, r := range user.Replace {
			if r.Old.Path == rtModule {
				continue
			}
			newPath := r.New.Path
			if r.New.Version == "" && !filepath.IsAbs(newPath) {
				newPath = filepath.Join(dir, newPath) // a directory, relative to the user's module
			}
			if err := f.AddReplace(r.Old.Path, r.Old.Version, newPath, r.New.Version); err != nil {
				return nil, nil, err
			}
		}
		gosum, err = os.ReadFile(filepath.Join(dir, "go.sum"))
		if errors.Is(err, fs.ErrNotExist) {
			gosum, err = nil, nil
		}
		if err != nil {
			return nil, nil, err
		}
	}
	f.Cleanup()
	gomod, err = f.Format()
	return gomod, gosum, err
}

// readModFile parses the go.mod file at path.
func readModFile(path string) (*modfile.File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f, err := modfile.Parse(path, data, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}
