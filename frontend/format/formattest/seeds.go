package formattest

import (
	"io/fs"
	"path/filepath"
	"strings"

	"golang.org/x/tools/txtar"
)

// GoldenPrograms returns the .vx files of each golden case in dir
// (golden/testdata), one slice for each case, for the corpora of the fuzz
// targets.
func GoldenPrograms(dir string) [][][]byte {
	cases, _ := filepath.Glob(filepath.Join(dir, "*.txtar"))
	var programs [][][]byte
	for _, name := range cases {
		ar, err := txtar.ParseFile(name)
		if err != nil {
			continue
		}
		var vx [][]byte
		for _, file := range ar.Files {
			if strings.HasSuffix(file.Name, ".vx") {
				vx = append(vx, file.Data)
			}
		}
		programs = append(programs, vx)
	}
	return programs
}

// CorpusFiles returns the paths of the .vx files under dir, the
// parse-agreement corpus (frontend/syntax/testdata/vex), in walk order.
func CorpusFiles(dir string) ([]string, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && filepath.Ext(path) == ".vx" {
			paths = append(paths, path)
		}
		return err
	})
	return paths, err
}

// DeepPrograms returns programs that vex2go accepts and builds, long or
// deep in proportion to n: chains of operators, nested parentheses, ifs,
// blocks, Options and closures, and long bodies, for the fuzzer to mutate
// around the limits of each phase.
func DeepPrograms(n int) []string {
	rep := strings.Repeat
	return []string{
		"fn main() { let a = 1; let x = a" + rep(" + a", n) + "; println(x) }",
		"fn main() { let x: i64 = 1" + rep(" * 1", n) + "; println(x) }",
		"fn main() { let b = true; let x = b" + rep(" && b", n) + "; println(x) }",
		"fn main() { let x = " + rep("(", n) + "1" + rep(")", n) + "; println(x) }",
		"fn main() { let s = \"ab\"" + rep(" + \"ab\"", n/2) + "; println(s) }",
		"fn main() { let x = 1; " + rep("if x > 0 { ", n/10) + "println(x) " + rep("} ", n/10) + "}",
		"fn main() { let v = " + rep("Some(", n/10) + "1" + rep(")", n/10) + "; println(v) }",
		"fn main() { let x = 1; " + rep("{ ", n/10) + "println(x) " + rep("} ", n/10) + "}",
		"fn main() { let f = " + rep("|| ", n/10) + "1; println(1) }",
		"fn main() { let x = 1; " + rep("println(x); ", n) + "}",
		"fn f() { }\nfn main() {\n" + rep("    f()\n", n) + "}",
	}
}
