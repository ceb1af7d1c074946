package lsp

import (
	"go/constant"
	"strings"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// hover answers textDocument/hover: for a name, the declaration of what it
// denotes and its doc comment, in Go for a name of a Go package; for
// another expression, its type.
func (s *server) hover(_ *glsp.Context, params *protocol.HoverParams) (*protocol.Hover, error) {
	snap, f, pos, err := s.locate(params.TextDocumentPositionParams)
	if f == nil {
		return nil, err
	}
	path := pathTo(f.syntax, pos)
	info := f.info()
	if e := snap.resolve(path, info); e != nil {
		if pn, ok := e.(*types.PkgName); ok && pn.Pkg.Go != nil {
			_, doc := s.goSrc.goPackage(snap.dir, pn.Pkg.Go, pn.Pkg.GoFset)
			return hoverText(f, path[len(path)-1], "vex", snap.importOf(pn), doc), nil
		}
		if o, fset := goObject(e); o != nil {
			code, doc := s.goSrc.describeGo(snap.dir, o, fset)
			return hoverText(f, path[len(path)-1], "go", code, doc), nil
		}
		code, doc := snap.describe(e)
		return hoverText(f, path[len(path)-1], "vex", code, doc), nil
	}
	if info == nil {
		return nil, nil
	}
	// Another expression: one that is not a block nor unit-typed, which
	// would say nothing. A constant one that is not a literal has its value.
	e, ok := path[len(path)-1].(syntax.Expr)
	if _, isBlock := e.(*syntax.Block); !ok || isBlock || info.Types[e] == nil || info.Types[e] == types.UnitType {
		return nil, nil
	}
	code := info.Types[e].String()
	_, isLit := e.(*syntax.BasicLit)
	if v := info.Consts[e].Value; !isLit && v != nil && v.Kind() != constant.Unknown {
		code += " = " + v.String()
	}
	return hoverText(f, e, "vex", code, ""), nil
}

// hoverText returns the hover of node n: code, in a code block of the
// language lang, and doc, the Markdown of a doc comment.
func hoverText(f *file, n syntax.Node, lang, code, doc string) *protocol.Hover {
	text := "```" + lang + "\n" + code + "\n```"
	if doc != "" {
		text += "\n\n" + doc
	}
	r := rangeOf(f.src, n.Pos(), n.End())
	return &protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: text}, Range: &r}
}

// describe returns the declaration of what e denotes, as Vex code, and its
// doc comment. Each kind of entity has its case; the names of Go packages
// have describeGo.
func (snap *snapshot) describe(e entity) (code, doc string) {
	switch e := e.(type) {
	case *types.Local:
		switch {
		case e.Param:
			return "(parameter) " + e.Name() + mutMark(e.Mut) + ": " + e.Type.String(), ""
		case e.Mut:
			return "let! " + e.Name() + ": " + e.Type.String(), ""
		}
		return "let " + e.Name() + ": " + e.Type.String(), ""
	case *types.FuncObj:
		if e.Decl.Body != nil {
			return snap.text(e.Decl.Pos(), e.Decl.Body.Pos()), e.Decl.Doc
		}
		return snap.text(e.Decl.Pos(), e.Decl.End()), e.Decl.Doc
	case *types.Const:
		if e.Decl == nil {
			return "const " + e.Name() + ": " + e.Type.String(), ""
		}
		return snap.text(e.Decl.Pos(), e.Decl.End()), e.Decl.Doc
	case *types.TypeName:
		return snap.describeType(e)
	case *types.TypeParam:
		code, sep := "(type parameter) "+e.Name, ": "
		for _, b := range e.Bounds {
			code, sep = code+sep+b.String(), " + "
		}
		return code, ""
	case *types.PkgName:
		return snap.importOf(e), ""
	case *types.Field:
		owner := "?"
		if n := snap.fields[e]; n != nil {
			owner = n.Obj.Name()
		}
		return "(field) " + owner + "." + e.Name + ": " + e.Type.String(), e.Doc
	case *types.Variant:
		if d := e.Decl(); d != nil {
			return "(variant) " + e.Enum.Obj.Name() + "." + snap.text(d.Pos(), d.End()), e.Doc
		}
		return "(variant) " + e.Enum.Obj.Name() + "." + e.Name, e.Doc
	case *types.MethodSig:
		return "fn " + e.Name + strings.TrimPrefix(e.Sig.String(), "fn"), ""
	case *preludeCall:
		sig := "(...)"
		if e.sig != nil {
			sig = strings.TrimPrefix(e.sig.String(), "fn")
		}
		switch {
		case e.recv != nil:
			return "(method of " + e.recv.String() + ") fn " + e.name + sig, ""
		case e.builtin.ID.Module() != "":
			return "fn " + e.builtin.ID.String() + sig, "" // math.sqrt, Mutex.new
		}
		return "(prelude) fn " + e.builtin.ID.String() + sig, ""
	case *types.Builtin:
		return "(prelude) " + e.ID.String(), ""
	case types.Object:
		return "(prelude) " + e.Name(), ""
	}
	return "", ""
}

// describeType describes a type name: a declared type by its declaration,
// Self by the type it stands for.
func (snap *snapshot) describeType(tn *types.TypeName) (code, doc string) {
	if n, ok := tn.Type.(*types.Named); ok && tn.Decl == nil {
		return snap.describeType(n.Generic().Obj)
	}
	if tn.Decl == nil {
		return "(prelude) type " + tn.Name(), ""
	}
	return snap.text(tn.Decl.Pos(), tn.Decl.End()), declDoc(tn.Decl)
}

func mutMark(mut bool) string {
	if mut {
		return "!"
	}
	return ""
}

// text returns the source text of [from, to), a span of one file.
func (snap *snapshot) text(from, to source.Pos) string {
	f := snap.fset.File(from)
	if f == nil {
		return ""
	}
	return strings.TrimSpace(string(f.Source()[f.Offset(from):f.Offset(to)]))
}

// importOf returns the import that declares the package name pn.
func (snap *snapshot) importOf(pn *types.PkgName) string {
	if f := snap.fileAt(pn.Pos()); f != nil {
		for _, d := range f.syntax.Decls {
			if d, ok := d.(*syntax.ImportDecl); ok && d.Star != nil && d.Star.Pos() == pn.Pos() {
				return snap.text(d.Pos(), d.End())
			}
		}
	}
	return "import * as " + pn.Name()
}

// declDoc returns the doc comment of an item.
func declDoc(d syntax.Decl) string {
	switch d := d.(type) {
	case *syntax.StructDecl:
		return d.Doc
	case *syntax.EnumDecl:
		return d.Doc
	case *syntax.ContractDecl:
		return d.Doc
	case *syntax.TypeAliasDecl:
		return d.Doc
	case *syntax.FuncDecl:
		return d.Doc
	case *syntax.ConstDecl:
		return d.Doc
	}
	return ""
}
