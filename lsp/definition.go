package lsp

import (
	"cmp"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/vexlang/vex2go/frontend/load"
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

// references answers textDocument/references with the names that denote
// what the name at the position denotes: in its package and, for what a
// package declares, in the packages of the workspace that import it.
func (s *server) references(_ *glsp.Context, params *protocol.ReferenceParams) ([]protocol.Location, error) {
	snap, f, pos, err := s.locate(params.TextDocumentPositionParams)
	if f == nil {
		return nil, err
	}
	e := snap.resolve(pathTo(f.syntax, pos), f.info())
	if e == nil {
		return nil, nil
	}
	decl, hasDecl := snap.declAt(e)
	locs := []protocol.Location{}
	add := func(snap *snapshot, ids []*syntax.Ident) {
		for _, id := range ids {
			if params.Context.IncludeDeclaration || !hasDecl || snap.at(id.Pos()) != decl {
				locs = append(locs, s.location(snap, id.Pos(), id.End()))
			}
		}
	}
	add(snap, snap.references()[refKey(e)])
	switch e.(type) {
	case *types.Local, *types.TypeParam:
		return locs, nil // named in their package only
	}
	if !hasDecl {
		return locs, nil // the prelude's
	}
	declDir := filepath.Dir(decl.path)
	overlay := s.overlay()
	for _, dir := range s.packageDirs(declDir) {
		if dir == snap.dir {
			continue
		}
		other := s.workspaceSnapshot(dir, overlay)
		if other == nil || !other.imports(declDir) {
			continue
		}
		for _, ent := range slices.SortedFunc(maps.Keys(other.references()), other.entityOrder) {
			if at, ok := other.declAt(ent); ok && at == decl {
				add(other, other.references()[ent])
			}
		}
	}
	return locs, nil
}

// A fileOffset names a place in a file the same way in every snapshot.
type fileOffset struct {
	path   string
	offset int
}

// at returns the file and offset of pos, a position of snap.
func (snap *snapshot) at(pos source.Pos) fileOffset {
	f := snap.fset.File(pos)
	return fileOffset{f.Name(), f.Offset(pos)}
}

// declAt returns the place of the name that declares e, if e has one.
func (snap *snapshot) declAt(e entity) (fileOffset, bool) {
	from, _, ok := snap.declaration(e)
	if !ok {
		return fileOffset{}, false
	}
	return snap.at(from), true
}

// entityOrder orders the entities of the references of snap by the first
// name that denotes each, so that the answer keeps source order.
func (snap *snapshot) entityOrder(a, b entity) int {
	return cmp.Compare(snap.references()[a][0].Pos(), snap.references()[b][0].Pos())
}

// maxPackageDirs bounds the directories that a search for references
// analyses.
const maxPackageDirs = 1000

// packageDirs returns the directories of Vex packages in the workspace of
// the package of dir, sorted: those under the client's workspace folders
// that hold dir, or, without any, under the root of dir's Go module, or
// dir alone. It skips hidden directories and those named testdata,
// vendor and node_modules, as the go command does.
func (s *server) packageDirs(dir string) []string {
	var roots []string
	for _, r := range s.roots {
		if rel, err := filepath.Rel(r, dir); err == nil && filepath.IsLocal(rel) || r == dir {
			roots = append(roots, r)
		}
	}
	if len(roots) == 0 {
		if m := load.ModuleRoot(dir); m != "" {
			roots = []string{m}
		} else {
			return []string{dir}
		}
	}
	seen := map[string]bool{}
	for _, root := range roots {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || len(seen) >= maxPackageDirs {
				return filepath.SkipDir
			}
			name := d.Name()
			if d.IsDir() && path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "vendor" || name == "node_modules") {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(name, ".vx") && !load.Ignored(name) {
				seen[filepath.Dir(path)] = true
			}
			return nil
		})
	}
	return slices.Sorted(maps.Keys(seen))
}

// workspaceRoots returns the absolute directories of the client's
// workspace folders, or of its root.
func workspaceRoots(params *protocol.InitializeParams) []string {
	var uris []protocol.DocumentUri
	for _, f := range params.WorkspaceFolders {
		uris = append(uris, f.URI)
	}
	if len(uris) == 0 && params.RootURI != nil {
		uris = append(uris, *params.RootURI)
	}
	var roots []string
	for _, uri := range uris {
		if path, err := uriPath(uri); err == nil {
			roots = append(roots, path)
		}
	}
	if len(roots) == 0 && params.RootPath != nil && filepath.IsAbs(*params.RootPath) {
		roots = append(roots, filepath.Clean(*params.RootPath))
	}
	return roots
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
