package types

import (
	"slices"
	"strconv"
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// NamedKind tells what a Named type declares.
type NamedKind uint8

const (
	StructKind NamedKind = iota
	EnumKind
	ContractKind
)

// Named is a user-declared struct, enum or contract. A generic type's
// instances share its declaration: Orig points to the generic type and
// Args holds the type arguments.
type Named struct {
	Obj        *TypeName
	Kind       NamedKind
	Export     bool
	Doc        string
	TypeParams []*TypeParam

	Fields   []*Field   // struct fields, in order
	Tuple    bool       // tuple struct: fields are named 0, 1, ...
	Variants []*Variant // enum variants, in order
	Methods  map[string]*FuncObj
	Sigs     []*MethodSig // contract methods, in order
	Embeds   []*Named     // the contracts a contract embeds, in order
	Self     *TypeParam   // what Self stands for in a contract's methods
	usesSelf bool         // a method of the contract names Self

	Orig *Named // the generic type of an instance; nil otherwise
	Args []Type
}

// Field is a struct field.
type Field struct {
	Name     string
	Type     Type
	Export   bool
	Readonly bool // in a readonly: section: set when the struct is made, never changed
	Tag      string
	Doc      string
}

// Variant is an enum variant.
type Variant struct {
	Name   string
	Fields []Type // nil for a unit variant
	Index  int
	Enum   *Named
	Doc    string
}

// MethodSig is a contract method.
type MethodSig struct {
	Name string
	Sig  *Func // without the receiver
	Mut  bool  // the method mutates: m()! or self: &Self!
}

// TypeParam is a generic type parameter.
type TypeParam struct {
	Name   string
	Bounds []Type // contracts
	Index  int
	Self   bool // the Self of a contract's methods
}

func (t *TypeParam) String() string { return t.Name }

func (n *Named) String() string {
	if n.Orig != nil && len(n.Args) > 0 {
		return n.Obj.Name() + "<" + join(n.Args) + ">"
	}
	return n.Obj.Name()
}

// Generic returns the declaration a type was instantiated from (n itself
// for non-generic types).
func (n *Named) Generic() *Named {
	if n.Orig != nil {
		return n.Orig
	}
	return n
}

// HasPayload reports whether an enum has a variant with fields, which
// decides its Go shape: unit-only enums are integers.
func (n *Named) HasPayload() bool {
	for _, v := range n.Generic().Variants {
		if v.Fields != nil {
			return true
		}
	}
	return false
}

// subst returns the substitution of n's type parameters by its arguments.
func (n *Named) subst() map[*TypeParam]Type {
	if n.Orig == nil {
		return nil
	}
	m := make(map[*TypeParam]Type, len(n.Args))
	for i, tp := range n.Orig.TypeParams {
		if i < len(n.Args) {
			m[tp] = n.Args[i]
		}
	}
	return m
}

// FieldType returns the type of a field of n, instantiated.
func (n *Named) FieldType(f *Field) Type { return Subst(f.Type, n.subst()) }

// LookupField returns the field named name.
func (n *Named) LookupField(name string) *Field {
	for _, f := range n.Generic().Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// LookupVariant returns the variant named name.
func (n *Named) LookupVariant(name string) *Variant {
	for _, v := range n.Generic().Variants {
		if v.Name == name {
			return v
		}
	}
	return nil
}

// VariantFields returns the payload types of a variant of n, instantiated.
func (n *Named) VariantFields(v *Variant) []Type {
	s := n.subst()
	out := make([]Type, len(v.Fields))
	for i, t := range v.Fields {
		out[i] = Subst(t, s)
	}
	return out
}

// instantiate returns the instance of the generic n with args.
func (n *Named) instantiate(args []Type) *Named {
	return &Named{Obj: n.Obj, Kind: n.Kind, Export: n.Export, Orig: n, Args: args}
}

// Subst replaces type parameters in t according to m.
func Subst(t Type, m map[*TypeParam]Type) Type {
	if len(m) == 0 {
		return t
	}
	switch t := Resolve(t).(type) {
	case *TypeParam:
		if r, ok := m[t]; ok {
			return r
		}
		return t
	case *Named:
		if t.Orig == nil {
			return t
		}
		return t.Orig.instantiate(substList(t.Args, m))
	case *Tuple:
		return &Tuple{Elems: substList(t.Elems, m)}
	case *Array:
		return &Array{Elem: Subst(t.Elem, m), Len: t.Len}
	case *Slice:
		return &Slice{Elem: Subst(t.Elem, m)}
	case *Func:
		return &Func{Params: substList(t.Params, m), Result: Subst(t.Result, m)}
	case *Ref:
		return &Ref{Elem: Subst(t.Elem, m), Mut: t.Mut}
	case *Option:
		return &Option{Elem: Subst(t.Elem, m)}
	case *Result:
		return &Result{Ok: Subst(t.Ok, m), Err: Subst(t.Err, m)}
	case *Vec:
		return &Vec{Elem: Subst(t.Elem, m)}
	case *Map:
		return &Map{Key: Subst(t.Key, m), Elem: Subst(t.Elem, m)}
	case *Set:
		return &Set{Elem: Subst(t.Elem, m)}
	case *Channel:
		return &Channel{Elem: Subst(t.Elem, m)}
	case *Future:
		return &Future{Elem: Subst(t.Elem, m)}
	case *StdType:
		if t.Elem == nil {
			return t
		}
		return t.with(Subst(t.Elem, m))
	case *GoNamed:
		if len(t.Args) == 0 {
			return t
		}
		return &GoNamed{Obj: t.Obj, Args: substList(t.Args, m)}
	case *GoMap:
		return &GoMap{Key: Subst(t.Key, m), Elem: Subst(t.Elem, m)}
	case *GoChan:
		return &GoChan{Elem: Subst(t.Elem, m), Dir: t.Dir}
	default:
		return t
	}
}

func substList(ts []Type, m map[*TypeParam]Type) []Type {
	out := make([]Type, len(ts))
	for i, t := range ts {
		out[i] = Subst(t, m)
	}
	return out
}

// declareNamed creates the Named type of a struct, enum or contract
// declaration; its members are filled in by completeNamed once every type
// name is known.
func (c *checker) declareNamed(d syntax.Decl) {
	var id *syntax.Ident
	var tparams []*syntax.TypeParam
	n := &Named{Methods: make(map[string]*FuncObj)}
	switch d := d.(type) {
	case *syntax.StructDecl:
		id, tparams, n.Kind, n.Tuple, n.Export, n.Doc = d.Name, d.TypeParams, StructKind, d.Tuple, d.Export, d.Doc
	case *syntax.EnumDecl:
		id, tparams, n.Kind, n.Export, n.Doc = d.Name, d.TypeParams, EnumKind, d.Export, d.Doc
	case *syntax.ContractDecl:
		id, tparams, n.Kind, n.Export, n.Doc = d.Name, d.TypeParams, ContractKind, d.Export, d.Doc
	}
	if tn, builtin := universe.Lookup(id.Name).(*TypeName); builtin && !isPreludeContract(tn) {
		c.errorf(id, "%s is a prelude type and cannot be redeclared", id.Name)
		return
	}
	obj := &TypeName{object: object{id.Name, id.Pos()}, Type: n, Decl: d}
	n.Obj = obj
	for i, tp := range tparams {
		n.TypeParams = append(n.TypeParams, &TypeParam{Name: tp.Name.Name, Index: i})
	}
	c.declare(c.pkg, id, obj)
	c.named = append(c.named, n)
}

// completeNamed resolves the fields, variants and contract methods of n.
func (c *checker) completeNamed(n *Named) {
	scope := c.typeParamScope(c.pkg, n.TypeParams, declTypeParams(n.Obj.Decl))
	switch d := n.Obj.Decl.(type) {
	case *syntax.StructDecl:
		for i, f := range d.Fields {
			name := strconv.Itoa(i)
			if f.Name != nil {
				name = f.Name.Name
			}
			if n.LookupField(name) != nil {
				c.errorf(f, "duplicate field %s in %s", name, n.Obj.Name())
				continue
			}
			export := n.Export && f.Visibility != syntax.PRIVATE
			ft := c.typeIn(scope, f.Type)
			c.checkNoCopy(ft, f.Type, "field "+name) // goexpr.go
			n.Fields = append(n.Fields, &Field{Name: name, Type: ft, Export: export, Readonly: f.Visibility == syntax.READONLY, Tag: f.Tag, Doc: f.Doc})
		}
	case *syntax.EnumDecl:
		for i, v := range d.Variants {
			if n.LookupVariant(v.Name.Name) != nil {
				c.errorf(v, "duplicate variant %s in %s", v.Name.Name, n.Obj.Name())
				continue
			}
			variant := &Variant{Name: v.Name.Name, Index: i, Enum: n, Doc: v.Doc}
			if v.Fields != nil {
				variant.Fields = []Type{}
				for _, f := range v.Fields {
					variant.Fields = append(variant.Fields, c.typeIn(scope, f))
				}
			}
			n.Variants = append(n.Variants, variant)
		}
	case *syntax.ContractDecl:
		c.completeContract(n, d, scope)
	}
}

// completeContract resolves the embedded contracts and the methods of a
// contract. In the methods, Self is n.Self, a type parameter that stands
// for the type implementing the contract.
func (c *checker) completeContract(n *Named, d *syntax.ContractDecl, scope *Scope) {
	n.Self = &TypeParam{Name: "Self", Index: len(n.TypeParams), Self: true}
	self := NewScope(scope)
	self.Insert(&TypeName{object: object{name: "Self"}, Type: n.Self})
	for _, e := range d.Embeds {
		et := c.boundType(scope, e)
		if k, ok := et.(*Named); ok && k.Kind == ContractKind {
			n.Embeds = append(n.Embeds, k)
		} else if et != InvalidType {
			c.errorf(e, "%s is not a contract; a contract embeds contracts", et)
		}
	}
	for _, m := range d.Methods {
		sig := &Func{Result: UnitType}
		params := m.Params
		if m.Recv != nil {
			params = append([]*syntax.Param{m.Recv}, params...)
		}
		c.distinctParams(params)
		for _, p := range m.Params {
			if p.Type == nil {
				c.errorf(p, "parameter %s needs a type", p.Name.Name)
				sig.Params = append(sig.Params, InvalidType)
				continue
			}
			sig.Params = append(sig.Params, c.typeIn(self, p.Type))
		}
		if m.Result != nil {
			sig.Result = c.typeIn(self, m.Result)
		}
		mut := m.Mut
		if m.Recv != nil {
			r, isRef := m.Recv.Type.(*syntax.RefType)
			mut = mut || isRef && r.Mut
		}
		name := m.Name.Name
		if m.Op != syntax.ILLEGAL {
			if name = c.operatorName(m.Name, m.Op, len(m.Params)); name == "" {
				continue
			}
		}
		if _, dup := contractSig(n, name, n.Self); dup != nil {
			c.errorf(m.Name, "duplicate method %s in %s", name, n.Obj.Name())
			continue
		}
		n.Sigs = append(n.Sigs, &MethodSig{Name: name, Sig: sig, Mut: mut})
		n.usesSelf = n.usesSelf || mentions(sig, n.Self)
	}
}

// checkEmbedding reports a contract that embeds itself, directly or
// through others, and drops its embeddings.
func (c *checker) checkEmbedding(n *Named) {
	var visit func(k *Named, depth int) bool
	visit = func(k *Named, depth int) bool {
		for _, e := range k.Generic().Embeds {
			if e.Generic() == n || depth < len(c.named) && visit(e, depth+1) {
				return true
			}
		}
		return false
	}
	if visit(n, 0) {
		c.errorf(n.Obj.Decl.(*syntax.ContractDecl).Name, "contract %s embeds itself", n.Obj.Name())
		n.Embeds = nil
	}
}

// mentions reports whether the type parameter tp appears in t.
func mentions(t Type, tp *TypeParam) bool {
	return !Identical(Subst(t, map[*TypeParam]Type{tp: InvalidType}), t)
}

func declTypeParams(d syntax.Decl) []*syntax.TypeParam {
	switch d := d.(type) {
	case *syntax.StructDecl:
		return d.TypeParams
	case *syntax.EnumDecl:
		return d.TypeParams
	case *syntax.ContractDecl:
		return d.TypeParams
	}
	return nil
}

// typeParamScope declares type parameters (with their bounds) in a new scope.
func (c *checker) typeParamScope(parent *Scope, tps []*TypeParam, decls []*syntax.TypeParam) *Scope {
	s := NewScope(parent)
	for _, tp := range tps {
		s.Insert(&TypeName{object: object{name: tp.Name}, Type: tp})
	}
	for i, d := range decls {
		if i >= len(tps) {
			break
		}
		for _, b := range d.Bounds {
			bt := c.boundType(s, b)
			if n, ok := bt.(*Named); ok && n.Kind == ContractKind {
				tps[i].Bounds = append(tps[i].Bounds, bt)
			} else if bt != InvalidType {
				c.errorf(b, "%s is not a contract; a type parameter bound must be a contract", bt)
			}
		}
	}
	return s
}

// boundType resolves a type written where a contract bounds a type: a
// type parameter's bound, an embedded contract, a struct's declared
// contract. There a contract that only bounds types may stand.
func (c *checker) boundType(s *Scope, t syntax.Type) Type {
	c.bound = true
	return c.typeIn(s, t)
}

// The prelude contracts (spec section 5). Eq and Ord are Go's comparable
// and cmp.Ordered; every type is Display and Clone.
var (
	EqContract      = preludeContract("Eq")
	OrdContract     = preludeContract("Ord")
	DisplayContract = preludeContract("Display")
	CloneContract   = preludeContract("Clone")
)

func preludeContract(name string) *Named {
	n := &Named{Kind: ContractKind, Methods: make(map[string]*FuncObj)}
	n.Obj = &TypeName{object: object{name: name}, Type: n}
	return n
}

// isPreludeContract reports whether tn names a prelude contract, which a
// package may declare a type of the same name to hide.
func isPreludeContract(tn *TypeName) bool {
	n, ok := tn.Type.(*Named)
	return ok && n.IsPrelude()
}

// IsPrelude reports whether n is one of the prelude contracts.
func (n *Named) IsPrelude() bool {
	switch n.Generic() {
	case EqContract, OrdContract, DisplayContract, CloneContract:
		return true
	}
	return false
}

// EmbedsOf returns the contracts that contract n embeds, instantiated with
// n's type arguments.
func (n *Named) EmbedsOf() []*Named {
	g := n.Generic()
	out := make([]*Named, len(g.Embeds))
	for i, e := range g.Embeds {
		out[i] = Subst(e, n.subst()).(*Named)
	}
	return out
}

// NeedsSelf reports whether a method of contract n, or of a contract it
// embeds, names Self. Its Go interface then takes the implementing type
// as a last type parameter, Self, and it can only bound a type parameter,
// as Go's self-referential constraints do: func f[T shape[T]].
func (n *Named) NeedsSelf() bool {
	if n.Generic().usesSelf {
		return true
	}
	for _, e := range n.Generic().Embeds {
		if e.NeedsSelf() {
			return true
		}
	}
	return false
}

// boundOnly returns why contract n can only bound a type parameter and be
// declared by a struct, never be the type of a value, or "" when it can:
// Go's interfaces that are or embed comparable or cmp.Ordered are
// constraints only, and so are those that take Self.
func (n *Named) boundOnly() string {
	switch g := n.Generic(); {
	case g == EqContract || g == OrdContract:
		return "it compares values as Go's comparable and cmp.Ordered do, which are constraints"
	case g.usesSelf:
		return "its methods name Self"
	}
	for _, e := range n.Generic().Embeds {
		if why := e.boundOnly(); why != "" {
			return "it embeds " + e.Obj.Name() + ": " + why
		}
	}
	return ""
}

// hasBound reports whether the type parameter tp is bounded by the
// contract k, or by a contract that embeds it. Ord implies Eq.
func hasBound(tp *TypeParam, k *Named) bool {
	var embeds func(b *Named) bool
	embeds = func(b *Named) bool {
		if b.Generic() == k || k == EqContract && b.Generic() == OrdContract {
			return true
		}
		for _, e := range b.Generic().Embeds {
			if embeds(e) {
				return true
			}
		}
		return false
	}
	for _, b := range tp.Bounds {
		if embeds(b.(*Named)) {
			return true
		}
	}
	return false
}

// contractSig returns the signature of the method name of contract k, its
// own or that of a contract it embeds, with Self standing for self, and
// the method; nil when k has no such method.
func contractSig(k *Named, name string, self Type) (*Func, *MethodSig) {
	return embeddedSig(k, name, self, nil)
}

// embeddedSig is contractSig below the contracts of seen, which it does not
// enter again: a contract that embeds itself is refused (checkEmbedding),
// but its methods are collected before.
func embeddedSig(k *Named, name string, self Type, seen []*Named) (*Func, *MethodSig) {
	g := k.Generic()
	if slices.Contains(seen, g) {
		return nil, nil
	}
	seen = append(seen, g)
	m := map[*TypeParam]Type{}
	for tp, t := range k.subst() {
		m[tp] = t
	}
	if g.Self != nil {
		m[g.Self] = self
	}
	for _, ms := range g.Sigs {
		if ms.Name == name {
			return Subst(ms.Sig, m).(*Func), ms
		}
	}
	for _, e := range k.EmbedsOf() {
		if sig, ms := embeddedSig(e, name, self, seen); sig != nil {
			return sig, ms
		}
	}
	return nil, nil
}

// implements reports whether t satisfies contract k, and why not.
func (c *checker) implements(t Type, k *Named) (bool, string) {
	switch k.Generic() {
	case EqContract:
		if !keyable(t) {
			return false, "its values cannot be compared with =="
		}
		return true, ""
	case OrdContract:
		if !ordered(t) {
			return false, "it has no order (Ord needs numbers, strings or chars)"
		}
		return true, ""
	case DisplayContract, CloneContract:
		return true, ""
	}
	for _, e := range k.EmbedsOf() {
		if ok, why := c.implements(t, e); !ok {
			return false, why
		}
	}
	for _, ms := range k.Generic().Sigs {
		want, _ := contractSig(k, ms.Name, t)
		sig := c.methodSigOf(t, ms.Name)
		if sig == nil {
			return false, "missing method " + ms.Name
		}
		if !Identical(want, sig) {
			return false, "method " + ms.Name + " has the wrong signature " + sig.String() + ", not " + want.String()
		}
		if m := userMethodObj(t, ms.Name); m != nil && m.Recv == RecvMutRef {
			if r, ok := Resolve(t).(*Ref); !ok || !r.Mut {
				return false, "method " + ms.Name + " takes self: &" + Under(t).String() + "!, so only a &" + Under(t).String() + "! reference satisfies " + k.String()
			}
		}
		if shape, declared := declaredMethod(t, ms.Name); shape != ms.GoResults() {
			return false, "method " + ms.Name + " returns " + declared.String() + ", which Go returns otherwise than the contract's " + ms.Sig.Result.String()
		}
	}
	return true, ""
}

// userMethodObj returns the method name of the struct or enum t (through
// references), or nil.
func userMethodObj(t Type, name string) *FuncObj {
	if n, ok := Under(t).(*Named); ok && n.Kind != ContractKind {
		if m := n.Generic().Methods[name]; m != nil && m.Recv != RecvNone {
			return m
		}
	}
	return nil
}

// methodSigOf returns the signature (without receiver) of method name of
// t, for a user type, a contract or a type parameter bound by contracts.
func (c *checker) methodSigOf(t Type, name string) *Func {
	switch t := Under(t).(type) {
	case *Named:
		if t.Kind == ContractKind {
			sig, _ := contractSig(t, name, t)
			return sig
		}
		if m := t.Generic().Methods[name]; m != nil && m.Recv != RecvNone {
			return Subst(m.Sig, t.subst()).(*Func)
		}
	case *TypeParam:
		for _, b := range t.Bounds {
			if sig, _ := contractSig(b.(*Named), name, t); sig != nil {
				return sig
			}
		}
	}
	return nil
}

// checkDeclaredContracts checks the contracts that structs declare with
// `struct X: Contract`.
func (c *checker) checkDeclaredContracts() {
	for _, n := range c.named {
		d, ok := n.Obj.Decl.(*syntax.StructDecl)
		if !ok {
			continue
		}
		for _, ct := range d.Contracts {
			kt := c.boundType(c.pkg, ct)
			k, ok := kt.(*Named)
			if !ok || k.Kind != ContractKind {
				if kt != InvalidType {
					c.errorf(ct, "%s is not a contract", kt)
				}
				continue
			}
			var self Type = n
			if len(n.TypeParams) > 0 {
				args := make([]Type, len(n.TypeParams))
				for i, tp := range n.TypeParams {
					args[i] = tp
				}
				self = n.instantiate(args)
			}
			// A type whose methods take self: &T! satisfies the contract
			// through a &T! reference, as a Go *T does: that is what the
			// declaration of a contract with mutating methods means.
			if ok, why := c.implements(self, k); !ok {
				if ok, _ := c.implements(&Ref{Elem: self, Mut: true}, k); !ok {
					c.errorf(ct, "%s does not satisfy %s: %s", n.Obj.Name(), k, why)
				}
			}
		}
	}
}

// isFieldV reports whether name is V0, V1, ..., the Go name of a field of
// a tuple struct or payload variant.
func isFieldV(name string) bool {
	digits, ok := strings.CutPrefix(name, "V")
	return ok && digits != "" && strings.Trim(digits, "0123456789") == ""
}

// checkRecursive refuses a struct that contains itself by value, directly
// or through other structs, fixed arrays, tuples, Options and Results,
// which are values in Go too: Go cannot lay such a type out ("invalid
// recursive type"). The field that closes the cycle becomes invalid. A reference, Vec, slice, Map, Set, Channel, Future,
// function, contract or enum with payloads holds its value indirectly.
func (c *checker) checkRecursive() {
	reported := make(map[*Named]bool)
	for _, n := range c.named {
		if n.Kind != StructKind || reported[n] {
			continue
		}
		path := holdsByValue(n, n, make(map[*Named]bool), nil)
		if path == nil {
			continue
		}
		var steps []string
		for i, s := range path {
			step := "field " + s.field.Name + " (" + s.owner.FieldType(s.field).String() + ")"
			if i > 0 {
				step = s.owner.Obj.Name() + "." + s.field.Name + " (" + s.owner.FieldType(s.field).String() + ")"
			}
			steps = append(steps, step)
			reported[s.owner.Generic()] = true
		}
		at := syntax.Node(n.Obj.Decl)
		if d, ok := n.Obj.Decl.(*syntax.StructDecl); ok {
			for i, f := range d.Fields {
				if f.Name != nil && f.Name.Name == path[0].field.Name || f.Name == nil && strconv.Itoa(i) == path[0].field.Name {
					at = f
				}
			}
		}
		c.errorf(at, "%s contains itself through %s, which Go cannot lay out; hold it in a Vec or through a reference", n.Obj.Name(), strings.Join(steps, ", then "))
		path[0].field.Type = InvalidType // so that no later walk over the fields loops
	}
}

// A fieldStep is a field on the way from a struct to a value it holds.
type fieldStep struct {
	owner *Named
	field *Field
}

// holdsByValue returns the fields through which a value of type t holds a
// value of the struct start, or nil; onPath holds the structs on the way.
func holdsByValue(t Type, start *Named, onPath map[*Named]bool, path []fieldStep) []fieldStep {
	switch t := Resolve(t).(type) {
	case *Named:
		g := t.Generic()
		if t.Kind != StructKind || onPath[g] {
			if g == start && path != nil {
				return path
			}
			return nil
		}
		onPath[g] = true
		defer delete(onPath, g)
		for _, f := range g.Fields {
			if p := holdsByValue(t.FieldType(f), start, onPath, append(path[:len(path):len(path)], fieldStep{t, f})); p != nil {
				return p
			}
		}
	case *Array:
		return holdsByValue(t.Elem, start, onPath, path)
	case *Option:
		return holdsByValue(t.Elem, start, onPath, path)
	case *Result:
		if p := holdsByValue(t.Ok, start, onPath, path); p != nil {
			return p
		}
		return holdsByValue(t.Err, start, onPath, path)
	case *Tuple:
		for _, e := range t.Elems {
			if p := holdsByValue(e, start, onPath, path); p != nil {
				return p
			}
		}
	}
	return nil
}

// HoldsRef reports whether a value of t holds a reference by value: in a
// field, a payload, an Option, a tuple or a fixed array.
func HoldsRef(t Type) bool { return holdsRef(t, make(map[string]bool)) }

func holdsRef(t Type, seen map[string]bool) bool {
	switch t := Resolve(t).(type) {
	case *Ref:
		return true
	case *Option:
		return holdsRef(t.Elem, seen)
	case *Array:
		return holdsRef(t.Elem, seen)
	case *Tuple:
		return slices.ContainsFunc(t.Elems, func(e Type) bool { return holdsRef(e, seen) })
	case *Named:
		if seen[t.String()] {
			return false
		}
		seen[t.String()] = true
		for _, f := range t.Generic().Fields {
			if holdsRef(t.FieldType(f), seen) {
				return true
			}
		}
		for _, v := range t.Generic().Variants {
			if slices.ContainsFunc(t.VariantFields(v), func(e Type) bool { return holdsRef(e, seen) }) {
				return true
			}
		}
	}
	return false
}

// comparableThroughRefs reports whether == compares values of t, which hold
// references, by the values the references point to: t would be comparable
// if its references were those values, and it holds no Channel or Future,
// whose identity such a comparison could not tell.
func comparableThroughRefs(t Type) bool {
	return HoldsRef(t) && valueComparable(t, make(map[string]bool))
}

func valueComparable(t Type, seen map[string]bool) bool {
	switch t := Resolve(t).(type) {
	case *Basic, *Var, *Duration:
		return true
	case *Ref:
		return valueComparable(t.Elem, seen)
	case *Option:
		return valueComparable(t.Elem, seen)
	case *Result:
		return valueComparable(t.Ok, seen) && valueComparable(t.Err, seen)
	case *Array:
		return valueComparable(t.Elem, seen)
	case *Tuple:
		return !slices.ContainsFunc(t.Elems, func(e Type) bool { return !valueComparable(e, seen) })
	case *Named:
		if seen[t.String()] {
			return true // a cycle through references compares as far as it goes
		}
		seen[t.String()] = true
		switch t.Kind {
		case StructKind:
			for _, f := range t.Generic().Fields {
				if !valueComparable(t.FieldType(f), seen) {
					return false
				}
			}
			return true
		case EnumKind:
			for _, v := range t.Generic().Variants {
				if slices.ContainsFunc(t.VariantFields(v), func(e Type) bool { return !valueComparable(e, seen) }) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// valueContract is a contract written as the type of a value, which must
// not be one that only bounds types; checked once every contract is
// complete.
type valueContract struct {
	at syntax.Node
	k  *Named
}

// checkValueContracts reports the contracts written as the types of
// values that can only bound type parameters.
func (c *checker) checkValueContracts() {
	for _, u := range c.valueContracts {
		if why := u.k.boundOnly(); why != "" {
			c.errorf(u.at, "%s can only bound a type parameter (T: %s), not be the type of a value: %s", u.k.Obj.Name(), u.k.Obj.Name(), why)
		}
	}
}
