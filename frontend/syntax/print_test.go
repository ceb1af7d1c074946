package syntax

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestFprint compares the dump of testdata/sample.vx with its golden file;
// go test -update rewrites it.
func TestFprint(t *testing.T) {
	fset := source.NewFileSet()
	var diags source.List
	f := ParseFile(fset, "sample.vx", []byte(benchSource), &diags)
	if diags.HasErrors() {
		t.Fatalf("sample.vx has %d errors", diags.ErrorCount())
	}
	var buf bytes.Buffer
	if err := Fprint(&buf, fset, f); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/sample.golden"
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("Fprint output differs from %s; run go test -update and review the diff", golden)
	}
}

func ExampleFprint() {
	fset := source.NewFileSet()
	var diags source.List
	f := ParseFile(fset, "ex.vx", []byte("fn main() {\n    println(f\"x={1 + 2}\")\n}\n"), &diags)
	Fprint(os.Stdout, fset, f)
	// Output:
	// File Name="ex.vx" 1:1-4:1
	//   Decls[0]: FuncDecl 1:1-3:2
	//     Name: Ident Name="main" 1:4-1:8
	//     Body: Block 1:11-3:2
	//       Stmts[0]: ExprStmt 2:5-2:26
	//         X: CallExpr 2:5-2:26
	//           Fun: Ident Name="println" 2:5-2:12
	//           Args[0]: FString 2:13-2:25
	//             Parts[0]: FStringText Text="x=" 2:15-2:17
	//             Parts[1]: BinaryExpr Op="+" 2:18-2:23
	//               X: BasicLit Kind="integer literal" Raw="1" Value="1" 2:18-2:19
	//               Y: BasicLit Kind="integer literal" Raw="2" Value="2" 2:22-2:23
}
