package lower

import (
	"strconv"
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers Display (spec section 6): what println, f-strings and
// toString print. Scalars have typed fast paths in vexrt; containers that
// hold chars, which vexrt's generic path would show as integers, get typed
// formatters of their own; user types print with their String methods.

// containsChar reports whether t holds chars inside a container, where
// Display, which sees a char as an int32, cannot show them.
func containsChar(t types.Type) bool {
	switch t := t.(type) {
	case *types.Basic:
		return t.Kind == types.Char
	case *types.Vec:
		return containsChar(t.Elem)
	case *types.Array:
		return containsChar(t.Elem)
	case *types.Slice:
		return containsChar(t.Elem)
	case *types.Set:
		return containsChar(t.Elem)
	case *types.Map:
		return containsChar(t.Key) || containsChar(t.Elem)
	case *types.Option:
		return containsChar(t.Elem)
	case *types.Result:
		return containsChar(t.Ok) || containsChar(t.Err)
	case *types.Tuple:
		for _, e := range t.Elems {
			if containsChar(e) {
				return true
			}
		}
	case *types.Ref:
		return containsChar(t.Elem)
	case *types.Named:
		if displayHidden(t) {
			return true // vexrt.Display would not call its display method either
		}
		// A generic type's String method formats its type-parameter fields
		// with Display, which sees a char as an int32.
		if t.Orig != nil && !hasToString(t) {
			for _, a := range t.Args {
				if containsChar(a) {
					return true
				}
			}
		}
	}
	return false
}

// hasToString reports whether a user type prints itself with toString.
func hasToString(n *types.Named) bool {
	m := n.Generic().Methods["toString"]
	return m != nil && m.Recv != types.RecvNone
}

// showComposite formats x, a value of a container type that holds chars,
// with typed formatters, and a Map or Set with its String method; ok is
// false for other types.
func (l *lowerer) showComposite(t types.Type, x Expr) (Expr, bool) {
	t = types.Under(t)
	if _, basic := t.(*types.Basic); basic {
		return nil, false
	}
	if containsChar(t) {
		return l.show(t, x), true
	}
	switch t.(type) {
	case *types.Map, *types.Set:
		return method(x, "String"), true
	}
	return nil, false
}

// show formats x of Vex type t as it appears inside a container: strings
// and chars quoted.
func (l *lowerer) show(t types.Type, x Expr) Expr {
	if !containsChar(t) {
		return l.nested(x, t)
	}
	call := func(fn string, xs ...Expr) Expr { return &CallExpr{Fun: rt(fn), Args: xs} }
	switch t := t.(type) {
	case *types.Named:
		if displayHidden(t) {
			return method(x, l.displayName(t))
		}
	case *types.Basic:
		return call("QuoteChar", x)
	case *types.Vec:
		return call("ShowSlice", x, l.showFunc(t.Elem))
	case *types.Slice:
		return call("ShowSlice", x, l.showFunc(t.Elem))
	case *types.Array:
		if addressable(x) {
			return call("ShowSlice", &SliceExpr{X: x}, l.showFunc(t.Elem))
		}
		if lit, ok := x.(*CompositeLit); ok {
			// An array literal shows as the slice literal of its elements.
			slice := &CompositeLit{Type: &SliceType{Elem: l.typ(t.Elem)}, Elts: lit.Elts}
			return call("ShowSlice", slice, l.showFunc(t.Elem))
		}
	case *types.Option:
		return call("ShowOption", x, l.showFunc(t.Elem))
	case *types.Result:
		return call("ShowResult", x, l.showFunc(t.Ok), l.showFunc(t.Err))
	case *types.Map:
		return call("ShowMap", x, l.showFunc(t.Key), l.showFunc(t.Elem))
	case *types.Set:
		return call("ShowSet", x, l.showFunc(t.Elem))
	case *types.Tuple:
		if addressable(x) {
			parts := make([]Expr, len(t.Elems))
			for i, e := range t.Elems {
				parts[i] = l.show(e, &SelectorExpr{X: x, Sel: "V" + strconv.Itoa(i)})
			}
			return call("ShowTuple", parts...)
		}
	case *types.Ref:
		return l.show(t.Elem, derefExpr(x))
	}
	return &CallExpr{Fun: l.showFunc(t), Args: []Expr{x}}
}

// showFunc returns a Go func(T) string that formats a T inside a
// container.
func (l *lowerer) showFunc(t types.Type) Expr {
	if b, ok := t.(*types.Basic); ok {
		switch b.Kind {
		case types.Char:
			return rt("QuoteChar")
		case types.String:
			return rt("Quote")
		}
	}
	if !containsChar(t) {
		return &IndexExpr{X: rt("Show"), Index: &TypeExpr{Type: l.typ(t)}}
	}
	v := &Ident{Name: "v"}
	var body Expr
	switch t := t.(type) {
	case *types.Named:
		if displayHidden(t) {
			return &SelectorExpr{X: &TypeExpr{Type: l.typ(t)}, Sel: l.displayName(t)} // T.VexString
		}
		return &FuncLit{
			Params:  []*Field{{Name: "v", Type: l.typ(t)}},
			Results: []Type{&NamedType{Name: "string"}},
			Body:    &Block{Stmts: l.showNamed(t, v)},
		}
	case *types.Array:
		body = &CallExpr{Fun: rt("ShowSlice"), Args: []Expr{&SliceExpr{X: v}, l.showFunc(t.Elem)}}
	case *types.Tuple:
		parts := make([]Expr, len(t.Elems))
		for i, e := range t.Elems {
			parts[i] = l.show(e, &SelectorExpr{X: v, Sel: "V" + strconv.Itoa(i)})
		}
		body = &CallExpr{Fun: rt("ShowTuple"), Args: parts}
	default:
		body = l.show(t, v)
	}
	return &FuncLit{
		Params:  []*Field{{Name: "v", Type: l.typ(t)}},
		Results: []Type{&NamedType{Name: "string"}},
		Body:    &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{body}}}},
	}
}

// showNamed formats v, an instance of a generic struct or enum whose type
// arguments hold chars, as its String method would if it knew them.
func (l *lowerer) showNamed(n *types.Named, v Expr) []Stmt {
	ret := func(x Expr) []Stmt { return []Stmt{&ReturnStmt{Results: []Expr{x}}} }
	g := n.Generic()
	if g.Kind == types.StructKind {
		if g.Tuple {
			parts := []Expr{stringLit(g.Obj.Name() + "(")}
			for i, f := range g.Fields {
				if i > 0 {
					parts = append(parts, stringLit(", "))
				}
				parts = append(parts, l.show(n.FieldType(f), &SelectorExpr{X: v, Sel: l.fieldName(f)}))
			}
			return ret(concat(append(parts, stringLit(")"))...))
		}
		parts := []Expr{stringLit(g.Obj.Name() + " { ")}
		for i, f := range g.Fields {
			sep := ", "
			if i == 0 {
				sep = ""
			}
			parts = append(parts, stringLit(sep+f.Name+": "), l.show(n.FieldType(f), &SelectorExpr{X: v, Sel: l.fieldName(f)}))
		}
		return ret(concat(append(parts, stringLit(" }"))...))
	}
	sw := &TypeSwitchStmt{Bind: "x", X: v}
	for _, variant := range g.Variants {
		fields := n.VariantFields(variant)
		if len(fields) == 0 {
			continue
		}
		parts := []Expr{stringLit(variant.Name + "(")}
		for i, ft := range fields {
			if i > 0 {
				parts = append(parts, stringLit(", "))
			}
			parts = append(parts, l.show(ft, &SelectorExpr{X: &Ident{Name: "x"}, Sel: "V" + strconv.Itoa(i)}))
		}
		sw.Cases = append(sw.Cases, &TypeCase{Types: []Type{l.variantType(variant, n)}, Body: ret(concat(append(parts, stringLit(")"))...))})
	}
	return []Stmt{sw, &ReturnStmt{Results: []Expr{method(v, l.displayName(n))}}}
}

// printArgs builds the text println prints: arguments joined by a space,
// or, when the first is a string literal with {} placeholders, the
// literal with each {} replaced by the next argument.
func (f *funcLower) printArgs(args []syntax.Expr, xs []Expr) Expr {
	if len(args) > 1 {
		if lit, ok := args[0].(*syntax.BasicLit); ok && lit.Kind == syntax.STRING && strings.Contains(lit.Value, "{}") {
			pieces := strings.Split(lit.Value, "{}")
			var parts []Expr
			next := 1
			for i, p := range pieces {
				if p != "" {
					parts = append(parts, stringLit(p))
				}
				if i == len(pieces)-1 {
					break
				}
				if next < len(args) {
					parts = append(parts, f.format(args[next], xs[next]))
					next++
				} else {
					parts = append(parts, stringLit("{}"))
				}
			}
			for ; next < len(args); next++ {
				parts = append(parts, stringLit(" "), f.format(args[next], xs[next]))
			}
			return concat(parts...)
		}
	}
	var parts []Expr
	for i, a := range args {
		if i > 0 {
			parts = append(parts, stringLit(" "))
		}
		parts = append(parts, f.format(a, xs[i]))
	}
	return concat(parts...)
}

func (f *funcLower) fstring(e *syntax.FString) Expr {
	var parts []Expr
	for _, p := range e.Parts {
		if t, ok := p.(*syntax.FStringText); ok {
			parts = append(parts, stringLit(t.Text))
			continue
		}
		parts = append(parts, f.format(p, f.expr(p)))
	}
	return concat(parts...)
}

// format returns a string expression displaying x, the lowered e, with the
// typed fast path for its type.
func (f *funcLower) format(e syntax.Expr, x Expr) Expr {
	if s, ok := f.goDisplay(e, x); ok {
		return s // gocall.go
	}
	x = f.deref(e, x)
	t := types.Under(f.l.info.Types[e])
	if s, ok := f.l.showComposite(t, x); ok {
		return s
	}
	if s, ok := displayNumbers(t, x); ok {
		return s
	}
	switch t := t.(type) {
	case *types.Basic:
		switch {
		case t.Kind == types.String:
			return x
		case t.Kind == types.Unit:
			if isIdent(x) {
				return method(x, "String") // reads the variable, which Go requires
			}
			if call, isCall := bareCall(x).(*CallExpr); isCall {
				x = call
				// A call of a unit function has no value in Go, but must run
				// in its turn among the arguments.
				return &CallExpr{Fun: &FuncLit{Results: []Type{&NamedType{Name: "string"}}, Body: &Block{Stmts: []Stmt{
					&ExprStmt{X: x}, &ReturnStmt{Results: []Expr{stringLit("()")}},
				}}}}
			}
			return stringLit("()")
		case t.IsUnsigned():
			return &CallExpr{Fun: rt("Uint"), Args: []Expr{f.typed(e, x, t)}}
		case t.IsInteger():
			// vexrt.Int(len(v)): Int takes any signed integer.
			return &CallExpr{Fun: rt("Int"), Args: []Expr{unconvertedLength(f.typed(e, x, t))}}
		case t.IsFloat():
			return &CallExpr{Fun: rt("Float"), Args: []Expr{f.typed(e, x, t)}}
		case t.Kind == types.Bool:
			return &CallExpr{Fun: rt("Bool"), Args: []Expr{x}}
		case t.Kind == types.Char:
			return &CallExpr{Fun: rt("Char"), Args: []Expr{x}}
		}
	case *types.Named:
		if t.Kind != types.ContractKind {
			return method(x, f.l.displayName(t))
		}
	case *types.Option, *types.Result, *types.Tuple, *types.Channel, *types.Future, *types.StdType:
		return method(x, "String")
	case *types.Func:
		if _, isLit := x.(*FuncLit); isLit {
			return stringLit("fn")
		}
		// A variable must still be read, and a call must still run.
	}
	return &CallExpr{Fun: rt("Display"), Args: []Expr{x}}
}

// durationType is Go's time.Duration, the lowering of Vex's Duration.
var durationType = &NamedType{Path: "time", Name: "Duration"}

func stringLit(s string) *Lit { return &Lit{Value: quote(s)} }

// concat joins string expressions with +, merging adjacent literals.
func concat(parts ...Expr) Expr {
	var merged []Expr
	for _, p := range parts {
		if lit, ok := p.(*Lit); ok && len(merged) > 0 {
			if prev, ok := merged[len(merged)-1].(*Lit); ok && isStringLit(prev) && isStringLit(lit) {
				merged[len(merged)-1] = stringLit(unquote(prev.Value) + unquote(lit.Value))
				continue
			}
		}
		merged = append(merged, p)
	}
	if len(merged) == 0 {
		return stringLit("")
	}
	x := merged[0]
	for _, p := range merged[1:] {
		x = &BinaryExpr{Op: "+", X: x, Y: p}
	}
	return x
}

// nested formats x of type t as an element inside a container: strings
// and chars quoted, everything else as Display shows it. A reference
// shows the value it points to.
func (l *lowerer) nested(x Expr, t types.Type) Expr {
	if s, ok := l.goShow(t, x, true); ok {
		return s // gocall.go
	}
	if r, ok := types.Resolve(t).(*types.Ref); ok {
		return l.nested(derefExpr(x), r.Elem)
	}
	if s, ok := l.showComposite(t, x); ok {
		return s
	}
	if s, ok := displayNumbers(types.Under(t), x); ok {
		return s
	}
	switch t := types.Under(t).(type) {
	case *types.Basic:
		switch {
		case t.Kind == types.String:
			return &CallExpr{Fun: rt("Quote"), Args: []Expr{x}}
		case t.Kind == types.Char:
			return &CallExpr{Fun: rt("QuoteChar"), Args: []Expr{x}}
		}
		return displayBasic(t, x)
	case *types.Named:
		if t.Kind != types.ContractKind {
			return method(x, l.displayName(t))
		}
	case *types.Option, *types.Result, *types.Tuple, *types.Channel, *types.Future, *types.StdType:
		return method(x, "String")
	}
	return &CallExpr{Fun: rt("Nested"), Args: []Expr{x}}
}

// displayNumbers formats x, a Vec, a slice or an addressable array of
// integers or floats, with vexrt.Ints, Uints or Floats, which take a slice
// and need neither an interface nor reflection (Display walks an array,
// and a slice of i8, u8 or f32, by reflection); ok is false for other
// types.
func displayNumbers(t types.Type, x Expr) (Expr, bool) {
	b, ok := types.Resolve(seqElem(t)).(*types.Basic)
	if !ok {
		return nil, false
	}
	var fn string
	switch {
	case b.IsUnsigned():
		fn = "Uints"
	case b.IsInteger():
		fn = "Ints"
	case b.IsFloat():
		fn = "Floats"
	default:
		return nil, false
	}
	if _, isArray := t.(*types.Array); isArray {
		if !addressable(x) {
			return nil, false
		}
		x = &SliceExpr{X: x}
	}
	return &CallExpr{Fun: rt(fn), Args: []Expr{x}}, true
}

// displayBasic formats a scalar with its typed fast path.
func displayBasic(t *types.Basic, x Expr) Expr {
	switch {
	case t.Kind == types.String:
		return x
	case t.Kind == types.Unit:
		return stringLit("()")
	case t.IsUnsigned():
		return &CallExpr{Fun: rt("Uint"), Args: []Expr{x}}
	case t.IsInteger():
		return &CallExpr{Fun: rt("Int"), Args: []Expr{x}}
	case t.IsFloat():
		return &CallExpr{Fun: rt("Float"), Args: []Expr{x}}
	case t.Kind == types.Bool:
		return &CallExpr{Fun: rt("Bool"), Args: []Expr{x}}
	case t.Kind == types.Char:
		return &CallExpr{Fun: rt("Char"), Args: []Expr{x}}
	}
	return &CallExpr{Fun: rt("Display"), Args: []Expr{x}}
}
