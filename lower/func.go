package lower

import (
	"maps"
	"strconv"
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// funcLower lowers one function body. Closures and go blocks inside it
// share it, since they share its locals.
type funcLower struct {
	l           *lowerer
	out         *[]Stmt           // the statement list being filled
	scopes      []map[string]bool // Go names declared in each open Go block
	locals      map[*types.Local]string
	subst       map[*types.Local]Expr // bindings read in a match guard before they are declared
	stmtsNeeded map[syntax.Expr]bool  // the answers of needsStmts
	avoid       map[string]bool       // every identifier in the body: temporaries avoid them
	user        map[string]bool       // every identifier in the body
	labels      map[string]bool       // the Go labels of the function
	spelled     map[string]string     // the Vex name of each Go name given to a local
	builders    map[*types.Local]bool // string variables lowered as strings.Builder (strbuild.go)
	recv        string                // the receiver's name in a method
	guardPtrs   map[*CallExpr]bool    // the calls g.Ptr() of lock guards (guards.go), through which Go addresses the value

	result    types.Type      // the Vex result of the innermost function or closure
	goShape   types.GoResults // the Go results of a method that returns Go's own (gomethod.go)
	unitValue bool            // a unit result is returned as vexrt.Unit{} (async bodies)
	inGo      bool            // inside a go block: return takes no value
	loops     []*loopInfo
	switches  int // open Go switch/select statements, which capture a bare break
	synth     int // open Go loops that lowering added, which capture break and continue

	blocks int          // open Vex blocks of the innermost function: 1 in its body (guards.go)
	guards []*heldGuard // lock guards taken in nested blocks, released explicitly (guards.go)
}

type loopInfo struct {
	label    string      // Vex label, or ""
	stmt     *string     // the Go loop's label field, set when a break needs it
	switches int         // f.switches when the loop was opened
	synth    int         // f.synth when the loop was opened
	value    Expr        // variable receiving `break value`, for loop expressions
	last     func() Expr // counter == end in a loop that must not step past its end (rangeFor)
}

func (l *lowerer) newFunc(body syntax.Node) *funcLower {
	// The functions of a file are lowered one after the other, so they
	// take turns with one set of maps.
	if l.spare == nil {
		l.spare = &funcLower{locals: make(map[*types.Local]string), labels: make(map[string]bool), subst: make(map[*types.Local]Expr), stmtsNeeded: make(map[syntax.Expr]bool),
			avoid: make(map[string]bool), user: make(map[string]bool), spelled: make(map[string]string)}
	}
	s := l.spare
	clear(s.locals)
	clear(s.labels)
	clear(s.subst)
	clear(s.stmtsNeeded)
	clear(s.avoid)
	clear(s.user)
	clear(s.spelled)
	f := &funcLower{l: l, locals: s.locals, labels: s.labels, subst: s.subst, stmtsNeeded: s.stmtsNeeded, avoid: s.avoid, user: s.user, spelled: s.spelled}
	if body != nil {
		scan := &builderScan{info: l.info}
		syntax.Inspect(body, func(n syntax.Node) bool {
			scan.visit(n)
			if id, ok := n.(*syntax.Ident); ok {
				f.avoid[id.Name] = true
				f.avoid[goName(id.Name, false)] = true
				// Only names that Go code may read can be shadowed by a
				// flag; prelude names and field or method names cannot.
				obj := l.info.Uses[id]
				if obj == nil {
					obj = l.info.Defs[id]
				}
				if _, builtin := obj.(*types.Builtin); obj != nil && !builtin {
					f.user[goName(id.Name, false)] = true
				}
			}
			return true
		})
		f.builders = scan.builders()
	}
	for _, in := range l.imp.list {
		// Temporaries must not hide an imported package.
		f.avoid[in.Alias] = true
		f.user[in.Alias] = true
	}
	f.scopes = []map[string]bool{{}}
	return f
}

// emit appends statements to the current block.
func (f *funcLower) emit(s ...Stmt) { *f.out = append(*f.out, s...) }

// open starts a new Go block; the returned function closes it.
func (f *funcLower) open() (*Block, func()) {
	b := &Block{}
	saved := f.out
	f.out = &b.Stmts
	f.scopes = append(f.scopes, map[string]bool{})
	return b, func() {
		f.out = saved
		f.scopes = f.scopes[:len(f.scopes)-1]
	}
}

// block returns the block of the statements that emit emits, in a scope of
// their own.
func (f *funcLower) block(emit func()) *Block {
	b, done := f.open()
	emit()
	done()
	return b
}

// nextName returns the Go name declare would give l now. Locals never take
// a package-level name, which code later in the scope may still need, nor
// the receiver's, nor the name of a local of another Vex name (my_x and
// myX), which the new one could hide.
func (f *funcLower) nextName(l *types.Local) string {
	name := goName(l.Name(), false)
	cur := f.scopes[len(f.scopes)-1]
	for base, i := name, 2; cur[name] || f.l.topLevel[name] || name == f.recv || f.spelled[name] != "" && f.spelled[name] != l.Name(); i++ {
		name = base + strconv.Itoa(i)
	}
	return name
}

// readsName reports whether e reads a local whose Go name is name, or
// declares one that may take that name and hide a variable of it.
func (f *funcLower) readsName(e syntax.Node, name string) bool {
	found := false
	syntax.Inspect(e, func(n syntax.Node) bool {
		if id, ok := n.(*syntax.Ident); ok {
			if l, ok := f.l.info.Uses[id].(*types.Local); ok && f.locals[l] == name {
				found = true
			}
			if l, ok := f.l.info.Defs[id].(*types.Local); ok && goName(l.Name(), false) == name {
				found = true
			}
		}
		return !found
	})
	return found
}

// delivers reports whether e is control flow that lowers by assigning its
// value in each branch.
func delivers(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.ParenExpr:
		return delivers(e.X)
	case *syntax.Block, *syntax.IfExpr, *syntax.MatchExpr, *syntax.LoopExpr, *syntax.SelectExpr, *syntax.TernaryExpr:
		return true
	}
	return false
}

// declare picks the Go name for a new local in the current block.
func (f *funcLower) declare(l *types.Local) string {
	if l.Name() == "_" {
		return "_"
	}
	name := f.nextName(l)
	f.scopes[len(f.scopes)-1][name] = true
	f.avoid[name] = true
	f.locals[l] = name
	f.spelled[name] = l.Name()
	return name
}

// declareBeside declares l as declare does, but under a name that code n
// does not read: n sees the Go scope of l without being in the scope of
// the Vex binding, as the else branch of if v, ok := x.Get(); ok { } does.
func (f *funcLower) declareBeside(l *types.Local, n syntax.Node) string {
	if n != nil && l.Name() != "_" {
		for name := f.nextName(l); f.readsName(n, name); name = f.nextName(l) {
			f.scopes[len(f.scopes)-1][name] = true
		}
	}
	return f.declare(l)
}

// temp returns a fresh name for a generated temporary: base, or base
// followed by a number, avoiding every name the function uses.
func (f *funcLower) temp(base string) string {
	name := base
	for i := 2; f.avoid[name]; i++ {
		name = base + strconv.Itoa(i)
	}
	f.avoid[name] = true
	f.scopes[len(f.scopes)-1][name] = true
	return name
}

// flag returns the name for a comma-ok flag that is read only by the
// statement right after it. Such flags may shadow each other, so one name
// serves them all: base, unless the program itself uses it.
func (f *funcLower) flag(base string) string {
	name := base
	for i := 2; f.user[name]; i++ {
		name = base + strconv.Itoa(i)
	}
	return name
}

// unused marks a local the program never reads, which Go would reject.
func (f *funcLower) unused(l *types.Local, name string) {
	if !l.Used && name != "_" {
		f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: "_"}}, Op: "=", Rhs: []Expr{&Ident{Name: name}}})
	}
}

// declareRecv declares the receiver of method m under the name all the
// methods of its type share, which no other local of m takes.
func (f *funcLower) declareRecv(m *types.FuncObj) string {
	name := f.l.recvNames[m.Owner]
	if local, ok := f.l.info.Defs[m.Decl.Recv.Name].(*types.Local); ok {
		f.scopes[len(f.scopes)-1][name] = true
		f.avoid[name] = true
		f.locals[local] = name
	}
	f.recv = name
	return name
}

// funcDecl lowers a function or method declaration: one Go function, or
// an async function and its body function (async.go).
func (l *lowerer) funcDecl(obj *types.FuncObj) []Decl {
	d := obj.Decl
	f := l.newFunc(d)
	fd := &FuncDecl{Pos: l.pos(d), Doc: l.funcDoc(obj), Name: l.names[obj]}
	if obj.Extends != nil {
		// An extension method of a built-in type is a function of its
		// receiver, since Go cannot add methods to the built-in types.
		var rt Type = l.typ(obj.Extends)
		if obj.Recv == types.RecvMutRef {
			rt = &PointerType{Elem: rt}
		}
		name := "_"
		if local, ok := l.info.Defs[d.Recv.Name].(*types.Local); ok {
			name = f.declare(local)
		}
		fd.Params = append(fd.Params, &Field{Name: name, Type: rt})
	} else if obj.Recv != types.RecvNone && obj.Owner.Kind == types.EnumKind && obj.Owner.HasPayload() {
		// Go has no methods on interfaces: the body becomes a function of
		// the enum value, which each variant's method calls.
		fd.Name = l.enumFuncs[obj]
		fd.Doc = goDoc(d.Doc, fd.Name, obj.Name())
		fd.TypeParams = l.typeParams(obj.Owner.TypeParams)
		fd.Params = append(fd.Params, &Field{Name: f.declareRecv(obj), Type: l.named(obj.Owner)})
	} else if obj.Recv != types.RecvNone {
		// &T! takes a pointer; &T and T take the value, so that both T and
		// *T satisfy the contracts the type implements.
		var rt Type = l.named(obj.Owner)
		if obj.Recv == types.RecvMutRef {
			rt = &PointerType{Elem: rt}
		}
		fd.Recv = &Field{Name: f.declareRecv(obj), Type: rt}
	} else {
		fd.TypeParams = l.typeParams(obj.TypeParams)
	}
	for i, p := range d.Params {
		local, _ := l.info.Defs[p.Name].(*types.Local)
		name := "_"
		if local != nil {
			name = f.declare(local)
		}
		fd.Params = append(fd.Params, &Field{Name: name, Type: l.typ(obj.Sig.Params[i])})
	}
	res := obj.Result()
	if obj.Async {
		fd.Results = []Type{l.typ(obj.Sig.Result)}
		inner := &FuncLit{Results: []Type{l.typ(res)}}
		split := l.syncNames[obj] != ""
		// A body function of its own returns nothing for a unit result;
		// the future's closure returns vexrt.Unit{} (syncDecl).
		f.result, f.unitValue = res, !split || res != types.UnitType
		inner.Body = f.body(d.Body, res)
		fd.Body = &Block{Stmts: []Stmt{&ReturnStmt{Pos: l.pos(d.Body), Results: []Expr{
			&CallExpr{Fun: rt("Async"), Args: []Expr{inner}},
		}}}}
		if split {
			return l.splitAsync(obj, fd, inner)
		}
		return []Decl{fd}
	}
	f.goShape = obj.GoResults()
	fd.Results = l.methodResults(f.goShape, res) // gomethod.go
	f.result = res
	fd.Body = f.body(d.Body, res)
	return []Decl{fd}
}

// body lowers a function body whose value is returned. Go declares the
// parameters in the scope of the body's block, so a local of the body
// takes none of their names; nor does one of an async fn's body, which
// its body function may take over (async.go).
func (f *funcLower) body(b *syntax.Block, result types.Type) *Block {
	blk, close := f.open()
	defer close()
	maps.Copy(f.scopes[len(f.scopes)-1], f.scopes[len(f.scopes)-2])
	unit := result == types.UnitType || result == types.NeverType
	if unit {
		f.stmts(b.Stmts)
		if f.unitValue && !f.l.terminates(b) {
			f.emit(&ReturnStmt{Results: []Expr{unitValue()}})
		}
		return blk
	}
	f.blockInto(b, sink{kind: sinkReturn})
	return blk
}

func unitValue() Expr { return &CompositeLit{Type: &NamedType{Path: rtPath, Name: "Unit"}} }

func (l *lowerer) terminates(b *syntax.Block) bool {
	if len(b.Stmts) == 0 {
		return false
	}
	switch s := b.Stmts[len(b.Stmts)-1].(type) {
	case *syntax.ReturnStmt:
		return true
	case *syntax.ExprStmt:
		return l.info.Types[s.X] == types.NeverType
	}
	return false
}

// stmts lowers the statements of a Vex block.
func (f *funcLower) stmts(list []syntax.Stmt) {
	end := f.enterBlock()
	for _, s := range list {
		f.stmt(s)
		if f.l.diverges(s) {
			break
		}
	}
	end()
}

// sink says what to do with the value of an expression lowered by
// valueInto: drop it, return it, or assign it.
type sink struct {
	kind   sinkKind
	target Expr // for sinkAssign
}

type sinkKind uint8

const (
	sinkDiscard sinkKind = iota
	sinkReturn
	sinkAssign
)

// blockInto lowers the statements of b into the current Go block and
// delivers its value to s.
func (f *funcLower) blockInto(b *syntax.Block, s sink) {
	value, ok := types.BlockValue(b)
	n := len(b.Stmts)
	if ok {
		n--
	}
	end := f.enterBlock()
	defer end()
	for _, st := range b.Stmts[:n] {
		f.stmt(st)
		if f.l.diverges(st) {
			return
		}
	}
	if ok {
		f.valueInto(value, s)
		return
	}
	if !f.l.terminates(b) {
		f.deliver(nil, types.UnitType, s, b)
	}
}

// valueInto lowers e and delivers its value to s. Control-flow expressions
// deliver from each branch, so no temporary is needed.
func (f *funcLower) valueInto(e syntax.Expr, s sink) {
	switch e := e.(type) {
	case *syntax.ParenExpr:
		f.valueInto(e.X, s)
		return
	case *syntax.Block:
		blk := f.block(func() { f.blockInto(e, s) })
		f.emit(blk)
		return
	case *syntax.IfExpr:
		f.ifInto(e, s)
		return
	case *syntax.MatchExpr:
		f.matchInto(e, s)
		return
	case *syntax.LoopExpr:
		if s.kind == sinkAssign {
			f.loop(e, s.target)
			return
		}
	case *syntax.SelectExpr:
		f.selectInto(e, s)
		return
	case *syntax.TernaryExpr:
		f.ternaryInto(e, s)
		return
	}
	t := f.l.info.Types[e]
	if s.kind == sinkDiscard {
		f.discard(e)
		return
	}
	var x Expr
	if _, isCall := e.(*syntax.CallExpr); isCall && t == types.NeverType {
		x = f.exprOf(e) // a call that never returns is a statement
	} else {
		x = f.expr(e)
	}
	f.deliver(x, t, s, e)
}

// readsLocal reports whether e is the name of a local, whose only read it
// may be: a statement that drops it must still use it, or Go would refuse
// the local as unused.
func (f *funcLower) readsLocal(e syntax.Expr) bool {
	id, ok := syntax.Unparen(e).(*syntax.Ident)
	if !ok {
		return false
	}
	_, isLocal := f.l.info.Uses[id].(*types.Local)
	return isLocal
}

// discard lowers an expression statement.
func (f *funcLower) discard(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.LoopExpr:
		f.loop(e, nil)
		return
	case *syntax.SelectExpr:
		f.selectInto(e, sink{kind: sinkDiscard})
		return
	case *syntax.TryExpr:
		f.tryDiscard(e)
		return
	case *syntax.BinaryExpr:
		if e.Op == syntax.RESCUE && f.l.info.Operators[e] == nil {
			f.rescueDiscard(e)
			return
		}
	case *syntax.UnaryExpr:
		if _, ok := types.Under(f.l.info.Types[e.X]).(*types.GoChan); ok && e.Op == syntax.ARROW {
			f.emit(&ExprStmt{Pos: f.l.pos(e), X: &UnaryExpr{Op: "<-", X: f.value(e.X)}}) // <-ctx.Done()
			return
		}
	}
	pos := f.l.pos(e)
	if x, ok := f.goStmtCall(e); ok {
		f.emit(&ExprStmt{Pos: pos, X: x}) // a Go call whose results are dropped: gocall.go
		return
	}
	if _, isCall := e.(*syntax.CallExpr); isCall && f.l.info.Types[e] == types.NeverType {
		f.diverge(f.exprOf(e), pos)
		return
	}
	x := bareCall(f.expr(e))
	switch x.(type) {
	case *CallExpr:
		f.emit(&ExprStmt{Pos: pos, X: x})
	case nil:
	default:
		if isPure(x) && !f.readsLocal(e) {
			return
		}
		f.emit(&AssignStmt{Pos: pos, Lhs: []Expr{&Ident{Name: "_"}}, Op: "=", Rhs: []Expr{x}})
	}
}

// diverge emits x, the lowered call of something that never returns. Go
// does not know that a Vex function returning never does not return, so
// its call is followed by panic("unreachable"), as a Go programmer writes
// it; panic, todo and unreachable lower to a Go panic already.
func (f *funcLower) diverge(x Expr, pos Pos) {
	f.emit(&ExprStmt{Pos: pos, X: x})
	if call, ok := x.(*CallExpr); ok {
		if id, ok := call.Fun.(*Ident); ok && id.Path == "" && id.Name == "panic" {
			return
		}
	}
	f.emit(&ExprStmt{X: &CallExpr{Fun: &Ident{Name: "panic"}, Args: []Expr{stringLit("unreachable")}}})
}

// diverges reports whether control never passes the statement s: the
// statements after it are not lowered, since Go would never run them and
// go vet reports unreachable code.
func (l *lowerer) diverges(s syntax.Stmt) bool {
	switch s := s.(type) {
	case *syntax.ReturnStmt, *syntax.BreakStmt, *syntax.ContinueStmt:
		return true
	case *syntax.ExprStmt:
		return l.info.Types[s.X] == types.NeverType
	case *syntax.LetStmt:
		return s.Value != nil && l.info.Types[s.Value] == types.NeverType
	case *syntax.AssignStmt:
		return l.info.Types[s.Rhs] == types.NeverType
	}
	return false
}

// isPure reports expressions whose evaluation has no effect at all.
func isPure(x Expr) bool {
	switch x := x.(type) {
	case *Lit:
		return true
	case *Ident:
		return x.Path == "" && x.Name != "_"
	case *CompositeLit:
		return len(x.Elts) == 0
	}
	return false
}

// deliver hands the lowered value x (nil for unit) of Vex type t to s.
func (f *funcLower) deliver(x Expr, t types.Type, s sink, n syntax.Node) {
	pos := f.l.pos(n)
	unit := t == types.UnitType || t == types.NeverType
	if x != nil && (unit || s.kind == sinkDiscard) {
		x = bareCall(x)
		if _, isCall := x.(*CallExpr); isCall {
			if t == types.NeverType {
				f.diverge(x, pos)
			} else {
				f.emit(&ExprStmt{Pos: pos, X: x})
			}
		}
		x = nil
	}
	if t == types.NeverType {
		return
	}
	switch s.kind {
	case sinkReturn:
		x = f.unlockForReturn(x, t, n) // guards.go
		if f.inGo {
			f.emit(&ReturnStmt{Pos: pos})
			return
		}
		if x == nil {
			if f.unitValue {
				f.emit(&ReturnStmt{Pos: pos, Results: []Expr{unitValue()}})
			} else if isUnitResult(f.result) {
				f.emit(&ReturnStmt{Pos: pos})
			} else {
				f.emit(&ReturnStmt{Pos: pos, Results: []Expr{unitValue()}})
			}
			return
		}
		if shaped(f.goShape) {
			f.emit(&ReturnStmt{Pos: pos, Results: f.goReturn(x)}) // gomethod.go
			return
		}
		f.emit(&ReturnStmt{Pos: pos, Results: []Expr{x}})
	case sinkAssign:
		if x == nil {
			x = unitValue()
		}
		if sameVar(x, s.target) {
			return // lo = x < lo ? x : lo keeps lo in the else branch
		}
		f.emit(&AssignStmt{Pos: pos, Lhs: []Expr{s.target}, Op: "=", Rhs: []Expr{x}})
	}
}

// sameVar reports whether x and y are the same Go variable.
func sameVar(x, y Expr) bool {
	a, ok := x.(*Ident)
	b, ok2 := y.(*Ident)
	return ok && ok2 && a.Name == b.Name
}

func isUnitResult(t types.Type) bool {
	return t == types.UnitType || t == types.NeverType
}

func (f *funcLower) stmt(s syntax.Stmt) {
	pos := f.l.pos(s)
	switch s := s.(type) {
	case *syntax.ExprStmt:
		if f.mapUpdate(s.X) {
			return // mapupdate.go
		}
		f.valueInto(s.X, sink{kind: sinkDiscard})
	case *syntax.LetStmt:
		f.let(s)
	case *syntax.AssignStmt:
		f.assign(s)
	case *syntax.SendStmt:
		ch := f.value(s.Chan)
		if c, ok := types.Under(f.l.info.Types[s.Chan]).(*types.GoChan); ok {
			v := f.expr(s.Value)
			if c.Elem == types.UnitType {
				v = f.goUnit(s.Value, v)
			}
			f.emit(&SendStmt{Pos: pos, Chan: ch, Value: v})
			return
		}
		f.emit(&ExprStmt{Pos: pos, X: method(ch, "Send", f.expr(s.Value))})
	case *syntax.ReturnStmt:
		if s.Result == nil {
			f.deliver(nil, types.UnitType, sink{kind: sinkReturn}, s)
			return
		}
		f.valueInto(s.Result, sink{kind: sinkReturn})
	case *syntax.BreakStmt:
		f.branch(s, s.Label, "break", s.Value)
	case *syntax.ContinueStmt:
		f.branch(s, s.Label, "continue", nil)
	case *syntax.DeferStmt:
		f.emit(&DeferStmt{Pos: pos, Call: f.callOnly(s.Call)})
	case *syntax.GoStmt:
		f.goStmt(s)
	case *syntax.WhileStmt:
		f.while(s)
	case *syntax.ForStmt:
		f.forStmt(s)
	case *syntax.DeclStmt:
		if d, ok := s.Decl.(*syntax.ConstDecl); ok {
			if obj, ok := f.l.info.Defs[d.Name].(*types.Const); ok {
				name := goName(d.Name.Name, false)
				cur := f.scopes[len(f.scopes)-1]
				for base, i := name, 2; cur[name]; i++ {
					name = base + strconv.Itoa(i)
				}
				cur[name] = true
				f.l.names[obj] = name
				f.emit(&VarStmt{Pos: pos, Name: name, Type: f.l.typ(obj.Type), Value: f.expr(d.Value)})
				f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: "_"}}, Op: "=", Rhs: []Expr{&Ident{Name: name}}})
			}
		}
	}
}

func (f *funcLower) let(s *syntax.LetStmt) {
	if f.guardLet(s) {
		return // let g = m.lock(): guards.go
	}
	if s.Value != nil && f.l.info.Types[s.Value] == types.NeverType {
		f.valueInto(s.Value, sink{kind: sinkDiscard}) // nothing after it runs
		return
	}
	pos := f.l.pos(s)
	if tp, ok := s.Pat.(*syntax.TuplePat); ok && len(tp.Elems) == 0 {
		f.valueInto(s.Value, sink{kind: sinkDiscard}) // let () = unit, which binds nothing
		return
	}
	switch p := s.Pat.(type) {
	case *syntax.IdentPat:
		local, _ := f.l.info.Defs[p.Name].(*types.Local)
		if local == nil {
			if s.Value != nil {
				f.valueInto(s.Value, sink{kind: sinkDiscard})
			}
			return
		}
		t := local.Type
		if s.Value == nil {
			name := f.declare(local)
			f.emit(&VarStmt{Pos: pos, Name: name, Type: f.l.typ(t)})
			f.unused(local, name)
			return
		}
		if f.builders[local] {
			f.letBuilder(local, s.Value, pos) // strbuild.go
			return
		}
		if t == types.UnitType {
			// Go has no unit value to assign from: run the expression, then
			// bind vexrt.Unit{}.
			f.valueInto(s.Value, sink{kind: sinkDiscard})
			name := f.declare(local)
			f.emit(&AssignStmt{Pos: pos, Lhs: []Expr{&Ident{Name: name}}, Op: ":=", Rhs: []Expr{unitValue()}})
			f.unused(local, name)
			return
		}
		if delivers(s.Value) {
			// The branches assign the variable, so it is declared first;
			// when the value reads a shadowed local of the same Go name,
			// a temporary keeps the two apart.
			if f.readsName(s.Value, f.nextName(local)) {
				tmp := f.temp("tmp")
				f.emit(&VarStmt{Pos: pos, Name: tmp, Type: f.l.typ(t)})
				f.valueInto(s.Value, sink{kind: sinkAssign, target: &Ident{Name: tmp}})
				name := f.declare(local)
				f.emit(&AssignStmt{Pos: pos, Lhs: []Expr{&Ident{Name: name}}, Op: ":=", Rhs: []Expr{&Ident{Name: tmp}}})
				f.unused(local, name)
				return
			}
			name := f.declare(local)
			f.emit(&VarStmt{Pos: pos, Name: name, Type: f.l.typ(t)})
			f.valueInto(s.Value, sink{kind: sinkAssign, target: &Ident{Name: name}})
			f.unused(local, name)
			return
		}
		if f.l.isArrayOp(s.Value) && !f.readsName(s.Value, f.nextName(local)) {
			// let c = a + b: the loop writes each element of c.
			name := f.declare(local)
			f.emit(&VarStmt{Pos: pos, Name: name, Type: f.l.typ(t)})
			f.arrayInto(s.Value, &Ident{Name: name})
			f.unused(local, name)
			return
		}
		if r, ok := s.Value.(*syntax.BinaryExpr); ok && r.Op == syntax.RESCUE && f.l.info.Operators[r] == nil && !f.readsName(r.Y, f.nextName(local)) {
			// let v = x !> fallback binds v directly: v, ok := x.Get(); if !ok { v = fallback }
			name := ""
			f.rescue(r, func() string { name = f.declare(local); return name })
			f.unused(local, name)
			return
		}
		if try, ok := s.Value.(*syntax.TryExpr); ok {
			if name, ok := f.goTry(try, func() string { return f.declare(local) }); ok {
				f.unused(local, name) // v, err := f(x); if err != nil { return ... }: gocall.go
				return
			}
			// let v = x? binds v directly: v, ok := x.Get(); if !ok { return ... }
			x := f.expr(try.X)
			name := f.declare(local)
			f.tryCheck(try, x, name, pos)
			f.unused(local, name)
			return
		}
		x := f.expr(s.Value)
		name := f.declare(local)
		if goT := f.l.goTypeOf(t); goT != nil && t != types.AnyType && !types.Identical(f.l.info.Types[s.Value], t) && !isNilLit(s.Value) {
			// let r: io.Reader = strings.NewReader(s) keeps the Go type declared.
			if _, done := f.l.info.Implicit[s.Value]; !done {
				x = f.toGo(s.Value, x, goT)
			}
			f.emit(&VarStmt{Pos: pos, Name: name, Type: f.l.typ(t), Value: x})
		} else if f.needsType(s.Value, t) {
			f.emit(&VarStmt{Pos: pos, Name: name, Type: f.l.typ(t), Value: x})
		} else {
			f.emit(&AssignStmt{Pos: pos, Lhs: []Expr{&Ident{Name: name}}, Op: ":=", Rhs: []Expr{x}})
		}
		f.unused(local, name)
	case *syntax.WildcardPat:
		if s.Value != nil {
			f.valueInto(s.Value, sink{kind: sinkDiscard})
		}
	default:
		// A destructuring let: tmp := value, then each binding from it.
		if s.Value == nil {
			return
		}
		if f.letGoResults(s) {
			return // ctx, cancel := context.WithCancel(parent)
		}
		x, init := f.scrutinee(s.Value)
		if init != nil {
			f.emit(init)
		}
		var binds []binding
		f.patCond(s.Pat, x, f.l.info.Pats[s.Pat], &binds)
		for _, b := range binds {
			name := f.declare(b.local)
			f.emit(&AssignStmt{Pos: pos, Lhs: []Expr{&Ident{Name: name}}, Op: ":=", Rhs: []Expr{b.value}})
			f.unused(b.local, name)
		}
	}
}

// letGoResults lowers `let (a, b) = f(x)` of a Go function f with several
// results that Vex sees as a tuple to Go's own a, b := f(x), reporting
// whether the let has that shape: a tuple of names and wildcards, one for
// each result.
func (f *funcLower) letGoResults(s *syntax.LetStmt) bool {
	tp, ok := s.Pat.(*syntax.TuplePat)
	call, isCall := s.Value.(*syntax.CallExpr)
	if !ok || !isCall || f.callShape(call) != types.GoTuple {
		return false
	}
	t, _ := f.l.info.Types[call].(*types.Tuple)
	if t == nil || len(t.Elems) != len(tp.Elems) {
		return false
	}
	var locals []*types.Local
	for _, e := range tp.Elems {
		switch e := e.(type) {
		case *syntax.WildcardPat:
			locals = append(locals, nil)
		case *syntax.IdentPat:
			l, isLocal := f.l.info.Defs[e.Name].(*types.Local)
			if !isLocal {
				return false // a variant or None
			}
			locals = append(locals, l)
		default:
			return false
		}
	}
	raw, _, ok := f.rawCall(call)
	if !ok {
		return false
	}
	lhs, op := make([]Expr, len(locals)), "="
	for i, l := range locals {
		lhs[i] = &Ident{Name: "_"}
		if l != nil {
			lhs[i], op = &Ident{Name: f.declare(l)}, ":="
		}
	}
	f.emit(&AssignStmt{Pos: f.l.pos(s), Lhs: lhs, Op: op, Rhs: []Expr{raw}})
	for i, l := range locals {
		if l != nil {
			f.unused(l, lhs[i].(*Ident).Name)
		}
	}
	return true
}

func (f *funcLower) assign(s *syntax.AssignStmt) {
	pos := f.l.pos(s)
	if f.l.info.Types[s.Rhs] == types.NeverType {
		f.valueInto(s.Rhs, sink{kind: sinkDiscard}) // nothing after it runs
		return
	}
	var target Expr
	if id, ok := s.Target().(*syntax.Ident); ok {
		local, _ := f.l.info.Uses[id].(*types.Local)
		if local == nil {
			return
		}
		if f.builders[local] {
			f.appendTo(local, f.locals[local], s.Rhs, pos) // strbuild.go
			return
		}
		target = &Ident{Name: f.locals[local]}
	} else if ix, ok := s.Target().(*syntax.IndexExpr); ok && f.l.info.IndexSets[ix] != nil {
		f.setIndex(s, ix)
		return
	} else {
		target = f.expr(s.Target()) // a field, a tuple field or an element
	}
	if s.Op != syntax.ASSIGN || !isRef(f.l.info.Types[syntax.Unparen(s.Rhs)]) {
		// A value assigned to a reference is written through it; a
		// reference assigned to one points it elsewhere.
		target = f.deref(s.Target(), target)
	}
	if call := f.l.info.OpAssigns[s]; call != nil {
		// x += v calls op+: x = x.add(v), with x's place evaluated once.
		target = f.stablePlace(target)
		rhs := f.deref(s.Rhs, f.expr(s.Rhs))
		f.emit(&AssignStmt{Pos: pos, Lhs: []Expr{target}, Op: "=", Rhs: []Expr{method(target, f.l.operatorMethod(call), rhs)}})
		return
	}
	if op, ok := types.ArrayAssignOps[s.Op]; ok {
		if arr, isArr := types.Under(f.l.info.Types[s.Target()]).(*types.Array); isArr {
			f.arrayAssign(s, op, arr, f.stablePlace(target))
			return
		}
	}
	if s.Op == syntax.ASSIGN && f.l.isArrayOp(s.Rhs) && isStable(target) {
		f.arrayInto(s.Rhs, target) // c = a + b: the loop writes each element of c
		return
	}
	if s.Op == syntax.ASSIGN && f.needsStmts(s.Rhs) {
		f.valueInto(s.Rhs, sink{kind: sinkAssign, target: target})
		return
	}
	if t := f.l.info.Types[s.Target()]; s.Op == syntax.REM_ASSIGN && types.IsFloat(t) {
		// Go has no % on floats: x = math.Mod(x, y).
		target = f.stablePlace(target)
		f.emit(&AssignStmt{Pos: pos, Lhs: []Expr{target}, Op: "=", Rhs: []Expr{mathFloat2("Mod", target, f.deref(s.Rhs, f.expr(s.Rhs)), t)}})
		return
	}
	rhs := f.expr(s.Rhs)
	if s.Op != syntax.ASSIGN {
		rhs = f.deref(s.Rhs, rhs)
	}
	f.emit(&AssignStmt{Pos: pos, Lhs: []Expr{target}, Op: s.Op.String(), Rhs: []Expr{rhs}})
}

// stablePlace is the place x (a variable, field or element) with the
// parts that locate it evaluated once, so that it can be read and then
// assigned: v[i()] becomes v[tmp].
func (f *funcLower) stablePlace(x Expr) Expr {
	switch y := x.(type) {
	case *IndexExpr:
		return &IndexExpr{X: f.stablePlace(y.X), Index: f.stable(y.Index)}
	case *SelectorExpr:
		return &SelectorExpr{X: f.stablePlace(y.X), Sel: y.Sel}
	}
	return f.stable(x)
}

// setIndex lowers x[i] = v and x[i] op= v where x has the operator method
// op[]=: x.setIndex(i, v), and x.setIndex(i, x.index(i) op v).
func (f *funcLower) setIndex(s *syntax.AssignStmt, lhs *syntax.IndexExpr) {
	set := f.l.info.IndexSets[lhs]
	xs := f.exprList([]syntax.Expr{lhs.X, lhs.Index, s.Rhs})
	x, i, v := xs[0], xs[1], xs[2]
	if m := set.Method; m != nil && m.Recv == types.RecvMutRef && !isRef(f.l.info.Types[lhs.X]) {
		x = f.place(x)
	}
	if get := f.l.info.Operators[lhs]; get != nil {
		x, i = f.stable(x), f.stable(i)
		op := strings.TrimSuffix(s.Op.String(), "=")
		v = &BinaryExpr{Op: op, X: method(x, f.l.operatorMethod(get), i), Y: v}
	}
	f.emit(&ExprStmt{Pos: f.l.pos(s), X: method(x, f.l.operatorMethod(set), i, v)})
}

// branch lowers break and continue. A bare break inside a Go switch or
// select would leave only the switch, so such breaks name their loop.
func (f *funcLower) branch(s syntax.Stmt, label *syntax.Ident, tok string, value syntax.Expr) {
	pos := f.l.pos(s)
	var loop *loopInfo
	for i := len(f.loops) - 1; i >= 0; i-- {
		if label == nil || f.loops[i].label == label.Name {
			loop = f.loops[i]
			break
		}
	}
	if loop == nil {
		return
	}
	if value != nil && loop.value != nil {
		f.valueInto(value, sink{kind: sinkAssign, target: loop.value})
	}
	f.unlockForBranch(loop) // guards.go
	if tok == "continue" && loop.last != nil {
		f.emit(&IfStmt{Cond: loop.last(), Then: &Block{Stmts: []Stmt{f.branchOut(loop, "break", label != nil, Pos{})}}})
	}
	f.emit(f.branchOut(loop, tok, label != nil, pos))
}

// branchOut returns the Go break or continue of loop, with the loop's
// label where the branch would otherwise leave or repeat an inner statement.
func (f *funcLower) branchOut(loop *loopInfo, tok string, labelled bool, pos Pos) *BranchStmt {
	br := &BranchStmt{Pos: pos, Tok: tok}
	if labelled || (tok == "break" && f.switches > loop.switches) || f.synth > loop.synth || loop != f.loops[len(f.loops)-1] {
		if *loop.stmt == "" {
			*loop.stmt = f.loopLabel(loop)
		}
		br.Label = *loop.stmt
	}
	return br
}

func (f *funcLower) loopLabel(loop *loopInfo) string {
	if loop.label != "" {
		// A label is unique in a Go function, and the body of a match arm
		// with a | pattern is lowered once for each alternative.
		name := goName(loop.label, false)
		for base, i := name, 2; f.labels[name]; i++ {
			name = base + strconv.Itoa(i)
		}
		f.labels[name] = true
		return name
	}
	for i := 1; ; i++ {
		name := "loop" + strconv.Itoa(i)
		if !f.avoid[name] {
			f.avoid[name] = true
			return name
		}
	}
}

func (f *funcLower) pushLoop(label *syntax.Ident, stmt *string) *loopInfo {
	li := &loopInfo{stmt: stmt, switches: f.switches, synth: f.synth}
	if label != nil {
		li.label = label.Name
	}
	f.loops = append(f.loops, li)
	return li
}

func (f *funcLower) popLoop() { f.loops = f.loops[:len(f.loops)-1] }

// loop lowers `loop { }`; target receives `break value`, when wanted.
func (f *funcLower) loop(e *syntax.LoopExpr, target Expr) {
	fs := &ForStmt{Pos: f.l.pos(e)}
	li := f.pushLoop(e.Label, &fs.Label)
	li.value = target
	fs.Body = f.loopBody(e.Body)
	f.popLoop()
	f.emit(fs)
}

func (f *funcLower) loopBody(b *syntax.Block) *Block {
	blk := f.block(func() { f.stmts(b.Stmts) })
	return blk
}

func (f *funcLower) while(s *syntax.WhileStmt) {
	fs := &ForStmt{Pos: f.l.pos(s)}
	f.pushLoop(s.Label, &fs.Label)
	if v, getter, ok := f.commaOk(s.Pat); ok {
		// while let Some(v) = e: for { v, ok := e.Get(); if !ok { break }; ... }
		blk, close := f.open()
		x := f.expr(s.Cond)
		name := "_"
		if v != nil {
			name = f.declare(v)
		}
		flag := f.flag("ok")
		f.emit(&AssignStmt{Pos: f.l.pos(s.Cond), Lhs: []Expr{&Ident{Name: name}, &Ident{Name: flag}}, Op: ":=", Rhs: []Expr{commaOk(x, getter)}})
		f.emit(&IfStmt{Cond: not(&Ident{Name: flag}), Then: &Block{Stmts: []Stmt{&BranchStmt{Tok: "break"}}}})
		if v != nil {
			f.unused(v, name)
		}
		f.stmts(s.Body.Stmts)
		close()
		fs.Body = blk
	} else if s.Pat != nil {
		// while let: for { if the pattern does not match, break; ... }
		blk, close := f.open()
		f.ifLet(f.l.pos(s), s.Pat, s.Cond, s.Body, nil, func() {
			f.stmts(s.Body.Stmts)
		}, func() {
			f.emit(&BranchStmt{Tok: "break"})
		})
		close()
		fs.Body = blk
	} else if f.needsStmts(s.Cond) {
		blk, close := f.open()
		c := f.expr(s.Cond)
		f.emit(&IfStmt{Cond: not(c), Then: &Block{Stmts: []Stmt{&BranchStmt{Tok: "break"}}}})
		f.stmts(s.Body.Stmts)
		close()
		fs.Body = blk
	} else {
		fs.Cond = f.expr(s.Cond)
		fs.Body = f.loopBody(s.Body)
	}
	f.popLoop()
	f.emit(fs)
}

// not negates the condition x: !(a == b) is a != b, which holds for
// every type, NaN included; ordered comparisons keep their !, since
// !(a < b) is not a >= b for NaN.
func not(x Expr) Expr {
	switch x := x.(type) {
	case *UnaryExpr:
		if x.Op == "!" {
			return x.X
		}
	case *BinaryExpr:
		switch x.Op {
		case "==":
			return &BinaryExpr{Op: "!=", X: x.X, Y: x.Y}
		case "!=":
			return &BinaryExpr{Op: "==", X: x.X, Y: x.Y}
		}
	}
	return &UnaryExpr{Op: "!", X: x}
}

func (f *funcLower) forStmt(s *syntax.ForStmt) {
	pos := f.l.pos(s)
	var local *types.Local
	if p, ok := s.Pat.(*syntax.IdentPat); ok {
		local, _ = f.l.info.Defs[p.Name].(*types.Local)
	}
	if r, ok := syntax.Unparen(s.X).(*syntax.RangeExpr); ok {
		f.rangeFor(s, r, local)
		return
	}
	if f.forCollection(s) {
		return
	}
	x := f.expr(s.X)
	rs := &RangeStmt{Pos: pos}
	switch types.Under(f.l.info.Types[s.X]).(type) {
	case *types.Channel:
		rs.X = method(f.deref(s.X, x), "All")
	default:
		rs.X = x
	}
	blk, close := f.open()
	name := "_"
	if local != nil {
		name = f.declare(local)
	}
	if _, isChan := types.Under(f.l.info.Types[s.X]).(*types.Channel); isChan {
		rs.Key = name
	} else {
		rs.Value = name
	}
	f.pushLoop(s.Label, &rs.Label)
	if local != nil {
		f.unused(local, name)
	}
	f.stmts(s.Body.Stmts)
	f.popLoop()
	close()
	rs.Body = blk
	if rs.Key == "_" {
		rs.Key = ""
	}
	if rs.Value == "_" {
		rs.Value = ""
	}
	f.emit(rs)
}

// builtinCallOf returns the entry of the prelude table that e calls, or
// NoBuiltin.
func (f *funcLower) builtinCallOf(e syntax.Expr) types.BuiltinID {
	if call, ok := syntax.Unparen(e).(*syntax.CallExpr); ok {
		if c := f.l.info.Calls[call]; c != nil {
			return c.Builtin()
		}
	}
	return types.NoBuiltin
}

func isIdent(x Expr) bool {
	id, ok := x.(*Ident)
	return ok && id.Path == ""
}

// goStmt lowers `go f(x)` to a go statement and `go { }` to a go statement
// on a func literal whose parameters copy the captured locals.
func (f *funcLower) goStmt(s *syntax.GoStmt) {
	pos := f.l.pos(s)
	if s.Call != nil {
		call := f.callOnly(s.Call)
		if _, ok := f.l.info.Types[s.Call].(*types.Future); ok {
			call = method(call, "Await")
		}
		f.emit(&GoStmt{Pos: pos, Call: call})
		return
	}
	lit := &FuncLit{}
	var args []Expr
	for _, c := range f.l.info.Go[s] {
		name := f.locals[c]
		lit.Params = append(lit.Params, &Field{Name: name, Type: f.l.typ(c.Type)})
		args = append(args, &Ident{Name: name})
	}
	saved := *f
	f.result, f.unitValue, f.inGo, f.loops, f.switches, f.synth = types.UnitType, false, true, nil, 0, 0
	f.blocks, f.guards, f.goShape = 0, nil, types.GoOne
	blk, close := f.open()
	for _, p := range lit.Params {
		f.scopes[len(f.scopes)-1][p.Name] = true // a let of the body shadowing a capture takes another name
	}
	f.stmts(s.Body.Stmts)
	close()
	f.result, f.unitValue, f.inGo, f.loops, f.switches, f.synth = saved.result, saved.unitValue, saved.inGo, saved.loops, saved.switches, saved.synth
	f.blocks, f.guards, f.goShape = saved.blocks, saved.guards, saved.goShape
	lit.Body = blk
	f.emit(&GoStmt{Pos: pos, Call: &CallExpr{Fun: lit, Args: args}})
}

func method(recv Expr, name string, args ...Expr) *CallExpr {
	if u, ok := recv.(*UnaryExpr); ok && u.Implicit {
		recv = u.X // p.M(), not (*p).M()
	}
	return &CallExpr{Fun: &SelectorExpr{X: recv, Sel: name}, Args: args}
}

// needsStmts reports whether lowering e needs statements before the
// expression: control flow used as a value, `?`, ternaries and lazy `!>`.
// The answers are kept, so that a long chain of operators is walked once.
func (f *funcLower) needsStmts(e syntax.Expr) bool {
	if e == nil {
		return false
	}
	if v, ok := f.stmtsNeeded[e]; ok {
		return v
	}
	found := false
	switch e := e.(type) {
	case *syntax.ClosureExpr:
	case *syntax.Block, *syntax.IfExpr, *syntax.MatchExpr, *syntax.LoopExpr,
		*syntax.TryExpr, *syntax.TernaryExpr, *syntax.SelectExpr:
		found = true
	default:
		if b, ok := e.(*syntax.BinaryExpr); ok && (b.Op == syntax.RESCUE || f.l.isArrayOp(b)) {
			found = true // a lazy !> needs an if statement, an operation on arrays a loop
			break
		}
		if u, ok := e.(*syntax.UnaryExpr); ok && (u.Op == syntax.AND || u.Op == syntax.ANDMUT) && f.refToTemporary(u.X) {
			found = true // &f(x) needs a temporary
			break
		}
		syntax.Inspect(e, func(n syntax.Node) bool {
			if n == syntax.Node(e) {
				return true
			}
			if x, ok := n.(syntax.Expr); ok {
				found = found || f.needsStmts(x)
				return false
			}
			return !found
		})
	}
	f.stmtsNeeded[e] = found
	return found
}

// refToTemporary reports whether &x points to a temporary that must be
// made in its turn: x is neither a name or a constant (whose temporary
// may be made at any time), a field or element, nor a literal that Go
// allocates for &.
func (f *funcLower) refToTemporary(x syntax.Expr) bool {
	x = syntax.Unparen(x)
	if _, isConst := f.l.info.Consts[x]; isConst {
		return false
	}
	switch x.(type) {
	case *syntax.Ident, *syntax.SelectorExpr, *syntax.TupleIndexExpr, *syntax.IndexExpr, *syntax.StructLit, *syntax.ArrayExpr:
		return false
	}
	return true
}
