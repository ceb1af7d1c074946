package lsp

import (
	"slices"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file finds the node at a position and what a name denotes.

// An entity is what a name denotes: a types.Object (a local, function,
// method, constant, type, imported package or prelude name), a type
// parameter (*types.TypeParam), a struct field (*types.Field), an enum
// variant (*types.Variant), a method of a contract (*types.MethodSig) or
// an entry of the prelude table as a call calls it (*preludeCall). Two
// names denote the same entity when their entities are equal.
type entity any

// A preludeCall is an entry of the prelude table, a function of the
// prelude or of a standard module, or a method or associated function of
// one of their types, as one call calls it. Its entity for references is
// the entry.
type preludeCall struct {
	name    string         // as the call spells it
	builtin *types.Builtin // the entry
	recv    types.Type     // the receiver's type of a method, references removed; nil for a function
	sig     *types.Func    // the signature at the call
}

// pathTo returns the nodes of f that enclose pos, from f itself to the
// innermost. A position at the end of a name, where the cursor is after
// typing it, is in the name.
func pathTo(f *syntax.File, pos source.Pos) []syntax.Node {
	path := enclosing(f, pos)
	if _, isIdent := path[len(path)-1].(*syntax.Ident); !isIdent && pos > f.Pos() {
		if before := enclosing(f, pos-1); len(before) > 0 {
			if _, isIdent := before[len(before)-1].(*syntax.Ident); isIdent {
				return before
			}
		}
	}
	return path
}

// enclosing returns the nodes of f whose span holds pos, from f itself to
// the innermost.
func enclosing(f *syntax.File, pos source.Pos) []syntax.Node {
	var stack, path []syntax.Node
	syntax.Inspect(f, func(n syntax.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if n != syntax.Node(f) && (pos < n.Pos() || pos >= n.End()) {
			return false
		}
		stack = append(stack, n)
		if len(stack) > len(path) {
			path = slices.Clone(stack)
		}
		return true
	})
	return path
}

// resolve returns what the innermost node of path denotes, if it is a
// name; info is the package's.
func (snap *snapshot) resolve(path []syntax.Node, info *types.Info) entity {
	id, ok := path[len(path)-1].(*syntax.Ident)
	if !ok || info == nil {
		return nil
	}
	if obj := info.Defs[id]; obj != nil {
		return obj
	}
	if obj := info.Uses[id]; obj != nil {
		switch obj := obj.(type) {
		case *types.TypeName:
			if tp, ok := obj.Type.(*types.TypeParam); ok {
				return tp // each scope of a type parameter has a TypeName of its own
			}
		case *types.Builtin:
			fun := path
			if sel, ok := at(path, 2).(*syntax.SelectorExpr); ok && sel.Sel == id {
				fun = path[:len(path)-1] // math.sqrt
			}
			if call := snap.callee(fun, info); call != nil {
				return call
			}
		}
		return obj
	}
	if v := info.Variants[id]; v != nil {
		return v
	}
	if f := info.Fields[id]; f != nil {
		return f
	}
	if len(path) < 2 {
		return nil
	}
	switch parent := path[len(path)-2].(type) {
	case *syntax.SelectorExpr:
		if parent.Sel != id {
			return nil
		}
		if f := info.Fields[parent]; f != nil {
			return f
		}
		if v := info.Variants[parent]; v != nil {
			return v
		}
		if vp, ok := at(path, 3).(*syntax.VariantPat); ok && vp.Path == parent {
			return some(info.Variants[vp])
		}
		return snap.callee(path[:len(path)-1], info)
	case *syntax.IdentPat:
		return some(info.Variants[parent])
	case *syntax.VariantPat:
		return some(info.Variants[parent])
	case *syntax.FieldInit:
		if lit, ok := at(path, 3).(*syntax.StructLit); ok {
			if n, ok := types.Under(info.Types[lit]).(*types.Named); ok {
				return some(n.LookupField(id.Name))
			}
		}
	case *syntax.Field:
		if d, ok := at(path, 3).(*syntax.StructDecl); ok {
			if n := declNamed(d.Name, info); n != nil {
				return some(n.LookupField(id.Name))
			}
		}
	case *syntax.Variant:
		if d, ok := at(path, 3).(*syntax.EnumDecl); ok {
			if n := declNamed(d.Name, info); n != nil {
				return some(n.LookupVariant(id.Name))
			}
		}
	case *syntax.TypeParam:
		return some(snap.typeParams[id])
	case *syntax.ContractMethod:
		if d, ok := at(path, 3).(*syntax.ContractDecl); ok {
			if n := declNamed(d.Name, info); n != nil {
				return contractMethod(n, id.Name)
			}
		}
	}
	return nil
}

// some returns the entity x, or nil if x is nil.
func some[T any](x *T) entity {
	if x == nil {
		return nil
	}
	return x
}

// at returns the node i places from the end of path (1: the last), or nil.
func at(path []syntax.Node, i int) syntax.Node {
	if i > len(path) {
		return nil
	}
	return path[len(path)-i]
}

// declNamed returns the struct, enum or contract that the name of its
// declaration declares.
func declNamed(name *syntax.Ident, info *types.Info) *types.Named {
	if tn, ok := info.Defs[name].(*types.TypeName); ok {
		n, _ := tn.Type.(*types.Named)
		return n
	}
	return nil
}

// callee returns what the name or selector at the end of path calls, f in
// f(...) and x.f in x.f(...) or x.f<T>(...), or nil.
func (snap *snapshot) callee(path []syntax.Node, info *types.Info) entity {
	name := path[len(path)-1]
	fun := name
	if inst, ok := at(path, 2).(*syntax.InstExpr); ok && inst.X == name {
		fun, path = inst, path[:len(path)-1]
	}
	call, ok := at(path, 2).(*syntax.CallExpr)
	if !ok || call.Fun != fun || info.Calls[call] == nil {
		return nil
	}
	spelled := ""
	switch n := name.(type) {
	case *syntax.Ident:
		spelled = n.Name
	case *syntax.SelectorExpr:
		spelled = n.Sel.Name
	}
	c := info.Calls[call]
	switch callee := c.Callee.(type) {
	case *types.FuncObj:
		return callee
	case *types.Builtin:
		sig, _ := c.Type.(*types.Func)
		pc := &preludeCall{name: spelled, builtin: callee, sig: sig}
		if c.Kind == types.CallMethod {
			pc.recv = c.Recv
		}
		return pc
	}
	if c.Kind == types.CallMethod {
		return receiverMethod(c.Recv, spelled)
	}
	return nil
}

// receiverMethod returns the method name of a contract that a receiver of
// type t has: t is the contract, or a type parameter that it bounds.
func receiverMethod(t types.Type, name string) entity {
	switch t := types.Under(t).(type) {
	case *types.Named:
		return contractMethod(t, name)
	case *types.TypeParam:
		for _, b := range t.Bounds {
			if n, ok := types.Under(b).(*types.Named); ok {
				if m := contractMethod(n, name); m != nil {
					return m
				}
			}
		}
	}
	return nil
}

// contractMethod returns the method name of the contract n, or nil.
func contractMethod(n *types.Named, name string) entity {
	for _, m := range n.Generic().Sigs {
		if m.Name == name {
			return m
		}
	}
	return nil
}
