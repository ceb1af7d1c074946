package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The tests of this file show, with go build -x, that the go command
// compiles the runtime once and takes it from its build cache for every
// program after that, both when vex2go run builds a program and when a
// module builds the output of vex2go build.

// compiles reports whether the commands that go build -x printed compile
// the package of import path pkg.
func compiles(goX, pkg string) bool {
	return strings.Contains(goX, " -p "+pkg+" ")
}

// TestRunRuntimeCached runs two programs of different directories: the
// first compiles the runtime that run keeps in its cache directory, the
// second only itself.
func TestRunRuntimeCached(t *testing.T) {
	t.Parallel()
	env, _ := runCacheEnv(t)
	env = append(env, "GOFLAGS=-x")
	for i := range 2 {
		dir := t.TempDir()
		writeTree(t, dir, fmt.Sprintf("-- main.vx --\nfn main() { println(\"program %d\") }\n", i))
		stdout, stderr, status := runVex2goEnv(t, env, dir, "", "run", "main.vx")
		if status != 0 || stdout != fmt.Sprintf("program %d\n", i) {
			t.Fatalf("run %d: exit status %d, stdout %q, stderr:\n%s", i, status, stdout, stderr)
		}
		if !compiles(stderr, "main") {
			t.Fatalf("run %d: go build -x did not show the program compiled:\n%s", i, stderr)
		}
		// The first run, with a new cache directory, shows what a compile
		// of the runtime looks like.
		if got := compiles(stderr, vexrtPackage); got != (i == 0) {
			t.Errorf("run %d: compiled the runtime: %v, want %v:\n%s", i, got, i == 0, stderr)
		}
	}
}

// vexrtPackage is the import path of the runtime.
const vexrtPackage = "github.com/vexlang/vex2go/vexrt"

// TestBuildRuntimeCached builds the output of two programs, each in a
// module of its own that requires vex2go as a directory: the second build
// compiles the program and takes the runtime from the build cache.
func TestBuildRuntimeCached(t *testing.T) {
	t.Parallel()
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	lang := goVersion()
	for i := range 2 {
		dir := t.TempDir()
		gomod := fmt.Sprintf("module example.com/prog%d\n\ngo %s\n\nrequire github.com/vexlang/vex2go v0.0.0\n\nreplace github.com/vexlang/vex2go => %s\n", i, lang, repo)
		writeTree(t, dir, fmt.Sprintf("-- go.mod --\n%s-- src/main.vx --\nfn main() { println(\"program %d\") }\n", gomod, i))
		if _, stderr, status := runVex2go(t, dir, "", "build", "src", "-o", "."); status != 0 {
			t.Fatalf("build %d: exit status %d:\n%s", i, status, stderr)
		}
		cmd := exec.Command("go", "build", "-x", "-o", filepath.Join(dir, "prog"), ".")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go build %d: %v\n%s", i, err, out)
		}
		if !compiles(string(out), "main") {
			t.Fatalf("go build %d -x did not show the program compiled:\n%s", i, out)
		}
		if i == 1 && compiles(string(out), vexrtPackage) {
			t.Errorf("go build %d compiled the runtime again:\n%s", i, out)
		}
	}
}

func TestDropFlag(t *testing.T) {
	tests := []struct{ goflags, want string }{
		{"", ""},
		{"-x", "-x"},
		{"-mod=mod", ""},
		{"-x -mod=vendor -race", "-x -race"},
		{"--mod=readonly -modfile=alt.mod", "-modfile=alt.mod"},
	}
	for _, tt := range tests {
		if got := dropFlag(tt.goflags, "-mod"); got != tt.want {
			t.Errorf("dropFlag(%q, -mod) = %q, want %q", tt.goflags, got, tt.want)
		}
	}
}
