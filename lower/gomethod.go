package lower

import (
	gotypes "go/types"
	"strconv"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers the methods whose Go results are Go's own
// (types.MethodResults): an upper-case method returning Result<T, GoError>
// or Option<T> returns (T, error) or (T, bool) in Go, so that Vex types
// implement Go interfaces such as io.Writer and json.Marshaler:
//
//	func (s *Sink) Write(p []byte) (int, error) {
//		if len(p) == 0 {
//			return 0, errEmpty
//		}
//		s.n += int64(len(p))
//		return len(p), nil
//	}
//
// Each return hands Go's results back: Ok(v) is `return v, nil`, Err(e)
// `return 0, e`, Some(v) `return v, true`, None `return 0, false`, and any
// other value r `return r.Unpack()` or `return r.Get()`. A call of such a
// method from Vex is lowered as a call of a Go method is (gocall.go).

// shaped reports whether a method of these results returns Go's results
// rather than its Vex result.
func shaped(shape types.GoResults) bool {
	switch shape {
	case types.GoErrorOnly, types.GoValueError, types.GoTupleError, types.GoValueOK:
		return true
	}
	return false
}

// methodResults returns the Go results of a method or contract method
// whose Go results are shape and whose Vex result is result.
func (l *lowerer) methodResults(shape types.GoResults, result types.Type) []Type {
	errorType := &NamedType{Name: "error"}
	switch shape {
	case types.GoErrorOnly:
		return []Type{errorType}
	case types.GoValueError:
		return []Type{l.typ(result.(*types.Result).Ok), errorType}
	case types.GoTupleError:
		var out []Type
		for _, e := range result.(*types.Result).Ok.(*types.Tuple).Elems {
			out = append(out, l.typ(e))
		}
		return append(out, errorType)
	case types.GoValueOK:
		return []Type{l.typ(result.(*types.Option).Elem), &NamedType{Name: "bool"}}
	}
	if r := l.resultType(result); r != nil {
		return []Type{r}
	}
	return nil
}

// goReturn returns what the return statement of a method whose Go results
// are Go's returns for x, the lowered Vex value of its result.
func (f *funcLower) goReturn(x Expr) []Expr {
	if call, ok := x.(*CallExpr); ok {
		if id, ok := call.Fun.(*Ident); ok && id.Path == rtPath {
			switch {
			case id.Name == "Ok" && len(call.Args) == 1:
				return append(f.goValues(call.Args[0]), goNil())
			case id.Name == "Err" && len(call.Args) == 1:
				return f.goFailure(call.Args[0])
			case id.Name == "Some" && len(call.Args) == 1:
				return []Expr{call.Args[0], &Lit{Value: "true"}}
			case id.Name == "None" && len(call.Args) == 0:
				return f.goFailure(nil)
			case len(call.Args) == 1 && id.Name == resultsFunc(f.goShape, f.result):
				return call.Args // Go's results, which a Go call or a method like this one returned
			}
		}
	}
	if lit, ok := x.(*CompositeLit); ok && len(lit.Elts) == 0 {
		if t, ok := lit.Type.(*NamedType); ok && t.Path == rtPath && t.Name == "Option" {
			return f.goFailure(nil) // None, the zero Option (expr.go)
		}
	}
	switch f.goShape {
	case types.GoErrorOnly:
		return []Expr{method(x, "Failure")}
	case types.GoValueError:
		return []Expr{method(x, "Unpack")}
	case types.GoValueOK:
		return []Expr{method(x, "Get")}
	}
	// (A, B, error): t, err := r.Unpack(); return t.V0, t.V1, err
	t, err := &Ident{Name: f.temp("t")}, &Ident{Name: f.flag("err")}
	f.emit(&AssignStmt{Lhs: []Expr{t, err}, Op: ":=", Rhs: []Expr{method(x, "Unpack")}})
	return append(f.fields(t), err)
}

// goValues returns the Go results that v, the lowered value of an Ok,
// stands for: none for the unit, the elements of a tuple, or v.
func (f *funcLower) goValues(v Expr) []Expr {
	switch f.goShape {
	case types.GoErrorOnly:
		return nil
	case types.GoTupleError:
		if call, ok := v.(*CallExpr); ok {
			if id, ok := call.Fun.(*Ident); ok && id.Path == rtPath && id.Name == "T"+strconv.Itoa(len(call.Args)) {
				return call.Args // a tuple literal
			}
		}
		return f.fields(f.once(v, "t"))
	}
	return []Expr{v}
}

// fields returns the fields V0, V1, ... of t, a tuple of the Ok type of
// the method's result.
func (f *funcLower) fields(t Expr) []Expr {
	var out []Expr
	for i := range f.result.(*types.Result).Ok.(*types.Tuple).Elems {
		out = append(out, &SelectorExpr{X: t, Sel: "V" + strconv.Itoa(i)})
	}
	return out
}

// goFailure returns the Go results of a failure of the method: zero values
// and err, the lowered error, or false for a method returning (T, bool),
// whose err is nil.
func (f *funcLower) goFailure(err Expr) []Expr {
	switch r := f.result.(type) {
	case *types.Option:
		return []Expr{f.l.zero(r.Elem), &Lit{Value: "false"}}
	case *types.Result:
		var out []Expr
		switch f.goShape {
		case types.GoValueError:
			out = append(out, f.l.zero(r.Ok))
		case types.GoTupleError:
			for _, e := range r.Ok.(*types.Tuple).Elems {
				out = append(out, f.l.zero(e))
			}
		}
		return append(out, err)
	}
	return nil
}

// returnFailure emits the early return of `?` when its operand failed:
// err is the Go error, or the Vex error of an Err, or nil for a None.
func (f *funcLower) returnFailure(err Expr) {
	if shaped(f.goShape) {
		f.emit(&ReturnStmt{Results: f.goFailure(err)})
		return
	}
	switch rt := f.result.(type) {
	case *types.Option:
		f.emit(&ReturnStmt{Results: []Expr{f.none(rt)}})
	case *types.Result:
		f.emit(&ReturnStmt{Results: []Expr{&CallExpr{Fun: rtIdent("Err"), TypeArgs: []Type{f.l.typ(rt.Ok), f.l.typ(rt.Err)}, Args: []Expr{err}}}})
	}
}

// zero returns the zero value of a value of type t in Go, as a return
// statement spells it.
func (l *lowerer) zero(t types.Type) Expr {
	switch t := t.(type) {
	case *types.Basic:
		switch t.Kind {
		case types.String:
			return &Lit{Value: `""`}
		case types.Bool:
			return &Lit{Value: "false"}
		case types.Unit:
			return unitValue()
		}
		return &Lit{Value: "0"}
	case *types.GoNamed:
		switch u := t.Underlying().(type) {
		case *gotypes.Basic:
			switch {
			case u.Info()&gotypes.IsString != 0:
				return &Lit{Value: `""`}
			case u.Info()&gotypes.IsBoolean != 0:
				return &Lit{Value: "false"}
			}
			return &Lit{Value: "0"}
		case *gotypes.Struct, *gotypes.Array:
			return &CompositeLit{Type: l.typ(t)}
		}
		return goNil()
	case *types.Named:
		switch {
		case t.Kind == types.StructKind:
			return &CompositeLit{Type: l.typ(t)}
		case t.Kind == types.EnumKind && !t.HasPayload():
			return &Lit{Value: "0"}
		}
		return goNil()
	case *types.TypeParam:
		return &UnaryExpr{Op: "*", X: &CallExpr{Fun: &Ident{Name: "new"}, Args: []Expr{&TypeExpr{Type: l.typ(t)}}}}
	}
	switch gt := l.typ(t).(type) {
	case *PointerType, *SliceType, *MapType, *ChanType, *FuncType, *InterfaceType:
		return goNil()
	case *NamedType:
		if gt.Path == "" && (gt.Name == "error" || gt.Name == "any") {
			return goNil()
		}
	}
	return &CompositeLit{Type: l.typ(t)}
}

// vexMethodShape returns the Go results of the Vex method that call e
// calls, GoOne for anything else.
func (f *funcLower) vexMethodShape(e *syntax.CallExpr, c *types.Call) types.GoResults {
	if c.Kind != types.CallMethod {
		return types.GoOne
	}
	if fn := c.Func(); fn != nil {
		return fn.GoResults()
	}
	sel, ok := e.Fun.(*syntax.SelectorExpr)
	if c.Callee != nil || !ok {
		return types.GoOne
	}
	return types.MethodGoResults(c.Recv, sel.Sel.Name)
}

// wrapResults turns raw, a call whose Go results are shape, into the Vex
// value of type result (section 4): vexrt.ResultOf(s.Write(p)).
func wrapResults(raw Expr, shape types.GoResults, result types.Type) Expr {
	name := resultsFunc(shape, result)
	if name == "" {
		return raw
	}
	return &CallExpr{Fun: rt(name), Args: []Expr{raw}}
}

// resultsFunc returns the function of vexrt that turns Go's results of
// shape into the Vex value of type result, or "" if they are that value.
func resultsFunc(shape types.GoResults, result types.Type) string {
	switch shape {
	case types.GoErrorOnly:
		return "ErrorResult"
	case types.GoValueError:
		return "ResultOf"
	case types.GoTupleError:
		return "ResultOf" + strconv.Itoa(len(result.(*types.Result).Ok.(*types.Tuple).Elems))
	case types.GoValueOK:
		return "OptionOf"
	}
	return ""
}
