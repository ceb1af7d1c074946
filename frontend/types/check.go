package types

import (
	"go/token"
	gotypes "go/types"
	"strings"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// Package is a type-checked Vex package.
type Package struct {
	Files []*syntax.File
	Scope *Scope
	Info  *Info
	Main  *FuncObj // the entry point, or nil
	Named []*Named // the package's structs, enums and contracts

	Imports []*Package        // the packages it imports, in order of first import (imports.go)
	Exports map[string]Object // what other packages may import: exported items and re-exports
	// Extensions are the exported extension methods, which a package that
	// imports this one may call as methods (imports.go).
	Extensions []*FuncObj

	Std string // the import path of a standard module ("sync"), which has no files (stdlib.go); "" otherwise

	Go     *gotypes.Package // the Go package of a go: import, which has no files (goimport.go)
	GoFset *token.FileSet   // the positions of the Go objects it uses, or that Go declares
}

// Check type-checks the files of one package, reporting problems to diags.
// It serves no imports but the standard modules; see CheckPackage.
func Check(fset *source.FileSet, files []*syntax.File, diags *source.List) *Package {
	return CheckPackage(fset, files, nil, diags)
}

func check(fset *source.FileSet, files []*syntax.File, importer Importer, diags *source.List) *Package {
	c := &checker{fset: fset, diags: diags, info: newInfo(), importer: importer,
		negated:    make(map[*syntax.BasicLit]syntax.Node),
		resolving:  make(map[*TypeName]bool),
		funcScopes: make(map[*FuncObj]*Scope),
		recvTypes:  make(map[*FuncObj]Type),
		extensions: make(map[extKey]*FuncObj),
		downcasts:  make(map[*syntax.CallExpr]Type),
	}
	c.pkg = NewScope(universe)
	pkg := &Package{Files: files, Scope: c.pkg, Info: c.info}
	defer func() { pkg.Named = c.named }()
	c.refuseUnsupported(files)
	c.importDecls(files)
	c.collect(files)
	c.importExtensions()
	for _, f := range files {
		for _, d := range f.Decls {
			c.decl(d)
		}
	}
	c.checkConstCycles()
	c.checkKeys()
	c.checkDeclaredContracts()
	c.checkValueContracts()
	if obj, ok := c.pkg.LookupLocal("main").(*FuncObj); ok {
		pkg.Main = obj
		c.checkMain(obj)
	}
	pkg.Named = c.named
	pkg.GoFset = c.gos.fset
	c.finishImports(pkg)
	return pkg
}

type checker struct {
	fset  *source.FileSet
	diags *source.List
	info  *Info
	pkg   *Scope

	constInts map[*Const]constIntResult // namedIntConst's results
	fn        *funcCtx                  // the function, closure or go block being checked

	negated    map[*syntax.BasicLit]syntax.Node // literals under a unary minus, and the minus, for range checks
	named      []*Named                         // user types, in declaration order
	consts     []*Const                         // the package's constants, in declaration order
	resolving  map[*TypeName]bool               // aliases being resolved, to report cycles
	funcScopes map[*FuncObj]*Scope              // scope of each function's type parameters
	recvTypes  map[*FuncObj]Type                // type of each method's self

	extensions     map[extKey]*FuncObj       // the extension methods of built-in types
	bound          bool                      // the type being resolved bounds a type (boundType)
	whole          syntax.Pattern            // the pattern of the match arm, if let or while let being checked
	nestedOr       bool                      // a | pattern inside whole binds names
	valueContracts []valueContract           // contracts written as the types of values
	keys           []keyCheck                // Map key and Set element types, checked after the bodies
	awaitedCall    *syntax.CallExpr          // the call that the await being checked awaits at once
	downcasts      map[*syntax.CallExpr]Type // the type argument T of each x.downcast<T>()

	importer Importer     // serves the imports of other packages
	imp      *importState // the package's imports (imports.go)

	goTypes goMapper // the Vex types of Go types (gotypes.go)
	gos     goState  // the Go declarations used (goimport.go)
}

// funcCtx is the context of a function body, closure body or go block.
type funcCtx struct {
	outer   *funcCtx
	root    *funcCtx // the top-level function: inference is per top-level body
	name    string   // enclosing function name, for diagnostics
	result  Type     // what `return` must produce
	async   bool     // await is allowed
	goStmt  *syntax.GoStmt
	closure bool
	// A closure whose result type nothing declared, and the ?s in it that
	// were checked before its result type was known.
	inferred bool
	tries    []pendingTry
	loops    []*loopCtx
	// The receiver of a method declared self: &T, which holds the value
	// itself, so that *self is self.
	sharedSelf *Local

	// Collected on the root for finalisation once the body is checked.
	exprs  []syntax.Expr
	pats   []syntax.Pattern
	lits   []*syntax.BasicLit
	holes  []hole
	local  []*Local
	calls  []*Call
	bounds []boundCheck
	finals []func() // checks that need the final types, such as Go constraints (gocall.go)
}

// what names the function of fc in diagnostics about its returns: a return
// in a closure returns from the closure.
func (fc *funcCtx) what() string {
	if fc.closure {
		return "the closure"
	}
	return fc.name
}

// hole is an inference variable that must be resolved by the end of the body.
type hole struct {
	v    *Var
	node syntax.Node
	what string
}

type loopCtx struct {
	label    string
	isLoop   bool // `loop`, which may break with a value
	result   Type // type of break values
	hasBreak bool
}

func (c *checker) errorf(n syntax.Node, format string, args ...any) {
	c.diags.ErrorSpan(n.Pos(), n.End(), format, args...)
}

// collect declares every top-level item in the package scope before any
// body is checked, so that items may refer to each other in any order:
// first type names, then aliases, then type members, then signatures.
func (c *checker) collect(files []*syntax.File) {
	var aliases []*syntax.TypeAliasDecl
	var funcs []*syntax.FuncDecl
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *syntax.StructDecl, *syntax.EnumDecl, *syntax.ContractDecl:
				c.declareNamed(d)
			case *syntax.TypeAliasDecl:
				obj := &TypeName{object: object{d.Name.Name, d.Name.Pos()}, Decl: d}
				c.declare(c.pkg, d.Name, obj)
				aliases = append(aliases, d)
			case *syntax.FuncDecl:
				funcs = append(funcs, d)
			case *syntax.ConstDecl:
				obj := &Const{object: object{d.Name.Name, d.Name.Pos()}, Decl: d}
				c.declare(c.pkg, d.Name, obj)
				c.consts = append(c.consts, obj)
			case *syntax.UnsupportedDecl:
				c.declareUnsupported(d)
			case *syntax.BadDecl, *syntax.ImportDecl:
			default:
				c.errorf(d, "%s is not supported yet", declKind(d))
			}
		}
	}
	for _, d := range aliases {
		if obj, ok := c.info.Defs[d.Name].(*TypeName); ok {
			c.resolveAlias(obj)
		}
	}
	for _, n := range c.named {
		c.completeNamed(n)
	}
	c.checkRecursive()
	for _, n := range c.named {
		if n.Kind == ContractKind {
			c.checkEmbedding(n)
		}
	}
	// A constant's type is written, so bodies may use it before its
	// declaration, in any file of the package, as they may use functions.
	for _, obj := range c.consts {
		c.constType(obj)
	}
	for _, d := range funcs {
		c.collectFunc(d)
	}
}

// resolveAlias resolves a type alias, reporting cycles.
func (c *checker) resolveAlias(obj *TypeName) Type {
	if obj.Type != nil {
		return obj.Type
	}
	d := obj.Decl.(*syntax.TypeAliasDecl)
	if c.resolving[obj] {
		c.errorf(d.Name, "type alias %s refers to itself", d.Name.Name)
		obj.Type = InvalidType
		return obj.Type
	}
	c.resolving[obj] = true
	scope := c.pkg
	if len(d.TypeParams) > 0 {
		// A generic alias, type Grid<T> = Vec<Vec<T>>, as Go has them.
		for i, tp := range d.TypeParams {
			obj.TypeParams = append(obj.TypeParams, &TypeParam{Name: tp.Name.Name, Index: i})
		}
		scope = c.typeParamScope(scope, obj.TypeParams, d.TypeParams)
	}
	t := c.typeIn(scope, d.Type)
	delete(c.resolving, obj)
	if obj.Type == nil {
		obj.Type = t
	}
	return obj.Type
}

func declKind(d syntax.Decl) string {
	switch d.(type) {
	case *syntax.StructDecl:
		return "struct declaration"
	case *syntax.EnumDecl:
		return "enum declaration"
	case *syntax.ContractDecl:
		return "contract declaration"
	case *syntax.TypeAliasDecl:
		return "type alias"
	case *syntax.ImportDecl:
		return "import"
	}
	return "declaration"
}

func (c *checker) declare(s *Scope, id *syntax.Ident, obj Object) {
	if prev := s.LookupLocal(id.Name); prev != nil && s == c.pkg {
		_, f1 := prev.(*FuncObj)
		_, f2 := obj.(*FuncObj)
		if f1 && f2 {
			c.errorf(id, "function overloading is not supported by vex2go: %s is already declared at %s", id.Name, c.fset.Position(prev.Pos()))
			return
		}
		c.errorf(id, "%s redeclared in this package (previous declaration at %s)", id.Name, c.fset.Position(prev.Pos()))
		return
	}
	s.Insert(obj)
	c.info.Defs[id] = obj
}

// collectFunc declares a function, method or associated function with its
// signature.
func (c *checker) collectFunc(d *syntax.FuncDecl) {
	if oldStyleOperator(d) || c.refusedSignature(d) {
		return
	}
	name := d.Name.Name
	if d.Op != syntax.ILLEGAL {
		if name = c.operatorName(d.Name, d.Op, len(d.Params)); name == "" {
			return
		}
	}
	obj := &FuncObj{object: object{name, d.Name.Pos()}, Decl: d, Async: d.Async, Export: d.Export}
	scope := c.pkg
	var owner *Named
	var recvType Type
	switch {
	case d.Recv != nil:
		owner, recvType, scope = c.receiver(d.Recv, obj)
		if owner == nil && obj.Extends == nil {
			return
		}
		if obj.Extends != nil && d.Op != syntax.ILLEGAL {
			c.errorf(d.Name, "operator methods can only be declared on structs and enums")
			return
		}
	case d.Assoc != nil:
		tn, ok := c.pkg.Lookup(d.Assoc.Name).(*TypeName)
		n, isNamed := Type(nil), false
		if ok {
			n = tn.Type
			_, isNamed = n.(*Named)
		}
		if !isNamed || n.(*Named).Kind == ContractKind || !c.isOwn(n.(*Named)) {
			c.errorf(d.Assoc, "%s is not a struct or enum declared in this package", d.Assoc.Name)
			return
		}
		// An associated function declares its own type parameters, as in
		// fn Stack.new<T>(): Stack<T>.
		c.info.Uses[d.Assoc] = tn
		owner = n.(*Named)
	}
	if d.Recv != nil && len(d.TypeParams) > 0 {
		c.errorf(d.TypeParams[0], "a method cannot have type parameters of its own (Go methods cannot); make it a generic function")
		return
	}
	own := make([]*TypeParam, len(d.TypeParams))
	for i, tp := range d.TypeParams {
		own[i] = &TypeParam{Name: tp.Name.Name, Index: len(obj.TypeParams) + i}
	}
	scope = c.typeParamScope(scope, own, d.TypeParams)
	obj.TypeParams = append(obj.TypeParams, own...)
	if owner != nil && obj.Extends == nil && (d.Recv != nil || len(owner.TypeParams) == 0) {
		self := NewScope(scope)
		selfType := Type(owner)
		if len(owner.TypeParams) > 0 {
			args := make([]Type, len(owner.TypeParams))
			for i, tp := range owner.TypeParams {
				args[i] = tp
			}
			selfType = owner.instantiate(args)
		}
		self.Insert(&TypeName{object: object{name: "Self"}, Type: selfType})
		scope = self
	}
	sig := &Func{Result: UnitType}
	params := d.Params
	if d.Recv != nil {
		params = append([]*syntax.Param{d.Recv}, params...)
	}
	c.distinctParams(params)
	for _, p := range d.Params {
		var t Type = InvalidType
		if p.Type == nil {
			c.errorf(p, "parameter %s needs a type", p.Name.Name)
		} else {
			t = c.typeIn(scope, p.Type)
			c.checkNoCopy(t, p.Type, "parameter "+p.Name.Name) // goexpr.go
		}
		if p.Default == nil && len(obj.Defaults) > 0 && obj.Defaults[len(obj.Defaults)-1] != nil {
			c.errorf(p, "parameter %s needs a default value: only trailing parameters may have defaults", p.Name.Name)
		}
		obj.Defaults = append(obj.Defaults, p.Default)
		sig.Params = append(sig.Params, t)
	}
	if d.Result != nil {
		sig.Result = c.typeIn(scope, d.Result)
	}
	if d.Async {
		sig.Result = &Future{Elem: sig.Result}
	}
	obj.Sig = sig
	obj.Owner = owner
	if d.Op != syntax.ILLEGAL && !c.checkOperatorSig(d, name, sig) {
		return
	}
	c.info.Funcs[d] = obj
	c.funcScopes[obj] = scope
	switch {
	case obj.Extends != nil:
		key := extKey{obj.Extends, name}
		switch {
		case lookupMethod(obj.Extends, name) != nil:
			c.errorf(d.Name, "%s already has a method %s", obj.Extends, name)
			return
		case c.extensions[key] != nil:
			c.errorf(d.Name, "%s.%s redeclared", obj.Extends, name)
			return
		}
		c.extensions[key] = obj
	case owner != nil:
		if owner.Methods[name] != nil {
			c.errorf(d.Name, "%s.%s redeclared", owner.Obj.Name(), name)
			return
		}
		if owner.Kind == StructKind && owner.LookupField(name) != nil {
			c.errorf(d.Name, "%s has both a field and a method named %s", owner.Obj.Name(), name)
			return
		}
		if positional := owner.Tuple || owner.Kind == EnumKind && owner.HasPayload(); positional && isFieldV(d.Name.Name) {
			c.errorf(d.Name, "%s cannot have a method named %s: its values hold their fields in Go fields V0, V1, ...", owner.Obj.Name(), d.Name.Name)
			return
		}
		if owner.Kind == EnumKind && owner.HasPayload() && obj.Recv == RecvMutRef {
			c.errorf(d.Recv, "a method of an enum with payloads cannot take self: &%s!: return a new value instead", owner.Obj.Name())
		}
		owner.Methods[name] = obj
	default:
		c.declare(c.pkg, d.Name, obj)
		return
	}
	c.info.Defs[d.Name] = obj
	c.recvTypes[obj] = recvType
}

// extKey names an extension method: its built-in type and its name.
type extKey struct {
	t    *Basic
	name string
}

// oldStyleOperator reports an operator function without a receiver or
// without op (fn +(a, b)), which refuseOperatorFunc refuses.
func oldStyleOperator(d *syntax.FuncDecl) bool {
	return d.Op != syntax.ILLEGAL && (d.Recv == nil || !strings.HasPrefix(d.Name.Name, "op"))
}

// receiver resolves a method receiver `self: &T`, `self: &T!` or `self: T`.
// For a generic T, the receiver's type arguments name the type parameters.
func (c *checker) receiver(p *syntax.Param, obj *FuncObj) (*Named, Type, *Scope) {
	t := p.Type
	if t == nil {
		return nil, nil, nil // a syntax error, reported already
	}
	obj.Recv = RecvValue
	if r, ok := t.(*syntax.RefType); ok {
		obj.Recv = RecvRef
		if r.Mut {
			obj.Recv = RecvMutRef
		}
		t = r.Elem
	}
	nt, ok := t.(*syntax.NamedType)
	var n *Named
	if ok && nt.Pkg == nil {
		if tn, ok := c.pkg.Lookup(nt.Name.Name).(*TypeName); ok {
			n, _ = tn.Type.(*Named)
			c.info.Uses[nt.Name] = tn
		}
	}
	if ok && n == nil && len(nt.Args) == 0 {
		if tn, ok := c.pkg.Lookup(nt.Name.Name).(*TypeName); ok {
			if b, ok := tn.Type.(*Basic); ok && b != UnitType {
				// An extension method of a built-in type: fn (self: &string) shout().
				obj.Extends = b
				c.info.Uses[nt.Name] = tn
				var recv Type = b
				if obj.Recv == RecvMutRef {
					recv = &Ref{Elem: b, Mut: true}
				}
				scope := NewScope(c.pkg)
				scope.Insert(&TypeName{object: object{name: "Self"}, Type: b})
				return nil, recv, scope
			}
		}
	}
	if n == nil || n.Kind == ContractKind || !c.isOwn(n) {
		c.errorf(p.Type, "a method receiver must be a struct or enum declared in this package, or a built-in type such as string or i64")
		return nil, nil, nil
	}
	if len(nt.Args) != 0 && len(nt.Args) != len(n.TypeParams) {
		c.errorf(p.Type, "%s needs %d type argument%s, found %d", n.Obj.Name(), len(n.TypeParams), plural(len(n.TypeParams)), len(nt.Args))
		return nil, nil, nil
	}
	// The receiver's type arguments are the method's names for the type's
	// parameters: fn (self: &Stack<T>) push(x: T).
	scope := NewScope(c.pkg)
	args := make([]Type, len(n.TypeParams))
	for i, tp := range n.TypeParams {
		name := tp.Name
		if i < len(nt.Args) {
			if a, ok := nt.Args[i].(*syntax.NamedType); ok && a.Pkg == nil && len(a.Args) == 0 {
				name = a.Name.Name
			}
		}
		scope.Insert(&TypeName{object: object{name: name}, Type: tp})
		args[i] = tp
	}
	obj.TypeParams = append(obj.TypeParams, n.TypeParams...)
	var self Type = n
	if len(args) > 0 {
		self = n.instantiate(args)
	}
	// Only &T! needs a reference: a shared &T cannot change the value, so
	// self is the value itself, as with a T receiver.
	recv := self
	if obj.Recv == RecvMutRef {
		recv = &Ref{Elem: self, Mut: true}
	}
	return n, recv, scope
}

func (c *checker) decl(d syntax.Decl) {
	switch d := d.(type) {
	case *syntax.FuncDecl:
		if obj := c.info.Funcs[d]; obj != nil {
			c.funcBody(obj)
		}
	case *syntax.ConstDecl:
		if obj, ok := c.info.Defs[d.Name].(*Const); ok {
			c.constDecl(obj, nil)
		}
	}
}

// constDecl checks a constant declaration; scope is nil at top level.
func (c *checker) constDecl(obj *Const, scope *Scope) {
	d := obj.Decl
	if c.constType(obj) == InvalidType && d.Type == nil {
		return
	}
	c.withBody(d.Name.Name, obj.Type, false, func(fc *funcCtx) {
		if scope == nil {
			scope = NewScope(c.pkg)
		}
		errs := c.diags.ErrorCount()
		t := c.expr(scope, d.Value, obj.Type)
		if c.diags.ErrorCount() > errs {
			return // reported: an undefined name, say
		}
		c.assignable(t, obj.Type, d.Value)
		if !isConstExpr(d.Value, scope, c.info) {
			c.errorf(d.Value, "the value of constant %s is not a constant expression", d.Name.Name)
		}
	})
}

// distinctParams reports a name given to two parameters of one function
// or closure, which Go refuses and which would hide the first one.
func (c *checker) distinctParams(params []*syntax.Param) {
	seen := make(map[string]bool, len(params))
	for _, p := range params {
		if name := p.Name.Name; name != "_" {
			if seen[name] {
				c.errorf(p.Name, "duplicate parameter %s", name)
			}
			seen[name] = true
		}
	}
}

// constType resolves the written type of a constant once.
func (c *checker) constType(obj *Const) Type {
	if obj.Type != nil {
		return obj.Type
	}
	d := obj.Decl
	if d.Type == nil {
		c.errorf(d.Name, "constant %s needs a type: const %s: T = value", d.Name.Name, d.Name.Name)
		obj.Type = InvalidType
		return obj.Type
	}
	obj.Type = c.typeExpr(d.Type)
	return obj.Type
}

// isConstObj reports whether obj is a constant of Vex or of Go.
func isConstObj(obj Object) bool {
	if g, ok := obj.(*GoObj); ok {
		_, ok = g.Obj.(*gotypes.Const)
		return ok
	}
	_, ok := obj.(*Const)
	return ok
}

// isConstExpr reports whether e is built from literals, constants and operators.
func isConstExpr(e syntax.Expr, s *Scope, info *Info) bool {
	switch e := e.(type) {
	case *syntax.BasicLit, *syntax.BoolLit:
		return true
	case *syntax.Ident:
		return isConstObj(info.Uses[e])
	case *syntax.SelectorExpr: // m.NAME, a constant of an imported package
		return isConstObj(info.Uses[e.Sel])
	case *syntax.ParenExpr:
		return isConstExpr(e.X, s, info)
	case *syntax.UnaryExpr:
		return e.Op != syntax.AND && e.Op != syntax.ANDMUT && e.Op != syntax.ARROW && isConstExpr(e.X, s, info)
	case *syntax.BinaryExpr:
		return isConstExpr(e.X, s, info) && isConstExpr(e.Y, s, info)
	case *syntax.CastExpr:
		return isConstExpr(e.X, s, info)
	case *syntax.ArrayExpr: // a fixed array of constants: const PRIMES: [u8; 3] = [2, 3, 5]
		if _, ok := info.Types[e].(*Array); !ok {
			return false
		}
		for _, x := range e.Elems {
			if !isConstExpr(x, s, info) {
				return false
			}
		}
		return e.Count == nil || isConstExpr(e.Count, s, info)
	}
	return false
}

func (c *checker) checkMain(obj *FuncObj) {
	d := obj.Decl
	if len(d.Params) > 0 {
		c.errorf(d.Params[0], "main takes no parameters")
	}
	if r := obj.Result(); r != UnitType && r != Typ[I32] && r != InvalidType {
		c.errorf(d.Result, "main must return nothing or i32, not %s", r)
	}
}

// withBody runs check in a fresh top-level inference context and then
// finalises every type recorded in it.
func (c *checker) withBody(name string, result Type, async bool, check func(*funcCtx)) {
	fc := &funcCtx{name: name, result: result, async: async}
	fc.root = fc
	saved := c.fn
	c.fn = fc
	check(fc)
	c.fn = saved
	c.finalize(fc)
}

func (c *checker) funcBody(obj *FuncObj) {
	d := obj.Decl
	for i, def := range obj.Defaults {
		if def == nil {
			continue
		}
		// A default is evaluated at each call site, so it may use only
		// package-level names.
		t := obj.Sig.Params[i]
		c.withBody(d.Name.Name, t, false, func(*funcCtx) {
			c.assignable(c.expr(c.pkg, def, t), t, def)
		})
	}
	if d.Body == nil {
		return // a syntax error, reported already
	}
	c.withBody(d.Name.Name, obj.Result(), obj.Async, func(fc *funcCtx) {
		scope := NewScope(c.funcScopes[obj])
		if obj.Recv != RecvNone {
			self := c.declareLocal(scope, d.Recv.Name, c.recvTypes[obj], obj.Recv == RecvMutRef, true)
			if obj.Recv == RecvRef {
				fc.sharedSelf = self
			}
		}
		for i, p := range d.Params {
			c.declareLocal(scope, p.Name, obj.Sig.Params[i], p.Mut, true)
		}
		c.body(scope, d.Body, obj.Result(), d.Name.Name)
		c.checkLateInit(d.Body)
		c.checkGuards(d.Body)
		if len(obj.TypeParams) > 0 {
			fc.finals = append(fc.finals, func() { c.checkSelfInstantiation(obj, fc.exprs) })
		}
	})
}

// checkSelfInstantiation refuses a generic function that calls itself
// with a type argument built from its own type parameters, f<[T; 1]> in
// f<T>: each call would need another instance, which Go refuses as an
// instantiation cycle.
func (c *checker) checkSelfInstantiation(obj *FuncObj, exprs []syntax.Expr) {
	fin := finalizer{}
	for _, e := range exprs {
		call, ok := e.(*syntax.CallExpr)
		if !ok || c.info.Calls[call] == nil || c.info.Calls[call].Func() != obj {
			continue
		}
		for i, ta := range c.info.Calls[call].TypeArgs {
			ta = fin.final(ta)
			if _, plain := ta.(*TypeParam); plain || i >= len(obj.TypeParams) {
				continue
			}
			for _, tp := range obj.TypeParams {
				if mentions(ta, tp) {
					c.errorf(call, "%s calls itself with %s = %s, built from its own type parameters: Go cannot instantiate such a recursion", obj.Name(), obj.TypeParams[i].Name, ta)
					return
				}
			}
		}
	}
}

// body checks a function or closure body whose value is the result.
func (c *checker) body(scope *Scope, b *syntax.Block, result Type, name string) {
	result = Resolve(result)
	t := c.block(scope, b, result, result != UnitType)
	if result == UnitType || result == InvalidType {
		return
	}
	if result == NeverType {
		if t != NeverType && !terminates(b, c.info) {
			c.diags.Errorf(b.End()-1, "%s returns never, but the end of its body can be reached; end it with panic(...) or a loop without break", name)
		}
		return
	}
	if value, hasValue := BlockValue(b); hasValue {
		if t == UnitType && !unifiable(t, result) {
			switch value.(type) {
			case *syntax.IfExpr, *syntax.MatchExpr, *syntax.LoopExpr, *syntax.Block:
				c.diags.Errorf(b.End()-1, "missing return at end of %s (it returns %s)", name, result)
			default:
				c.errorf(value, "missing return value: %s returns %s, but this last expression has no value", name, result)
			}
			return
		}
		c.assignable(t, result, value)
		return
	}
	if !terminates(b, c.info) {
		c.diags.Errorf(b.End()-1, "missing return at end of %s (it returns %s)", name, result)
	}
}

func (c *checker) declareLocal(s *Scope, id *syntax.Ident, t Type, mut, param bool) *Local {
	l := &Local{object: object{id.Name, id.Pos()}, Type: t, Mut: mut, Param: param, ctx: c.fn}
	if id.Name == "_" {
		return l
	}
	s.Insert(l)
	c.info.Defs[id] = l
	c.fn.root.local = append(c.fn.root.local, l)
	return l
}

// finalize replaces inference variables by their final types in everything
// recorded for one top-level body, applies literal defaults, and reports
// literals that do not fit their type and types that could not be inferred.
func (c *checker) finalize(fc *funcCtx) {
	c.inferFromBounds(fc)
	for _, h := range fc.holes {
		if v, free := Resolve(h.v).(*Var); free && v.Kind == AnyKind {
			c.errorf(h.node, "cannot infer the type of %s; add a type annotation", h.what)
			h.v.bound = InvalidType
		}
	}
	fin := finalizer{}
	for _, e := range fc.exprs {
		c.info.Types[e] = fin.final(c.info.Types[e])
		if t, ok := c.info.Implicit[e]; ok {
			c.info.Implicit[e] = fin.final(t)
		}
	}
	for _, p := range fc.pats {
		c.info.Pats[p] = fin.final(c.info.Pats[p])
	}
	for _, call := range fc.calls {
		if call.Recv != nil {
			call.Recv = fin.final(call.Recv)
		}
		if call.Type != nil {
			call.Type = fin.final(call.Type)
		}
	}
	for _, l := range fc.local {
		l.Type = fin.final(l.Type)
	}
	for _, lit := range fc.lits {
		c.checkLitRange(lit)
	}
	for _, e := range fc.exprs {
		if be, ok := e.(*syntax.BinaryExpr); ok {
			c.checkConstRange(be)
		}
	}
	for _, b := range fc.bounds {
		c.checkBounds(b)
	}
	for _, f := range fc.finals {
		f()
	}
	// What the body recorded for finalisation is garbage now; the locals
	// would keep it alive through their context.
	for _, l := range fc.local {
		l.ctx = nil
	}
	*fc = funcCtx{}
}

// refuseDollarName refuses a declared name that starts with $: only the
// prelude's functions have one ($println), and Go identifiers cannot.
func (c *checker) refuseDollarName(n syntax.Node) {
	var id *syntax.Ident
	switch n := n.(type) {
	case *syntax.StructDecl:
		id = n.Name
	case *syntax.EnumDecl:
		id = n.Name
	case *syntax.ContractDecl:
		id = n.Name
	case *syntax.FuncDecl:
		id = n.Name
	case *syntax.ConstDecl:
		id = n.Name
	case *syntax.TypeAliasDecl:
		id = n.Name
	case *syntax.Field:
		id = n.Name
	case *syntax.Variant:
		id = n.Name
	case *syntax.Param:
		id = n.Name
	case *syntax.IdentPat:
		id = n.Name
	case *syntax.TypeParam:
		id = n.Name
	}
	if id != nil && len(id.Name) > 0 && id.Name[0] == '$' {
		c.errorf(id, "%s: a declared name cannot start with $ (only prelude functions such as $println have $ names)", id.Name)
	}
}
