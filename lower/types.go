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

// typeNames assigns the Go names of user types, their variants, methods
// and associated functions.
func (l *lowerer) nameTypes(used map[string]bool) {
	unique := func(n string) string {
		for base, i := n, 2; used[n]; i++ {
			n = base + strconv.Itoa(i)
		}
		used[n] = true
		return n
	}
	// A method name is exported wherever it is exported anywhere, so that
	// types keep satisfying contracts in Go.
	l.exportedMethods = make(map[string]bool)
	for _, n := range l.pkg.Named {
		if !n.Export {
			continue
		}
		for _, m := range n.Sigs {
			l.exportedMethods[m.Name] = true
		}
		for name, m := range n.Methods {
			if m.Recv != types.RecvNone {
				l.exportedMethods[name] = true
			}
		}
	}
	l.importMethodNames()
	for _, n := range l.pkg.Named {
		l.typeNames[n] = unique(goName(n.Obj.Name(), n.Export))
	}
	for _, n := range l.pkg.Named {
		tn := upperFirst(n.Obj.Name())
		if n.Kind == types.EnumKind {
			for _, v := range n.Variants {
				l.variantNames[v] = unique(goName(n.Obj.Name()+upperFirst(v.Name), n.Export))
			}
		}
		for name, m := range n.Methods {
			if m.Recv != types.RecvNone {
				l.names[m] = goName(name, m.Export || l.exportedMethods[name])
				continue
			}
			export := m.Export || n.Export
			if name == "new" {
				l.names[m] = unique(goName("new"+tn, export))
			} else {
				l.names[m] = unique(goName(tn+upperFirst(name), export))
			}
		}
	}
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// methodName is the Go name of a contract or user method.
func (l *lowerer) methodName(name string) string {
	return goName(name, l.exportedMethods[name])
}

// fieldName is the Go name of a struct field. A field with a tag is
// exported, since Go's encoders read tags of exported fields only.
func fieldName(f *types.Field) string {
	if f.Name != "" && f.Name[0] >= '0' && f.Name[0] <= '9' {
		return "V" + f.Name
	}
	return goName(f.Name, f.Export || f.Tag != "")
}

// typeParams lowers type parameters with their contract bounds.
func (l *lowerer) typeParams(tps []*types.TypeParam) []*Field {
	var out []*Field
	for _, tp := range tps {
		out = append(out, &Field{Name: tp.Name, Type: l.constraint(tp)})
	}
	return out
}

func (l *lowerer) constraint(tp *types.TypeParam) Type {
	switch len(tp.Bounds) {
	case 0:
		return &NamedType{Name: "any"}
	case 1:
		return l.typ(tp.Bounds[0])
	}
	it := &InterfaceType{}
	for _, b := range tp.Bounds {
		it.Embeds = append(it.Embeds, l.typ(b))
	}
	return it
}

// named returns the Go type of a user type, with its type arguments.
func (l *lowerer) named(n *types.Named) Type {
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

// typeDecls lowers the declaration of a user type.
func (l *lowerer) typeDecls(n *types.Named, d syntax.Decl) []Decl {
	pos := l.pos(d)
	name := l.typeNames[n]
	tparams := l.typeParams(n.TypeParams)
	switch n.Kind {
	case types.StructKind:
		st := &StructType{}
		for _, f := range n.Fields {
			st.Fields = append(st.Fields, &Field{Name: fieldName(f), Type: l.typ(f.Type), Tag: f.Tag, Doc: f.Doc})
		}
		return []Decl{
			&TypeDecl{Pos: pos, Doc: n.Doc, Name: name, TypeParams: tparams, Type: st},
			l.structString(n),
		}
	case types.ContractKind:
		it := &InterfaceType{}
		for _, m := range n.Sigs {
			sig := l.typ(m.Sig).(*FuncType)
			var params []*Field
			for _, p := range sig.Params {
				params = append(params, &Field{Type: p})
			}
			it.Methods = append(it.Methods, &Method{Name: l.methodName(m.Name), Params: params, Results: sig.Results})
		}
		return []Decl{&TypeDecl{Pos: pos, Doc: n.Doc, Name: name, TypeParams: tparams, Type: it}}
	}
	if !n.HasPayload() {
		return l.unitEnum(n, pos)
	}
	return l.payloadEnum(n, pos, tparams)
}

// unitEnum lowers an enum without payloads to an integer type.
func (l *lowerer) unitEnum(n *types.Named, pos Pos) []Decl {
	name := l.typeNames[n]
	consts := &ConstDecl{Type: &NamedType{Name: name}, Iota: true}
	var names []Expr
	for _, v := range n.Variants {
		consts.Names = append(consts.Names, l.variantNames[v])
		names = append(names, stringLit(v.Name))
	}
	recv := receiverName(n)
	str := &FuncDecl{
		Doc:     "String returns the name of the variant.",
		Recv:    &Field{Name: recv, Type: &NamedType{Name: name}},
		Name:    "String",
		Results: []Type{&NamedType{Name: "string"}},
		Body: &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{&IndexExpr{
			X:     &CompositeLit{Type: &ArrayType{Len: -1, Elem: &NamedType{Name: "string"}}, Elts: names},
			Index: &Ident{Name: recv},
		}}}}},
	}
	return []Decl{&TypeDecl{Pos: pos, Doc: n.Doc, Name: name, Type: &NamedType{Name: "int"}}, consts, str}
}

// payloadEnum lowers an enum with payloads to a sealed interface and one
// struct type per variant.
func (l *lowerer) payloadEnum(n *types.Named, pos Pos, tparams []*Field) []Decl {
	name := l.typeNames[n]
	marker := "is" + upperFirst(name)
	decls := []Decl{&TypeDecl{Pos: pos, Doc: n.Doc, Name: name, TypeParams: tparams, Type: &InterfaceType{
		Methods: []*Method{
			{Name: marker},
			{Name: "String", Results: []Type{&NamedType{Name: "string"}}},
		},
	}}}
	iface := decls[0].(*TypeDecl).Type.(*InterfaceType)
	methods := l.enumMethods(n)
	for _, m := range methods {
		sig := l.typ(m.Sig).(*FuncType)
		var params []*Field
		for _, p := range sig.Params {
			params = append(params, &Field{Type: p})
		}
		iface.Methods = append(iface.Methods, &Method{Name: l.names[m], Params: params, Results: sig.Results})
	}
	for _, v := range n.Variants {
		vt := l.variantType(v, n)
		st := &StructType{}
		for i, ft := range v.Fields {
			st.Fields = append(st.Fields, &Field{Name: "V" + strconv.Itoa(i), Type: l.typ(ft)})
		}
		decls = append(decls,
			&TypeDecl{Doc: v.Doc, Name: vt.Name, TypeParams: tparams, Type: st},
			&FuncDecl{Recv: &Field{Type: vt}, Name: marker, Body: &Block{}},
		)
		recv := "v"
		var parts []Expr
		if v.Fields == nil {
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
		decls = append(decls, &FuncDecl{
			Recv:    &Field{Name: recv, Type: vt},
			Name:    "String",
			Results: []Type{&NamedType{Name: "string"}},
			Body:    &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{concat(parts...)}}}},
		})
		for _, m := range methods {
			decls = append(decls, l.variantMethod(m, vt, n))
		}
	}
	return decls
}

func receiverName(n *types.Named) string {
	return strings.ToLower(n.Obj.Name()[:1])
}

// structString is the String method of a struct: Point { x: 1.0, y: 2.0 },
// Id(7), or what the type's own toString method returns.
func (l *lowerer) structString(n *types.Named) Decl {
	recv := receiverName(n)
	self := &Ident{Name: recv}
	var result Expr
	if m := n.Methods["toString"]; m != nil && m.Recv != types.RecvNone && len(m.Sig.Params) == 0 && m.Sig.Result == types.Typ[types.String] {
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
				parts = append(parts, l.nested(&SelectorExpr{X: self, Sel: fieldName(f)}, f.Type))
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
				parts = append(parts, stringLit(sep+f.Name+": "), l.nested(&SelectorExpr{X: self, Sel: fieldName(f)}, f.Type))
			}
			parts = append(parts, stringLit(" }"))
		}
		result = concat(parts...)
	}
	return &FuncDecl{
		Doc:     "String formats the value as Vex displays it.",
		Recv:    &Field{Name: recv, Type: l.named(n)},
		Name:    "String",
		Results: []Type{&NamedType{Name: "string"}},
		Body:    &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{result}}}},
	}
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

// enumMethodFunc is the name of the function holding the body of a payload
// enum's method: shapeArea for Shape.area.
func (l *lowerer) enumMethodFunc(m *types.FuncObj) string {
	return goName(m.Owner.Obj.Name()+upperFirst(m.Name()), m.Export || m.Owner.Export)
}

// variantMethod is one variant's method, which calls the enum's function:
//
//	func (v shapeCircle) area() float64 { return shapeArea(v) }
func (l *lowerer) variantMethod(m *types.FuncObj, vt *NamedType, n *types.Named) Decl {
	sig := l.typ(m.Sig).(*FuncType)
	call := &CallExpr{Fun: &Ident{Name: l.enumMethodFunc(m)}, TypeArgs: vt.Args, Args: []Expr{&Ident{Name: "v"}}}
	fd := &FuncDecl{Recv: &Field{Name: "v", Type: vt}, Name: l.names[m], Results: sig.Results}
	for i, p := range sig.Params {
		name := "p" + strconv.Itoa(i)
		fd.Params = append(fd.Params, &Field{Name: name, Type: p})
		call.Args = append(call.Args, &Ident{Name: name})
	}
	var body Stmt = &ReturnStmt{Results: []Expr{call}}
	if len(sig.Results) == 0 {
		body = &ExprStmt{X: call}
	}
	fd.Body = &Block{Stmts: []Stmt{body}}
	return fd
}
