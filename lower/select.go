package lower

import (
	"maps"
	"slices"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// selectInto lowers a select to a Go select over the channels' underlying
// Go channels (see vexrt's package documentation). A select whose cases
// can be disabled at run time — Some(v) = ch.recv() on a closed, drained
// channel, or a send on a closed channel — runs in a loop that selects
// again after disabling the case:
//
//	ra := a.RecvChan()
//	for {
//		bs, bclosed := b.BeginSend()
//		select {
//		case v, ok := <-ra:
//			b.EndSend()
//			if !ok { ra = nil; continue }
//			...
//		case bs <- x:
//			b.EndSend()
//			...
//		case <-bclosed:
//			b.EndSend()
//			continue
//		}
//		break
//	}
func (f *funcLower) selectInto(e *syntax.SelectExpr, s sink) {
	pos := f.l.pos(e)
	looped := false
	hasTimeout := false
	isGo := func(ch syntax.Expr) bool {
		_, ok := types.Under(f.l.info.Types[ch]).(*types.GoChan)
		return ok
	}
	for _, sc := range e.Cases {
		switch {
		case sc.Kind == syntax.SelectSend && isGo(sc.Chan):
		case sc.Kind == syntax.SelectSend, sc.Kind == syntax.SelectRecvOpt && isSomePat(sc.Bind):
			looped = true
		case sc.Kind == syntax.SelectAfter, sc.Kind == syntax.SelectDefault:
			hasTimeout = true
		}
	}
	// Channels and sent values are evaluated once, in source order.
	type sendCase struct{ ch, value, bs, closed Expr }
	chans := make([]Expr, len(e.Cases))
	sends := make(map[int]*sendCase)
	goSends := make(map[int]*sendCase) // sends on Go channels, which need no BeginSend
	var disabled []Expr                // channel variables that are nil when their case is disabled
	for i, sc := range e.Cases {
		switch sc.Kind {
		case syntax.SelectRecv, syntax.SelectRecvOpt:
			ch := f.expr(sc.Chan)
			var recv Expr = method(ch, "RecvChan")
			if isGo(sc.Chan) {
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
			if isGo(sc.Chan) {
				ch := f.once(f.expr(sc.Chan), "ch")
				goSends[i] = &sendCase{ch: ch, value: f.once(f.expr(sc.Value), "v")}
				break
			}
			ch := f.once(f.expr(sc.Chan), "ch")
			var elem types.Type
			if c, ok := types.Under(f.l.info.Types[sc.Chan]).(*types.Channel); ok {
				elem = c.Elem
			}
			v := f.once(f.typedExpr(sc.Value, elem), "v")
			sends[i] = &sendCase{ch: ch, value: v}
		case syntax.SelectAfter:
			chans[i] = f.afterChan(sc.Value)
		}
	}
	var out []Stmt
	saved := f.out
	if looped {
		f.out = &out
	}
	for _, i := range sortedKeys(sends) {
		sc := sends[i]
		bs, closed := f.temp("send"), f.temp("closed")
		f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: bs}, &Ident{Name: closed}}, Op: ":=", Rhs: []Expr{method(sc.ch, "BeginSend")}})
		sc.bs, sc.closed = &Ident{Name: bs}, &Ident{Name: closed}
		disabled = append(disabled, sc.bs)
	}
	if looped && !hasTimeout && len(disabled) == len(e.Cases) {
		var all Expr
		for _, d := range disabled {
			all = and(all, &BinaryExpr{Op: "==", X: d, Y: goNil()})
		}
		f.emit(&IfStmt{Pos: pos, Cond: all, Then: &Block{Stmts: []Stmt{&ExprStmt{Pos: pos, X: &CallExpr{Fun: &Ident{Name: "panic"},
			Args: []Expr{&CallExpr{Fun: rt("Fail"), Args: []Expr{stringLit("select: all channels closed")}}}}}}}})
	}
	endSends := func() {
		for _, i := range sortedKeys(sends) {
			f.emit(&ExprStmt{X: method(sends[i].ch, "EndSend")})
		}
	}
	sel := &SelectStmt{Pos: pos}
	f.switches++
	if looped {
		f.synth++
	}
	for i, sc := range e.Cases {
		cc := &CommClause{Pos: f.l.pos(sc)}
		blk, close := f.open()
		endSends()
		switch sc.Kind {
		case syntax.SelectRecv:
			cc.Comm = f.recvComm(sc, chans[i], false)
		case syntax.SelectRecvOpt:
			if isSomePat(sc.Bind) {
				v := f.bindName(someBinding(sc.Bind))
				ok := f.flag("ok")
				cc.Comm = &AssignStmt{Lhs: []Expr{&Ident{Name: v}, &Ident{Name: ok}}, Op: ":=", Rhs: []Expr{&UnaryExpr{Op: "<-", X: chans[i]}}}
				f.emit(&IfStmt{Cond: not(&Ident{Name: ok}), Then: &Block{Stmts: []Stmt{
					&AssignStmt{Lhs: []Expr{chans[i]}, Op: "=", Rhs: []Expr{goNil()}},
					&BranchStmt{Tok: "continue"},
				}}})
				if l := f.simpleBinding(someBinding(sc.Bind)); l != nil {
					f.unused(l, v)
				}
			} else {
				cc.Comm = f.recvComm(sc, chans[i], true)
			}
		case syntax.SelectSend:
			if sc := goSends[i]; sc != nil {
				cc.Comm = &SendStmt{Chan: sc.ch, Value: sc.value}
				break
			}
			cc.Comm = &SendStmt{Chan: sends[i].bs, Value: sends[i].value}
		case syntax.SelectAfter:
			cc.Comm = &ExprStmt{X: &UnaryExpr{Op: "<-", X: chans[i]}}
		}
		f.armInto(sc.Body, s)
		close()
		cc.Body = blk.Stmts
		sel.Cases = append(sel.Cases, cc)
	}
	for _, i := range sortedKeys(sends) {
		blk, close := f.open()
		endSends()
		f.emit(&BranchStmt{Tok: "continue"})
		close()
		sel.Cases = append(sel.Cases, &CommClause{Comm: &ExprStmt{X: &UnaryExpr{Op: "<-", X: sends[i].closed}}, Body: blk.Stmts})
	}
	f.switches--
	if !looped {
		f.emit(sel)
		return
	}
	f.synth--
	f.emit(sel, &BranchStmt{Tok: "break"})
	f.out = saved
	f.emit(&ForStmt{Pos: pos, Body: &Block{Stmts: out}})
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

func sortedKeys[V any](m map[int]V) []int { return slices.Sorted(maps.Keys(m)) }
