package lower

import (
	"strconv"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// selectSend lowers a select with a send case in two phases, as vexrt's
// package documentation describes. A send case registers with BeginSend,
// which returns nil channels once the Vex channel is closed, and must
// watch for Close while it waits; that watching case costs as much as a
// busy channel, so a first select tries the cases without it and without
// waiting, and only when none is ready a second one waits, with it and
// with the after cases. The case bodies run after EndSend, in a switch on
// the case that was chosen:
//
//	x := value
//	for {
//		bs, bclosed := b.BeginSend()
//		var v int32
//		chosen := 0
//		select {
//		case v = <-ra:
//			chosen = 1
//		case bs <- x:
//			chosen = 2
//		default:
//			select {
//			case v = <-ra:
//				chosen = 1
//			case bs <- x:
//				chosen = 2
//			case <-bclosed:
//			}
//		}
//		b.EndSend()
//		switch chosen {
//		case 0: // b was closed while the select waited
//			continue
//		case 1:
//			...
//		case 2:
//			...
//		}
//		break
//	}
//
// A select with a default case needs no second select: its default is the
// first select's.
func (f *funcLower) selectSend(e *syntax.SelectExpr, s sink) {
	pos := f.l.pos(e)
	hasDefault, hasTimeout, disables := false, false, false
	for _, sc := range e.Cases {
		switch {
		case sc.Kind == syntax.SelectDefault:
			hasDefault = true
		case sc.Kind == syntax.SelectAfter:
			hasTimeout = true
		case sc.Kind == syntax.SelectRecvOpt && isSomePat(sc.Bind):
			disables = true
		}
	}
	// The select runs again when a case was disabled: a closed Vex channel
	// woke the second select, or a Some(v) = ch.recv() case got no value.
	looped := !hasDefault || disables
	chans, values, disabled := f.selectChans(e, looped)
	var loop []Stmt
	saved := f.out
	if looped {
		f.out = &loop
	}

	// Register the sends.
	closed := make([]Expr, len(e.Cases))
	sendChans := make([]Expr, len(e.Cases))
	var sends []int
	for i, sc := range e.Cases {
		if sc.Kind != syntax.SelectSend || f.isGoChan(sc.Chan) {
			continue
		}
		// A select with a default never waits, nor watches for Close.
		bs, bclosed := f.temp("send"), "_"
		if !hasDefault {
			bclosed = f.temp("closed")
		}
		f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: bs}, &Ident{Name: bclosed}}, Op: ":=", Rhs: []Expr{method(chans[i], "BeginSend")}})
		sendChans[i], closed[i] = &Ident{Name: bs}, &Ident{Name: bclosed}
		disabled = append(disabled, sendChans[i])
		sends = append(sends, i)
	}
	f.allClosed(pos, disabled, hasDefault || hasTimeout || len(disabled) < len(e.Cases))

	// The variables the receive cases assign, and each case's communication.
	comms := make([]Stmt, len(e.Cases))
	prologues := make([]func(), len(e.Cases))
	for i, sc := range e.Cases {
		recv := &UnaryExpr{Op: "<-", X: chans[i]}
		switch sc.Kind {
		case syntax.SelectRecv:
			comms[i] = &ExprStmt{X: recv}
			if l := f.simpleBinding(sc.Bind); l != nil {
				name := f.declareVar(l, l.Type)
				comms[i] = &AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Op: "=", Rhs: []Expr{recv}}
				prologues[i] = func() { f.unused(l, name) }
			}
		case syntax.SelectRecvOpt:
			if isSomePat(sc.Bind) {
				name := "_"
				l := f.simpleBinding(someBinding(sc.Bind))
				if l != nil {
					name = f.declareVar(l, l.Type)
				}
				ok := f.temp("ok")
				f.emit(&VarStmt{Name: ok, Type: &NamedType{Name: "bool"}})
				comms[i] = &AssignStmt{Lhs: []Expr{&Ident{Name: name}, &Ident{Name: ok}}, Op: "=", Rhs: []Expr{recv}}
				prologues[i] = func() {
					f.emit(disable(ok, chans[i]))
					if l != nil {
						f.unused(l, name)
					}
				}
				continue
			}
			l := f.simpleBinding(sc.Bind)
			if l == nil {
				comms[i] = &ExprStmt{X: recv}
				continue
			}
			o, _ := l.Type.(*types.Option)
			if o == nil {
				f.l.internalError(sc.Chan, "a recv() case binds %s", l.Type)
				continue
			}
			v, ok := f.temp("v"), f.temp("ok")
			f.emit(&VarStmt{Name: v, Type: f.l.typ(o.Elem)}, &VarStmt{Name: ok, Type: &NamedType{Name: "bool"}})
			comms[i] = &AssignStmt{Lhs: []Expr{&Ident{Name: v}, &Ident{Name: ok}}, Op: "=", Rhs: []Expr{recv}}
			prologues[i] = func() {
				name := f.declare(l)
				f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Op: ":=", Rhs: []Expr{&CallExpr{Fun: rt("OptionOf"), Args: []Expr{&Ident{Name: v}, &Ident{Name: ok}}}}})
				f.unused(l, name)
			}
		case syntax.SelectSend:
			if f.isGoChan(sc.Chan) {
				comms[i] = &SendStmt{Chan: chans[i], Value: values[i]}
				break
			}
			comms[i] = &SendStmt{Chan: sendChans[i], Value: values[i]}
		}
	}

	// The two selects record the chosen case.
	chosen := f.temp("chosen")
	f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: chosen}}, Op: ":=", Rhs: []Expr{&Lit{Value: "0"}}})
	choose := func(i int) []Stmt {
		return []Stmt{&AssignStmt{Lhs: []Expr{&Ident{Name: chosen}}, Op: "=", Rhs: []Expr{&Lit{Value: strconv.Itoa(i + 1)}}}}
	}
	first := &SelectStmt{Pos: pos}
	wait := &SelectStmt{}
	for i, sc := range e.Cases {
		cpos := f.l.pos(sc)
		switch sc.Kind {
		case syntax.SelectDefault:
			first.Cases = append(first.Cases, &CommClause{Body: choose(i)})
		case syntax.SelectAfter:
			wait.Cases = append(wait.Cases, &CommClause{Pos: cpos, Comm: &ExprStmt{X: &UnaryExpr{Op: "<-", X: chans[i]}}, Body: choose(i)})
		default:
			first.Cases = append(first.Cases, &CommClause{Pos: cpos, Comm: comms[i], Body: choose(i)})
			wait.Cases = append(wait.Cases, &CommClause{Pos: cpos, Comm: comms[i], Body: choose(i)})
		}
	}
	if !hasDefault {
		for _, i := range sends {
			wait.Cases = append(wait.Cases, &CommClause{Comm: &ExprStmt{X: &UnaryExpr{Op: "<-", X: closed[i]}}})
		}
		first.Cases = append(first.Cases, &CommClause{Body: []Stmt{wait}})
	}
	f.emit(first)
	for _, i := range sends {
		f.emit(&ExprStmt{X: method(chans[i], "EndSend")})
	}

	// Then the chosen case's body runs.
	sw := &SwitchStmt{Tag: &Ident{Name: chosen}}
	if !hasDefault {
		sw.Cases = append(sw.Cases, &CaseClause{List: []Expr{&Lit{Value: "0"}}, Body: []Stmt{&BranchStmt{Tok: "continue"}}})
	}
	f.switches++
	if looped {
		f.synth++
	}
	for i, sc := range e.Cases {
		blk, close := f.open()
		if prologues[i] != nil {
			prologues[i]()
		}
		f.armInto(sc.Body, s)
		close()
		cc := &CaseClause{List: []Expr{&Lit{Value: strconv.Itoa(i + 1)}}, Body: blk.Stmts}
		if sc.Kind == syntax.SelectDefault {
			// The switch then ends every path, as Go needs of a select
			// whose value is returned.
			cc.List = nil
		}
		sw.Cases = append(sw.Cases, cc)
	}
	f.switches--
	f.emit(sw)
	if !looped {
		return
	}
	f.synth--
	if s.kind != sinkReturn && !goTerminates(loop) {
		f.emit(&BranchStmt{Tok: "break"}) // as in selectInto
	}
	f.out = saved
	f.emit(&ForStmt{Pos: pos, Body: &Block{Stmts: loop}})
}

// declareVar declares the local l, of Vex type t, with var and no value.
func (f *funcLower) declareVar(l *types.Local, t types.Type) string {
	name := f.declare(l)
	f.emit(&VarStmt{Name: name, Type: f.l.typ(t)})
	return name
}
