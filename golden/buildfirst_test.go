package golden

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestBuildFirst checks that golden/buildfirst imports, directly or not,
// every package that the vex2go command imports. (It is a test of golden,
// which imports buildfirst, so that buildfirst has no test binary of its
// own to link.)
func TestBuildFirst(t *testing.T) {
	deps := func(pkg string) []string {
		out, err := exec.Command("go", "list", "-deps", pkg).Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", pkg, err)
		}
		return strings.Fields(string(out))
	}
	const cmd = "github.com/vexlang/vex2go/cmd/vex2go"
	covered := deps("github.com/vexlang/vex2go/golden/buildfirst")
	for _, p := range deps(cmd) {
		if p != cmd && !slices.Contains(covered, p) {
			t.Errorf("vex2go imports %s, which buildfirst does not", p)
		}
	}
}
