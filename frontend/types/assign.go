package types

import (
	"slices"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file checks late initialisation: a `let x: T` without a value must
// be assigned before any use, on every path, and only once.

// lateState maps each late-initialised local in scope to whether it is
// assigned: definitely, or on some paths only.
type lateState map[*Local]assigned

type assigned uint8

const (
	unassigned assigned = iota
	maybeAssigned
	definitelyAssigned
)

func (s lateState) copy() lateState {
	out := make(lateState, len(s))
	for k, v := range s {
		out[k] = v
	}
	return out
}

// merge joins the states at the end of two paths.
func merge(a, b lateState) lateState {
	out := make(lateState, len(a))
	for l, x := range a {
		y := b[l]
		switch {
		case x == y:
			out[l] = x
		case x == unassigned && y == unassigned:
			out[l] = unassigned
		default:
			out[l] = maybeAssigned
		}
	}
	return out
}

// checkLateInit walks a function body in evaluation order.
func (c *checker) checkLateInit(body *syntax.Block) {
	// Only a body that declares a local without a value needs the walk.
	if !slices.ContainsFunc(c.fn.root.local, func(l *Local) bool { return l.LateInit }) {
		return
	}
	reported := make(map[*Local]bool)
	c.lateWalk(body, lateState{}, reported)
}

func (c *checker) lateWalk(n syntax.Node, st lateState, reported map[*Local]bool) lateState {
	switch n := n.(type) {
	case nil:
		return st
	case *syntax.LetStmt:
		st = c.lateWalk(n.Value, st, reported)
		if ip, ok := n.Pat.(*syntax.IdentPat); ok {
			if l, ok := c.info.Defs[ip.Name].(*Local); ok && l.LateInit {
				st = st.copy()
				st[l] = unassigned
			}
		}
		return st
	case *syntax.AssignStmt:
		st = c.lateWalk(n.Rhs, st, reported)
		if id, ok := n.Target().(*syntax.Ident); ok {
			if l, ok := c.info.Uses[id].(*Local); ok {
				if a, late := st[l]; late {
					if n.Op != syntax.ASSIGN {
						c.lateUse(id, l, a, reported)
					} else if a != unassigned && !l.Mut {
						c.errorf(id, "cannot assign to %s twice: it is declared with let; use let! to make it mutable", id.Name)
					}
					st = st.copy()
					st[l] = definitelyAssigned
				}
				return st
			}
		}
		return c.lateWalk(n.Target(), st, reported)
	case *syntax.Ident:
		if l, ok := c.info.Uses[n].(*Local); ok {
			if a, late := st[l]; late {
				c.lateUse(n, l, a, reported)
			}
		}
		return st
	case *syntax.IfExpr:
		st = c.lateWalk(n.Cond, st, reported)
		then := c.lateWalk(n.Then, st.copy(), reported)
		els := st
		if n.Else != nil {
			els = c.lateWalk(n.Else, st.copy(), reported)
		}
		switch {
		case terminates(n.Then, c.info):
			return els
		case n.Else != nil && exprTerminates(n.Else, c.info):
			return then
		}
		return merge(then, els)
	case *syntax.MatchExpr:
		st = c.lateWalk(n.X, st, reported)
		var out lateState
		for _, arm := range n.Arms {
			a := c.lateWalk(arm.Guard, st.copy(), reported)
			a = c.lateWalk(arm.Body, a, reported)
			if exprTerminates(arm.Body, c.info) {
				continue
			}
			if out == nil {
				out = a
			} else {
				out = merge(out, a)
			}
		}
		if out == nil {
			return st
		}
		return out
	case *syntax.WhileStmt, *syntax.ForStmt, *syntax.LoopExpr:
		// The body may run any number of times: what it assigns is only
		// maybe assigned afterwards, and a second run would assign again.
		var body *syntax.Block
		switch n := n.(type) {
		case *syntax.WhileStmt:
			st = c.lateWalk(n.Cond, st, reported)
			body = n.Body
		case *syntax.ForStmt:
			st = c.lateWalk(n.X, st, reported)
			body = n.Body
		case *syntax.LoopExpr:
			body = n.Body
		}
		after := c.lateWalk(body, st.copy(), reported)
		return merge(st, after)
	case *syntax.ClosureExpr, *syntax.GoStmt:
		// Their bodies run later; reading an unassigned local there is as
		// wrong as reading it now.
		c.lateChildren(n, st.copy(), reported)
		return st
	}
	return c.lateChildren(n, st, reported)
}

// lateChildren walks the direct children of n in source order.
func (c *checker) lateChildren(n syntax.Node, st lateState, reported map[*Local]bool) lateState {
	syntax.Inspect(n, func(child syntax.Node) bool {
		if child == nil || child == n {
			return child == n
		}
		st = c.lateWalk(child, st, reported)
		return false
	})
	return st
}

func (c *checker) lateUse(id *syntax.Ident, l *Local, a assigned, reported map[*Local]bool) {
	if a == definitelyAssigned || reported[l] {
		return
	}
	reported[l] = true
	if a == maybeAssigned {
		c.errorf(id, "%s is used before it is initialised (not assigned on every path)", id.Name)
	} else {
		c.errorf(id, "%s is used before it is initialised", id.Name)
	}
}
