package golden

import (
	"bytes"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGoAPI checks the Go API of generated code (interop.md, section 6)
// with handwritten Go: testdata/goapi/app/main.go uses the package that
// vex2go generates from testdata/goapi/geo as any Go package is used. The
// module must vet clean and build, the program must print
// testdata/goapi/app/stdout.golden (-update rewrites it), and go/doc must
// read the Vex doc comments on the generated declarations.
func TestGoAPI(t *testing.T) {
	readSources()
	// In the work directory, go vet and go build find what an earlier run
	// compiled, if the Go is the same.
	tmp := filepath.Join(work, "goapi")
	mod := filepath.Join(tmp, "mod")
	if err := os.RemoveAll(mod); err != nil {
		t.Fatal(err)
	}
	writeModule(t, mod, nil)
	if out, err := exec.Command(vex2go, "build", filepath.Join("testdata", "goapi", "geo"), "-o", filepath.Join(mod, "geo")).CombinedOutput(); err != nil {
		t.Fatalf("vex2go build: %v\n%s", err, out)
	}
	main, err := os.ReadFile(filepath.Join("testdata", "goapi", "app", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(mod, "app"), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mod, "app", "main.go"), main, 0o666); err != nil {
		t.Fatal(err)
	}

	if out, err := goCommand(mod, "vet", "./...").CombinedOutput(); err != nil {
		t.Fatalf("go vet: %v\n%s", err, out)
	}
	bin := filepath.Join(tmp, "app")
	if out, err := goCommand(mod, "build", "-o", bin, "./app").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(bin)
	cmd.Stderr = &stderr
	got, err := cmd.Output()
	if err != nil {
		t.Fatalf("app: %v\n%s", err, stderr.Bytes())
	}
	golden := filepath.Join("testdata", "goapi", "app", "stdout.golden")
	if *update {
		if err := os.WriteFile(golden, got, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("app output (-want +got):\n%s", diff)
	}

	checkDocs(t, filepath.Join(mod, "geo"))
}

// checkDocs checks the doc comments that go/doc, and so go doc and gopls,
// read from the generated package in dir.
func checkDocs(t *testing.T, dir string) {
	fset := token.NewFileSet()
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, path := range paths {
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	pkg, err := doc.NewFromFiles(fset, files, modulePath+"/geo")
	if err != nil {
		t.Fatal(err)
	}

	docs := map[string]string{} // by declaration: Type, Type.Method, Func, Type.Field, Const
	addValues := func(values []*doc.Value) {
		for _, v := range values {
			for _, spec := range v.Decl.Specs {
				vs := spec.(*ast.ValueSpec)
				text := vs.Doc.Text()
				if len(v.Decl.Specs) == 1 {
					text = v.Doc
				}
				docs[vs.Names[0].Name] = text
			}
		}
	}
	addFuncs := func(prefix string, funcs []*doc.Func) {
		for _, f := range funcs {
			docs[prefix+f.Name] = f.Doc
		}
	}
	addValues(pkg.Consts)
	addFuncs("", pkg.Funcs)
	for _, typ := range pkg.Types {
		docs[typ.Name] = typ.Doc
		addValues(typ.Consts)
		addFuncs("", typ.Funcs)
		addFuncs(typ.Name+".", typ.Methods)
		switch spec := typ.Decl.Specs[0].(*ast.TypeSpec).Type.(type) {
		case *ast.StructType:
			for _, f := range spec.Fields.List {
				for _, name := range f.Names {
					docs[typ.Name+"."+name.Name] = f.Doc.Text()
				}
			}
		case *ast.InterfaceType:
			for _, m := range spec.Methods.List {
				for _, name := range m.Names {
					docs[typ.Name+"."+name.Name] = m.Doc.Text()
				}
			}
		}
	}

	for _, tt := range []struct{ decl, want string }{
		{"Config", "Config configures a server.\n"},
		{"Config.MaxConns", "MaxConns limits the open connections.\n"},
		{"NewConfig", "NewConfig returns the configuration of a named server.\n"},
		{"Config.Describe", "Describe says what the configuration is.\n"},
		{"Config.String", "String formats the value as Vex displays it.\n"},
		{"DefaultPort", "DefaultPort is where servers listen.\n"},
		{"Celsius.String", "String shows the temperature, for Go's fmt and for Vex alike.\n"},
		{"Kind", "Kind tells round shapes from angular ones.\n"},
		{"KindRound", "KindRound is a shape without corners.\n"},
		{"Kind.String", "String returns the name of the variant.\n"},
		{"Shape", "Shape is a plane figure.\n\nShape is one of the types ShapeCircle, ShapeRect and ShapeDot, one for each\nvariant; no other type implements it, so a type switch over them handles\nevery value.\n"},
		{"Shape.Area", "Area returns the area of the shape.\n"},
		{"ShapeCircle", "A circle of the given radius.\n"},
		{"ShapeCircle.Area", "Area returns the area of the shape.\n"},
		{"ShapeRect", "ShapeRect is the variant Rect(f64, f64) of Shape.\n"},
		{"Measurer", "Measurer is anything with a size.\n"},
		{"Measurer.Measure", "Measure returns the size.\n"},
		{"TotalSize", "TotalSize sums the sizes of all.\n"},
		{"SlowDouble", "SlowDouble doubles x after a pause.\n"},
	} {
		got, ok := docs[tt.decl]
		if !ok {
			t.Errorf("no declaration %s in the generated package", tt.decl)
			continue
		}
		if got != tt.want {
			t.Errorf("doc of %s = %q, want %q", tt.decl, got, tt.want)
		}
		if strings.Contains(got, "line ") {
			t.Errorf("doc of %s shows a line directive: %q", tt.decl, got)
		}
	}
}
