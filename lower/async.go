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
// calling the body. When the package awaits f directly, the body becomes a
// function of its own, which the future calls and the await calls directly:
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
// recover. A panic in the body unwinds through the caller as it would
// through the future, which re-raises it from where it started. spawn,
// join_all, go, timeout and futures kept in variables use step as before.
// Methods keep the future, lest the body add a method to the type.

// asyncBody is the lowering of an async function that may be split.
type asyncBody struct {
	fn   *types.FuncObj
	decl *FuncDecl // the function returning the future
	body *FuncLit  // the future's body
}

// syncCandidate reports whether `await` of a direct call of fn may call a
// body function: fn is an async function or associated function of this
// package.
func (l *lowerer) syncCandidate(fn *types.FuncObj) bool {
	return fn.Async && fn.Recv == types.RecvNone && fn.Decl != nil && l.info.Funcs[fn.Decl] == fn
}

// awaitCall lowers `await f(x)` to a call of f's body function, or returns
// nil when e is not a direct call of such an async function.
func (f *funcLower) awaitCall(e *syntax.AwaitExpr) Expr {
	x := e.X
	for p, ok := x.(*syntax.ParenExpr); ok; p, ok = x.(*syntax.ParenExpr) {
		x = p.X
	}
	call, ok := x.(*syntax.CallExpr)
	if !ok {
		return nil
	}
	c := f.l.info.Calls[call]
	if c == nil || c.Kind != types.CallFunc {
		return nil
	}
	fn := c.Func()
	name := f.l.syncNames[fn]
	if fn == nil || name == "" {
		return nil
	}
	f.l.awaited[fn] = true
	return &CallExpr{Fun: &Ident{Name: name}, TypeArgs: f.typeArgs(c), Args: f.callArgs(call.Args, fn)}
}

// splitAsync gives each async function that the package awaits directly a
// body function, declared after it. A function that is neither exported nor
// used otherwise keeps the body function alone.
func (l *lowerer) splitAsync(files []*File) {
	if len(l.awaited) == 0 {
		return
	}
	for _, file := range files {
		var decls []Decl
		for _, d := range file.Decls {
			fd, ok := d.(*FuncDecl)
			ab := l.asyncBodies[fd]
			if !ok || ab == nil || !l.awaited[ab.fn] {
				decls = append(decls, d)
				continue
			}
			sync := l.syncDecl(ab)
			if l.referenced[ab.fn] || token.IsExported(fd.Name) {
				decls = append(decls, fd, sync)
				continue
			}
			sync.Doc = goDoc(ab.fn.Decl.Doc, sync.Name, ab.fn.Name())
			if sync.Doc == "" {
				sync.Doc = sync.Name + " runs the body of the async fn " + ab.fn.Name() + ". Every call of\n" + ab.fn.Name() + " is awaited at once, so it needs no future."
			}
			decls = append(decls, sync)
		}
		file.Decls = decls
	}
}

// syncDecl moves the body of the future that ab.decl returns into the
// function l.syncNames[ab.fn], and has the future call it.
func (l *lowerer) syncDecl(ab *asyncBody) *FuncDecl {
	name := l.syncNames[ab.fn]
	fd := ab.decl
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
	sync := &FuncDecl{
		Pos:        fd.Pos,
		Doc:        name + " runs the body of " + fd.Name + " on the calling goroutine:\nawait " + fd.Name + "(...) calls it directly.",
		Name:       name,
		TypeParams: fd.TypeParams,
		Params:     fd.Params,
		Results:    ab.body.Results,
		Body:       ab.body.Body,
	}
	fd.Params = params
	ab.body.Body = &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{&CallExpr{Fun: &Ident{Name: name}, TypeArgs: typeArgs, Args: args}}}}}
	return sync
}
