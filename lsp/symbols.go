package lsp

import (
	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// documentSymbol answers textDocument/documentSymbol with the items of a
// document, from its syntax tree alone, so that a file with errors has
// them too: functions, methods and associated functions (named T.name),
// structs with their fields, enums with their variants, contracts with
// their methods, constants and type aliases.
func (s *server) documentSymbol(_ *glsp.Context, params *protocol.DocumentSymbolParams) (any, error) {
	_, f, err := s.fileOf(params.TextDocument.URI)
	if f == nil {
		return nil, err
	}
	symbols := []protocol.DocumentSymbol{}
	for _, d := range f.syntax.Decls {
		if sym, ok := f.symbol(d); ok {
			symbols = append(symbols, sym)
		}
	}
	return symbols, nil
}

// symbol returns the symbol of the item d, if it has a name.
func (f *file) symbol(d syntax.Decl) (protocol.DocumentSymbol, bool) {
	id := syntax.DeclName(d)
	if id == nil {
		return protocol.DocumentSymbol{}, false
	}
	sym := f.newSymbol(id.Name, 0, d, id)
	switch d := d.(type) {
	case *syntax.FuncDecl:
		sym.Kind = protocol.SymbolKindFunction
		if owner := funcOwner(d); owner != "" {
			sym.Name = owner + "." + id.Name
			sym.Kind = protocol.SymbolKindMethod
		}
	case *syntax.StructDecl:
		sym.Kind = protocol.SymbolKindStruct
		for _, fd := range d.Fields {
			if fd.Name != nil {
				sym.Children = append(sym.Children, f.newSymbol(fd.Name.Name, protocol.SymbolKindField, fd, fd.Name))
			}
		}
	case *syntax.EnumDecl:
		sym.Kind = protocol.SymbolKindEnum
		for _, v := range d.Variants {
			sym.Children = append(sym.Children, f.newSymbol(v.Name.Name, protocol.SymbolKindEnumMember, v, v.Name))
		}
	case *syntax.ContractDecl:
		sym.Kind = protocol.SymbolKindInterface
		for _, m := range d.Methods {
			sym.Children = append(sym.Children, f.newSymbol(m.Name.Name, protocol.SymbolKindMethod, m, m.Name))
		}
	case *syntax.ConstDecl:
		sym.Kind = protocol.SymbolKindConstant
	case *syntax.TypeAliasDecl:
		sym.Kind = protocol.SymbolKindClass
	}
	return sym, true
}

// newSymbol returns the symbol name of the given kind, declared by node n
// with the name id.
func (f *file) newSymbol(name string, kind protocol.SymbolKind, n syntax.Node, id *syntax.Ident) protocol.DocumentSymbol {
	return protocol.DocumentSymbol{
		Name:           name,
		Kind:           kind,
		Range:          rangeOf(f.src, n.Pos(), n.End()),
		SelectionRange: rangeOf(f.src, id.Pos(), id.End()),
	}
}

// funcOwner returns the name of the type of a method or associated
// function, or "" for a function.
func funcOwner(d *syntax.FuncDecl) string {
	if d.Assoc != nil {
		return d.Assoc.Name
	}
	if d.Recv == nil {
		return ""
	}
	t := d.Recv.Type
	if r, ok := t.(*syntax.RefType); ok {
		t = r.Elem
	}
	if nt, ok := t.(*syntax.NamedType); ok {
		return nt.Name.Name
	}
	return ""
}
