package types_test

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// TestImports type-checks the packages of each testdata/imports/*.txtar
// archive, one package per directory, and compares the diagnostics with
// the ERROR and WARNING comments of its files, line by line.
func TestImports(t *testing.T) {
	archives, err := filepath.Glob("testdata/imports/*.txtar")
	if err != nil || len(archives) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, name := range archives {
		t.Run(strings.TrimSuffix(filepath.Base(name), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(name)
			if err != nil {
				t.Fatal(err)
			}
			fset := source.NewFileSet()
			var diags source.List
			imp := &mapImporter{fset: fset, diags: &diags, dirs: map[string][]*syntax.File{}, done: map[string]*types.Package{}}
			want := map[string]map[int][]expectation{}
			for _, f := range ar.Files {
				file := syntax.ParseFile(fset, f.Name, f.Data, &diags)
				dir := path.Dir(f.Name)
				imp.dirs[dir] = append(imp.dirs[dir], file)
				want[f.Name] = expectations(t, f.Data)
			}
			if diags.HasErrors() {
				diags.Print(t.Output(), fset)
				t.Fatal("syntax errors")
			}
			dirs := make([]string, 0, len(imp.dirs))
			for dir := range imp.dirs {
				dirs = append(dirs, dir)
			}
			slices.Sort(dirs)
			for _, dir := range dirs {
				imp.check(dir)
			}
			for _, d := range diags.Diags {
				pos := fset.Position(d.Pos)
				exps := want[pos.Filename][pos.Line]
				i := slices.IndexFunc(exps, func(e expectation) bool { return e.severity == d.Severity && e.re.MatchString(d.Msg) })
				if i < 0 {
					t.Errorf("%s: unexpected %s: %s", pos, d.Severity, d.Msg)
					continue
				}
				want[pos.Filename][pos.Line] = slices.Delete(exps, i, i+1)
			}
			for file, lines := range want {
				for line, exps := range lines {
					for _, e := range exps {
						t.Errorf("%s:%d: missing %s matching %q", file, line, e.severity, e.re)
					}
				}
			}
		})
	}
}

// mapImporter checks the packages of a test on demand, dependencies first.
type mapImporter struct {
	fset  *source.FileSet
	diags *source.List
	dirs  map[string][]*syntax.File
	done  map[string]*types.Package // nil while being checked
}

func (m *mapImporter) check(dir string) *types.Package {
	if pkg, ok := m.done[dir]; ok {
		return pkg
	}
	m.done[dir] = nil
	pkg := types.CheckPackage(m.fset, m.dirs[dir], &types.Config{Importer: m}, m.diags)
	m.done[dir] = pkg
	return pkg
}

func (m *mapImporter) Import(p, dir string) (*types.Package, error) {
	target, isFile := types.ResolveImport(dir, p)
	if isFile {
		target = filepath.Dir(target)
	}
	target = filepath.ToSlash(target)
	if _, ok := m.dirs[target]; !ok {
		return nil, fmt.Errorf("cannot find %q", p)
	}
	if pkg, ok := m.done[target]; ok && pkg == nil {
		return nil, errors.New("import cycle")
	}
	return m.check(target), nil
}

// TestStdModules shows how a standard module plugs in: StdModules builds
// the package that an import of its path receives.
func TestStdModules(t *testing.T) {
	fset := source.NewFileSet()
	var diags source.List
	parse := func(name, src string) []*syntax.File {
		return []*syntax.File{syntax.ParseFile(fset, name, []byte(src), &diags)}
	}
	lib := types.Check(fset, parse("math/math.vx", "export const PI: f64 = 3.0\nexport fn double(x: f64): f64 { x * 2.0 }\n"), &diags)
	saved := types.StdModules["math"]
	types.StdModules["math"] = func() *types.Package { return lib }
	types.StdModules["net"] = nil // known, not implemented
	defer func() {
		types.StdModules["math"] = saved
		delete(types.StdModules, "net")
	}()
	types.Check(fset, parse("main.vx", `
import { PI } from "math"
import * as m from "math"
import { Listener } from "net"
fn main() { println(PI, m.double(PI)) }
`), &diags)
	var got []string
	for _, d := range diags.Diags {
		got = append(got, fmt.Sprintf("%s: %s", fset.Position(d.Pos), d.Msg))
	}
	want := []string{`main.vx:4:26: standard module "net" is not supported yet`}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
