package lsp

import (
	"path/filepath"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// definition answers textDocument/definition with the name that declares
// what the name at the position denotes, in whichever package it is, Vex
// or Go; on the path of an import, with the start of the file or of the
// first file of the package it imports, or of the file that holds the doc
// comment of a Go package.
func (s *server) definition(_ *glsp.Context, params *protocol.DefinitionParams) (any, error) {
	snap, f, pos, err := s.locate(params.TextDocumentPositionParams)
	if f == nil {
		return nil, err
	}
	path := pathTo(f.syntax, pos)
	if lit, ok := at(path, 1).(*syntax.BasicLit); ok {
		if d, ok := at(path, 2).(*syntax.ImportDecl); ok && d.Path == lit {
			if pkg, fset := goImport(d, f.info()); pkg != nil {
				if clause, _ := s.goSrc.goPackage(snap.dir, pkg, fset); clause.path != "" {
					return clause.location(), nil
				}
			}
			if target := snap.imported(f, lit.Value); target != nil {
				return s.location(snap, target.src.Pos(0), target.src.Pos(0)), nil
			}
		}
	}
	e := snap.resolve(path, f.info())
	if o, fset := goObject(e); o != nil {
		if d, ok := s.goSrc.declaration(snap.dir, o, fset); ok {
			return d.location(), nil
		}
		return nil, nil
	}
	from, to, ok := snap.declaration(e)
	if !ok {
		return nil, nil
	}
	return s.location(snap, from, to), nil
}

// imported returns the file that an import of path in f names, or the
// first file of the package it names, if the snapshot has it.
func (snap *snapshot) imported(f *file, path string) *file {
	if types.ClassifyImport(path) != types.ImportRelative {
		return nil
	}
	target, isFile := types.ResolveImport(filepath.Dir(f.src.Name()), path)
	if isFile {
		return snap.files[target]
	}
	var first *file
	for name, g := range snap.files {
		if filepath.Dir(name) == target && (first == nil || name < first.src.Name()) {
			first = g
		}
	}
	return first
}

// references answers textDocument/references with the names in the
// package that denote what the name at the position denotes.
func (s *server) references(_ *glsp.Context, params *protocol.ReferenceParams) ([]protocol.Location, error) {
	snap, f, pos, err := s.locate(params.TextDocumentPositionParams)
	if f == nil {
		return nil, err
	}
	e := snap.resolve(pathTo(f.syntax, pos), f.info())
	if e == nil {
		return nil, nil
	}
	decl, _, hasDecl := snap.declaration(e)
	locs := []protocol.Location{}
	for _, id := range snap.references()[refKey(e)] {
		if params.Context.IncludeDeclaration || !hasDecl || id.Pos() != decl {
			locs = append(locs, s.location(snap, id.Pos(), id.End()))
		}
	}
	return locs, nil
}

// declaration returns the span of the name that declares e, if e has one:
// the prelude's names have none.
func (snap *snapshot) declaration(e entity) (from, to source.Pos, ok bool) {
	var name *syntax.Ident
	switch e := e.(type) {
	case *types.Field:
		if n := snap.fields[e]; n != nil {
			if d := n.FieldDecl(e.Name); d != nil && d.Name != nil {
				name = d.Name
			} else if d != nil {
				return d.Pos(), d.End(), true // a field of a tuple struct
			}
		}
	case *types.Variant:
		if d := e.Decl(); d != nil {
			name = d.Name
		}
	case *types.TypeParam:
		name = snap.typeParamNames[e]
	case *types.MethodSig:
		if n := snap.sigs[e]; n != nil {
			if d, ok := n.Obj.Decl.(*syntax.ContractDecl); ok {
				for _, m := range d.Methods {
					if m.Name.Name == e.Name {
						name = m.Name
					}
				}
			}
		}
	case types.Object:
		if p := e.Pos(); p.IsValid() {
			return p, p + source.Pos(len(e.Name())), true
		}
	}
	if name == nil {
		return 0, 0, false
	}
	return name.Pos(), name.End(), true
}

// references returns the names of the package's files, indexed by what
// they denote, in the order of the files and in each in source order. It
// indexes them once.
func (snap *snapshot) references() map[entity][]*syntax.Ident {
	if snap.refs != nil {
		return snap.refs
	}
	snap.refs = make(map[entity][]*syntax.Ident)
	for _, sf := range snap.pkg.Files {
		f := snap.files[sf.Name()]
		info := f.info()
		var stack []syntax.Node
		syntax.Inspect(f.syntax, func(n syntax.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return false
			}
			stack = append(stack, n)
			if id, ok := n.(*syntax.Ident); ok {
				if e := snap.resolve(stack, info); e != nil {
					snap.refs[refKey(e)] = append(snap.refs[refKey(e)], id)
				}
			}
			return true
		})
	}
	return snap.refs
}

// refKey returns the entity under which the references index e: an entry
// of the prelude table for a call of it.
func refKey(e entity) entity {
	if pc, ok := e.(*preludeCall); ok {
		return pc.builtin
	}
	return e
}

// location returns the protocol's location of [from, to), a span of a file
// of snap.
func (s *server) location(snap *snapshot, from, to source.Pos) protocol.Location {
	f := snap.fset.File(from)
	return protocol.Location{URI: s.uri(f.Name()), Range: rangeOf(f, from, to)}
}
