package lower

import (
	"slices"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file releases lock guards at the end of their Vex scope.
//
// A guard is the value of `let g = m.lock()` (or l.read(), l.write()), and
// the checker makes sure that it never leaves its scope (types.checkGuards).
// A Go defer runs when the function returns, which is the end of the
// guard's scope only when the let is a statement of the function body
// itself (of a fn, closure, async body or go block). So:
//
//   - in the function body, the guard is released by a defer:
//
//     g := m.Lock()
//     defer g.Unlock()
//
//   - in a nested block — a loop body, a branch, a match arm, a block
//     expression — it is released by an explicit g.Unlock() where the
//     block ends, and before every return, `?` early return, break and
//     continue that leaves the block. A return computes its value before
//     the Unlock, into a temporary when it is not a plain name or constant.
//     No defer is added there: in a loop each iteration would add one,
//     which runs only when the function returns.
//
// g.unlock() in Vex releases early; since Unlock does nothing on a guard
// already released, the Unlock at the end of the scope stays.

// heldGuard is a guard taken in a nested block of the function being
// lowered, released explicitly.
type heldGuard struct {
	name     string
	local    *types.Local
	loops    int     // len(f.loops) when it was taken: a break or continue of those loops leaves its scope
	out      *[]Stmt // the statement list that declares it, and where
	at       int
	unlocked bool // an Unlock of it has been emitted
}

// enterBlock starts the lowering of the statements of a Vex block; the
// returned function ends it, releasing the guards the block took.
func (f *funcLower) enterBlock() func() {
	mark := len(f.guards)
	f.blocks++
	return func() {
		f.blocks--
		if len(f.guards) == mark {
			return
		}
		held := f.guards[mark:]
		if !goTerminates(*f.out) {
			f.unlock(held)
		}
		for i := len(held) - 1; i >= 0; i-- { // the last first: inserting keeps the places of the others
			g := held[i]
			if !g.unlocked && !g.local.Used {
				// Go rejects a variable that is never used.
				*g.out = slices.Insert(*g.out, g.at+1, Stmt(&AssignStmt{Lhs: []Expr{&Ident{Name: "_"}}, Op: "=", Rhs: []Expr{&Ident{Name: g.name}}}))
			}
		}
		f.guards = f.guards[:mark]
	}
}

// guardLet lowers `let g = m.lock()` and reports whether s is such a let.
func (f *funcLower) guardLet(s *syntax.LetStmt) bool {
	p, ok := s.Pat.(*syntax.IdentPat)
	if !ok {
		return false
	}
	call, ok := s.Value.(*syntax.CallExpr)
	if !ok || !types.IsLockCall(f.l.info.Calls[call]) {
		return false
	}
	local, _ := f.l.info.Defs[p.Name].(*types.Local)
	if local == nil {
		return false
	}
	x := f.expr(s.Value)
	name := f.declare(local)
	f.emit(&AssignStmt{Pos: f.l.pos(s), Lhs: []Expr{&Ident{Name: name}}, Op: ":=", Rhs: []Expr{x}})
	if f.blocks <= 1 {
		f.emit(&DeferStmt{Call: method(&Ident{Name: name}, "Unlock")})
		return true
	}
	f.guards = append(f.guards, &heldGuard{name: name, local: local, loops: len(f.loops), out: f.out, at: len(*f.out) - 1})
	return true
}

// unlock emits the release of guards, the last taken first.
func (f *funcLower) unlock(guards []*heldGuard) {
	for i := len(guards) - 1; i >= 0; i-- {
		guards[i].unlocked = true
		f.emit(&ExprStmt{X: method(&Ident{Name: guards[i].name}, "Unlock")})
	}
}

// unlockForReturn releases every guard held in nested blocks before a
// return of x, the lowered value of the Vex expression n (nil for none),
// and returns what the return statement returns: x, or a temporary that
// holds it, computed before the release.
func (f *funcLower) unlockForReturn(x Expr, t types.Type, n syntax.Node) Expr {
	if len(f.guards) == 0 {
		return x
	}
	if x != nil && !isPure(x) {
		tmp := f.temp("v")
		if e, ok := n.(syntax.Expr); ok {
			x = f.typed(e, x, t)
		}
		f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: tmp}}, Op: ":=", Rhs: []Expr{x}})
		x = &Ident{Name: tmp}
	}
	f.unlock(f.guards)
	return x
}

// unlockForBranch releases the guards taken inside loop, which a break or
// continue of it leaves.
func (f *funcLower) unlockForBranch(loop *loopInfo) {
	i := slices.Index(f.loops, loop)
	var inside []*heldGuard
	for _, g := range f.guards {
		if g.loops > i {
			inside = append(inside, g)
		}
	}
	f.unlock(inside)
}

// guardPtr lowers a use of the guard local l through which the value is
// reached (the checker gives such a use the type &T! or &T): g.Ptr().
func (f *funcLower) guardPtr(e *syntax.Ident, l *types.Local, x Expr) Expr {
	if types.IsGuard(l.Type) && isRef(f.l.info.Types[e]) {
		p := method(x, "Ptr")
		if f.guardPtrs == nil {
			f.guardPtrs = make(map[*CallExpr]bool)
		}
		f.guardPtrs[p] = true
		return p
	}
	return x
}

// goTerminates reports whether control never reaches the end of a
// statement list: it ends in a terminating statement as the Go spec
// defines it, or in a break or continue. go vet reports a statement after
// such a list as unreachable.
func goTerminates(list []Stmt) bool {
	return len(list) > 0 && terminating(list[len(list)-1], "")
}

func terminating(s Stmt, label string) bool {
	switch s := s.(type) {
	case *ReturnStmt, *BranchStmt:
		return true
	case *ExprStmt:
		call, ok := s.X.(*CallExpr)
		if !ok {
			return false
		}
		id, ok := call.Fun.(*Ident)
		return ok && id.Path == "" && id.Name == "panic"
	case *Block:
		return goTerminates(s.Stmts)
	case *IfStmt:
		return s.Else != nil && goTerminates(s.Then.Stmts) && terminating(s.Else, "")
	case *LabeledStmt:
		return terminating(s.Stmt, s.Label)
	case *ForStmt:
		return s.Cond == nil && !breaks(s.Body.Stmts, s.Label, true)
	case *SwitchStmt:
		hasDefault := false
		for _, cc := range s.Cases {
			hasDefault = hasDefault || cc.List == nil
			if !goTerminates(cc.Body) || breaks(cc.Body, s.Label, true) {
				return false
			}
		}
		return hasDefault
	case *TypeSwitchStmt:
		hasDefault := false
		for _, tc := range s.Cases {
			hasDefault = hasDefault || tc.Types == nil
			if !goTerminates(tc.Body) || breaks(tc.Body, s.Label, true) {
				return false
			}
		}
		return hasDefault
	case *SelectStmt:
		for _, cc := range s.Cases {
			if !goTerminates(cc.Body) || breaks(cc.Body, s.Label, true) {
				return false
			}
		}
		return true
	}
	return false
}

// breaks reports whether list has a break that leaves the statement
// labelled label, or, with bare set, an unlabelled break that does.
func breaks(list []Stmt, label string, bare bool) bool {
	for _, s := range list {
		if breaksIn(s, label, bare) {
			return true
		}
	}
	return false
}

func breaksIn(s Stmt, label string, bare bool) bool {
	switch s := s.(type) {
	case *BranchStmt:
		return s.Tok == "break" && (s.Label == "" && bare || s.Label != "" && s.Label == label)
	case *Block:
		return breaks(s.Stmts, label, bare)
	case *IfStmt:
		return breaks(s.Then.Stmts, label, bare) || s.Else != nil && breaksIn(s.Else, label, bare)
	case *LabeledStmt:
		return breaksIn(s.Stmt, label, bare)
	case *ForStmt:
		return label != "" && breaks(s.Body.Stmts, label, false)
	case *RangeStmt:
		return label != "" && breaks(s.Body.Stmts, label, false)
	case *SwitchStmt:
		for _, cc := range s.Cases {
			if label != "" && breaks(cc.Body, label, false) {
				return true
			}
		}
	case *TypeSwitchStmt:
		for _, tc := range s.Cases {
			if label != "" && breaks(tc.Body, label, false) {
				return true
			}
		}
	case *SelectStmt:
		for _, cc := range s.Cases {
			if label != "" && breaks(cc.Body, label, false) {
				return true
			}
		}
	}
	return false
}
