package format

import (
	"fmt"
	"reflect"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// Equal reports whether the syntax trees a and b are the same apart from
// positions: the same nodes with the same names, literals, operators and
// flags. A semicolon after an expression statement counts only after the
// last statement of a block, where it decides the block's value.
func Equal(a, b syntax.Node) bool { return Diff(a, b) == "" }

// Diff describes the first difference between the syntax trees a and b,
// as Equal sees them, or returns "" if there is none.
func Diff(a, b syntax.Node) string {
	return diff(reflect.ValueOf(a), reflect.ValueOf(b), "", false)
}

var stmtsType = reflect.TypeFor[[]syntax.Stmt]()

// diff compares a and b, found at path; ignoreSemi is set for a statement
// that is not the last of its block.
func diff(a, b reflect.Value, path string, ignoreSemi bool) string {
	if a.Kind() != b.Kind() {
		return fmt.Sprintf("%s: %s and %s", path, a.Kind(), b.Kind())
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		switch {
		case a.IsNil() && b.IsNil():
			return ""
		case a.IsNil() || b.IsNil():
			return fmt.Sprintf("%s: nil and not nil", path)
		case a.Elem().Type() != b.Elem().Type():
			return fmt.Sprintf("%s: %s and %s", path, a.Elem().Type(), b.Elem().Type())
		}
		return diff(a.Elem(), b.Elem(), path, ignoreSemi)
	case reflect.Struct:
		for i := range a.NumField() {
			f := a.Type().Field(i)
			if f.Name == "span" {
				continue
			}
			if f.Name == "Semi" && ignoreSemi {
				continue
			}
			name := f.Name
			if f.Anonymous {
				name = ""
			}
			if d := diff(a.Field(i), b.Field(i), join(path, a.Type().Name(), name), false); d != "" {
				return d
			}
		}
		return ""
	case reflect.Slice:
		switch {
		case a.IsNil() != b.IsNil():
			return fmt.Sprintf("%s: nil and empty", path)
		case a.Len() != b.Len():
			return fmt.Sprintf("%s: %d and %d elements", path, a.Len(), b.Len())
		}
		for i := range a.Len() {
			last := a.Type() != stmtsType || i == a.Len()-1
			if d := diff(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i), !last); d != "" {
				return d
			}
		}
		return ""
	case reflect.String:
		if a.String() != b.String() {
			return fmt.Sprintf("%s: %q and %q", path, a.String(), b.String())
		}
	case reflect.Bool:
		if a.Bool() != b.Bool() {
			return fmt.Sprintf("%s: %v and %v", path, a.Bool(), b.Bool())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if a.Int() != b.Int() {
			return fmt.Sprintf("%s: %d and %d", path, a.Int(), b.Int())
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if a.Uint() != b.Uint() {
			return fmt.Sprintf("%s: %d and %d", path, a.Uint(), b.Uint())
		}
	default:
		panic("format: cannot compare " + a.Kind().String())
	}
	return ""
}

func join(path, typ, field string) string {
	switch {
	case field == "":
		return path
	case path == "":
		return typ + "." + field
	}
	return path + "." + field
}
