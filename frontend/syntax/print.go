package syntax

import (
	"bufio"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/vexlang/vex2go/frontend/source"
)

// Fprint writes a readable, indented dump of the tree rooted at n to w, for
// `vex2go parse` and for tests. Each node is one line: its type, its plain
// fields (names, operators, literal values, flags) and its extent as
// line:col-line:col; child nodes follow, indented under the field that holds
// them. Zero flags, empty strings and absent children are left out. The
// output depends only on the tree.
//
// Indentation stops growing at maxIndent levels, and deeper lines begin
// with their level instead, so that the output stays linear in the size of
// the tree however deep it is.
func Fprint(w io.Writer, fset *source.FileSet, n Node) error {
	pr := printer{fset: fset, b: bufio.NewWriter(w)}
	pr.node("", n, 0)
	return pr.b.Flush()
}

type printer struct {
	fset *source.FileSet
	b    *bufio.Writer
}

var (
	nodeType  = reflect.TypeFor[Node]()
	tokenType = reflect.TypeFor[Token]()
	kindType  = reflect.TypeFor[SelectKind]()
	spanType  = reflect.TypeFor[span]()
	posType   = reflect.TypeFor[source.Pos]()
)

var selectKinds = [...]string{
	SelectRecv:    "recv",
	SelectRecvOpt: "recvopt",
	SelectSend:    "send",
	SelectAfter:   "after",
	SelectDefault: "default",
}

// maxIndent is the deepest level that Fprint shows by indentation.
const maxIndent = 40

var indentation = strings.Repeat("  ", maxIndent)

func (pr *printer) node(label string, n Node, indent int) {
	v := reflect.ValueOf(n).Elem()
	if indent <= maxIndent {
		pr.b.WriteString(indentation[:2*indent])
	} else {
		pr.b.WriteString(indentation)
		pr.b.WriteString(strconv.Itoa(indent))
		pr.b.WriteString("| ")
	}
	pr.b.WriteString(label)
	pr.b.WriteString(v.Type().Name())
	pr.scalars(v)
	fmt.Fprintf(pr.b, " %s-%s\n", pr.pos(n.Pos()), pr.pos(n.End()))
	pr.children(v, indent+1)
}

func (pr *printer) pos(p source.Pos) string {
	pos := pr.fset.Position(p)
	if !pos.IsValid() {
		return "-"
	}
	return strconv.Itoa(pos.Line) + ":" + strconv.Itoa(pos.Column)
}

// scalars writes the plain fields of the struct v, including those of
// embedded structs, as Name=value.
func (pr *printer) scalars(v reflect.Value) {
	for i := 0; i < v.NumField(); i++ {
		f, sf := v.Field(i), v.Type().Field(i)
		if sf.Type == spanType {
			continue
		}
		var val string
		switch {
		case sf.Anonymous:
			pr.scalars(f)
			continue
		case sf.Type == tokenType:
			if t := Token(f.Uint()); t != ILLEGAL {
				val = strconv.Quote(t.String())
			}
		case sf.Type == kindType:
			val = selectKinds[f.Uint()]
		case sf.Type == posType:
			if p := source.Pos(f.Int()); p != source.NoPos {
				val = pr.pos(p)
			}
		case f.Kind() == reflect.String:
			if f.String() != "" {
				val = strconv.Quote(f.String())
			}
		case f.Kind() == reflect.Bool:
			if f.Bool() {
				val = "true"
			}
		case f.Kind() == reflect.Int:
			val = strconv.FormatInt(f.Int(), 10)
		}
		if val != "" {
			fmt.Fprintf(pr.b, " %s=%s", sf.Name, val)
		}
	}
}

// children writes the node-valued fields of the struct v.
func (pr *printer) children(v reflect.Value, indent int) {
	for i := 0; i < v.NumField(); i++ {
		f, sf := v.Field(i), v.Type().Field(i)
		switch {
		case sf.Anonymous || !sf.IsExported():
		case f.Kind() == reflect.Slice && f.Type().Elem().Implements(nodeType):
			for j := 0; j < f.Len(); j++ {
				pr.child(fmt.Sprintf("%s[%d]: ", sf.Name, j), f.Index(j), indent)
			}
		case f.Type().Implements(nodeType):
			pr.child(sf.Name+": ", f, indent)
		}
	}
}

func (pr *printer) child(label string, f reflect.Value, indent int) {
	if f.IsNil() {
		return
	}
	n := f.Interface().(Node)
	if reflect.ValueOf(n).IsNil() {
		return
	}
	pr.node(label, n, indent)
}
