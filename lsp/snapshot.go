package lsp

import (
	"errors"
	"fmt"
	"log"
	"runtime/debug"
	"slices"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// A snapshot is the analysis of one package as the client has it: the
// package of a directory, loaded with the open documents in place of
// their files, and the packages it imports, each checked.
//
// Its diagnostics are those of vex2go check: syntax errors, and the errors
// and warnings of each package that has no syntax errors and whose imports
// check without errors. For the requests about a file, every package is
// checked all the same, so that a file with errors still answers what it
// can (see check).
type snapshot struct {
	dir   string                           // the package's directory, absolute
	pkg   *load.Package                    // the package
	fset  *source.FileSet                  // the files of the snapshot
	files map[string]*file                 // the files of the package and of those it imports, by absolute path
	dirs  map[string]bool                  // the directories of those packages
	diags map[string][]protocol.Diagnostic // the diagnostics of each file, by absolute path

	// fields and sigs map the fields of the structs of the packages and the
	// methods of their contracts to the structs and contracts.
	fields map[*types.Field]*types.Named
	sigs   map[*types.MethodSig]*types.Named
	// typeParams maps the names in the declarations of type parameters to
	// the type parameters they declare, typeParamNames back.
	typeParams     map[*syntax.Ident]*types.TypeParam
	typeParamNames map[*types.TypeParam]*syntax.Ident
	// refs indexes the names of the package's files by what they denote,
	// once references asks for it.
	refs map[entity][]*syntax.Ident
}

// A file is a source file of a snapshot.
type file struct {
	src    *source.File
	syntax *syntax.File
	types  *types.Package // the checked package, nil if the checker panicked
}

// errNoFiles is the error of analyse for a directory without .vx files.
var errNoFiles = errors.New("no .vx files")

// analyse loads and checks the package of directory dir, whose files are
// paths, and what it imports; overlay holds the texts of the open
// documents, by absolute path, and goCache the Go packages of earlier
// analyses. A panic of the checker that is a bug goes to logger (see
// check). The error is for a problem of the file system.
func analyse(dir string, overlay map[string][]byte, paths []string, goCache *load.GoCache, logger *log.Logger) (*snapshot, error) {
	if len(paths) == 0 {
		return nil, errNoFiles
	}
	fset := source.NewFileSet()
	prog, err := (&load.Config{Overlay: overlay, ImportsAnywhere: true, GoCache: goCache}).Load(fset, paths...)
	if err != nil {
		return nil, err
	}
	snap := &snapshot{
		dir:    dir,
		fset:   fset,
		files:  make(map[string]*file),
		dirs:   make(map[string]bool),
		diags:  make(map[string][]protocol.Diagnostic),
		fields: make(map[*types.Field]*types.Named),
		sigs:   make(map[*types.MethodSig]*types.Named),

		typeParams:     make(map[*syntax.Ident]*types.TypeParam),
		typeParamNames: make(map[*types.TypeParam]*syntax.Ident),
	}
	inSnap := make(map[*load.Package]bool)
	var visit func(p *load.Package)
	visit = func(p *load.Package) {
		if inSnap[p] {
			return
		}
		inSnap[p] = true
		for _, q := range p.Imports {
			visit(q)
		}
	}
	for _, p := range prog.Packages {
		if p.Dir == dir {
			snap.pkg = p
			visit(p)
		}
	}
	if snap.pkg == nil {
		return nil, errNoFiles
	}

	var diags source.List
	errorsIn := make(map[*source.File][]source.Pos) // the syntax errors of each file
	for _, d := range prog.Diags.Diags {
		if f := fset.File(d.Pos); f != nil && inSnap[packageOf(prog, f)] {
			diags.Add(d)
			errorsIn[f] = append(errorsIn[f], d.Pos)
		}
	}
	clean := make(map[*load.Package]bool) // checked without errors
	for _, p := range prog.Order {
		if !inSnap[p] || len(p.Files) == 0 {
			continue
		}
		ready := p.Ready()
		for _, q := range p.Imports {
			ready = ready && clean[q]
		}
		var pd source.List
		p.Types = snap.check(p, errorsIn, &pd, logger)
		if ready {
			diags.Append(&pd)
			clean[p] = !pd.HasErrors()
		}
		for i, f := range p.Files {
			snap.files[f.Name()] = &file{src: f, syntax: p.Syntax[i], types: p.Types}
			snap.diags[f.Name()] = []protocol.Diagnostic{}
		}
		snap.dirs[p.Dir] = true
	}
	diags.Sort(fset)
	snap.addDiagnostics(&diags)
	return snap, nil
}

// packageOf returns the package of prog that holds the file f.
func packageOf(prog *load.Program, f *source.File) *load.Package {
	for _, p := range prog.Packages {
		for _, pf := range p.Files {
			if pf == f {
				return p
			}
		}
	}
	return nil
}

// check checks the package p, reporting to diags, and records its structs'
// fields and contracts' methods. The checker expects syntax trees without
// errors: if it panics on a package with syntax errors, whose positions
// errorsIn holds, the package is checked again without the items that
// hold them, for the requests about the others. A panic on a package
// without syntax errors is a bug of vex2go, which goes to logger and diags.
func (snap *snapshot) check(p *load.Package, errorsIn map[*source.File][]source.Pos, diags *source.List, logger *log.Logger) *types.Package {
	pkg, crash, stack := snap.tryCheck(p, p.Syntax, diags)
	if crash == nil {
		return pkg
	}
	var files []*syntax.File
	for i, f := range p.Syntax {
		files = append(files, withoutErrors(f, errorsIn[p.Files[i]]))
	}
	if slices.Equal(files, p.Syntax) {
		logger.Printf("the checker panicked on %s: %v\n%s", p.Dir, crash, stack)
		diags.Errorf(p.Files[0].Pos(0), "internal error: the checker of vex2go failed on this package: %v", crash)
		return nil
	}
	pkg, crash, _ = snap.tryCheck(p, files, new(source.List))
	if crash != nil {
		return nil
	}
	return pkg
}

// tryCheck checks the files of package p, reporting to diags, and returns
// the checked package or what the checker panicked with, and where.
func (snap *snapshot) tryCheck(p *load.Package, files []*syntax.File, diags *source.List) (pkg *types.Package, crash any, stack []byte) {
	defer func() {
		if r := recover(); r != nil {
			pkg, crash, stack = nil, r, debug.Stack()
		}
	}()
	pkg = types.CheckPackage(snap.fset, files, &types.Config{Importer: p.Importer()}, diags)
	for _, n := range pkg.Named {
		for _, f := range n.Fields {
			snap.fields[f] = n
		}
		for _, m := range n.Sigs {
			snap.sigs[m] = n
		}
		snap.addTypeParams(declTypeParams(n.Obj.Decl), n.TypeParams)
	}
	for d, f := range pkg.Info.Funcs {
		if own := len(f.TypeParams) - len(d.TypeParams); own >= 0 {
			snap.addTypeParams(d.TypeParams, f.TypeParams[own:])
		}
	}
	return pkg, nil, nil
}

// addTypeParams records the type parameters tps that the declarations ds
// declare.
func (snap *snapshot) addTypeParams(ds []*syntax.TypeParam, tps []*types.TypeParam) {
	for i, d := range ds {
		if i < len(tps) {
			snap.typeParams[d.Name] = tps[i]
			snap.typeParamNames[tps[i]] = d.Name
		}
	}
}

// declTypeParams returns the type parameters of a declaration of a type.
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

// withoutErrors returns f without the items that have errors, at a
// position of errs between the start of the item and that of the next, or
// f itself if none has.
func withoutErrors(f *syntax.File, errs []source.Pos) *syntax.File {
	var keep []syntax.Decl
	for i, d := range f.Decls {
		end := f.End() + 1
		if i+1 < len(f.Decls) {
			end = f.Decls[i+1].Pos()
		}
		if !slices.ContainsFunc(errs, func(p source.Pos) bool { return d.Pos() <= p && p < end }) {
			keep = append(keep, d)
		}
	}
	if len(keep) == len(f.Decls) {
		return f
	}
	g := *f
	g.Decls = keep
	return &g
}

// diagnosticSource names vex2go as the source of the diagnostics.
var diagnosticSource = "vex2go"

// addDiagnostics converts the diagnostics of the frontend into those of
// the protocol, by file. A list cut short at source.MaxErrors ends with a
// diagnostic that says so, at the last one.
func (snap *snapshot) addDiagnostics(diags *source.List) {
	var last *protocol.Diagnostic
	var lastPath string
	for _, d := range diags.Diags {
		f := snap.fset.File(d.Pos)
		if f == nil || snap.files[f.Name()] == nil {
			continue
		}
		start, end := f.Extent(d)
		severity := protocol.DiagnosticSeverityError
		if d.Severity == source.Warning {
			severity = protocol.DiagnosticSeverityWarning
		}
		pd := protocol.Diagnostic{Range: rangeOf(f, start, end), Severity: &severity, Source: &diagnosticSource, Message: d.Msg}
		snap.diags[f.Name()] = append(snap.diags[f.Name()], pd)
		last, lastPath = &pd, f.Name()
	}
	if diags.TooMany() && last != nil {
		tooMany := *last
		tooMany.Message = fmt.Sprintf("too many errors: vex2go stops after %d", source.MaxErrors)
		snap.diags[lastPath] = append(snap.diags[lastPath], tooMany)
	}
}

// imports reports whether the package of dir is part of the snapshot.
func (snap *snapshot) imports(dir string) bool { return snap.dirs[dir] }

// fileAt returns the file that holds pos, or nil.
func (snap *snapshot) fileAt(pos source.Pos) *file {
	if f := snap.fset.File(pos); f != nil {
		return snap.files[f.Name()]
	}
	return nil
}

// info returns what the checker recorded about the file's package, or nil
// if the checker panicked.
func (f *file) info() *types.Info {
	if f.types == nil {
		return nil
	}
	return f.types.Info
}
