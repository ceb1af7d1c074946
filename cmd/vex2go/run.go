package main

import (
	"errors"
	"fmt"
	"go/build"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"

	"github.com/vexlang/vex2go"
	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
)

// runCmd is "vex2go run FILE.vx|DIR [-- ARGS]".
type runCmd struct {
	Path   string   `arg:"" name:"file.vx|dir" help:"The program: a .vx file, or a directory of packages."`
	Args   []string `arg:"" optional:"" help:"Arguments for the program, after --."`
	NoLine bool     `help:"Omit //line directives."`
}

// progModule is the module path of the program that run builds.
const progModule = "vexprog"

// Run transpiles the program into a temporary module, builds it with the go
// command, and runs it in the current directory.
func (c *runCmd) Run(g *globals) error {
	prog, err := load.Load(source.NewFileSet(), c.Path)
	if err != nil {
		return err
	}
	pkgs := buildPackages(prog)
	root := pkgs[slices.IndexFunc(pkgs, func(p *pkg) bool { return p.Rel == "." })]
	if len(root.Files) == 0 {
		return fmt.Errorf("no .vx files in %s", root.Dir)
	}
	root.PkgName = "main"
	// The program runs in the current directory: its panics name the .vx
	// files from there.
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	if err := g.compile(prog, pkgs, genOptions{Module: progModule, NoLine: c.NoLine, LineRoot: wd}, false); err != nil {
		return err
	}
	abs, err := filepath.Abs(c.Path)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "vex2go-run-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	exe, err := buildProgram(g, tmp, pkgs, strings.TrimSuffix(filepath.Base(abs), ".vx"), filepath.Dir(abs))
	if err != nil {
		return err
	}
	return runProgram(g, exe, c.Args)
}

// buildProgram writes the program and a copy of the runtime as two modules
// under tmp, builds the program, and returns the path of the executable.
//
// The program's go.mod replaces the vex2go module by the copy, so the go
// command needs neither this repository nor the network. When a go.mod is
// at or above srcDir, the program requires that module, as its directory,
// and that module's requirements, so that its go: imports resolve as the
// checker resolved them (gomod.go).
func buildProgram(g *globals, tmp string, pkgs []*pkg, name, srcDir string) (string, error) {
	lang := goVersion()
	rt, prog := filepath.Join(tmp, "vex2go"), filepath.Join(tmp, "prog")
	gomod, gosum, err := programModule(lang, srcDir)
	if err != nil {
		return "", err
	}
	files := []fileWrite{
		{filepath.Join(rt, "go.mod"), fmt.Appendf(nil, "module github.com/vexlang/vex2go\n\ngo %s\n", lang)},
		{filepath.Join(prog, "go.mod"), gomod},
	}
	if gosum != nil {
		files = append(files, fileWrite{filepath.Join(prog, "go.sum"), gosum})
	}
	names, err := fs.Glob(vex2go.RuntimeSource, "vexrt/*.go")
	if err != nil {
		return "", err
	}
	for _, f := range names {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := fs.ReadFile(vex2go.RuntimeSource, f)
		if err != nil {
			return "", err
		}
		files = append(files, fileWrite{filepath.Join(rt, filepath.FromSlash(f)), data})
	}
	for _, p := range pkgs {
		for _, f := range p.gen {
			files = append(files, fileWrite{filepath.Join(prog, p.Rel, f.Name), f.Source})
		}
	}
	for _, f := range files {
		if err := os.MkdirAll(filepath.Dir(f.path), 0o777); err != nil {
			return "", err
		}
		if err := os.WriteFile(f.path, f.data, 0o644); err != nil {
			return "", err
		}
	}

	bin := filepath.Join(tmp, "bin")
	if err := os.Mkdir(bin, 0o777); err != nil {
		return "", err
	}
	exe := filepath.Join(bin, name)
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	cmd := exec.Command("go", "build", "-o", exe, ".")
	cmd.Dir = prog
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	cmd.Stdout, cmd.Stderr = g.stderr, g.stderr
	g.logf("cd %s\ngo build -o %s .", prog, exe)
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build: %w", err)
	}
	return exe, nil
}

// goVersion returns the Go language version that the temporary modules
// declare: that of the toolchain that built vex2go, and so one that the
// runtime, from the same module, compiles with.
func goVersion() string {
	tags := build.Default.ReleaseTags
	return strings.TrimPrefix(tags[len(tags)-1], "go")
}

// runProgram runs the executable with args and the standard files of g, and
// returns the program's exit status as an exitStatus.
func runProgram(g *globals, exe string, args []string) error {
	cmd := exec.Command(exe, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = g.stdin, g.stdout, g.stderr
	// As go run does, leave interrupts to the program, which gets them from
	// the terminal too, and outlive it to remove the temporary directory.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGQUIT)
	defer signal.Stop(sig)
	var exit *exec.ExitError
	if err := cmd.Run(); !errors.As(err, &exit) {
		return err
	}
	if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		// Shells report a death by signal as 128 plus the signal's number.
		return exitStatus(128 + int(ws.Signal()))
	}
	return exitStatus(exit.ExitCode())
}
