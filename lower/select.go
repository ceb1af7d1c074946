package lower

import (
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// selectInto lowers a select to a Go select over the channels' underlying
// Go channels (see vexrt's package documentation). A select with a send
// case runs in two phases (selectSend). Otherwise, a select whose
// Some(v) = ch.recv() cases a closed, drained channel disables runs in a
// loop that selects again after disabling the case:
//
//	ra := a.RecvChan()
//	for {
//		select {
//		case v, ok := <-ra:
//			if !ok { ra = nil; continue }
//			...
//		case <-vexrt.After(500):
//			...
//		}
//		break
//	}
func (f *funcLower) selectInto(e *syntax.SelectExpr, s sink) {
	for _, sc := range e.Cases {
		if sc.Kind == syntax.SelectSend && !f.isGoChan(sc.Chan) {
			f.selectSend(e, s) // selectsend.go
			return
		}
	}
	pos := f.l.pos(e)
	looped := false
	hasTimeout := false
	for _, sc := range e.Cases {
		switch {
		case sc.Kind == syntax.SelectRecvOpt && isSomePat(sc.Bind):
			looped = true
		case sc.Kind == syntax.SelectAfter, sc.Kind == syntax.SelectDefault:
			hasTimeout = true
		}
	}
	chans, values, disabled := f.selectChans(e, looped)
	var out []Stmt
	saved := f.out
	if looped {
		f.out = &out
		f.allClosed(pos, disabled, hasTimeout || len(disabled) < len(e.Cases))
	}
	sel := &SelectStmt{Pos: pos}
	f.switches++
	if looped {
		f.synth++
	}
	for i, sc := range e.Cases {
		cc := &CommClause{Pos: f.l.pos(sc)}
		blk, close := f.open()
		switch sc.Kind {
		case syntax.SelectRecv:
			cc.Comm = f.recvComm(sc, chans[i], false)
		case syntax.SelectRecvOpt:
			if isSomePat(sc.Bind) {
				v := f.bindName(someBinding(sc.Bind))
				ok := f.flag("ok")
				cc.Comm = &AssignStmt{Lhs: []Expr{&Ident{Name: v}, &Ident{Name: ok}}, Op: ":=", Rhs: []Expr{&UnaryExpr{Op: "<-", X: chans[i]}}}
				f.emit(disable(ok, chans[i]))
				if l := f.simpleBinding(someBinding(sc.Bind)); l != nil {
					f.unused(l, v)
				}
			} else {
				cc.Comm = f.recvComm(sc, chans[i], true)
			}
		case syntax.SelectSend: // on a Go channel, which needs no BeginSend
			cc.Comm = &SendStmt{Chan: chans[i], Value: values[i]}
		case syntax.SelectAfter:
			cc.Comm = &ExprStmt{X: &UnaryExpr{Op: "<-", X: chans[i]}}
		}
		f.armInto(sc.Body, s)
		close()
		cc.Body = blk.Stmts
		sel.Cases = append(sel.Cases, cc)
	}
	f.switches--
	if !looped {
		f.emit(sel)
		return
	}
	f.synth--
	f.emit(sel)
	if s.kind != sinkReturn && !goTerminates(out) {
		// Every case of a select whose value is returned returns, and Go
		// sees the for loop as the function's last, terminating, statement;
		// after cases that all break or continue an outer loop, go vet
		// would report the break as unreachable.
		f.emit(&BranchStmt{Tok: "break"})
	}
	f.out = saved
	f.emit(&ForStmt{Pos: pos, Body: &Block{Stmts: out}})
}

// selectChans evaluates the channels of e and the values it sends once, in
// source order, and returns for each case its Go channel, or for a send
// case the channel, Vex or Go, and the value. When the select is looped,
// each Some(v) = ch.recv() case receives from a variable, which the case
// sets to nil to disable itself; disabled lists those. The timer of an
// after case is made once, before the loop.
func (f *funcLower) selectChans(e *syntax.SelectExpr, looped bool) (chans, values, disabled []Expr) {
	chans, values = make([]Expr, len(e.Cases)), make([]Expr, len(e.Cases))
	for i, sc := range e.Cases {
		switch sc.Kind {
		case syntax.SelectRecv, syntax.SelectRecvOpt:
			ch := f.value(sc.Chan)
			var recv Expr = method(ch, "RecvChan")
			if f.isGoChan(sc.Chan) {
				recv = ch
			}
			if looped && isSomePat(sc.Bind) {
				name := f.temp("recv")
				f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Op: ":=", Rhs: []Expr{recv}})
				chans[i] = &Ident{Name: name}
				disabled = append(disabled, chans[i])
			} else {
				chans[i] = recv
			}
		case syntax.SelectSend:
			chans[i] = f.once(f.value(sc.Chan), "ch")
			if c, ok := types.Under(f.l.info.Types[sc.Chan]).(*types.GoChan); ok {
				v := f.expr(sc.Value)
				if c.Elem == types.UnitType {
					v = f.goUnit(sc.Value, v)
				}
				values[i] = f.once(v, "v")
				break
			}
			var elem types.Type
			if c, ok := types.Under(f.l.info.Types[sc.Chan]).(*types.Channel); ok {
				elem = c.Elem
			}
			values[i] = f.once(f.typedExpr(sc.Value, elem), "v")
		case syntax.SelectAfter:
			chans[i] = f.afterChan(sc.Value)
			if looped {
				// The timeout counts from the select's start, not from
				// the last time a closed channel made it select again.
				chans[i] = f.once(chans[i], "timer")
			}
		}
	}
	return chans, values, disabled
}

// allClosed emits the panic of a select whose every case is disabled: the
// channel variables in disabled are nil. A select that a timeout, a default
// or a case that cannot be disabled keeps going needs none.
func (f *funcLower) allClosed(pos Pos, disabled []Expr, live bool) {
	if live {
		return
	}
	var all Expr
	for _, d := range disabled {
		all = and(all, &BinaryExpr{Op: "==", X: d, Y: goNil()})
	}
	f.emit(&IfStmt{Pos: pos, Cond: all, Then: &Block{Stmts: []Stmt{&ExprStmt{Pos: pos, X: &CallExpr{Fun: &Ident{Name: "panic"},
		Args: []Expr{&CallExpr{Fun: rt("Fail"), Args: []Expr{stringLit("select: all channels closed")}}}}}}}})
}

// isGoChan reports whether ch is a Go channel, whose cases are Go's own.
func (f *funcLower) isGoChan(ch syntax.Expr) bool {
	_, ok := types.Under(f.l.info.Types[ch]).(*types.GoChan)
	return ok
}

// disable is the test that disables a Some(v) = ch.recv() case once ch is
// closed and drained: if !ok { ch = nil; continue }.
func disable(ok string, ch Expr) Stmt {
	return &IfStmt{Cond: not(&Ident{Name: ok}), Then: &Block{Stmts: []Stmt{
		&AssignStmt{Lhs: []Expr{ch}, Op: "=", Rhs: []Expr{goNil()}},
		&BranchStmt{Tok: "continue"},
	}}}
}

// recvComm is the communication of `v = <-ch` (v gets the zero value once
// the channel is closed and drained) and of `o = ch.recv()` (o is an Option).
func (f *funcLower) recvComm(sc *syntax.SelectCase, ch Expr, option bool) Stmt {
	recv := &UnaryExpr{Op: "<-", X: ch}
	l := f.simpleBinding(sc.Bind)
	if l == nil {
		return &ExprStmt{X: recv}
	}
	name := f.declare(l)
	defer f.unused(l, name)
	if !option {
		return &AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Op: ":=", Rhs: []Expr{recv}}
	}
	v, ok := f.temp("v"), f.flag("ok")
	f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Op: ":=", Rhs: []Expr{&CallExpr{Fun: rt("OptionOf"), Args: []Expr{&Ident{Name: v}, &Ident{Name: ok}}}}})
	return &AssignStmt{Lhs: []Expr{&Ident{Name: v}, &Ident{Name: ok}}, Op: ":=", Rhs: []Expr{recv}}
}

// bindName declares the local bound by a Some(v) case, or returns "_".
func (f *funcLower) bindName(p syntax.Pattern) string {
	if l := f.simpleBinding(p); l != nil {
		return f.declare(l)
	}
	return "_"
}

// afterChan is the timer channel of `after ms` or `after duration`.
func (f *funcLower) afterChan(v syntax.Expr) Expr {
	x := f.expr(v)
	if f.l.info.Types[v] == types.DurationType {
		return &CallExpr{Fun: &Ident{Path: "time", Name: "After"}, Args: []Expr{x}}
	}
	return &CallExpr{Fun: rt("After"), Args: []Expr{f.int64Arg(v, x)}}
}

func isSomePat(p syntax.Pattern) bool {
	vp, ok := p.(*syntax.VariantPat)
	return ok && len(vp.Args) == 1
}

func someBinding(p syntax.Pattern) syntax.Pattern { return p.(*syntax.VariantPat).Args[0] }
