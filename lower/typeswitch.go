package lower

import (
	"strconv"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers a match on a payload enum, whose Go value is an
// interface holding one struct type per variant, to a type switch that
// tests the variant once and binds it once:
//
//	switch v := code[pc].(type) {
//	case instrPut:
//		r := v.V0
//		...
//	case instrJump:
//		if v.V0 < 0 { ... } else { ... }
//	default:
//		...
//	}
//
// Each variant gets one case, holding its arms in order as an if-else
// chain when a guard or a refutable sub-pattern makes an arm conditional.
// A final catch-all arm is the default; without one, the last case is, as
// the checker proved the match exhaustive. A match that would need an arm
// in two cases (a conditional arm that a later catch-all or or-pattern
// backs) keeps the switch on conditions of matchInto.

// variantGroup is one case of the type switch: the variants it tests and
// the arms that may match them, in order.
type variantGroup struct {
	variants []*types.Variant
	arms     []*syntax.MatchArm
	closed   bool // the last arm matches whenever the earlier ones do not
}

// typeSwitchInto lowers e, a match on a payload enum, to a type switch
// delivering to s, or reports false, having emitted nothing, when the arms
// do not fit one.
func (f *funcLower) typeSwitchInto(e *syntax.MatchExpr, s sink) bool {
	t := f.l.info.Types[e.X]
	n, ok := types.Under(t).(*types.Named)
	if !ok || n.Kind != types.EnumKind || !n.HasPayload() {
		return false
	}
	groups, catchAll, ok := f.variantGroups(e)
	if !ok {
		return false
	}
	pos := f.l.pos(e)
	v := f.temp("v")
	vx := &Ident{Name: v}
	sw := &TypeSwitchStmt{Pos: pos, X: f.typed(e.X, f.value(e.X), f.l.info.Types[e.X])}
	used := false // whether some case reads v
	f.switches++
	for i, g := range groups {
		tc := &TypeCase{Pos: f.l.pos(g.arms[0])}
		for _, variant := range g.variants {
			tc.Types = append(tc.Types, f.l.variantType(variant, n))
		}
		blk, close := f.open()
		f.scopes[len(f.scopes)-1][v] = true // Go declares v in each case's block
		reads := f.armChain(g, vx, n, s)
		close()
		tc.Body = blk.Stmts
		sw.Cases = append(sw.Cases, tc)
		used = used || reads
		if i == len(groups)-1 && catchAll == nil {
			// The last case tests nothing, unless it reads the variant's fields.
			if reads || !g.closed {
				sw.Cases = append(sw.Cases, &TypeCase{Body: []Stmt{&ExprStmt{X: fail(stringLit("entered unreachable code"))}}})
			} else {
				tc.Types = nil
			}
		}
	}
	if catchAll != nil {
		blk, close := f.open()
		f.scopes[len(f.scopes)-1][v] = true
		var binds []binding
		x := Expr(vx)
		if isRef(t) {
			x = addr(x) // a binding of a reference: the switch holds a copy
		}
		f.patCond(catchAll.Pat, x, t, &binds)
		used = used || len(f.bound(binds, catchAll.Body)) > 0
		f.bind(binds, catchAll.Body)
		f.armInto(catchAll.Body, s)
		close()
		sw.Cases = append(sw.Cases, &TypeCase{Pos: f.l.pos(catchAll), Body: blk.Stmts})
	}
	f.switches--
	if used {
		sw.Bind = v
	}
	f.emit(sw)
	return true
}

// variantGroups sorts the arms of e into the cases of a type switch, and
// returns the final catch-all arm, if any. It reports false when the arms
// do not fit a type switch.
func (f *funcLower) variantGroups(e *syntax.MatchExpr) (groups []*variantGroup, catchAll *syntax.MatchArm, ok bool) {
	byVariant := make(map[*types.Variant]*variantGroup)
	for _, arm := range e.Arms {
		variants, conditional, fits := f.armVariants(arm.Pat)
		if !fits {
			return nil, nil, false
		}
		conditional = conditional || arm.Guard != nil
		if variants == nil { // a catch-all
			if conditional {
				return nil, nil, false
			}
			for _, g := range groups {
				if !g.closed {
					return nil, nil, false // the catch-all would back a conditional arm
				}
			}
			return groups, arm, true
		}
		if isOrPat(arm.Pat) {
			// An or-pattern is a case of its own, of variants no other arm tests.
			for _, v := range variants {
				if byVariant[v] != nil {
					return nil, nil, false
				}
			}
			g := &variantGroup{variants: variants, arms: []*syntax.MatchArm{arm}, closed: !conditional}
			for _, v := range variants {
				byVariant[v] = g
			}
			groups = append(groups, g)
			continue
		}
		g := byVariant[variants[0]]
		switch {
		case g == nil:
			g = &variantGroup{variants: variants}
			byVariant[variants[0]] = g
			groups = append(groups, g)
		case g.closed:
			continue // unreachable
		case len(g.variants) > 1:
			return nil, nil, false
		}
		g.arms = append(g.arms, arm)
		g.closed = !conditional
	}
	// Without a catch-all, the checker proved that each variant matches one
	// of its arms, so the last arm of a case without a guard needs no test.
	for _, g := range groups {
		if !g.closed && g.arms[len(g.arms)-1].Guard == nil {
			g.closed = true
		}
	}
	return groups, nil, true
}

func isOrPat(p syntax.Pattern) bool {
	_, ok := p.(*syntax.OrPat)
	return ok
}

// armVariants returns the variants that pattern p of an arm matches, nil
// for a catch-all, and whether it matches only some values of them. It
// reports false for a pattern that does not fit a type switch: an
// or-pattern of variants that binds or tests their fields.
func (f *funcLower) armVariants(p syntax.Pattern) (variants []*types.Variant, conditional, ok bool) {
	info := f.l.info
	if info.OrAlts[p] != nil {
		return nil, false, false // a case for each alternative: matchInto
	}
	switch p := p.(type) {
	case *syntax.WildcardPat:
		return nil, false, true
	case *syntax.IdentPat:
		if v := info.Variants[p]; v != nil {
			return []*types.Variant{v}, false, true
		}
		return nil, false, true // a binding
	case *syntax.VariantPat:
		v := info.Variants[p]
		if v == nil {
			return nil, false, false
		}
		for _, a := range p.Args {
			conditional = conditional || !f.irrefutable(a)
		}
		return []*types.Variant{v}, conditional, true
	case *syntax.OrPat:
		for _, alt := range p.Alts {
			vs, _, ok := f.armVariants(alt)
			if !ok || vs == nil || !f.blank(alt) {
				return nil, false, false
			}
			variants = append(variants, vs...)
		}
		return variants, false, true
	}
	return nil, false, false
}

// blank reports whether a variant pattern neither binds nor tests fields.
func (f *funcLower) blank(p syntax.Pattern) bool {
	vp, ok := p.(*syntax.VariantPat)
	if !ok {
		return true // a unit variant
	}
	for _, a := range vp.Args {
		switch a.(type) {
		case *syntax.WildcardPat, *syntax.RestPat:
		default:
			return false
		}
	}
	return true
}

// irrefutable reports whether p matches every value of its type.
func (f *funcLower) irrefutable(p syntax.Pattern) bool {
	info := f.l.info
	switch p := p.(type) {
	case *syntax.WildcardPat, *syntax.RestPat:
		return true
	case *syntax.IdentPat:
		return info.Variants[p] == nil && builtinID(info.Uses[p.Name]) != types.None
	case *syntax.TuplePat:
		for _, e := range p.Elems {
			if !f.irrefutable(e) {
				return false
			}
		}
		return true
	case *syntax.StructPat:
		for _, fp := range p.Fields {
			if fp.Pat != nil && !f.irrefutable(fp.Pat) {
				return false
			}
		}
		return true
	}
	return false
}

// armChain lowers the arms of one case, where v is the variant's struct,
// into the current block: the first arm that matches runs. It reports
// whether the code reads v.
func (f *funcLower) armChain(g *variantGroup, v *Ident, n *types.Named, s sink) bool {
	arm := g.arms[0]
	var binds []binding
	var cond Expr
	if vp, ok := arm.Pat.(*syntax.VariantPat); ok && len(g.variants) == 1 {
		fields := n.VariantFields(g.variants[0])
		for i, a := range types.TupleElems(vp.Args, len(fields)) {
			cond = and(cond, f.patCond(a, &SelectorExpr{X: v, Sel: "V" + strconv.Itoa(i)}, fields[i], &binds))
		}
	}
	used := cond != nil || len(f.bound(binds, arm.Body)) > 0 || len(f.bound(binds, arm.Guard)) > 0
	if len(g.arms) == 1 && g.closed || cond == nil && arm.Guard == nil {
		f.bind(binds, arm.Body)
		f.armInto(arm.Body, s)
		return used
	}
	if arm.Guard != nil {
		cond = and(cond, f.guard(arm.Guard, binds))
	}
	then := f.block(func() {
		f.bind(binds, arm.Body)
		f.armInto(arm.Body, s)
	})
	st := &IfStmt{Pos: f.l.pos(arm), Cond: cond, Then: then}
	els, closeElse := f.open()
	if len(g.arms) > 1 {
		used = f.armChain(&variantGroup{variants: g.variants, arms: g.arms[1:], closed: g.closed}, v, n, s) || used
	} else {
		f.emit(&ExprStmt{X: fail(stringLit("entered unreachable code"))})
	}
	closeElse()
	st.Else = elseOf(els)
	f.emit(st)
	return used
}

// ifLetVariant lowers `if let V(a, b) = x` for a variant V of a payload
// enum with Go's comma-ok type assertion, which tests and binds the variant
// once:
//
//	if v, ok := x.(shapeCircle); ok && v.V1 > 0 {
//		r := v.V0
//		...
//	}
//
// It reports false, having emitted nothing, for any other pattern.
func (f *funcLower) ifLetVariant(pos Pos, p syntax.Pattern, xe syntax.Expr, body syntax.Node, then, els func()) bool {
	if f.l.info.OrAlts[p] != nil {
		return false // an if for each alternative: ifLet
	}
	variant := f.l.info.Variants[p]
	n, isNamed := types.Under(f.l.info.Types[xe]).(*types.Named)
	if variant == nil || !isNamed || n.Kind != types.EnumKind || !n.HasPayload() {
		return false
	}
	var args []syntax.Pattern
	if vp, ok := p.(*syntax.VariantPat); ok {
		args = vp.Args
	}
	x := f.typed(xe, f.value(xe), f.l.info.Types[xe]) // through a reference to the enum; a variant as the enum
	_, scope := f.open()
	v, flag := f.temp("v"), f.flag("ok")
	vx := &Ident{Name: v}
	var binds []binding
	var fieldCond Expr
	fields := n.VariantFields(variant)
	if args != nil {
		args = types.TupleElems(args, len(fields))
	}
	for i, a := range args {
		fieldCond = and(fieldCond, f.patCond(a, &SelectorExpr{X: vx, Sel: "V" + strconv.Itoa(i)}, fields[i], &binds))
	}
	if len(f.bound(binds, body)) == 0 && fieldCond == nil {
		v = "_"
	}
	cond := and(&Ident{Name: flag}, fieldCond)
	thenB := f.block(func() {
		f.bind(binds, body)
		then()
	})
	elseB := f.block(els)
	scope()
	st := &IfStmt{Pos: pos,
		Init: &AssignStmt{Lhs: []Expr{&Ident{Name: v}, &Ident{Name: flag}}, Op: ":=", Rhs: []Expr{&TypeAssertExpr{X: x, Type: f.l.variantType(variant, n)}}},
		Cond: cond, Then: thenB, Else: elseOf(elseB)}
	f.emit(st)
	return true
}
