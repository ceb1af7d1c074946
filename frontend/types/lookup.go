package types

import (
	"slices"
	"strconv"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file answers what tools such as the language server ask of a
// checked package beyond Info: where a field or variant is declared, which
// names a scope holds, and which methods and associated functions of the
// prelude table a type has.

// FieldDecl returns the declaration of the field name of the struct n (of
// its generic type, for an instance), or nil.
func (n *Named) FieldDecl(name string) *syntax.Field {
	d, ok := n.Generic().Obj.Decl.(*syntax.StructDecl)
	if !ok {
		return nil
	}
	for i, f := range d.Fields {
		if f.Name != nil && f.Name.Name == name || f.Name == nil && name == strconv.Itoa(i) {
			return f
		}
	}
	return nil
}

// Decl returns the declaration of the variant v.
func (v *Variant) Decl() *syntax.Variant {
	d, ok := v.Enum.Generic().Obj.Decl.(*syntax.EnumDecl)
	if !ok || v.Index >= len(d.Variants) {
		return nil
	}
	return d.Variants[v.Index]
}

// Parent returns the scope that s is nested in: the universe of the
// prelude for a package scope, and nil for the universe.
func (s *Scope) Parent() *Scope { return s.parent }

// Names returns the names that s itself holds, sorted.
func (s *Scope) Names() []string {
	names := make([]string, 0, len(s.names))
	for name := range s.names {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// Methods returns the methods of the prelude table that a value of type t
// has, by the names that a call spells, each the entry that a call of the
// name resolves to.
func Methods(t Type) map[string]*Builtin {
	t = Under(t)
	out := make(map[string]*Builtin)
	for _, cl := range classes(t) {
		for key := range methods {
			if key.class == cl && out[key.name] == nil {
				out[key.name] = lookupMethod(t, key.name)
			}
		}
	}
	return out
}

// Statics returns the associated functions of the prelude or standard
// type that tn names (Vec.new, Mutex.new, Instant.now), by name.
func Statics(tn *TypeName) map[string]*Builtin {
	out := make(map[string]*Builtin)
	if st, ok := tn.Type.(*StdType); ok {
		for _, cl := range stdClasses[st.Kind] {
			for key, b := range statics {
				if key.class == cl && out[key.name] == nil {
					out[key.name] = b
				}
			}
		}
	} else if id := ctors[tn.Name()]; id != NoBuiltin && universe.Lookup(tn.Name()) == Object(tn) {
		out[builtinObjs[id].Name()] = builtinObjs[id]
	}
	return out
}

// Mutable reports whether the checker lets a method that changes its
// receiver, such as a Go method with a pointer receiver, be called on x.
func Mutable(info *Info, x syntax.Expr) bool {
	at, _ := immutable(info, x, "")
	return at == nil
}
