package main

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/vexlang/vex2go/frontend/source"
)

// TestMain runs the test binary as vex2go itself when the environment asks
// for it, so that the tests run the real command, exit status included,
// without building it first.
func TestMain(m *testing.M) {
	if os.Getenv("VEX2GO_TEST_MAIN") == "1" {
		compiler = compileWithMarkers
		if step := os.Getenv("VEX2GO_TEST_KILL_AT"); step != "" {
			crashHook = func(at string) {
				if at == step {
					p, _ := os.FindProcess(os.Getpid())
					p.Kill() // SIGKILL: no deferred function runs
					select {}
				}
			}
		}
		main()
	}
	os.Exit(m.Run())
}

// runCacheEnv returns the environment of a vex2go run that has a cache
// directory of its own, as on a machine where it has never run, and that
// directory. The go command keeps its build cache: GOCACHE defaults to a
// directory under XDG_CACHE_HOME, and an empty one would compile the
// standard library again for each test (10 s each). The variables go to
// the run alone, so that the tests that run vex2go may run in parallel.
func runCacheEnv(t *testing.T) (env []string, cache string) {
	t.Helper()
	gocache := os.Getenv("GOCACHE")
	if gocache == "" {
		out, err := exec.Command("go", "env", "GOCACHE").Output()
		if err != nil {
			t.Fatal(err)
		}
		gocache = strings.TrimSpace(string(out))
	}
	cache = t.TempDir()
	return []string{"GOCACHE=" + gocache, "XDG_CACHE_HOME=" + cache}, cache
}

// runVex2go runs vex2go with args in dir, with the given standard input, and
// returns its standard output, standard error and exit status.
func runVex2go(t *testing.T, dir, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	return runVex2goEnv(t, nil, dir, stdin, args...)
}

// runVex2goEnv is runVex2go with the variables of env added to the
// environment of the run.
func runVex2goEnv(t *testing.T, env []string, dir, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	cmd := vex2goCommand(t, dir, args...)
	cmd.Env = append(cmd.Env, env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	var exit *exec.ExitError
	if err := cmd.Run(); err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return out.String(), errOut.String(), cmd.ProcessState.ExitCode()
}

// vex2goCommand returns the command that runs vex2go with args in dir.
func vex2goCommand(t *testing.T, dir string, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "VEX2GO_TEST_MAIN=1")
	return cmd
}

// compileWithMarkers is the compiler with hooks for the tests. It reports an
// error or a warning at each "// ERROR msg" or "// WARNING msg" in a source
// file, and when a file holds a "/*go ... */" comment, the text of the
// comment replaces the generated Go file, all but its header line.
func compileWithMarkers(fset *source.FileSet, in pkgInput, opts genOptions, checkOnly bool, diags *source.List) []genFile {
	out := compilePackage(fset, in, opts, checkOnly, diags)
	goSrc := map[string]string{}
	for _, f := range in.Files {
		src := string(f.Source())
		for _, m := range markerRE.FindAllStringSubmatchIndex(src, -1) {
			kind, msg := src[m[2]:m[3]], src[m[4]:m[5]]
			if kind == "ERROR" {
				diags.ErrorSpan(f.Pos(m[0]), f.Pos(m[1]), "%s", msg)
			} else {
				diags.Warnf(f.Pos(m[0]), "%s", msg)
			}
		}
		if m := goRE.FindStringSubmatch(src); m != nil {
			goSrc[goFileName(f.Name())] = m[1]
		}
	}
	if diags.HasErrors() {
		return nil
	}
	for i, f := range out {
		if body, ok := goSrc[f.Name]; ok {
			header, _, _ := strings.Cut(string(f.Source), "\n")
			out[i].Source = []byte(header + "\n\n" + body)
		}
	}
	return out
}

var (
	markerRE = regexp.MustCompile(`// (ERROR|WARNING) (.*)`)
	goRE     = regexp.MustCompile(`(?s)/\*go\n(.*?)\*/`)
)

// writeTree writes the files of a txtar archive under dir.
func writeTree(t *testing.T, dir, archive string) {
	t.Helper()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
}

// readTree returns the contents of the files under dir by slash-separated
// relative path, or nil if dir does not exist.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	var files map[string]string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if files == nil {
			files = map[string]string{}
		}
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	return files
}
