package gen

import (
	"strings"
	"testing"

	"github.com/vexlang/vex2go/lower"
)

func TestDecl(t *testing.T) {
	intT := named("int")
	for _, tt := range []struct {
		name  string
		decls []lower.Decl
		want  string
	}{
		{"func", []lower.Decl{&lower.FuncDecl{
			Doc:     "Div divides.\n\nIt fails on zero.",
			Name:    "Div",
			Params:  fields("a", intT, "b", intT),
			Results: types(intT, named("error")),
			Body:    block(ret(bin("/", id("a"), id("b")), id("nil"))),
		}}, `// Div divides.
//
// It fails on zero.
func Div(a int, b int) (int, error) {
	return a / b, nil
}
`},
		{"methods", []lower.Decl{
			&lower.FuncDecl{Recv: field("p", &lower.PointerType{Elem: named("Box", named("T"))}), Name: "Set",
				Params: []*lower.Field{{Type: named("T")}}, Body: block()},
			&lower.FuncDecl{Recv: field("", named("Box", named("T"))), Name: "Len", Results: types(intT),
				Body: block(ret(lit("1")))},
		}, `func (p *Box[T]) Set(T) {}

func (Box[T]) Len() int {
	return 1
}
`},
		{"generic func", []lower.Decl{&lower.FuncDecl{
			Name:       "Max",
			TypeParams: fields("T", &lower.InterfaceType{Union: types(&lower.TildeType{Elem: intT}, named("float64"))}, "U", named("any")),
			Params:     fields("a", named("T"), "b", named("U")),
			Body:       block(),
		}}, `func Max[T ~int | float64, U any](a T, b U) {}
`},
		{"type", []lower.Decl{
			&lower.TypeDecl{Doc: "ID names a user.", Name: "ID", Type: named("int64")},
			&lower.TypeDecl{Name: "List", TypeParams: fields("T", named("any")), Type: &lower.StructType{Fields: []*lower.Field{
				{Name: "items", Type: &lower.SliceType{Elem: named("T")}},
				{Type: named("Mutex")},
			}}},
			&lower.TypeDecl{Name: "Ptr", TypeParams: fields("P", &lower.PointerType{Elem: intT}), Type: named("P")},
			&lower.TypeDecl{Name: "Bytes", Alias: true, Type: &lower.SliceType{Elem: named("byte")}},
			&lower.TypeDecl{Name: "Set", Alias: true, TypeParams: fields("K", named("comparable")),
				Type: &lower.MapType{Key: named("K"), Elem: &lower.StructType{}}},
		}, `// ID names a user.
type ID int64

type List[T any] struct {
	items []T
	Mutex
}

type Ptr[P *int,] P

type Bytes = []byte

type Set[K comparable] = map[K]struct{}
`},
		{"const", []lower.Decl{
			&lower.ConstDecl{Doc: "Color is a unit enum.", Type: named("Color"), Iota: true, Names: []string{"Red", "Green", "Blue"}},
			&lower.ConstDecl{Names: []string{"a", "b"}, Values: exprs(lit("1"), lit(`"b"`))},
			&lower.ConstDecl{Type: named("float64"), Names: []string{"pi"}, Values: exprs(lit("3.14"))},
			&lower.ConstDecl{Type: named("Kind"), Iota: true, Names: []string{"only"}},
		}, `// Color is a unit enum.
const (
	Red Color = iota
	Green
	Blue
)

const (
	a = 1
	b = "b"
)

const pi float64 = 3.14

const only Kind = iota
`},
		{"var", []lower.Decl{
			&lower.VarDecl{Name: "a", Type: intT},
			&lower.VarDecl{Name: "b", Value: call(qual("errors", "New"), lit(`"b"`))},
			&lower.VarDecl{Doc: "c counts.", Name: "c", Type: named("int64"), Value: lit("1")},
		}, `import "errors"

var a int

var b = errors.New("b")

// c counts.
var c int64 = 1
`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			check(t, decls(t, Options{}, tt.decls...), tt.want)
		})
	}
}

func TestType(t *testing.T) {
	intT, str := named("int"), named("string")
	for _, tt := range []struct {
		name string
		typ  lower.Type
		want string
	}{
		{"named", named("Map", str, &lower.SliceType{Elem: intT}), "Map[string, []int]"},
		{"qualified", &lower.NamedType{Path: vexrtPath, Name: "Option", Args: types(intT)}, "vexrt.Option[int]"},
		{"pointer", &lower.PointerType{Elem: &lower.PointerType{Elem: intT}}, "**int"},
		{"array", &lower.ArrayType{Len: 4, Elem: &lower.ArrayType{Len: 2, Elem: intT}}, "[4][2]int"},
		{"map", &lower.MapType{Key: str, Elem: &lower.MapType{Key: intT, Elem: named("bool")}}, "map[string]map[int]bool"},
		{"chan", &lower.ChanType{Elem: intT}, "chan int"},
		{"recv chan", &lower.ChanType{Dir: "<-chan", Elem: intT}, "<-chan int"},
		{"send chan", &lower.ChanType{Dir: "chan<-", Elem: intT}, "chan<- int"},
		{"chan of recv chan", &lower.ChanType{Elem: &lower.ChanType{Dir: "<-chan", Elem: intT}}, "chan (<-chan int)"},
		{"send chan of recv chan", &lower.ChanType{Dir: "chan<-", Elem: &lower.ChanType{Dir: "<-chan", Elem: intT}}, "chan<- <-chan int"},
		{"func", &lower.FuncType{Params: types(intT, str), Results: types(&lower.FuncType{})}, "func(int, string) func()"},
		{"func results", &lower.FuncType{Results: types(intT, named("error"))}, "func() (int, error)"},
		{"empty struct", &lower.StructType{}, "struct{}"},
		{"empty interface", &lower.InterfaceType{}, "interface{}"},
		{"struct", &lower.StructType{Fields: []*lower.Field{
			{Name: "Name", Type: str, Tag: `json:"name"`, Doc: "Name is shown.\nIt may be empty."},
			{Name: "Odd", Type: str, Tag: "a`b"},
			{Type: &lower.PointerType{Elem: named("Base")}},
		}}, "struct {\n" +
			"\t// Name is shown.\n" +
			"\t// It may be empty.\n" +
			"\tName string `json:\"name\"`\n" +
			"\tOdd  string \"a`b\"\n" +
			"\t*Base\n" +
			"}"},
		{"interface", &lower.InterfaceType{
			Embeds: types(named("Stringer")),
			Methods: []*lower.Method{
				{Name: "Area", Results: types(named("float64"))},
				{Name: "Scale", Params: fields("by", named("float64")), Results: types(named("Shape"), named("error"))},
			},
		}, "interface {\n\tStringer\n\tArea() float64\n\tScale(by float64) (Shape, error)\n}"},
		{"constraint", &lower.InterfaceType{Embeds: types(named("comparable")), Union: types(
			&lower.TildeType{Elem: intT}, &lower.TildeType{Elem: str})}, "interface {\n\tcomparable\n\t~int | ~string\n}"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := decls(t, Options{}, &lower.VarDecl{Name: "x", Type: tt.typ})
			_, got, _ = strings.Cut(got, "var x ")
			got = strings.TrimSuffix(got, "\n")
			check(t, got, tt.want)
		})
	}
}
