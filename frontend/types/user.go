package types

import (
	"fmt"
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file checks the uses of user types: field selections, struct
// literals, enum variants, methods, associated functions and generic calls.

// userType returns the user struct or enum that e names in an expression
// (Point, Stack<i32>), or nil.
func (c *checker) userType(s *Scope, e syntax.Expr) (*TypeName, *Named, []syntax.Type) {
	var targs []syntax.Type
	if inst, ok := e.(*syntax.InstExpr); ok {
		e, targs = inst.X, inst.TypeArgs
	}
	var tn *TypeName
	var id *syntax.Ident
	switch x := e.(type) {
	case *syntax.Ident:
		id = x
		tn, _ = s.Lookup(x.Name).(*TypeName)
	case *syntax.SelectorExpr: // m.Point, a type of an imported package
		id = x.Sel
		tn = c.qualifiedTypeName(s, x)
	}
	if tn == nil {
		return nil, nil, nil
	}
	if _, isAlias := tn.Decl.(*syntax.TypeAliasDecl); isAlias {
		c.resolveAlias(tn)
	}
	n, ok := tn.Type.(*Named)
	if !ok {
		return tn, nil, targs // a Go type: goStructLit instantiates it
	}
	c.info.Uses[id] = tn
	return tn, n, targs
}

// instance returns the instance of a user type to construct: explicit type
// arguments, or the hint's, or fresh inference variables.
func (c *checker) instance(s *Scope, n *Named, targs []syntax.Type, hint Type, at syntax.Node) *Named {
	if n.Orig != nil || len(n.TypeParams) == 0 {
		if len(targs) > 0 {
			c.errorf(at, "%s takes no type arguments", n)
		}
		return n
	}
	if len(targs) > 0 {
		if len(targs) != len(n.TypeParams) {
			c.errorf(at, "%s needs %d type argument%s, found %d", n.Obj.Name(), len(n.TypeParams), plural(len(n.TypeParams)), len(targs))
		}
		args := make([]Type, len(n.TypeParams))
		for i := range args {
			if i < len(targs) {
				args[i] = c.typeIn(s, targs[i])
			} else {
				args[i] = InvalidType
			}
		}
		return n.instantiate(args)
	}
	if h, ok := Resolve(hint).(*Named); ok && h.Generic() == n {
		return h
	}
	args := make([]Type, len(n.TypeParams))
	for i, tp := range n.TypeParams {
		args[i] = c.fresh(at, "type parameter "+tp.Name+" of "+n.Obj.Name())
	}
	return n.instantiate(args)
}

// bareVariant finds the enum variant a bare name stands for when no other
// object has that name; it must be unambiguous.
func (c *checker) bareVariant(name string, at syntax.Node) *Variant {
	var found *Variant
	for _, n := range c.enumsInScope() {
		if n.Kind != EnumKind {
			continue
		}
		if v := n.LookupVariant(name); v != nil {
			if found != nil {
				c.errorf(at, "%s is ambiguous: a variant of both %s and %s; qualify it", name, found.Enum.Obj.Name(), n.Obj.Name())
				return nil
			}
			found = v
		}
	}
	return found
}

// variantValue checks a unit variant used as a value.
func (c *checker) variantValue(s *Scope, e syntax.Expr, v *Variant, targs []syntax.Type, hint Type) Type {
	c.info.Variants[e] = v
	if v.Fields != nil {
		c.errorf(e, "variant %s.%s needs its payload: %s.%s(...)", v.Enum.Obj.Name(), v.Name, v.Enum.Obj.Name(), v.Name)
		return InvalidType
	}
	return c.instance(s, v.Enum, targs, hint, e)
}

// variantCall checks the construction of a payload variant.
func (c *checker) variantCall(s *Scope, e *syntax.CallExpr, v *Variant, targs []syntax.Type, hint Type) Type {
	n := c.instance(s, v.Enum, targs, hint, e)
	c.addCall(e, &Call{Kind: CallVariant, Variant: v, Type: n})
	if v.Fields == nil {
		c.errorf(e, "variant %s.%s has no payload", v.Enum.Obj.Name(), v.Name)
		c.args(s, e, nil, "")
		return n
	}
	c.args(s, e, n.VariantFields(v), v.Name)
	return n
}

// structLit checks Point { x: 1, y } and Point { x: 1, ..base }.
func (c *checker) structLit(s *Scope, e *syntax.StructLit, hint Type) Type {
	tn, n, targs := c.userType(s, e.Type)
	if tn != nil && tn.Go != nil {
		return c.goStructLit(s, e, tn, targs, hint) // goexpr.go
	}
	if n == nil || n.Kind != StructKind {
		obj := s.Lookup(exprString(e.Type))
		switch named, _ := obj.(*TypeName); {
		case named != nil && named.failedImport():
			// the import has reported it
		case tn == nil && obj == nil:
			c.errorf(e.Type, "undefined: %s", exprString(e.Type))
		default:
			c.errorf(e.Type, "%s is not a struct type", exprString(e.Type))
		}
		for _, f := range e.Fields {
			if f.Value != nil {
				c.expr(s, f.Value, nil)
			}
		}
		return InvalidType
	}
	if n.Tuple {
		c.errorf(e, "%s is a tuple struct: construct it with %s(...)", n.Obj.Name(), n.Obj.Name())
		return InvalidType
	}
	inst := c.instance(s, n, targs, hint, e)
	seen := make(map[string]bool)
	for _, fi := range e.Fields {
		f := n.LookupField(fi.Name.Name)
		if f == nil {
			c.errorf(fi.Name, "%s has no field %s", n.Obj.Name(), fi.Name.Name)
			if fi.Value != nil {
				c.expr(s, fi.Value, nil)
			}
			continue
		}
		if seen[f.Name] {
			c.errorf(fi.Name, "field %s given twice", f.Name)
		}
		seen[f.Name] = true
		want := inst.FieldType(f)
		if fi.Value == nil {
			c.assignable(c.ident(s, fi.Name, want), want, fi.Name)
			continue
		}
		c.assignable(c.expr(s, fi.Value, want), want, fi.Value)
	}
	if e.Base != nil {
		c.assignable(c.expr(s, e.Base, inst), inst, e.Base)
		return inst
	}
	var missing []string
	for _, f := range n.Fields {
		if !seen[f.Name] {
			missing = append(missing, f.Name)
		}
	}
	if len(missing) > 0 {
		c.errorf(e, "missing field%s %s in %s literal", plural(len(missing)), strings.Join(missing, ", "), n.Obj.Name())
	}
	return inst
}

// exprString spells a type-name expression for diagnostics.
func exprString(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Ident:
		return e.Name
	case *syntax.SelectorExpr:
		return exprString(e.X) + "." + e.Sel.Name
	case *syntax.InstExpr:
		return exprString(e.X) + "<...>"
	}
	return "expression"
}

// field checks x.f on a struct value.
func (c *checker) field(e syntax.Expr, x Type, name string, at syntax.Node) (Type, bool) {
	n, ok := Under(x).(*Named)
	if !ok || n.Kind != StructKind {
		return nil, false
	}
	f := n.LookupField(name)
	if f == nil {
		return nil, false
	}
	c.info.Fields[e] = f
	return n.FieldType(f), true
}

// userMethod looks up a method of a user type or a bounded type parameter.
func (c *checker) userMethod(recv Type, name string) (*FuncObj, *Func, bool) {
	switch t := Under(recv).(type) {
	case *Named:
		if t.Kind == ContractKind {
			if sig := c.methodSigOf(t, name); sig != nil {
				return nil, sig, true
			}
			return nil, nil, false
		}
		m := t.Generic().Methods[name]
		if m == nil || m.Recv == RecvNone {
			return nil, nil, false
		}
		return m, Subst(m.Sig, t.subst()).(*Func), true
	case *TypeParam:
		if sig := c.methodSigOf(t, name); sig != nil {
			return nil, sig, true
		}
	}
	return nil, nil, false
}

// userMethodCall checks recv.name(args) for a user method.
func (c *checker) userMethodCall(s *Scope, e *syntax.CallExpr, f *syntax.SelectorExpr, recv Type, m *FuncObj, sig *Func) Type {
	if m != nil && m.Recv == RecvMutRef {
		c.checkMutable(s, f.X, "call mutating method "+f.Sel.Name+" on")
	}
	sig = c.instantiateFunc(m, sig, e)
	call := &Call{Kind: CallMethod, Recv: recv, Type: sig}
	if m != nil {
		call.Callee = m
	}
	c.addCall(e, call)
	required := len(sig.Params)
	if m != nil {
		required = m.Required()
	}
	c.argsMin(s, e, sig.Params, required, f.Sel.Name)
	return sig.Result
}

// instantiateFunc replaces a generic function's own type parameters by
// fresh inference variables for one call, recording them on the call.
func (c *checker) instantiateFunc(obj *FuncObj, sig *Func, e *syntax.CallExpr) *Func {
	if obj == nil {
		return sig
	}
	own := obj.TypeParams
	if obj.Recv != RecvNone && obj.Owner != nil {
		own = own[len(obj.Owner.TypeParams):] // the receiver fixes the type's own
	}
	if len(own) == 0 {
		return sig
	}
	m := make(map[*TypeParam]Type, len(own))
	var args []Type
	for _, tp := range own {
		v := c.fresh(e, "type parameter "+tp.Name+" of "+obj.Name())
		m[tp] = v
		args = append(args, v)
	}
	c.fn.root.bounds = append(c.fn.root.bounds, boundCheck{call: e, params: own, args: args})
	inst := Subst(sig, m).(*Func)
	for _, a := range args {
		if v := a.(*Var); !occurs(v, inst) {
			v.bound = InvalidType // only an invalid signature leaves a parameter unused
		}
	}
	return inst
}

// boundCheck is a generic call whose type arguments must satisfy their
// contracts once inference has finished.
type boundCheck struct {
	call   *syntax.CallExpr
	params []*TypeParam
	args   []Type
}

// inferFromBounds binds the type arguments of generic calls that only a
// contract bound determines, as Rust does: in drain<T, S: Source<T>>(s),
// T is what the next method of S's type returns. Go cannot infer them
// there; the lowering passes every type argument explicitly.
func (c *checker) inferFromBounds(fc *funcCtx) {
	for _, b := range fc.bounds {
		m := make(map[*TypeParam]Type, len(b.params))
		for i, tp := range b.params {
			m[tp] = b.args[i]
		}
		for i, tp := range b.params {
			t := Resolve(b.args[i])
			if _, free := t.(*Var); free || t == InvalidType {
				continue
			}
			for _, bound := range tp.Bounds {
				k, ok := Subst(bound, m).(*Named)
				if !ok || k.Kind != ContractKind || len(k.Args) == 0 {
					continue
				}
				for _, ms := range k.Generic().Sigs {
					want, _ := contractSig(k, ms.Name, t)
					if got := c.methodSigOf(t, ms.Name); want != nil && got != nil {
						unify(want, got)
					}
				}
			}
		}
	}
}

func (c *checker) checkBounds(b boundCheck) {
	m := make(map[*TypeParam]Type, len(b.params))
	for i, tp := range b.params {
		m[tp] = Final(b.args[i])
	}
	for i, tp := range b.params {
		t := Final(b.args[i])
		if t == InvalidType {
			continue
		}
		for _, bound := range tp.Bounds {
			k, ok := Subst(bound, m).(*Named) // Source<T> with the call's T
			if !ok {
				continue
			}
			if ok, why := c.implements(t, k); !ok {
				c.errorf(b.call, "%s does not satisfy %s: %s", t, k, why)
			}
		}
	}
	if call := c.info.Calls[b.call]; call != nil {
		call.TypeArgs, _ = finalizer(nil).finalList(b.args)
	}
}

// checkMutable reports a mutation of a value held in an immutable binding.
func (c *checker) checkMutable(s *Scope, x syntax.Expr, what string) {
	if at, why := immutable(c.info, x, what); at != nil {
		c.errorf(at, "%s", why)
	}
}

// immutable returns the node that makes x immutable and why, saying that
// x cannot be what'ed, or nil if x may change.
func immutable(info *Info, x syntax.Expr, what string) (syntax.Node, string) {
	target := x
	for {
		switch e := x.(type) {
		case *syntax.ParenExpr:
			x = e.X
			continue
		case *syntax.SelectorExpr:
			if f := info.Fields[e]; f != nil && f.Readonly {
				return e.Sel, fmt.Sprintf("cannot %s %s: field %s is readonly (set when the struct is made)", what, exprString(target), f.Name)
			}
			if r, ok := Resolve(info.Types[e.X]).(*Ref); ok {
				if !r.Mut {
					return x, fmt.Sprintf("cannot %s %s: it is reached through a shared reference %s (use &T!)", what, exprString(e), r)
				}
				return nil, ""
			}
			x = e.X
			continue
		case *syntax.TupleIndexExpr:
			x = e.X
			continue
		case *syntax.IndexExpr:
			x = e.X
			continue
		case *syntax.Ident:
			if _, isConst := info.Uses[e].(*Const); isConst {
				return e, fmt.Sprintf("cannot %s %s: it is a constant", what, e.Name)
			}
			l, ok := info.Uses[e].(*Local)
			if !ok {
				return nil, ""
			}
			if r := guardRef(l.Type); r != nil {
				// A lock guard reaches its value as &T! (Guard) or &T (ReadGuard): stdlib.go.
				if !r.Mut {
					return e, fmt.Sprintf("cannot %s %s: it is a read guard; take the lock with write() to change the value", what, e.Name)
				}
				return nil, ""
			}
			if r, ok := Resolve(l.Type).(*Ref); ok {
				if !r.Mut {
					return e, fmt.Sprintf("cannot %s %s: it is a shared reference %s (use &T!)", what, e.Name, r)
				}
				return nil, ""
			}
			switch {
			case l.Param && e.Name == "self" && !l.Mut:
				return e, fmt.Sprintf("cannot %s self: the method takes self: &%s; declare it self: &%s! to mutate", what, l.Type, l.Type)
			case !l.Mut && !l.LateInit:
				return e, fmt.Sprintf("cannot %s %s: it is declared with let; use let! to make it mutable", what, e.Name)
			}
		}
		return nil, ""
	}
}

// tupleStruct checks the construction Id(7) of a tuple struct.
func (c *checker) tupleStruct(s *Scope, e *syntax.CallExpr, n *Named, targs []syntax.Type, hint Type) Type {
	if n.Kind != StructKind || !n.Tuple {
		c.errorf(e.Fun, "%s is not a tuple struct; use %s { ... } or an associated function", n.Obj.Name(), n.Obj.Name())
		c.args(s, e, nil, "")
		return InvalidType
	}
	inst := c.instance(s, n, targs, hint, e)
	c.addCall(e, &Call{Kind: CallTupleStruct, Type: inst})
	params := make([]Type, len(n.Fields))
	for i, f := range n.Fields {
		params[i] = inst.FieldType(f)
	}
	c.args(s, e, params, n.Obj.Name())
	return inst
}

// assocCall checks T.variant(...) and T.name(...): a payload variant or an
// associated function.
func (c *checker) assocCall(s *Scope, e *syntax.CallExpr, f *syntax.SelectorExpr, tn *TypeName, n *Named, targs, callTargs []syntax.Type, hint Type) Type {
	if n.Kind == EnumKind {
		if v := n.LookupVariant(f.Sel.Name); v != nil {
			c.info.Variants[f] = v
			return c.variantCall(s, e, v, targs, hint)
		}
	}
	m := n.Generic().Methods[f.Sel.Name]
	if m == nil || m.Recv != RecvNone {
		hint := ""
		if m != nil {
			hint = " (it is a method: call it on a value)"
		}
		c.errorf(f.Sel, "%s has no associated function %s%s", n.Obj.Name(), f.Sel.Name, hint)
		c.args(s, e, nil, "")
		return InvalidType
	}
	c.info.Uses[f.Sel] = m
	sig := m.Sig
	if len(callTargs) > 0 {
		sig = c.explicitTypeArgs(s, m, callTargs, e)
	} else {
		sig = c.instantiateFunc(m, sig, e)
	}
	c.addCall(e, &Call{Kind: CallFunc, Callee: m, Type: sig})
	c.argsMin(s, e, sig.Params, m.Required(), n.Obj.Name()+"."+f.Sel.Name)
	return sig.Result
}

// explicitTypeArgs instantiates a generic function with f<T>(...).
func (c *checker) explicitTypeArgs(s *Scope, obj *FuncObj, targs []syntax.Type, e *syntax.CallExpr) *Func {
	if len(targs) != len(obj.TypeParams) {
		c.errorf(e.Fun, "%s takes %d type argument%s, found %d", obj.Name(), len(obj.TypeParams), plural(len(obj.TypeParams)), len(targs))
		return c.instantiateFunc(obj, obj.Sig, e)
	}
	m := make(map[*TypeParam]Type, len(targs))
	var args []Type
	for i, tp := range obj.TypeParams {
		t := c.typeIn(s, targs[i])
		m[tp] = t
		args = append(args, t)
	}
	c.fn.root.bounds = append(c.fn.root.bounds, boundCheck{call: e, params: obj.TypeParams, args: args})
	return Subst(obj.Sig, m).(*Func)
}
