package format

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// Equal reports whether the syntax trees a and b are the same apart from
// positions: the same nodes with the same names, literals, operators and
// flags, and positions where a node records one of a token (as
// CallExpr.Ellipsis) in both or in neither. A semicolon after an expression statement counts only after the
// last statement of a block, where it decides the block's value, and white
// space at the ends of the lines of doc comments does not count.
func Equal(a, b syntax.Node) bool { return Diff(a, b) == "" }

// Diff describes the first difference between the syntax trees a and b,
// as Equal sees them, or returns "" if there is none.
func Diff(a, b syntax.Node) string {
	path, d := diff(reflect.ValueOf(a), reflect.ValueOf(b), false)
	if d == "" {
		return ""
	}
	return reflect.TypeOf(a).Elem().Name() + path + ": " + d
}

var (
	stmtsType = reflect.TypeFor[[]syntax.Stmt]()
	posType   = reflect.TypeFor[source.Pos]()
)

// A field is a field of a node type that Equal compares.
type field struct {
	index    int
	name     string
	embedded bool
}

// fields caches the fields of each node type, all but the span.
var fields sync.Map // reflect.Type -> []field

func fieldsOf(t reflect.Type) []field {
	if fs, ok := fields.Load(t); ok {
		return fs.([]field)
	}
	var fs []field
	for i := range t.NumField() {
		if f := t.Field(i); f.Name != "span" {
			fs = append(fs, field{i, f.Name, f.Anonymous})
		}
	}
	fields.Store(t, fs)
	return fs
}

// diff compares a and b; ignoreSemi is set for a statement that is not the
// last of its block. It describes the first difference and returns the
// path to it, which it builds only then, keeping deep trees linear.
func diff(a, b reflect.Value, ignoreSemi bool) (path, d string) {
	if a.Kind() != b.Kind() {
		return "", fmt.Sprintf("%s and %s", a.Kind(), b.Kind())
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		switch {
		case a.IsNil() && b.IsNil():
			return "", ""
		case a.IsNil() || b.IsNil():
			return "", "nil and not nil"
		case a.Elem().Type() != b.Elem().Type():
			return "", fmt.Sprintf("%s and %s", a.Elem().Type(), b.Elem().Type())
		}
		return diff(a.Elem(), b.Elem(), ignoreSemi)
	case reflect.Struct:
		for _, f := range fieldsOf(a.Type()) {
			fa, fb := a.Field(f.index), b.Field(f.index)
			switch {
			case f.name == "Semi" && ignoreSemi:
				continue
			case f.name == "Doc" && docText(fa.String()) == docText(fb.String()):
				continue
			}
			if path, d := diff(fa, fb, false); d != "" {
				if !f.embedded {
					path = "." + f.name + path
				}
				return path, d
			}
		}
	case reflect.Slice:
		switch {
		case a.IsNil() != b.IsNil():
			return "", "nil and empty"
		case a.Len() != b.Len():
			return "", fmt.Sprintf("%d and %d elements", a.Len(), b.Len())
		}
		for i := range a.Len() {
			last := a.Type() != stmtsType || i == a.Len()-1
			if path, d := diff(a.Index(i), b.Index(i), !last); d != "" {
				return fmt.Sprintf("[%d]", i) + path, d
			}
		}
	case reflect.String:
		if a.String() != b.String() {
			return "", fmt.Sprintf("%q and %q", a.String(), b.String())
		}
	case reflect.Bool:
		if a.Bool() != b.Bool() {
			return "", fmt.Sprintf("%v and %v", a.Bool(), b.Bool())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if a.Type() == posType {
			// A position in a node marks a token that was written.
			if a.Int() != 0 != (b.Int() != 0) {
				return "", "position and no position"
			}
			return "", ""
		}
		if a.Int() != b.Int() {
			return "", fmt.Sprintf("%d and %d", a.Int(), b.Int())
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if a.Uint() != b.Uint() {
			return "", fmt.Sprintf("%d and %d", a.Uint(), b.Uint())
		}
	default:
		panic("format: cannot compare " + a.Kind().String())
	}
	return "", ""
}

// docText returns a doc comment as the formatter may change it: without
// white space at the ends of its lines, and so without the lines of white
// space before its text, which the scanner leaves out of a doc when they
// are empty.
func docText(doc string) string {
	return strings.TrimLeft(commentText([]byte(doc)), "\n")
}
