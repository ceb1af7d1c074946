package lower

import (
	"slices"
	"strconv"
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers user types: structs to Go structs, unit-only enums to
// integer constants, payload enums to a sealed interface with one struct
// per variant, contracts to interfaces, and each type's String method.

// typeParams lowers type parameters with their contract bounds.
func (l *lowerer) typeParams(tps []*types.TypeParam) []*Field {
	var out []*Field
	for _, tp := range tps {
		out = append(out, &Field{Name: tp.Name, Type: l.constraint(tp)})
	}
	return out
}

// constraint lowers the bounds of a type parameter: Eq is comparable, Ord
// cmp.Ordered, Display and Clone need nothing, and a contract whose
// methods name Self takes the type parameter as its Self.
func (l *lowerer) constraint(tp *types.TypeParam) Type {
	var embeds []Type
	for _, b := range tp.Bounds {
		if t := l.boundOf(b.(*types.Named), &NamedType{Name: tp.Name}); t != nil {
			embeds = append(embeds, t)
		}
	}
	switch len(embeds) {
	case 0:
		return &NamedType{Name: "any"}
	case 1:
		return embeds[0]
	}
	return &InterfaceType{Embeds: embeds}
}

// boundOf returns the Go constraint of the contract k that bounds, or is
// embedded in a contract for, the type self; nil when k asks for nothing.
func (l *lowerer) boundOf(k *types.Named, self Type) Type {
	switch k.Generic() {
	case types.EqContract:
		return &NamedType{Name: "comparable"}
	case types.OrdContract:
		return &NamedType{Path: "cmp", Name: "Ordered"}
	case types.DisplayContract, types.CloneContract:
		return nil
	}
	t := l.named(k).(*NamedType)
	if k.NeedsSelf() {
		t.Args = append(t.Args, self)
	}
	return t
}

// named returns the Go type of a user type, with its type arguments. The
// prelude contracts Display and Clone, which every type satisfies, are
// any.
func (l *lowerer) named(n *types.Named) Type {
	if n.IsPrelude() {
		if t := l.boundOf(n, nil); t != nil {
			return t
		}
		return &NamedType{Name: "any"}
	}
	g := n.Generic()
	path, name := l.typeRef(g)
	nt := &NamedType{Path: path, Name: name}
	if n.Orig != nil {
		for _, a := range n.Args {
			nt.Args = append(nt.Args, l.typ(a))
		}
	} else {
		for _, tp := range g.TypeParams {
			nt.Args = append(nt.Args, &NamedType{Name: tp.Name})
		}
	}
	return nt
}

// variantType returns the Go struct type of a payload enum's variant.
func (l *lowerer) variantType(v *types.Variant, enum *types.Named) *NamedType {
	ref := l.variantRef(v)
	nt := &NamedType{Path: ref.Path, Name: ref.Name}
	if base, ok := l.named(enum).(*NamedType); ok {
		nt.Args = base.Args
	}
	return nt
}

// typeDecls lowers the declaration of a user type: the type, and the
// methods that vex2go adds to it. Each carries the position of its Vex
// declaration.
func (l *lowerer) typeDecls(n *types.Named, d syntax.Decl) []Decl {
	pos := l.pos(d)
	name := l.typeNames[n]
	tparams := l.typeParams(n.TypeParams)
	switch n.Kind {
	case types.StructKind:
		st := &StructType{}
		for _, f := range n.Fields {
			st.Fields = append(st.Fields, &Field{Name: l.fieldName(f), Type: l.typ(f.Type), Tag: f.Tag, Doc: goDoc(f.Doc, l.fieldName(f), f.Name)})
		}
		decls := []Decl{&TypeDecl{Pos: pos, Doc: goDoc(n.Doc, name, n.Obj.Name()), Name: name, TypeParams: tparams, Type: st}}
		if userDisplay(n) == nil {
			decls = append(decls, l.structString(n, pos))
		}
		return decls
	case types.ContractKind:
		it := &InterfaceType{}
		self := &NamedType{Name: "Self"}
		if n.NeedsSelf() {
			tparams = append(tparams, &Field{Name: self.Name, Type: &NamedType{Name: "any"}})
		}
		for _, e := range n.Embeds {
			if t := l.boundOf(e, self); t != nil {
				it.Embeds = append(it.Embeds, t)
			}
		}
		cd, _ := d.(*syntax.ContractDecl)
		for i, m := range n.Sigs {
			sig := l.typ(m.Sig).(*FuncType)
			var decl *syntax.ContractMethod
			if cd != nil && i < len(cd.Methods) {
				decl = cd.Methods[i]
			}
			method := &Method{Name: l.methodName(m.Name), Results: l.methodResults(m.GoResults(), m.Sig.Result)}
			var vexParams []*syntax.Param
			if decl != nil {
				method.Doc, vexParams = goDoc(decl.Doc, method.Name, m.Name), decl.Params
			}
			method.Params = paramFields(sig.Params, vexParams, nil)
			it.Methods = append(it.Methods, method)
		}
		return []Decl{&TypeDecl{Pos: pos, Doc: goDoc(n.Doc, name, n.Obj.Name()), Name: name, TypeParams: tparams, Type: it}}
	}
	if !n.HasPayload() {
		return l.unitEnum(n, pos)
	}
	return l.payloadEnum(n, d, pos, tparams)
}

// paramFields names the parameters of a generated signature after the Vex
// parameters, or p0, p1, ... where there are none, avoiding the names in
// taken.
func paramFields(ts []Type, vex []*syntax.Param, taken nameSet) []*Field {
	if taken == nil {
		taken = nameSet{}
	}
	out := make([]*Field, len(ts))
	for i, t := range ts {
		want := "p" + strconv.Itoa(i)
		if i < len(vex) {
			want = goName(vex[i].Name.Name, false)
		}
		if want != "_" {
			want = taken.claim(want)
		}
		out[i] = &Field{Name: want, Type: t}
	}
	return out
}

// displayDoc is the doc comment of a generated Display method.
func displayDoc(name string) string {
	return name + " formats the value as Vex displays it."
}

// unitEnum lowers an enum without payloads to an integer type with one
// constant per variant.
func (l *lowerer) unitEnum(n *types.Named, pos Pos) []Decl {
	name := l.typeNames[n]
	consts := &ConstDecl{Pos: pos, Type: &NamedType{Name: name}, Iota: true}
	var names []Expr
	for _, v := range n.Variants {
		consts.Names = append(consts.Names, l.variantNames[v])
		consts.Docs = append(consts.Docs, goDoc(v.Doc, l.variantNames[v], v.Name))
		names = append(names, stringLit(v.Name))
	}
	decls := []Decl{&TypeDecl{Pos: pos, Doc: goDoc(n.Doc, name, n.Obj.Name()), Name: name, Type: &NamedType{Name: "int"}}, consts}
	if userDisplay(n) != nil {
		return decls
	}
	recv := l.recvNames[n]
	var result Expr = &IndexExpr{
		X:     &CompositeLit{Type: &ArrayType{Len: -1, Elem: &NamedType{Name: "string"}}, Elts: names},
		Index: &Ident{Name: recv},
	}
	doc := l.displayName(n) + " returns the name of the variant."
	if m := toStringMethod(n); m != nil {
		result, doc = method(&Ident{Name: recv}, l.names[m]), displayDoc(l.displayName(n))
	}
	return append(decls, &FuncDecl{
		Pos:     pos,
		Doc:     doc,
		Recv:    &Field{Name: recv, Type: &NamedType{Name: name}},
		Name:    l.displayName(n),
		Results: []Type{&NamedType{Name: "string"}},
		Body:    &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{result}}}},
	})
}

// toStringMethod returns the toString(): string method of n, which
// replaces Display, or nil.
func toStringMethod(n *types.Named) *types.FuncObj {
	if m := n.Generic().Methods["toString"]; m != nil && displaySig(m) {
		return m
	}
	return nil
}

// payloadEnum lowers an enum with payloads to a sealed interface and one
// struct type per variant, which has the enum's methods.
func (l *lowerer) payloadEnum(n *types.Named, d syntax.Decl, pos Pos, tparams []*Field) []Decl {
	name := l.typeNames[n]
	marker := l.markers[n]
	recv := l.recvNames[n]
	it := &InterfaceType{Methods: []*Method{{Name: marker}}}
	userDisplay := userDisplay(n) != nil
	if !userDisplay {
		it.Methods = append(it.Methods, &Method{Name: l.displayName(n), Results: []Type{&NamedType{Name: "string"}}})
	}
	methods := l.enumMethods(n)
	for _, m := range methods {
		sig := l.typ(m.Sig).(*FuncType)
		it.Methods = append(it.Methods, &Method{Name: l.names[m], Doc: l.funcDoc(m), Params: paramFields(sig.Params, m.Decl.Params, nil), Results: l.methodResults(m.GoResults(), m.Sig.Result)})
	}
	var variantTypes []string
	for _, v := range n.Variants {
		variantTypes = append(variantTypes, l.variantNames[v])
	}
	sealed := wrap(name + " is one of the types " + joinWords(variantTypes) + ", one for each variant; no other type implements it, so a type switch over them handles every value.")
	doc := sealed
	if n.Doc != "" {
		doc = goDoc(n.Doc, name, n.Obj.Name()) + "\n\n" + sealed
	}
	decls := []Decl{&TypeDecl{Pos: pos, Doc: doc, Name: name, TypeParams: tparams, Type: it}}

	ed, _ := d.(*syntax.EnumDecl)
	for i, v := range n.Variants {
		vpos := pos
		if ed != nil && i < len(ed.Variants) && ed.Variants[i].Name.Name == v.Name {
			vpos = l.pos(ed.Variants[i])
		}
		vt := l.variantType(v, n)
		st := &StructType{}
		for i, ft := range v.Fields {
			st.Fields = append(st.Fields, &Field{Name: "V" + strconv.Itoa(i), Type: l.typ(ft)})
		}
		vdoc := goDoc(v.Doc, vt.Name, v.Name)
		if vdoc == "" {
			vdoc = wrap(vt.Name + " is the variant " + variantString(v) + " of " + name + ".")
		}
		decls = append(decls,
			&TypeDecl{Pos: vpos, Doc: vdoc, Name: vt.Name, TypeParams: tparams, Type: st},
			&FuncDecl{Pos: vpos, Recv: &Field{Type: vt}, Name: marker, Body: &Block{}},
		)
		if !userDisplay {
			decls = append(decls, l.variantString(v, vt, vpos))
		}
		for _, m := range methods {
			decls = append(decls, l.variantMethod(m, vt, recv))
		}
	}
	return decls
}

// wrap breaks a generated doc comment into lines of at most 76 bytes
// where it can.
func wrap(text string) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(text) {
		switch {
		case i == 0:
		case n+1+len(w) > 76:
			b.WriteByte('\n')
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

// joinWords joins words as a list in prose: a, b and c.
func joinWords(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// variantString spells a variant as Vex declares it: Circle(f64).
func variantString(v *types.Variant) string {
	if v.Fields == nil {
		return v.Name
	}
	parts := make([]string, len(v.Fields))
	for i, t := range v.Fields {
		parts[i] = t.String()
	}
	return v.Name + "(" + strings.Join(parts, ", ") + ")"
}

// variantString is the Display method of a payload variant: Circle(1.0).
func (l *lowerer) variantString(v *types.Variant, vt *NamedType, pos Pos) Decl {
	n := v.Enum
	recv := l.recvNames[n]
	var parts []Expr
	if m := toStringMethod(n); m != nil {
		parts = []Expr{method(&Ident{Name: recv}, l.names[m])}
	} else if v.Fields == nil {
		parts = []Expr{stringLit(v.Name)}
		recv = ""
	} else {
		parts = append(parts, stringLit(v.Name+"("))
		for i, ft := range v.Fields {
			if i > 0 {
				parts = append(parts, stringLit(", "))
			}
			parts = append(parts, l.nested(&SelectorExpr{X: &Ident{Name: recv}, Sel: "V" + strconv.Itoa(i)}, ft))
		}
		parts = append(parts, stringLit(")"))
	}
	return &FuncDecl{
		Pos:     pos,
		Doc:     displayDoc(l.displayName(n)),
		Recv:    &Field{Name: recv, Type: vt},
		Name:    l.displayName(n),
		Results: []Type{&NamedType{Name: "string"}},
		Body:    &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{concat(parts...)}}}},
	}
}

// structString is the Display method of a struct: Point { x: 1.0, y: 2.0 },
// Id(7), or what the type's own toString method returns.
func (l *lowerer) structString(n *types.Named, pos Pos) Decl {
	recv := l.recvNames[n]
	self := &Ident{Name: recv}
	var result Expr
	if m := toStringMethod(n); m != nil {
		result = method(self, l.names[m])
	} else {
		var parts []Expr
		switch {
		case n.Tuple:
			parts = append(parts, stringLit(n.Obj.Name()+"("))
			for i, f := range n.Fields {
				if i > 0 {
					parts = append(parts, stringLit(", "))
				}
				parts = append(parts, l.nested(&SelectorExpr{X: self, Sel: l.fieldName(f)}, f.Type))
			}
			parts = append(parts, stringLit(")"))
		case len(n.Fields) == 0:
			parts = append(parts, stringLit(n.Obj.Name()))
		default:
			parts = append(parts, stringLit(n.Obj.Name()+" { "))
			for i, f := range n.Fields {
				sep := ", "
				if i == 0 {
					sep = ""
				}
				parts = append(parts, stringLit(sep+f.Name+": "), l.nested(&SelectorExpr{X: self, Sel: l.fieldName(f)}, f.Type))
			}
			parts = append(parts, stringLit(" }"))
		}
		result = concat(parts...)
	}
	if len(n.Fields) == 0 && toStringMethod(n) == nil {
		recv = ""
	}
	return &FuncDecl{
		Pos:     pos,
		Doc:     displayDoc(l.displayName(n)),
		Recv:    &Field{Name: recv, Type: l.named(n)},
		Name:    l.displayName(n),
		Results: []Type{&NamedType{Name: "string"}},
		Body:    &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{result}}}},
	}
}

// refEqual compares x and y, values of type t that hold references, by the
// values the references point to.
func refEqual(op syntax.Token, t Type, x, y Expr) Expr {
	eq := &CallExpr{Fun: rt("Equal"), TypeArgs: []Type{t}, Args: []Expr{x, y}}
	if op == syntax.NEQ {
		return not(eq)
	}
	return eq
}

// enumMethods returns the methods of a payload enum in declaration order.
func (l *lowerer) enumMethods(n *types.Named) []*types.FuncObj {
	var out []*types.FuncObj
	for _, m := range n.Methods {
		if m.Recv != types.RecvNone {
			out = append(out, m)
		}
	}
	slices.SortFunc(out, func(a, b *types.FuncObj) int { return int(a.Pos() - b.Pos()) })
	return out
}

// variantMethod is one variant's method, which calls the function holding
// the enum's method:
//
//	func (s ShapeCircle) Area() float64 { return shapeArea(s) }
func (l *lowerer) variantMethod(m *types.FuncObj, vt *NamedType, recv string) Decl {
	sig := l.typ(m.Sig).(*FuncType)
	call := &CallExpr{Fun: &Ident{Name: l.enumFuncs[m]}, TypeArgs: vt.Args, Args: []Expr{&Ident{Name: recv}}}
	fd := &FuncDecl{Pos: l.pos(m.Decl), Doc: l.funcDoc(m), Recv: &Field{Name: recv, Type: vt}, Name: l.names[m], Results: l.methodResults(m.GoResults(), m.Sig.Result)}
	taken := nameSet{recv: true}
	fd.Params = paramFields(sig.Params, m.Decl.Params, taken)
	for i, p := range fd.Params {
		if p.Name == "_" {
			p.Name = taken.claim("p" + strconv.Itoa(i)) // it is passed on
		}
		call.Args = append(call.Args, &Ident{Name: p.Name})
	}
	var body Stmt = &ReturnStmt{Results: []Expr{call}}
	if len(sig.Results) == 0 {
		body = &ExprStmt{X: call}
	}
	fd.Body = &Block{Stmts: []Stmt{body}}
	return fd
}
