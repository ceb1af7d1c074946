package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"

	"github.com/vexlang/vex2go/frontend/load"
)

// rtModule is the module of the runtime, which run builds programs with.
const rtModule = "github.com/vexlang/vex2go"

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

// workspaceOf returns the go.work file that the go command uses in the Go
// module at or above srcDir, as the checker loaded its go: imports, or ""
// if there is no module or no workspace.
func workspaceOf(srcDir string) (string, error) {
	dir := load.ModuleRoot(srcDir)
	if dir == "" {
		return "", nil
	}
	cmd := exec.Command("go", "env", "GOWORK")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go env GOWORK: %w", err)
	}
	work := strings.TrimSpace(string(out))
	if work == "off" {
		work = ""
	}
	return work, nil
}

// programWork returns the go.work file of the temporary workspace that run
// builds the program in when the user's module is in the workspace of the
// go.work file at userWork, and its go.work.sum (nil if there is none).
// It uses the program's module (prog), the runtime copy at rt, and
// every module of the user's workspace, and keeps its replacements, with
// the directories made absolute: the program's go: imports resolve as the
// checker resolved them. A workspace that has the vex2go module itself
// keeps it, and the runtime copy is left out.
func programWork(lang, userWork, rt string) (gowork, gosum []byte, err error) {
	data, err := os.ReadFile(userWork)
	if err != nil {
		return nil, nil, err
	}
	user, err := modfile.ParseWork(userWork, data, nil)
	if err != nil {
		return nil, nil, err
	}
	dir := filepath.Dir(userWork)
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	f, err := modfile.ParseWork("go.work", nil, nil)
	if err != nil {
		return nil, nil, err
	}
	if err := f.AddGoStmt(lang); err != nil {
		return nil, nil, err
	}
	f.AddNewUse("./prog", "")
	hasRuntime := false
	for _, u := range user.Use {
		path := abs(u.Path)
		if mod, err := readModFile(filepath.Join(path, "go.mod")); err == nil && mod.Module != nil && mod.Module.Mod.Path == rtModule {
			hasRuntime = true
		}
		f.AddNewUse(path, "")
	}
	if !hasRuntime {
		f.AddNewUse(rt, "")
	}
	for _, r := range user.Replace {
		if r.Old.Path == rtModule && !hasRuntime {
			continue // the runtime copy is a module of the workspace
		}
		newPath := r.New.Path
		if r.New.Version == "" {
			newPath = abs(newPath) // a directory, relative to the go.work file
		}
		if err := f.AddReplace(r.Old.Path, r.Old.Version, newPath, r.New.Version); err != nil {
			return nil, nil, err
		}
	}
	gosum, err = os.ReadFile(userWork + ".sum")
	if errors.Is(err, fs.ErrNotExist) {
		gosum, err = nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	f.Cleanup()
	return modfile.Format(f.Syntax), gosum, nil
}
