package types

import "github.com/vexlang/vex2go/frontend/syntax"

// selectExpr checks a select statement or expression (spec section 8).
func (c *checker) selectExpr(s *Scope, e *syntax.SelectExpr, hint Type, value bool) Type {
	var result Type = hint
	if value && result == nil {
		result = &Var{}
	}
	var after, deflt *syntax.SelectCase
	for _, sc := range e.Cases {
		inner := NewScope(s)
		switch sc.Kind {
		case syntax.SelectRecv, syntax.SelectRecvOpt:
			ct := c.selectChan(s, sc.Chan, false)
			if ct == nil {
				break
			}
			if sc.Bind == nil {
				break
			}
			t := ct.Elem
			if sc.Kind == syntax.SelectRecvOpt {
				t = &Option{Elem: ct.Elem}
			}
			switch sc.Bind.(type) {
			case *syntax.IdentPat, *syntax.WildcardPat:
			case *syntax.VariantPat:
				if sc.Kind != syntax.SelectRecvOpt {
					c.errorf(sc.Bind, "<-ch yields the element itself; match Some(v) against ch.recv()")
				}
			default:
				c.errorf(sc.Bind, "a select case binds a name, _ or Some(name)")
			}
			c.pattern(inner, sc.Bind, t)
			if id, ok := sc.Bind.(*syntax.IdentPat); ok {
				if _, binds := c.info.Defs[id.Name].(*Local); !binds {
					// None, or a unit variant of the element's enum: the
					// case would take any value and drop it.
					c.errorf(sc.Bind, "a select case binds a name, _ or Some(name), not the variant %s; bind the value and match it in the case", id.Name.Name)
				}
			}
			if vp, ok := sc.Bind.(*syntax.VariantPat); ok && sc.Kind == syntax.SelectRecvOpt {
				if id, ok := vp.Path.(*syntax.Ident); !ok || id.Name != "Some" || len(vp.Args) != 1 {
					c.errorf(sc.Bind, "a select case can match Some(v) only")
				} else if _, ok := vp.Args[0].(*syntax.IdentPat); !ok {
					if _, ok := vp.Args[0].(*syntax.WildcardPat); !ok {
						c.errorf(vp.Args[0], "a select case can bind a name inside Some(...) only")
					}
				}
			}
		case syntax.SelectSend:
			if ct := c.selectChan(s, sc.Chan, true); ct != nil {
				c.send(s, ct, sc.Value)
			} else {
				c.expr(s, sc.Value, nil)
			}
		case syntax.SelectAfter:
			if after != nil {
				c.errorf(sc, "select has more than one after case")
			}
			after = sc
			t := c.expr(s, sc.Value, nil)
			if !IsInteger(t) && !isDuration(t) && t != InvalidType {
				c.errorf(sc.Value, "after needs milliseconds (an integer) or a Duration, not %s", t)
			}
		case syntax.SelectDefault:
			if deflt != nil {
				c.errorf(sc, "select has more than one default case")
			}
			deflt = sc
		}
		if !value {
			c.droppedExpr(inner, sc.Body)
			continue
		}
		t := c.expr(inner, sc.Body, result)
		if !unify(result, t) {
			c.errorf(sc.Body, "select cases have different types: %s and %s", result, t)
		}
	}
	if after != nil && deflt != nil {
		c.errorf(after, "select cannot have both after and default: default runs at once, so after would never fire")
	}
	if len(e.Cases) == 0 {
		c.errorf(e, "select needs at least one case")
	}
	if !value {
		return UnitType
	}
	if v, free := Resolve(result).(*Var); free && v.Kind == AnyKind {
		v.bound = NeverType // every case diverges, as in a match
		if len(e.Cases) > 0 {
			return NeverType
		}
	}
	return result
}

// selectChan checks the channel of a select case, which sends or
// receives. A Go channel is described by the Channel of its elements.
func (c *checker) selectChan(s *Scope, x syntax.Expr, send bool) *Channel {
	t := Under(c.expr(s, x, nil))
	if ct, ok := t.(*Channel); ok {
		return ct
	}
	if gc, ok := t.(*GoChan); ok {
		return &Channel{Elem: c.goChanElem(gc, send, x)}
	}
	if t != InvalidType {
		c.errorf(x, "select case on %s: it is not a Channel", t)
	}
	return nil
}

// isDuration reports whether t is the prelude Duration type.
func isDuration(t Type) bool { return Resolve(t) == DurationType }
