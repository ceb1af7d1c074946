package lsp

import (
	"go/ast"
	"go/doc/comment"
	"go/parser"
	"go/token"
	gotypes "go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file answers for the names that go: imports bring in: the checker
// records them as a *types.GoObj, or a *types.TypeName whose Go field is
// one, holding the go/types object that go/packages read from export data.
//
// Export data keeps the file and line of each declaration, not its column
// nor its doc comment; the files of the standard library are named
// $GOROOT/src/.... So hover and definition parse the Go file that holds
// the declaration, with its comments, and index the names it declares by
// name and line; the index, small beside the syntax tree, is kept while
// the file stays unchanged.

// goSources are the Go files that the server has indexed, and the GOROOT
// of the go command of each module.
type goSources struct {
	files   map[string]*goSource // by absolute path
	goroots map[string]string    // by the module's directory, "" outside a module
}

// A goSource is the index of the declarations of a Go file.
type goSource struct {
	size, modTime int64 // what the file was when indexed
	decls         map[declKey]declAt
}

// A declKey is a name that a Go file declares, on a line from 1.
type declKey struct {
	name string
	line int
}

// A declAt is a declaring name of a Go file: its column, from 0, and its
// length, in UTF-16 code units, and the text of the doc comment of its
// declaration.
type declAt struct {
	col, nameLen int
	doc          string
}

// A goDecl is where a Go object is declared.
type goDecl struct {
	path      string
	line, col int // of the name, from 0; col in UTF-16 code units; 0 if the name was not found
	nameLen   int // the length of the name in UTF-16 code units
	doc       string
}

// location returns the protocol's location of the name of d.
func (d goDecl) location() protocol.Location {
	start := protocol.Position{Line: protocol.UInteger(d.line), Character: protocol.UInteger(d.col)}
	end := start
	end.Character += protocol.UInteger(d.nameLen)
	return protocol.Location{URI: pathURI(d.path), Range: protocol.Range{Start: start, End: end}}
}

// goObject returns the go/types object that e denotes, with the file set
// of its positions, if e is a name of a Go package.
func goObject(e entity) (gotypes.Object, *token.FileSet) {
	switch e := e.(type) {
	case *types.GoObj:
		return e.Obj, e.Fset
	case *types.TypeName:
		if e.Go != nil {
			return e.Go.Obj, e.Go.Fset
		}
	}
	return nil, nil
}

// goImport returns the Go package that the go: import d imports, with the
// file set of its positions, or nil.
func goImport(d *syntax.ImportDecl, info *types.Info) (*gotypes.Package, *token.FileSet) {
	if info == nil {
		return nil, nil
	}
	if d.Star != nil {
		if pn, ok := info.Defs[d.Star].(*types.PkgName); ok && pn.Pkg.Go != nil {
			return pn.Pkg.Go, pn.Pkg.GoFset
		}
		return nil, nil
	}
	for _, n := range d.Names {
		if o, fset := goObject(info.Uses[n.Name]); o != nil {
			return o.Pkg(), fset
		}
	}
	return nil, nil
}

// goQualifier names a package as the Go code that imports it does.
func goQualifier(p *gotypes.Package) string { return p.Name() }

// describeGo returns the declaration of the Go object o as go doc shows
// it, and its doc comment in Markdown; dir is that of the package that
// uses it.
func (gs *goSources) describeGo(dir string, o gotypes.Object, fset *token.FileSet) (code, doc string) {
	code = goCode(o)
	if d, ok := gs.declaration(dir, o, fset); ok && d.doc != "" {
		doc = goDoc(d.doc, o.Pkg())
	}
	return code, doc
}

// goDoc returns the Markdown of a doc comment of a declaration of package
// pkg. Its doc links go to pkg.go.dev.
func goDoc(text string, pkg *gotypes.Package) string {
	p := comment.Parser{
		LookupSym: func(recv, name string) bool {
			if recv == "" {
				return pkg.Scope().Lookup(name) != nil
			}
			tn, ok := pkg.Scope().Lookup(recv).(*gotypes.TypeName)
			if !ok {
				return false
			}
			obj, _, _ := gotypes.LookupFieldOrMethod(tn.Type(), true, pkg, name)
			return obj != nil
		},
	}
	pr := comment.Printer{
		DocLinkURL: func(link *comment.DocLink) string {
			l := *link
			if l.ImportPath == "" {
				l.ImportPath = pkg.Path()
			}
			return l.DefaultURL("https://pkg.go.dev")
		},
	}
	return strings.TrimSpace(string(pr.Markdown(p.Parse(text))))
}

// goPackage returns the name in the package clause of the file of the Go
// package pkg that holds its doc comment, or of one of its files if none
// does, and the doc comment in Markdown; dir is that of the package that
// imports it, and fset holds the positions of pkg. It finds the package's
// directory from the position of one of its declarations.
func (gs *goSources) goPackage(dir string, pkg *gotypes.Package, fset *token.FileSet) (clause goDecl, doc string) {
	var pkgDir, some string
	for _, name := range pkg.Scope().Names() {
		if d, ok := gs.declaration(dir, pkg.Scope().Lookup(name), fset); ok {
			some, pkgDir = filepath.Base(d.path), filepath.Dir(d.path)
			break
		}
	}
	if pkgDir == "" {
		return goDecl{}, ""
	}
	entries, _ := os.ReadDir(pkgDir)
	names := []string{"doc.go", pkg.Name() + ".go"}
	for _, e := range entries {
		if name := e.Name(); strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
			names = append(names, name)
		}
	}
	names = append(names, some)
	for i, name := range names {
		path := filepath.Join(pkgDir, name)
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.PackageClauseOnly|parser.ParseComments)
		if err != nil || f.Name.Name != pkg.Name() || f.Doc == nil && i < len(names)-1 {
			continue
		}
		p := fset.Position(f.Name.Pos())
		clause = goDecl{path: path, line: p.Line - 1, col: p.Column - 1, nameLen: utf16Len([]byte(f.Name.Name))}
		if f.Doc != nil {
			doc = goDoc(f.Doc.Text(), pkg)
		}
		return clause, doc
	}
	return goDecl{}, ""
}

// goCode returns the declaration of o as go doc shows it: a struct type
// with its exported fields, an interface with its exported methods.
func goCode(o gotypes.Object) string {
	if c, ok := o.(*gotypes.Const); ok {
		return gotypes.ObjectString(o, goQualifier) + " = " + c.Val().String()
	}
	tn, ok := o.(*gotypes.TypeName)
	if !ok || tn.IsAlias() {
		return gotypes.ObjectString(o, goQualifier)
	}
	head := "type " + gotypes.TypeString(tn.Type(), goQualifier)
	var b strings.Builder
	hidden := false
	switch u := tn.Type().Underlying().(type) {
	case *gotypes.Struct:
		b.WriteString(head + " struct {\n")
		for i := range u.NumFields() {
			f := u.Field(i)
			switch {
			case !f.Exported():
				hidden = true
			case f.Embedded():
				b.WriteString("\t" + gotypes.TypeString(f.Type(), goQualifier) + "\n")
			default:
				b.WriteString("\t" + f.Name() + " " + gotypes.TypeString(f.Type(), goQualifier) + "\n")
			}
		}
	case *gotypes.Interface:
		b.WriteString(head + " interface {\n")
		for i := range u.NumEmbeddeds() {
			b.WriteString("\t" + gotypes.TypeString(u.EmbeddedType(i), goQualifier) + "\n")
		}
		for i := range u.NumExplicitMethods() {
			m := u.ExplicitMethod(i)
			if !m.Exported() {
				hidden = true
				continue
			}
			b.WriteString("\t" + m.Name() + strings.TrimPrefix(gotypes.TypeString(m.Type(), goQualifier), "func") + "\n")
		}
	default:
		return head + " " + gotypes.TypeString(u, goQualifier)
	}
	if hidden {
		b.WriteString("\t// Has unexported fields.\n")
	}
	b.WriteString("}")
	return b.String()
}

// declaration returns where the Go object o is declared, finding its name
// in the file that the export data names.
func (gs *goSources) declaration(dir string, o gotypes.Object, fset *token.FileSet) (goDecl, bool) {
	if fset == nil || !o.Pos().IsValid() {
		return goDecl{}, false
	}
	pos := fset.Position(o.Pos())
	path := pos.Filename
	if rest, ok := strings.CutPrefix(filepath.ToSlash(path), "$GOROOT/"); ok {
		root := gs.goroot(dir)
		if root == "" {
			return goDecl{}, false
		}
		path = filepath.Join(root, filepath.FromSlash(rest))
	}
	d := goDecl{path: path, line: pos.Line - 1}
	if f := gs.index(path); f != nil {
		if at, ok := f.decls[declKey{o.Name(), pos.Line}]; ok {
			d.col, d.nameLen, d.doc = at.col, at.nameLen, at.doc
		}
	}
	return d, true
}

// utf16Len returns the length of b in UTF-16 code units.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n += utf16.RuneLen(r)
		b = b[size:]
	}
	return n
}

// goroot returns the GOROOT of the go command that loads the Go packages
// of the Vex package in dir, asking it once for each module.
func (gs *goSources) goroot(dir string) string {
	module := load.ModuleRoot(dir)
	if root, ok := gs.goroots[module]; ok {
		return root
	}
	cmd := exec.Command("go", "env", "GOROOT")
	cmd.Dir = dir
	out, err := cmd.Output()
	root := ""
	if err == nil {
		root = strings.TrimSpace(string(out))
	}
	if gs.goroots == nil {
		gs.goroots = make(map[string]string)
	}
	gs.goroots[module] = root
	return root
}

// index returns the index of the Go file at path, or nil if it cannot be
// read. It parses a file again only when it has changed.
func (gs *goSources) index(path string) *goSource {
	fi, err := os.Stat(path)
	if err != nil {
		return nil
	}
	if f := gs.files[path]; f != nil && f.size == fi.Size() && f.modTime == fi.ModTime().UnixNano() {
		return f
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	fset := token.NewFileSet()
	file, _ := parser.ParseFile(fset, path, src, parser.ParseComments|parser.SkipObjectResolution)
	if file == nil {
		return nil
	}
	f := &goSource{size: fi.Size(), modTime: fi.ModTime().UnixNano(), decls: declarations(fset, file, src)}
	if gs.files == nil {
		gs.files = make(map[string]*goSource)
	}
	gs.files[path] = f
	return f
}

// declarations indexes the names that the Go file f, whose text is src,
// declares, each with the doc comment of its declaration: of the spec, or
// of a declaration without parentheses; of a field or a method of an
// interface, or the comment after it on its line. Of two declarations of
// a name on one line, the first counts.
func declarations(fset *token.FileSet, f *ast.File, src []byte) map[declKey]declAt {
	decls := make(map[declKey]declAt)
	add := func(id *ast.Ident, docs ...*ast.CommentGroup) {
		if id == nil || id.Name == "_" {
			return
		}
		p := fset.Position(id.Pos())
		key := declKey{id.Name, p.Line}
		if _, dup := decls[key]; dup {
			return
		}
		at := declAt{col: utf16Len(src[p.Offset-(p.Column-1) : p.Offset]), nameLen: utf16Len([]byte(id.Name))}
		for _, d := range docs {
			if d != nil {
				at.doc = d.Text()
				break
			}
		}
		decls[key] = at
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			add(n.Name, n.Doc)
			return false // its parameters and body declare nothing that export data holds
		case *ast.GenDecl:
			var outer *ast.CommentGroup
			if !n.Lparen.IsValid() {
				outer = n.Doc
			}
			for _, s := range n.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					add(s.Name, s.Doc, outer, s.Comment)
				case *ast.ValueSpec:
					for _, id := range s.Names {
						add(id, s.Doc, outer, s.Comment)
					}
				}
			}
		case *ast.Field:
			if len(n.Names) == 0 {
				add(embeddedName(n.Type), n.Doc, n.Comment)
			}
			for _, id := range n.Names {
				add(id, n.Doc, n.Comment)
			}
		}
		return true
	})
	return decls
}

// embeddedName returns the name of an embedded field of type t: T in T,
// *T, p.T and T[A].
func embeddedName(t ast.Expr) *ast.Ident {
	for {
		switch x := t.(type) {
		case *ast.Ident:
			return x
		case *ast.StarExpr:
			t = x.X
		case *ast.SelectorExpr:
			return x.Sel
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		default:
			return nil
		}
	}
}

// goMembers returns the exported fields and methods of a value of the Go
// type t, as the checker finds them: the fields, its own and those that
// embedded fields promote, nearest first, then the methods by name, with
// the promoted ones; a name that two embedded fields at the same depth
// promote is ambiguous and left out. A method with a pointer receiver is
// left out unless ptr, which goPointerMethods decides as the checker does.
func goMembers(t gotypes.Type, ptr bool) []gotypes.Object {
	var names []string
	seen := make(map[*gotypes.Named]bool)
	level := []gotypes.Type{t}
	for len(level) > 0 {
		var next []gotypes.Type
		for _, t := range level {
			if p, ok := t.(*gotypes.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := t.(*gotypes.Named); ok {
				if seen[n.Origin()] {
					continue
				}
				seen[n.Origin()] = true
			}
			st, ok := t.Underlying().(*gotypes.Struct)
			if !ok {
				continue
			}
			for i := range st.NumFields() {
				f := st.Field(i)
				names = append(names, f.Name())
				if f.Embedded() {
					next = append(next, f.Type())
				}
			}
		}
		level = next
	}
	ms := gotypes.NewMethodSet(gotypes.NewPointer(t))
	if gotypes.IsInterface(t) {
		ms = gotypes.NewMethodSet(t)
	}
	for i := range ms.Len() {
		names = append(names, ms.At(i).Obj().Name())
	}
	var objs []gotypes.Object
	done := make(map[string]bool)
	for _, name := range names {
		if done[name] || !token.IsExported(name) {
			continue
		}
		done[name] = true
		obj, _, _ := gotypes.LookupFieldOrMethod(t, true, nil, name)
		if fn, ok := obj.(*gotypes.Func); ok && !ptr {
			if _, isPtr := fn.Signature().Recv().Type().(*gotypes.Pointer); isPtr {
				continue
			}
		}
		if obj != nil {
			objs = append(objs, obj)
		}
	}
	// The fields as found, then the methods by name.
	slices.SortStableFunc(objs, func(a, b gotypes.Object) int {
		_, am := a.(*gotypes.Func)
		_, bm := b.(*gotypes.Func)
		switch {
		case am && bm:
			return strings.Compare(a.Name(), b.Name())
		case am:
			return 1
		case bm:
			return -1
		}
		return 0
	})
	return objs
}

// goPackageMembers returns the exported names of the Go package p.
func goPackageMembers(p *gotypes.Package) []gotypes.Object {
	var objs []gotypes.Object
	for _, name := range p.Scope().Names() {
		if o := p.Scope().Lookup(name); o.Exported() {
			objs = append(objs, o)
		}
	}
	return objs
}

// goDetail returns what a completion item says of the Go object o: its
// declaration, of a type its first line.
func goDetail(o gotypes.Object) string {
	code := goCode(o)
	if i := strings.IndexByte(code, '\n'); i >= 0 {
		code = strings.TrimSuffix(code[:i], " {")
	}
	return code
}

// goKindOf returns the completion kind of the Go object o.
func goKindOf(o gotypes.Object) protocol.CompletionItemKind {
	switch o := o.(type) {
	case *gotypes.Func:
		if o.Signature().Recv() != nil {
			return protocol.CompletionItemKindMethod
		}
		return protocol.CompletionItemKindFunction
	case *gotypes.Var:
		if o.IsField() {
			return protocol.CompletionItemKindField
		}
		return protocol.CompletionItemKindVariable
	case *gotypes.Const:
		return protocol.CompletionItemKindConstant
	case *gotypes.TypeName:
		switch o.Type().Underlying().(type) {
		case *gotypes.Struct:
			return protocol.CompletionItemKindStruct
		case *gotypes.Interface:
			return protocol.CompletionItemKindInterface
		}
		return protocol.CompletionItemKindClass
	}
	return protocol.CompletionItemKindText
}

// goItem returns the completion item that offers the Go object o.
func goItem(o gotypes.Object) protocol.CompletionItem {
	kind, detail := goKindOf(o), goDetail(o)
	return protocol.CompletionItem{Label: o.Name(), Kind: &kind, Detail: &detail}
}
