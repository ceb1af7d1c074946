package lower

import (
	"go/token"
	"strconv"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers `await f(x)` on a direct call of an async function of
// the package without a future. An async fn lowers to a function returning
// an unstarted future of its body, and awaiting an unstarted future runs
// the body on the awaiting goroutine, so awaiting the call at once is
// calling the body. The body is a function of its own, which the future
// calls and the await calls directly:
//
//	func step(x int64) *vexrt.Future[int64] {
//		return vexrt.Async(func() int64 {
//			return stepSync(x)
//		})
//	}
//
//	func stepSync(x int64) int64 { ... }
//
// so `await step(x)` is stepSync(x): no future, no closure, no deferred
// recover. The body function of a unit async fn returns nothing, as a Go
// function would; its future's closure calls it, then returns vexrt.Unit{}. A panic in the body unwinds through the caller as it would
// through the future, which re-raises it from where it started. spawn,
// join_all, go, timeout and futures kept in variables use step as before.
//
// The body is its own function even where nothing awaits a direct call,
// and the entry of an async main calls main's body function. Go's inliner
// copies a small function such as step into its callers, closure and
// all, and the copy of the closure gets none of the inlining that the
// closure's calls get in step itself (go1.26): a loop in the body of a
// future made by an inlined call would call every small function it uses.
// A body function is compiled once, with its calls inlined.
//
// The body of an async method of a struct or of an enum without payloads
// becomes an unexported method of its own, fSync, which `await x.f(y)`
// calls; the method f keeps its future for the other uses and for the
// contracts the type satisfies.

// syncCandidate reports whether `await` of a direct call of fn may call a
// body function: fn is an async function or associated function of this
// package.
func (l *lowerer) syncCandidate(fn *types.FuncObj) bool {
	return fn.Async && fn.Recv == types.RecvNone && fn.Decl != nil && l.info.Funcs[fn.Decl] == fn
}

// syncMethod reports whether fn is an async method of a type of this
// package whose body becomes a method of its own, which `await x.f(y)`
// calls: a method of a struct or of an enum without payloads (a payload
// enum's methods are functions of the enum value).
func (l *lowerer) syncMethod(fn *types.FuncObj) bool {
	return fn.Async && fn.Recv != types.RecvNone && fn.Extends == nil && fn.Owner != nil &&
		!(fn.Owner.Kind == types.EnumKind && fn.Owner.HasPayload()) &&
		fn.Decl != nil && l.info.Funcs[fn.Decl] == fn
}

// awaitCall lowers `await f(x)` to a call of f's body function, or returns
// nil when e is not a direct call of such an async function.
func (f *funcLower) awaitCall(e *syntax.AwaitExpr) Expr {
	call, ok := syntax.Unparen(e.X).(*syntax.CallExpr)
	if !ok {
		return nil
	}
	c := f.l.info.Calls[call]
	if c == nil {
		return nil
	}
	fn := c.Func()
	name := f.l.syncNames[fn]
	if fn == nil || name == "" {
		return nil
	}
	switch c.Kind {
	case types.CallFunc:
		return &CallExpr{Fun: &Ident{Name: name}, TypeArgs: f.typeArgs(c), Args: f.callArgs(call.Args, fn)}
	case types.CallMethod:
		if sel, ok := call.Fun.(*syntax.SelectorExpr); ok && fn.Recv != types.RecvNone {
			return method(f.addressable(f.expr(sel.X), c), name, f.callArgs(call.Args, fn)...)
		}
	}
	return nil
}

// splitAsync gives fn, an async function that the package awaits directly,
// a body function declared after it: the body of the future inner that
// decl returns. A function that is neither exported nor used otherwise
// keeps the body function alone.
func (l *lowerer) splitAsync(fn *types.FuncObj, decl *FuncDecl, inner *FuncLit) []Decl {
	sync := l.syncDecl(fn, decl, inner)
	if fn.Recv != types.RecvNone {
		return []Decl{decl, sync} // the checker does not record the uses of methods
	}
	if l.info.AsyncUses[fn]&types.OtherUse != 0 || token.IsExported(decl.Name) {
		if l.info.AsyncUses[fn]&types.AwaitedCall == 0 {
			sync.Doc = sync.Name + " runs the body of the future that " + decl.Name + " returns."
		}
		return []Decl{decl, sync}
	}
	sync.Doc = goDoc(fn.Decl.Doc, sync.Name, fn.Name())
	if sync.Doc == "" && fn != l.pkg.Main {
		sync.Doc = sync.Name + " runs the body of the async fn " + fn.Name() + ". Every call of\n" + fn.Name() + " is awaited at once, so it needs no future."
	}
	return []Decl{sync}
}

// syncDecl moves the body of inner, the future that fd returns, into the
// function l.syncNames[fn], and has the future call it.
func (l *lowerer) syncDecl(fn *types.FuncObj, fd *FuncDecl, inner *FuncLit) *FuncDecl {
	name := l.syncNames[fn]
	taken := make(map[string]bool)
	for _, p := range fd.Params {
		taken[p.Name] = true
	}
	for _, tp := range fd.TypeParams {
		taken[tp.Name] = true
	}
	// The future passes its parameters on, so each needs a name.
	params := make([]*Field, len(fd.Params))
	args := make([]Expr, len(fd.Params))
	for i, p := range fd.Params {
		named := *p
		if named.Name == "_" {
			named.Name = "arg" + strconv.Itoa(i)
			for j := 2; taken[named.Name]; j++ {
				named.Name = "arg" + strconv.Itoa(i) + "_" + strconv.Itoa(j)
			}
			taken[named.Name] = true
		}
		params[i] = &named
		args[i] = &Ident{Name: named.Name}
	}
	var typeArgs []Type
	for _, tp := range fd.TypeParams {
		typeArgs = append(typeArgs, &NamedType{Name: tp.Name})
	}
	unit := fn.Result() == types.UnitType
	sync := &FuncDecl{
		Pos:        fd.Pos,
		Doc:        name + " runs the body of " + fd.Name + " on the calling goroutine:\nawait " + fd.Name + "(...) calls it directly.",
		Recv:       fd.Recv,
		Name:       name,
		TypeParams: fd.TypeParams,
		Params:     fd.Params,
		Body:       inner.Body,
	}
	if !unit {
		sync.Results = inner.Results
	}
	fd.Params = params
	call := &CallExpr{Fun: &Ident{Name: name}, TypeArgs: typeArgs, Args: args}
	if fd.Recv != nil {
		sync.Doc = name + " runs the body of " + fd.Name + " on the calling goroutine:\nawait x." + fn.Name() + "(...) calls it directly."
		call = method(&Ident{Name: fd.Recv.Name}, name, args...)
	}
	inner.Body = &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{call}}}}
	if unit {
		inner.Body.Stmts = []Stmt{&ExprStmt{X: call}, &ReturnStmt{Results: []Expr{unitValue()}}}
	}
	return sync
}
