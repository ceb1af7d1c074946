package gen

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/lower"
)

func TestExpr(t *testing.T) {
	a, b, c := id("a"), id("b"), id("c")
	ptrT := &lower.PointerType{Elem: named("T")}
	point := named("Point")
	for _, tt := range []struct {
		name string
		x    lower.Expr
		want string
	}{
		{"precedence", bin("*", bin("+", a, b), c), "(a + b) * c"},
		{"no parens needed", bin("+", a, bin("*", b, c)), "a + b*c"},
		{"left assoc", bin("-", bin("-", a, b), c), "a - b - c"},
		{"right operand", bin("-", a, bin("-", b, c)), "a - (b - c)"},
		{"logic", bin("&&", a, bin("||", b, c)), "a && (b || c)"},
		{"compare", bin("==", bin("<", a, b), c), "a < b == c"},
		{"not", un("!", bin("&&", a, b)), "!(a && b)"},
		{"neg neg lit", un("-", lit("-1")), "- -1"},
		{"neg neg", un("-", un("-", a)), "- -a"},
		{"addr addr", un("&", un("&", a)), "& &a"},
		{"neg binary", un("-", bin("+", a, b)), "-(a + b)"},
		{"unary operand", bin("*", un("-", a), b), "-a * b"},
		{"recv call", un("<-", call(a)), "<-a()"},
		{"call recv", call(un("<-", a)), "(<-a)()"},
		{"deref field", un("*", sel(a, "x")), "*a.x"},
		{"field of deref", sel(un("*", a), "x"), "(*a).x"},
		{"method of negative", call(sel(lit("-1"), "String")), "(-1).String()"},
		{"binary negative", bin("-", a, lit("-1")), "a - -1"},
		{"index", &lower.IndexExpr{X: bin("+", a, b), Index: bin("+", b, c)}, "(a + b)[b+c]"},
		{"slice", &lower.SliceExpr{X: a, Lo: lit("1")}, "a[1:]"},
		{"slice hi", &lower.SliceExpr{X: a, Hi: lit("2")}, "a[:2]"},
		{"slice all", &lower.SliceExpr{X: a}, "a[:]"},
		{"slice both", &lower.SliceExpr{X: a, Lo: b, Hi: c}, "a[b:c]"},
		{"assert", &lower.TypeAssertExpr{X: bin("+", a, b), Type: named("T")}, "(a + b).(T)"},
		{"paren", &lower.ParenExpr{X: a}, "(a)"},
		{"qualified", call(qual(vexrtPath, "Some"), lit("1")), "vexrt.Some(1)"},
		{"type args", &lower.CallExpr{Fun: id("f"), TypeArgs: types(named("int"), named("string")), Args: exprs(a)}, "f[int, string](a)"},
		{"generic type", &lower.CompositeLit{Type: named("Pair", named("int"), named("bool"))}, "Pair[int, bool]{}"},
		{"conv", &lower.ConvExpr{Type: named("int64"), X: bin("+", a, b)}, "int64(a + b)"},
		{"conv slice", &lower.ConvExpr{Type: &lower.SliceType{Elem: named("byte")}, X: a}, "[]byte(a)"},
		{"conv pointer", &lower.ConvExpr{Type: ptrT, X: a}, "(*T)(a)"},
		{"conv func", &lower.ConvExpr{Type: &lower.FuncType{}, X: a}, "(func())(a)"},
		{"conv func result", &lower.ConvExpr{Type: &lower.FuncType{Results: types(named("int"))}, X: a}, "(func() int)(a)"},
		{"conv recv chan", &lower.ConvExpr{Type: &lower.ChanType{Dir: "<-chan", Elem: named("int")}, X: a}, "(<-chan int)(a)"},
		{"conv chan", &lower.ConvExpr{Type: &lower.ChanType{Elem: named("int")}, X: a}, "chan int(a)"},
		{"method expr", sel(&lower.TypeExpr{Type: ptrT}, "M"), "(*T).M"},
		{"make", call(id("make"), &lower.TypeExpr{Type: &lower.MapType{Key: named("string"), Elem: named("int")}}), "make(map[string]int)"},
		{"keyed", &lower.CompositeLit{Type: point, Elts: exprs(
			&lower.KeyValue{Key: id("X"), Value: lit("1")}, &lower.KeyValue{Key: id("Y"), Value: bin("+", a, b)})}, "Point{X: 1, Y: a + b}"},
		{"address of literal", un("&", &lower.CompositeLit{Type: point}), "&Point{}"},
		{"elided types", &lower.CompositeLit{Type: &lower.SliceType{Elem: point}, Elts: exprs(
			&lower.CompositeLit{Elts: exprs(lit("1"), lit("2"))})}, "[]Point{{1, 2}}"},
		{"map literal", &lower.CompositeLit{Type: &lower.MapType{Key: named("string"), Elem: named("int")}, Elts: exprs(
			&lower.KeyValue{Key: lit(`"a"`), Value: lit("1")})}, `map[string]int{"a": 1}`},
		{"func lit", &lower.FuncLit{Params: fields("x", named("int")), Results: types(named("int")), Body: block(ret(a))},
			"func(x int) int {\n\treturn a\n}"},
		{"called func lit", call(&lower.FuncLit{Results: types(named("int"), named("error")), Body: block(ret(a, id("nil")))}),
			"func() (int, error) {\n\treturn a, nil\n}()"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := body(t, Options{}, assign(id("_"), "=", tt.x))
			check(t, strings.TrimSuffix(strings.TrimPrefix(got, "_ = "), "\n"), tt.want)
		})
	}
}

// TestPrecedence prints random expression trees and checks that Go parses
// them back into the same tree, and that every parenthesis is needed.
func TestPrecedence(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		x := randomExpr(r, 5)
		src := strings.TrimPrefix(strings.TrimSpace(body(t, Options{NoLine: true}, assign(id("_"), "=", x))), "_ = ")
		parsed, err := parser.ParseExpr(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got, want := shape(parsed), irShape(x); got != want {
			t.Fatalf("%s parses as\n%s\nwant\n%s", src, got, want)
		}
		// Dropping any one pair of parentheses must change the tree.
		fset := token.NewFileSet()
		parsed, _ = parser.ParseExprFrom(fset, "", src, 0)
		ast.Inspect(parsed, func(n ast.Node) bool {
			if p, ok := n.(*ast.ParenExpr); ok {
				l, r := fset.Position(p.Lparen).Offset, fset.Position(p.Rparen).Offset
				bare := src[:l] + " " + src[l+1:r] + " " + src[r+1:]
				if e, err := parser.ParseExpr(bare); err == nil && shape(e) == shape(parsed) {
					t.Errorf("%s: parentheses around %s are not needed", src, shape(p.X))
				}
			}
			return true
		})
	}
}

var (
	binaryOps = []string{"||", "&&", "==", "<", "+", "-", "|", "*", "/", "<<", "&", "&^"}
	unaryOps  = []string{"-", "+", "!", "^", "&", "*", "<-"}
)

func randomExpr(r *rand.Rand, depth int) lower.Expr {
	if depth == 0 || r.IntN(5) == 0 {
		switch r.IntN(3) {
		case 0:
			return lit(fmt.Sprint(r.IntN(21) - 10))
		default:
			return id(string(rune('a' + r.IntN(5))))
		}
	}
	x := randomExpr(r, depth-1)
	switch r.IntN(8) {
	case 0, 1:
		return un(unaryOps[r.IntN(len(unaryOps))], x)
	case 2:
		return sel(x, "f")
	case 3:
		return call(x, randomExpr(r, depth-1))
	case 4:
		return &lower.IndexExpr{X: x, Index: randomExpr(r, depth-1)}
	}
	return bin(binaryOps[r.IntN(len(binaryOps))], x, randomExpr(r, depth-1))
}

// irShape and shape write a tree fully parenthesised, ignoring Go's
// parentheses; a negative literal is the negation of a positive one.
func irShape(e lower.Expr) string {
	switch e := e.(type) {
	case *lower.Ident:
		return e.Name
	case *lower.Lit:
		if v, ok := strings.CutPrefix(e.Value, "-"); ok {
			return "(-" + v + ")"
		}
		return e.Value
	case *lower.BinaryExpr:
		return "(" + irShape(e.X) + " " + e.Op + " " + irShape(e.Y) + ")"
	case *lower.UnaryExpr:
		return "(" + e.Op + irShape(e.X) + ")"
	case *lower.SelectorExpr:
		return irShape(e.X) + "." + e.Sel
	case *lower.CallExpr:
		return irShape(e.Fun) + "(" + irShape(e.Args[0]) + ")"
	case *lower.IndexExpr:
		return irShape(e.X) + "[" + irShape(e.Index) + "]"
	}
	panic(fmt.Sprintf("irShape: %T", e))
}

func shape(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.BasicLit:
		return e.Value
	case *ast.ParenExpr:
		return shape(e.X)
	case *ast.BinaryExpr:
		return "(" + shape(e.X) + " " + e.Op.String() + " " + shape(e.Y) + ")"
	case *ast.UnaryExpr:
		return "(" + e.Op.String() + shape(e.X) + ")"
	case *ast.StarExpr:
		return "(*" + shape(e.X) + ")"
	case *ast.SelectorExpr:
		return shape(e.X) + "." + e.Sel.Name
	case *ast.CallExpr:
		return shape(e.Fun) + "(" + shape(e.Args[0]) + ")"
	case *ast.IndexExpr:
		return shape(e.X) + "[" + shape(e.Index) + "]"
	}
	return fmt.Sprintf("<%T>", e)
}
