package lower

import (
	"fmt"
	"path/filepath"
	"strconv"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// Import paths of the packages generated code uses.
const (
	rtPath      = "github.com/vexlang/vex2go/vexrt"
	mathPath    = "math"
	stringsPath = "strings"
)

// Options controls lowering.
type Options struct {
	PkgName string // Go package name; "main" for programs

	// ImportPath returns the Go import path and package name of a package
	// that pkg imports, directly or not (imports.go).
	ImportPath func(*types.Package) (path, name string)

	// Names, if set, keeps the Go names of the package's items for the
	// lowerings of the packages that import it, and gives this one those
	// of the packages it imports that it holds (imports.go).
	Names *Names

	// Decl, when set, receives each declaration as soon as it is lowered,
	// with its file, instead of the file's Decls: a caller that prints
	// each at once never holds the IR of a whole package. The declarations
	// of a file come in order, Go's func main last.
	Decl func(*File, Decl)

	// Release cuts each function body from its declaration once lowered,
	// and has the checker forget it, so that the memory of its syntax and
	// types is reclaimed while the rest of the package is lowered. The
	// package then serves only its importers, whose lowering reads no
	// bodies.
	Release bool
}

// Lower turns a type-checked package into IR. A construct that it cannot
// spell in Go, which is a bug of vex2go, is reported to diags as an
// internal error at its .vx position; the IR is then of no use.
func Lower(fset *source.FileSet, pkg *types.Package, opts Options, diags *source.List) *Package {
	ctx := &importCtx{fset: fset, diags: diags, path: opts.ImportPath, lowerers: make(map[*types.Package]*lowerer),
		fields: make(map[*types.Field]string), display: make(map[*types.Named]string), names: opts.Names}
	l := newLowerer(ctx, pkg)
	defer opts.Names.keep(pkg, l, ctx)
	l.emit = opts.Decl
	l.release = opts.Release
	if l.emit == nil {
		l.emit = func(f *File, d Decl) { f.Decls = append(f.Decls, d) }
	}
	out := &Package{Name: opts.PkgName}
	for _, f := range pkg.Files {
		out.Files = append(out.Files, l.file(f))
	}
	if pkg.Main != nil && opts.PkgName == "main" && len(out.Files) > 0 {
		l.addEntry(out.Files[l.mainFile()])
	}
	return out
}

type lowerer struct {
	fset    *source.FileSet
	pkg     *types.Package
	info    *types.Info
	emit    func(*File, Decl) // Options.Decl
	release bool              // Options.Release

	// The Go names of the package's items and members (names.go).
	names        map[types.Object]string // functions, constants, methods
	typeNames    map[*types.Named]string
	aliasNames   map[*types.TypeName]string
	variantNames map[*types.Variant]string
	enumFuncs    map[*types.FuncObj]string // the functions holding payload enum methods
	methodNames  map[string]string         // Vex method name to Go
	markers      map[*types.Named]string   // the sealing method of a payload enum
	recvNames    map[*types.Named]string   // the receiver of a type's methods
	topLevel     nameSet                   // every package-level Go name

	imp *importSet // the imported packages (imports.go)

	// The body functions of async functions (async.go).
	syncNames map[*types.FuncObj]string // the name each would take

	spare *funcLower // the maps that each function's funcLower reuses
}

func (l *lowerer) mainFile() int {
	for i, f := range l.pkg.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*syntax.FuncDecl); ok && l.info.Funcs[fd] == l.pkg.Main {
				return i
			}
		}
	}
	return 0
}

// internalError reports that the lowering cannot spell the construct at
// n in Go, a bug of vex2go, and returns a BadExpr in its place.
func (l *lowerer) internalError(n syntax.Node, format string, args ...any) Expr {
	l.imp.ctx.diags.ErrorSpan(n.Pos(), n.End(), "internal error: %s — please report", fmt.Sprintf(format, args...))
	return &BadExpr{}
}

func (l *lowerer) pos(n syntax.Node) Pos {
	if n == nil {
		return Pos{}
	}
	return PosOf(l.fset, n.Pos())
}

func (l *lowerer) file(f *syntax.File) *File {
	base := filepath.Base(f.Name)
	out := &File{Name: base + ".go", Source: base, Imports: l.imp.list}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *syntax.StructDecl, *syntax.EnumDecl, *syntax.ContractDecl:
			if tn, ok := l.info.Defs[syntax.DeclName(d)].(*types.TypeName); ok {
				if n, ok := tn.Type.(*types.Named); ok {
					for _, td := range l.typeDecls(n, d) {
						l.emit(out, td)
					}
				}
			}
		case *syntax.TypeAliasDecl:
			if tn, ok := l.info.Defs[d.Name].(*types.TypeName); ok && tn.Type != nil {
				l.emit(out, &TypeDecl{Pos: l.pos(d), Doc: goDoc(d.Doc, l.aliasNames[tn], d.Name.Name), Name: l.aliasNames[tn],
					TypeParams: l.typeParams(tn.TypeParams), Type: l.typ(tn.Type), Alias: true})
			}
		case *syntax.FuncDecl:
			if obj := l.info.Funcs[d]; obj != nil {
				for _, fd := range l.funcDecl(obj) {
					l.emit(out, fd)
				}
				if l.release && d.Body != nil {
					l.info.Forget(d.Body)
					d.Body = nil
				}
			}
		case *syntax.ConstDecl:
			obj, ok := l.info.Defs[d.Name].(*types.Const)
			if !ok {
				continue
			}
			fl := l.newFunc(nil)
			if _, isArr := obj.Type.(*types.Array); isArr {
				// Go has no constant arrays: a variable that Vex code
				// never assigns.
				l.emit(out, &VarDecl{Pos: l.pos(d), Doc: goDoc(d.Doc, l.names[obj], d.Name.Name), Name: l.names[obj], Value: fl.expr(d.Value)})
				continue
			}
			l.emit(out, &ConstDecl{
				Pos:    l.pos(d),
				Doc:    goDoc(d.Doc, l.names[obj], d.Name.Name),
				Type:   l.typ(obj.Type),
				Names:  []string{l.names[obj]},
				Values: []Expr{fl.expr(d.Value)},
			})
		}
	}
	return out
}

// addEntry adds Go's func main, which runs the Vex main under vexrt so that
// a panic exits with status 101 and a non-zero i32 result becomes the exit
// status.
func (l *lowerer) addEntry(f *File) {
	m := l.pkg.Main
	run := &Ident{Name: l.names[m]}
	var call Expr
	switch {
	case m.Async && m.Result() == types.UnitType:
		// Awaiting main's unstarted future would run its body here: the
		// entry calls the body function (async.go).
		call = &CallExpr{Fun: rt("Main"), Args: []Expr{&Ident{Name: l.syncNames[m]}}}
	case m.Async:
		call = &CallExpr{Fun: rt("MainCode"), Args: []Expr{&Ident{Name: l.syncNames[m]}}}
	case m.Result() == types.UnitType:
		call = &CallExpr{Fun: rt("Main"), Args: []Expr{run}}
	default:
		call = &CallExpr{Fun: rt("MainCode"), Args: []Expr{run}}
	}
	l.emit(f, &FuncDecl{Pos: l.pos(m.Decl), Name: "main", Body: &Block{Stmts: []Stmt{&ExprStmt{X: call}}}})
}

// rt names a vexrt function or type.
func rt(name string) *Ident { return &Ident{Path: rtPath, Name: name} }

// typ lowers a (final) Vex type to Go.
func (l *lowerer) typ(t types.Type) Type {
	switch t := t.(type) {
	case *types.Basic:
		if t.Kind == types.Unit {
			return &NamedType{Path: rtPath, Name: "Unit"}
		}
		return &NamedType{Name: basicGo[t.Kind]}
	case *types.Tuple:
		args := make([]Type, len(t.Elems))
		for i, e := range t.Elems {
			args[i] = l.typ(e)
		}
		return &NamedType{Path: rtPath, Name: "Tuple" + strconv.Itoa(len(args)), Args: args}
	case *types.Array:
		return &ArrayType{Len: t.Len, Elem: l.elemType(t.Elem)}
	case *types.Slice:
		return &SliceType{Elem: l.elemType(t.Elem)}
	case *types.Vec:
		return &SliceType{Elem: l.elemType(t.Elem)}
	case *types.Map, *types.Set:
		return l.collectionType(t)
	case *types.Func:
		ft := &FuncType{}
		for _, p := range t.Params {
			ft.Params = append(ft.Params, l.typ(p))
		}
		if r := l.resultType(t.Result); r != nil {
			ft.Results = []Type{r}
		}
		return ft
	case *types.Ref:
		return &PointerType{Elem: l.typ(t.Elem)}
	case *types.Option:
		return &NamedType{Path: rtPath, Name: "Option", Args: []Type{l.typ(t.Elem)}}
	case *types.Result:
		return &NamedType{Path: rtPath, Name: "Result", Args: []Type{l.typ(t.Ok), l.typ(t.Err)}}
	case *types.Channel:
		return &PointerType{Elem: &NamedType{Path: rtPath, Name: "Channel", Args: []Type{l.typ(t.Elem)}}}
	case *types.Future:
		return &PointerType{Elem: &NamedType{Path: rtPath, Name: "Future", Args: []Type{l.typ(t.Elem)}}}
	case *types.Named:
		return l.named(t)
	case *types.TypeParam:
		return &NamedType{Name: t.Name}
	case *types.Duration:
		return durationType
	case *types.StdType:
		return l.stdType(t) // stdlib.go
	case *types.GoNamed, *types.GoMap, *types.GoChan, *types.GoError, *types.GoAny:
		return l.goTyp(t) // goimport.go
	}
	return &NamedType{Path: rtPath, Name: "Unit"}
}

// elemType lowers the element type of a slice or array: a u8 is a byte
// there, as Go programs spell []byte, and as go vet wants it in the
// signatures of methods such as MarshalJSON and Write.
func (l *lowerer) elemType(t types.Type) Type {
	if t == types.Typ[types.U8] {
		return &NamedType{Name: "byte"}
	}
	return l.typ(t)
}

// resultType lowers a function result: unit and never mean no result.
func (l *lowerer) resultType(t types.Type) Type {
	if t == types.UnitType || t == types.NeverType {
		return nil
	}
	return l.typ(t)
}

var basicGo = [...]string{
	types.Invalid: "any",
	types.I8:      "int8", types.I16: "int16", types.I32: "int32", types.I64: "int64", types.Isize: "int",
	types.U8: "uint8", types.U16: "uint16", types.U32: "uint32", types.U64: "uint64", types.Usize: "uint",
	types.F32: "float32", types.F64: "float64", types.Bool: "bool", types.Char: "rune",
	types.String: "string",
}
