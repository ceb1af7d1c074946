package lsp

import (
	gotypes "go/types"
	"maps"
	"slices"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// completion answers textDocument/completion. After a dot it offers the
// members of what is before the dot: the fields and methods of a value,
// Vex or Go, the variants and associated functions of a type, the exports
// of an imported package, Vex or Go. Elsewhere it offers the names in
// scope: locals declared before the position, the package's items and
// imports, and the prelude. The client filters them by what is typed.
func (s *server) completion(_ *glsp.Context, params *protocol.CompletionParams) (any, error) {
	snap, f, pos, err := s.locate(params.TextDocumentPositionParams)
	if f == nil || f.info() == nil {
		return nil, err
	}
	src := f.src.Source()
	start := f.src.Offset(pos)
	for start > 0 && isNameByte(src[start-1]) {
		start--
	}
	var items []protocol.CompletionItem
	if start > 0 && src[start-1] == '.' && (start < 2 || src[start-2] != '.') {
		items = snap.members(f, f.src.Pos(start-1))
	} else {
		items = snap.inScope(f, pos)
	}
	return protocol.CompletionList{Items: items}, nil
}

// isNameByte reports whether c may be part of a name: a byte of a letter
// that is not ASCII counts.
func isNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '$' || c >= 0x80
}

// members returns the members of the expression that ends at dot, the
// position of a dot in f.
func (snap *snapshot) members(f *file, dot source.Pos) []protocol.CompletionItem {
	info := f.info()
	var x syntax.Expr
	for _, n := range enclosing(f.syntax, dot-1) {
		if e, ok := n.(syntax.Expr); ok && e.End() == dot {
			x = e
			break
		}
	}
	if x == nil {
		return nil
	}
	var items []protocol.CompletionItem
	if id, ok := x.(*syntax.Ident); ok {
		switch obj := info.Uses[id].(type) {
		case *types.Local:
			// Its own type: that of x in x.f is the value a guard guards.
			return snap.valueMembers(obj.Type, goPointerMethods(info, x, obj.Type))
		case *types.PkgName:
			if obj.Pkg.Go != nil {
				for _, o := range goPackageMembers(obj.Pkg.Go) {
					items = append(items, goItem(o))
				}
				return items
			}
			for _, name := range slices.Sorted(maps.Keys(obj.Pkg.Exports)) {
				items = append(items, snap.item(name, obj.Pkg.Exports[name]))
			}
			return items
		case *types.TypeName:
			return snap.typeMembers(obj)
		}
	}
	t := info.Types[x]
	if t == nil {
		return nil
	}
	return snap.valueMembers(t, goPointerMethods(info, x, t))
}

// goPointerMethods reports whether x, of type t, offers the Go methods
// with pointer receivers: as the checker has it, when x is a reference
// or a place that may change.
func goPointerMethods(info *types.Info, x syntax.Expr, t types.Type) bool {
	_, isRef := types.Resolve(t).(*types.Ref)
	return isRef || types.Mutable(info, x)
}

// typeMembers returns what a type name is followed by a dot for: the
// variants of an enum and the associated functions of a type.
func (snap *snapshot) typeMembers(tn *types.TypeName) []protocol.CompletionItem {
	var items []protocol.CompletionItem
	n, ok := tn.Type.(*types.Named)
	if !ok {
		statics := types.Statics(tn)
		for _, name := range slices.Sorted(maps.Keys(statics)) {
			items = append(items, snap.item(name, statics[name]))
		}
		return items
	}
	for _, v := range n.Variants {
		items = append(items, snap.item(v.Name, v))
	}
	for _, name := range slices.Sorted(maps.Keys(n.Methods)) {
		if m := n.Methods[name]; m.Recv == types.RecvNone {
			items = append(items, snap.item(name, m))
		}
	}
	return items
}

// valueMembers returns the fields and methods of a value of type t: those
// of a user type, those of a Go type, with the methods with pointer
// receivers if goPtr, and the methods that the prelude table gives it.
func (snap *snapshot) valueMembers(t types.Type, goPtr bool) []protocol.CompletionItem {
	var items []protocol.CompletionItem
	switch u := types.Under(t).(type) {
	case *types.GoNamed:
		for _, o := range goMembers(u.Obj.Type(), goPtr) {
			items = append(items, goItem(o))
		}
	case *types.GoError:
		for _, o := range goMembers(gotypes.Universe.Lookup("error").Type(), goPtr) {
			items = append(items, goItem(o))
		}
	case *types.Named:
		for _, f := range u.Generic().Fields {
			items = append(items, snap.item(f.Name, f))
		}
		for _, name := range slices.Sorted(maps.Keys(u.Generic().Methods)) {
			if m := u.Generic().Methods[name]; m.Recv != types.RecvNone {
				items = append(items, snap.item(name, m))
			}
		}
		for _, m := range u.Generic().Sigs {
			items = append(items, snap.item(m.Name, m))
		}
	case *types.StdType:
		if n, ok := types.Under(u.Elem).(*types.Named); ok && u.IsGuard() {
			// The guard of a lock reaches the fields of the value it guards.
			for _, f := range n.Generic().Fields {
				items = append(items, snap.item(f.Name, f))
			}
		}
	case *types.TypeParam:
		for _, b := range u.Bounds {
			if n, ok := types.Under(b).(*types.Named); ok {
				for _, m := range n.Generic().Sigs {
					items = append(items, snap.item(m.Name, m))
				}
			}
		}
	}
	methods := types.Methods(t)
	for _, name := range slices.Sorted(maps.Keys(methods)) {
		item := snap.item(name, methods[name])
		kind := protocol.CompletionItemKindMethod
		item.Kind = &kind
		items = append(items, item)
	}
	return items
}

// inScope returns the names in scope at pos in f.
func (snap *snapshot) inScope(f *file, pos source.Pos) []protocol.CompletionItem {
	var items []protocol.CompletionItem
	seen := make(map[string]bool)
	add := func(name string, obj types.Object) {
		if !seen[name] {
			seen[name] = true
			items = append(items, snap.item(name, obj))
		}
	}
	locals := localsAt(f.syntax, pos, f.info())
	for i := len(locals) - 1; i >= 0; i-- {
		add(locals[i].Name(), locals[i])
	}
	for s := f.types.Scope; s != nil; s = s.Parent() {
		for _, name := range s.Names() {
			add(name, s.LookupLocal(name))
		}
	}
	return items
}

// localsAt returns the objects declared in the functions of f that are in
// scope at pos, outermost first: the parameters of the functions and
// closures around pos, what the statements before pos in the blocks
// around it declare, and the bindings of the patterns of the for and while
// let loops, if lets, match arms and select cases whose bodies hold pos.
func localsAt(f *syntax.File, pos source.Pos, info *types.Info) []types.Object {
	var objs []types.Object
	// declare adds what pattern p, or the name id, declares.
	declare := func(p syntax.Pattern, id *syntax.Ident) {
		var n syntax.Node = id
		if p != nil {
			n = p
		} else if id == nil {
			return
		}
		syntax.Inspect(n, func(n syntax.Node) bool {
			if id, ok := n.(*syntax.Ident); ok && info.Defs[id] != nil {
				objs = append(objs, info.Defs[id])
			}
			return n != nil
		})
	}
	path := enclosing(f, pos)
	for i, n := range path {
		var child syntax.Node
		if i+1 < len(path) {
			child = path[i+1]
		}
		switch n := n.(type) {
		case *syntax.FuncDecl:
			if child == syntax.Node(n.Body) {
				if n.Recv != nil {
					declare(nil, n.Recv.Name)
				}
				for _, p := range n.Params {
					declare(nil, p.Name)
				}
			}
		case *syntax.ClosureExpr:
			if child == syntax.Node(n.Body) {
				for _, p := range n.Params {
					declare(nil, p.Name)
				}
			}
		case *syntax.Block:
			for _, st := range n.Stmts {
				if st.End() > pos {
					break
				}
				switch st := st.(type) {
				case *syntax.LetStmt:
					declare(st.Pat, nil)
				case *syntax.DeclStmt:
					declare(nil, syntax.DeclName(st.Decl))
				}
			}
		case *syntax.ForStmt:
			if child == syntax.Node(n.Body) {
				declare(n.Pat, nil)
			}
		case *syntax.WhileStmt:
			if child == syntax.Node(n.Body) {
				declare(n.Pat, nil)
			}
		case *syntax.IfExpr:
			if child == syntax.Node(n.Then) {
				declare(n.Pat, nil)
			}
		case *syntax.MatchArm:
			if child != nil && child != syntax.Node(n.Pat) {
				declare(n.Pat, nil)
			}
		case *syntax.SelectCase:
			if child == syntax.Node(n.Body) {
				declare(n.Bind, nil)
			}
		}
	}
	return objs
}

// item returns the completion item that offers e as name.
func (snap *snapshot) item(name string, e entity) protocol.CompletionItem {
	if o, _ := goObject(e); o != nil {
		item := goItem(o)
		item.Label = name // as imported: import { Println as say } from "go:fmt"
		return item
	}
	kind, detail := protocol.CompletionItemKindText, ""
	switch e := e.(type) {
	case *types.Local:
		kind, detail = protocol.CompletionItemKindVariable, e.Type.String()
	case *types.Const:
		kind = protocol.CompletionItemKindConstant
		if e.Type != nil {
			detail = e.Type.String()
		}
	case *types.FuncObj:
		kind = protocol.CompletionItemKindFunction
		if e.Recv != types.RecvNone {
			kind = protocol.CompletionItemKindMethod
		}
		if e.Sig != nil {
			detail = e.Sig.String()
		}
	case *types.TypeName:
		kind = protocol.CompletionItemKindClass
		if n, ok := e.Type.(*types.Named); ok {
			kind = map[types.NamedKind]protocol.CompletionItemKind{
				types.StructKind:   protocol.CompletionItemKindStruct,
				types.EnumKind:     protocol.CompletionItemKindEnum,
				types.ContractKind: protocol.CompletionItemKindInterface,
			}[n.Kind]
		}
	case *types.PkgName:
		kind = protocol.CompletionItemKindModule
	case *types.Field:
		kind, detail = protocol.CompletionItemKindField, e.Type.String()
	case *types.Variant:
		kind = protocol.CompletionItemKindEnumMember
	case *types.MethodSig:
		kind, detail = protocol.CompletionItemKindMethod, e.Sig.String()
	case *types.Builtin:
		kind, detail = protocol.CompletionItemKindFunction, e.ID.String()
	case types.Object:
		kind = protocol.CompletionItemKindFunction
	}
	item := protocol.CompletionItem{Label: name, Kind: &kind}
	if detail != "" {
		item.Detail = &detail
	}
	return item
}
