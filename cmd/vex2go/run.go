package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"go/build"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

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

// Run transpiles the program into a module, builds it with the go command,
// and runs it in the current directory.
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
	if root.Types != nil && root.Types.Main == nil {
		var diags source.List
		diags.Errorf(root.Files[0].Pos(0), "no main function to run: a program declares fn main() or async fn main()")
		return g.report(prog.Fset, &diags)
	}
	abs, err := filepath.Abs(c.Path)
	if err != nil {
		return err
	}
	dir, done, err := runDir(g, abs)
	if err != nil {
		return err
	}
	exe, err := buildProgram(g, dir, pkgs, strings.TrimSuffix(filepath.Base(abs), ".vx"), filepath.Dir(abs))
	done()
	if err != nil {
		return err
	}
	return runProgram(g, exe, c.Args)
}

// runDir returns the directory that run builds the program at path abs in,
// and the function to call once it has built it. It is the directory
// vex2go/run/HASH of the user's cache directory, named by a hash of abs and
// locked while run writes and builds there, so that the go command finds
// an unchanged program compiled and linked from the run before, as it
// keeps a package compiled in its build cache by the directory of its
// files. Directories that no run used for a week are removed. Without a
// cache directory, it is a temporary directory, which done removes.
func runDir(g *globals, abs string) (dir string, done func(), err error) {
	root, err := cacheRoot()
	if err != nil {
		tmp, err := os.MkdirTemp("", "vex2go-run-")
		if err != nil {
			return "", nil, err
		}
		return tmp, func() { os.RemoveAll(tmp) }, nil
	}
	runs := filepath.Join(root, "run")
	sum := sha256.Sum256([]byte(abs))
	dir = filepath.Join(runs, hex.EncodeToString(sum[:8]))
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return "", nil, err
	}
	unlock, err := lockOutput(dir, g)
	if err != nil {
		return "", nil, err
	}
	now := time.Now()
	os.Chtimes(dir, now, now)
	trimRuns(runs, dir, now)
	return dir, unlock, nil
}

// trimRuns removes the run directories under runs, other than keep, that
// no run has used for a week, once a day at most.
func trimRuns(runs, keep string, now time.Time) {
	const unused = 7 * 24 * time.Hour
	mark := filepath.Join(runs, ".trimmed")
	if fi, err := os.Stat(mark); err == nil && now.Sub(fi.ModTime()) < 24*time.Hour {
		return
	}
	os.WriteFile(mark, nil, 0o666)
	entries, err := os.ReadDir(runs)
	if err != nil {
		return
	}
	for _, e := range entries {
		path := filepath.Join(runs, e.Name())
		if fi, err := e.Info(); err == nil && e.IsDir() && path != keep && now.Sub(fi.ModTime()) > unused {
			os.RemoveAll(path)
		}
	}
}

// cacheRoot returns vex2go's directory in the user's cache directory.
func cacheRoot() (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Abs(filepath.Join(cache, "vex2go"))
}

// buildProgram writes the program as a module under dir, replacing what an
// earlier run wrote there, builds it, and returns the path of the
// executable.
//
// The program's go.mod replaces the vex2go module by the copy of the
// runtime that runtimeModule keeps, so the go command needs neither this
// repository nor the network. When a go.mod is at or above srcDir, the
// program requires that module, as its directory, and that module's
// requirements, so that its go: imports resolve as the checker resolved
// them (gomod.go). When that module is in a workspace (go.work), the
// program builds in a workspace of its own that uses the program, the copy
// and the modules of the user's workspace.
func buildProgram(g *globals, dir string, pkgs []*pkg, name, srcDir string) (string, error) {
	rt, err := runtimeModule(dir)
	if err != nil {
		return "", err
	}
	prog := filepath.Join(dir, "prog")
	if err := os.RemoveAll(prog); err != nil {
		return "", err
	}
	lang := goVersion()
	// The user's GOFLAGS apply (GOFLAGS=-x shows what the go command
	// does), with the -mod that the program's own module needs last.
	goflags := os.Getenv("GOFLAGS")
	env := append(os.Environ(), "GOFLAGS="+strings.TrimSpace(goflags+" -mod=mod"), "GOPROXY=off", "GOWORK=off")
	var files []fileWrite
	userWork, err := workspaceOf(srcDir)
	if err != nil {
		return "", err
	}
	if userWork != "" {
		// The module is in a workspace, which resolves its go: imports:
		// the program builds in a workspace that uses its modules too.
		gowork, worksum, err := programWork(lang, userWork, rt)
		if err != nil {
			return "", err
		}
		work := filepath.Join(dir, "go.work")
		files = append(files,
			fileWrite{filepath.Join(prog, "go.mod"), fmt.Appendf(nil, "module %s\n\ngo %s\n", progModule, lang)},
			fileWrite{work, gowork})
		if worksum != nil {
			files = append(files, fileWrite{work + ".sum", worksum})
		}
		env = append(os.Environ(), "GOFLAGS="+dropFlag(goflags, "-mod"), "GOPROXY=off", "GOWORK="+work)
	} else {
		gomod, gosum, err := programModule(lang, srcDir, rt)
		if err != nil {
			return "", err
		}
		files = append(files, fileWrite{filepath.Join(prog, "go.mod"), gomod})
		if gosum != nil {
			files = append(files, fileWrite{filepath.Join(prog, "go.sum"), gosum})
		}
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

	bin := filepath.Join(dir, "bin")
	if err := os.MkdirAll(bin, 0o777); err != nil {
		return "", err
	}
	exe := filepath.Join(bin, name)
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	cmd := exec.Command("go", "build", "-o", exe, ".")
	cmd.Dir = prog
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = g.stderr, g.stderr
	g.logf("cd %s\ngo build -o %s .", prog, exe)
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build: %w", err)
	}
	return exe, nil
}

// dropFlag returns the flags of a GOFLAGS value other than those named
// name, as in -name=value: a workspace build refuses -mod.
func dropFlag(goflags, name string) string {
	var kept []string
	for _, f := range strings.Fields(goflags) {
		if f != name && f != "-"+name && !strings.HasPrefix(f, name+"=") && !strings.HasPrefix(f, "-"+name+"=") {
			kept = append(kept, f)
		}
	}
	return strings.Join(kept, " ")
}

// runtimeModule returns the directory of a module github.com/vexlang/vex2go
// holding the runtime built into vex2go, which programs require. It lives
// in the user's cache directory, in a directory named by a hash of its
// files, written once, so that the go command finds the runtime compiled
// in its build cache from one run to the next. Without a cache directory,
// it is written under tmp, and compiled again on every run.
func runtimeModule(tmp string) (string, error) {
	files, sum, err := runtimeFiles()
	if err != nil {
		return "", err
	}
	root, err := cacheRoot()
	if err != nil {
		dir := filepath.Join(tmp, "vex2go")
		return dir, writeModule(dir, files)
	}
	dir := filepath.Join(root, "runtime-"+sum)
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		return dir, nil
	}
	// Runs at the same time may write it: each writes a directory of its
	// own and renames it into place, and the first rename wins.
	if err := os.MkdirAll(root, 0o777); err != nil {
		return "", err
	}
	part, err := os.MkdirTemp(root, ".runtime-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(part)
	if err := writeModule(part, files); err != nil {
		return "", err
	}
	if err := os.Rename(part, dir); err != nil {
		if _, statErr := os.Stat(filepath.Join(dir, "go.mod")); statErr != nil {
			return "", err
		}
	}
	return dir, nil
}

// runtimeFiles returns the files of the runtime module, by slash-separated
// path, and a hash of them.
func runtimeFiles() (map[string][]byte, string, error) {
	files := map[string][]byte{
		"go.mod": fmt.Appendf(nil, "module github.com/vexlang/vex2go\n\ngo %s\n", goVersion()),
	}
	names, err := fs.Glob(vex2go.RuntimeSource, "vexrt/*.go")
	if err != nil {
		return nil, "", err
	}
	for _, f := range names {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := fs.ReadFile(vex2go.RuntimeSource, f)
		if err != nil {
			return nil, "", err
		}
		files[f] = data
	}
	h := sha256.New()
	for _, f := range slices.Sorted(maps.Keys(files)) {
		fmt.Fprintf(h, "%s %d\n", f, len(files[f]))
		h.Write(files[f])
	}
	return files, hex.EncodeToString(h.Sum(nil))[:16], nil
}

// writeModule writes files, by slash-separated path, under dir.
func writeModule(dir string, files map[string][]byte) error {
	for f, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			return err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
	}
	return nil
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
