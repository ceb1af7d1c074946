package types

import "github.com/vexlang/vex2go/frontend/syntax"

// This file resolves qualified names, m.name where m names an imported
// package: its types, values and calls.

// pkgNameOf returns the imported package that x names, or nil: m, or
// m.n when package m re-exports package n.
func (c *checker) pkgNameOf(s *Scope, x syntax.Expr) *PkgName {
	switch x := x.(type) {
	case *syntax.Ident:
		pn, _ := s.Lookup(x.Name).(*PkgName)
		if pn != nil {
			c.info.Uses[x] = pn
		}
		return pn
	case *syntax.SelectorExpr:
		if c.pkgNameOf(s, x.X) != nil {
			obj, _ := c.qualified(s, x)
			pn, _ := obj.(*PkgName)
			return pn
		}
	}
	return nil
}

// qualified resolves m.name, where m names an imported package, to the
// exported object. ok is false when e is not such a name; obj is nil when
// the package exports no such item, which is reported once.
func (c *checker) qualified(s *Scope, e syntax.Expr) (obj Object, ok bool) {
	sel, isSel := e.(*syntax.SelectorExpr)
	if !isSel {
		return nil, false
	}
	pn := c.pkgNameOf(s, sel.X)
	if pn == nil {
		return nil, false
	}
	return c.member(pn, sel.Sel), true
}

// member returns the exported object name of the package pn names.
func (c *checker) member(pn *PkgName, name *syntax.Ident) Object {
	if pn.Pkg == nil {
		return nil // the import failed
	}
	if pn.Pkg.Go != nil {
		if obj := c.info.Uses[name]; obj != nil || c.imp.reported[name] {
			return obj
		}
		c.imp.reported[name] = true
		return c.goMember(pn.Pkg, name) // goimport.go
	}
	obj := pn.Pkg.Exports[name.Name]
	if obj == nil {
		if !c.imp.reported[name] {
			c.imp.reported[name] = true
			if d := pn.Pkg.item(name.Name); d != nil {
				c.errorf(name, "%s %s of %s is not exported", itemKind(d), name.Name, pn.name)
			} else {
				c.errorf(name, "%s has no exported item %s", pn.name, name.Name)
			}
		}
		return nil
	}
	if !c.imp.reported[name] {
		c.imp.reported[name] = true
		c.checkLeaks(pn.Pkg, obj, name, pn.name)
	}
	c.info.Uses[name] = obj
	return obj
}

// qualifiedValue checks m.name used as a value.
func (c *checker) qualifiedValue(e *syntax.SelectorExpr, obj Object) Type {
	switch obj := obj.(type) {
	case *FuncObj:
		return obj.Sig
	case *Const:
		return obj.Type
	case *Builtin:
		c.errorf(e, "%s must be called", exprString(e))
	case *TypeName:
		c.errorf(e, "%s is a type, not a value", exprString(e))
	case *PkgName:
		c.errorf(e, "%s is a package, not a value", exprString(e))
	}
	return InvalidType
}

// qualifiedCall checks m.name(args): a function of an imported package or
// the construction of its tuple struct.
func (c *checker) qualifiedCall(s *Scope, e *syntax.CallExpr, f *syntax.SelectorExpr, obj Object, typeArgs []syntax.Type, hint Type) Type {
	switch obj := obj.(type) {
	case *FuncObj:
		sig := obj.Sig
		if len(typeArgs) > 0 {
			sig = c.explicitTypeArgs(s, obj, typeArgs, e)
		} else {
			sig = c.instantiateFunc(obj, sig, e)
		}
		c.addCall(e, &Call{Kind: CallFunc, Callee: obj, Type: sig})
		c.argsMin(s, e, sig.Params, obj.Required(), exprString(f))
		return sig.Result
	case *Builtin:
		c.noTypeArgs(e, typeArgs, obj.Name())
		return c.builtinCall(s, e, obj, obj.Name(), hint) // a function of a standard module
	case *GoObj:
		return c.goFuncCall(s, e, obj, typeArgs, hint) // gocall.go
	case *TypeName:
		if obj.Go != nil {
			c.noTypeArgs(e, typeArgs, exprString(f))
			return c.goConversion(s, e, obj) // http.HandlerFunc(f): goexpr.go
		}
		if n, ok := obj.Type.(*Named); ok {
			return c.tupleStruct(s, e, n, typeArgs, hint)
		}
		c.errorf(f, "%s is a type; it cannot be called", exprString(f))
	case *PkgName:
		c.errorf(f, "%s is a package; it cannot be called", exprString(f))
	}
	c.args(s, e, nil, "")
	return InvalidType
}

// qualifiedType resolves the type m.Name[<Args>].
func (c *checker) qualifiedType(s *Scope, t *syntax.NamedType) Type {
	named := s.Lookup(t.Pkg.Name)
	if tn, ok := named.(*TypeName); ok && tn.Go == nil {
		c.errorf(t, "associated types (%s.%s) are not supported by vex2go", t.Pkg.Name, t.Name.Name)
		return InvalidType
	}
	pn, _ := named.(*PkgName)
	if pn == nil {
		c.errorf(t.Pkg, "%s is not an imported package (import * as %s from \"...\")", t.Pkg.Name, t.Pkg.Name)
		return InvalidType
	}
	c.info.Uses[t.Pkg] = pn
	obj := c.member(pn, t.Name)
	if obj == nil {
		return InvalidType
	}
	tn, ok := obj.(*TypeName)
	if !ok {
		c.errorf(t, "%s.%s is not a type", t.Pkg.Name, t.Name.Name)
		return InvalidType
	}
	name := t.Pkg.Name + "." + t.Name.Name
	if tn.Type == nil {
		return InvalidType
	}
	return c.typeNameArgs(s, t, name, tn)
}

// qualifiedTypeName returns the type name m.Name in an expression, such as
// geom.Point { ... } or geom.Shape.Circle(r), or nil.
func (c *checker) qualifiedTypeName(s *Scope, sel *syntax.SelectorExpr) *TypeName {
	obj, ok := c.qualified(s, sel)
	if !ok || obj == nil {
		return nil
	}
	tn, _ := obj.(*TypeName)
	return tn
}
