package vexrt_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestGenericsInlineNoReflect checks that the generic types and functions
// of vexrt inline no call to reflect into the package that instantiates
// them. A package whose own code refers to reflect.Type compiles some fifty
// functions for it (the methods of its shape), and every package of
// generated code would: their compile time went a sixth up for it.
// testdata/instantiate instantiates them as generated code does.
func TestGenericsInlineNoReflect(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command(goTool, "build", "-o", os.DevNull, "-gcflags=-m", "./testdata/instantiate").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for line := range strings.Lines(string(out)) {
		if strings.Contains(line, "inlining call to reflect.") {
			t.Errorf("generated code inlines reflect: %s", line)
		}
	}
}
