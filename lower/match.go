package lower

import (
	"go/constant"
	gotypes "go/types"
	"strconv"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// binding is a pattern variable and the Go expression that extracts it.
type binding struct {
	local *types.Local
	value Expr
}

// patCond returns the condition under which pattern p matches x, a Go
// expression of Vex type t, or nil when p always matches; it appends the
// pattern's bindings to binds.
func (f *funcLower) patCond(p syntax.Pattern, x Expr, t types.Type, binds *[]binding) Expr {
	info := f.l.info
	u := types.Under(t)
	if r, isRef := types.Resolve(t).(*types.Ref); isRef && !f.bindsWhole(p) {
		// A pattern that tests the value sees through the reference, as
		// Vex does; a binding keeps the reference.
		x, t = derefRef(x, r), r.Elem
	}
	switch p := p.(type) {
	case *syntax.WildcardPat, *syntax.BadPat:
		return nil
	case *syntax.IdentPat:
		if v := info.Variants[p]; v != nil {
			return f.variantCond(v, x, u)
		}
		if builtinID(info.Uses[p.Name]) == types.None {
			return method(x, "IsNone")
		}
		if l, ok := info.Defs[p.Name].(*types.Local); ok {
			*binds = append(*binds, binding{l, x})
		}
		return nil
	case *syntax.LitPat:
		return &BinaryExpr{Op: "==", X: x, Y: f.expr(p.Value)}
	case *syntax.RangePat:
		hiOp := "<"
		if p.Inclusive {
			hiOp = "<="
		}
		var cond Expr
		if p.Lo != nil {
			cond = &BinaryExpr{Op: ">=", X: x, Y: f.expr(p.Lo)}
		}
		if p.Hi != nil {
			cond = and(cond, &BinaryExpr{Op: hiOp, X: x, Y: f.expr(p.Hi)})
		}
		return cond
	case *syntax.OrPat:
		return anyOf(p.Alts, func(alt syntax.Pattern) Expr { return f.patCond(alt, x, t, binds) })
	case *syntax.ArrayPat:
		return f.arrayPatCond(p, x, t, binds)
	case *syntax.TuplePat:
		var fields []Expr
		if tt, ok := u.(*types.Tuple); ok {
			for i := range tt.Elems {
				fields = append(fields, &SelectorExpr{X: x, Sel: "V" + strconv.Itoa(i)})
			}
		}
		return f.tupleCond(p, fields, t, binds)
	case *syntax.StructPat:
		n, _ := u.(*types.Named)
		var cond Expr
		for _, fp := range p.Fields {
			fld := info.Fields[fp.Name]
			if fld == nil || n == nil {
				continue
			}
			fx := &SelectorExpr{X: x, Sel: f.l.fieldName(fld)}
			if fp.Pat == nil {
				if l, ok := info.Defs[fp.Name].(*types.Local); ok {
					*binds = append(*binds, binding{l, fx})
				}
				continue
			}
			cond = and(cond, f.patCond(fp.Pat, fx, n.FieldType(fld), binds))
		}
		return cond
	case *syntax.VariantPat:
		if k := f.goConstPat(p); k != nil {
			return &BinaryExpr{Op: "==", X: x, Y: f.expr(p.Path)} // case http.StatusOK:
		}
		if v := info.Variants[p]; v != nil {
			n, _ := u.(*types.Named)
			cond := f.variantCond(v, x, u)
			if v.Fields == nil || n == nil {
				return cond
			}
			vx := Expr(&TypeAssertExpr{X: x, Type: f.l.variantType(v, n)})
			ft := n.VariantFields(v)
			for i, a := range types.TupleElems(p.Args, len(ft)) {
				cond = and(cond, f.patCond(a, &SelectorExpr{X: vx, Sel: "V" + strconv.Itoa(i)}, ft[i], binds))
			}
			return cond
		}
		id, _ := p.Path.(*syntax.Ident)
		if id == nil {
			return nil
		}
		switch builtinID(info.Uses[id]) {
		case types.None:
			return method(x, "IsNone")
		case types.Some:
			if o, ok := u.(*types.Option); ok && len(p.Args) == 1 {
				return and(method(x, "IsSome"), f.patCond(p.Args[0], method(x, "Value"), o.Elem, binds))
			}
		case types.Ok:
			if r, ok := u.(*types.Result); ok && len(p.Args) == 1 {
				return and(method(x, "IsOk"), f.patCond(p.Args[0], method(x, "Value"), r.Ok, binds))
			}
		case types.Err:
			if r, ok := u.(*types.Result); ok && len(p.Args) == 1 {
				return and(method(x, "IsErr"), f.patCond(p.Args[0], method(x, "Failure"), r.Err, binds))
			}
		}
	}
	return nil
}

// bindsWhole reports whether p matches any value without reading it: a
// wildcard, a binding or a struct pattern (whose fields Go reads through
// a pointer as well).
func (f *funcLower) bindsWhole(p syntax.Pattern) bool {
	switch p := p.(type) {
	case *syntax.WildcardPat, *syntax.BadPat, *syntax.StructPat:
		return true
	case *syntax.IdentPat:
		return f.l.info.Variants[p] == nil && builtinID(f.l.info.Uses[p.Name]) != types.None
	}
	return false
}

// builtinID returns the entry of the prelude table that obj is, or
// NoBuiltin.
func builtinID(obj types.Object) types.BuiltinID {
	if b, ok := obj.(*types.Builtin); ok {
		return b.ID
	}
	return types.NoBuiltin
}

func and(a, b Expr) Expr {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	return &BinaryExpr{Op: "&&", X: a, Y: b}
}

// bind declares the pattern bindings that body reads at the start of a
// case or then block. The others are not declared: a guard reads its
// bindings through the expressions that extract them.
func (f *funcLower) bind(binds []binding, body syntax.Node) {
	for _, b := range f.bound(binds, body) {
		name := f.declare(b.local)
		f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Op: ":=", Rhs: []Expr{b.value}})
	}
}

// bound returns the bindings of binds that n reads.
func (f *funcLower) bound(binds []binding, n syntax.Node) []binding {
	var out []binding
	for _, b := range binds {
		if n != nil && f.refersTo(n, b.local) {
			out = append(out, b)
		}
	}
	return out
}

// refersTo reports whether n reads the local l.
func (f *funcLower) refersTo(n syntax.Node, l *types.Local) bool {
	found := false
	syntax.Inspect(n, func(n syntax.Node) bool {
		if id, ok := n.(*syntax.Ident); ok && f.l.info.Uses[id] == types.Object(l) {
			found = true
		}
		return !found
	})
	return found
}

// scrutinee lowers the matched expression, saving it in a temporary
// unless it is a plain name.
func (f *funcLower) scrutinee(e syntax.Expr) (x Expr, init Stmt) {
	x = f.typed(e, f.expr(e), f.l.info.Types[e]) // a variant as the enum
	if isIdent(x) {
		return x, nil
	}
	tmp := f.temp("tmp")
	return &Ident{Name: tmp}, &AssignStmt{Lhs: []Expr{&Ident{Name: tmp}}, Op: ":=", Rhs: []Expr{x}}
}

func (f *funcLower) ifInto(e *syntax.IfExpr, s sink) {
	pos := f.l.pos(e)
	branch := func(b syntax.Expr) *Block {
		blk := f.block(func() { f.valueInto(b, s) })
		return unwrapBlock(blk)
	}
	elseBranch := func() Stmt {
		if e.Else == nil {
			if s.kind != sinkDiscard {
				blk := f.block(func() { f.deliver(nil, types.UnitType, s, e) })
				if len(blk.Stmts) > 0 {
					return blk
				}
			}
			return nil
		}
		blk := branch(e.Else)
		if len(blk.Stmts) == 1 {
			if elif, ok := blk.Stmts[0].(*IfStmt); ok {
				return elif
			}
		}
		return blk
	}
	if e.Pat != nil {
		var elseNode syntax.Node
		if e.Else != nil {
			elseNode = e.Else
		}
		f.ifLet(pos, e.Pat, e.Cond, e.Then, elseNode, func() { f.blockInto(e.Then, s) }, func() {
			if st := elseBranch(); st != nil {
				if b, ok := st.(*Block); ok {
					f.emit(b.Stmts...)
				} else {
					f.emit(st)
				}
			}
		})
		return
	}
	cond := f.deref(e.Cond, f.expr(e.Cond))
	then := branch(e.Then)
	f.emit(&IfStmt{Pos: pos, Cond: cond, Then: then, Else: elseBranch()})
}

// ternaryInto lowers c ? a : b as an if statement whose branches deliver
// into s; a ternary in the else branch is an else if.
func (f *funcLower) ternaryInto(e *syntax.TernaryExpr, s sink) {
	cond := f.deref(e.Cond, f.expr(e.Cond))
	thenB := f.block(func() { f.valueInto(e.Then, s) })
	elseB := f.block(func() { f.valueInto(e.Else, s) })
	f.emit(&IfStmt{Pos: f.l.pos(e), Cond: cond, Then: thenB, Else: elseOf(elseB)})
}

// unwrapBlock removes the extra block that lowering a Vex block as a value
// wraps around its statements.
func unwrapBlock(b *Block) *Block {
	if len(b.Stmts) == 1 {
		if inner, ok := b.Stmts[0].(*Block); ok {
			return inner
		}
	}
	return b
}

// ifLet lowers `if let p = x { then } else { els }`, while let, and a match
// of two arms that is one, at pos, the position of the statement: the Go
// if evaluates the scrutinee, so a panic there or a breakpoint on the
// statement's line finds it.
// Some(v) and Ok(v) use Go's comma-ok form.
func (f *funcLower) ifLet(pos Pos, p syntax.Pattern, xe syntax.Expr, body, elseNode syntax.Node, then, els func()) {
	t := f.l.info.Types[xe]
	if f.goErrorIfLet(p, xe, elseNode, then, els) {
		return
	}
	if local, getter, ok := f.commaOk(p); ok {
		f.commaOkIf(pos, local, getter, f.expr(xe), elseNode, then, els)
		return
	}
	if f.ifLetVariant(pos, p, xe, body, then, els) {
		return // typeswitch.go
	}
	x, init := f.scrutinee(xe)
	// A | pattern that binds names is an if for each alternative, which
	// binds them from its own part of the value: if a { } else if b { }.
	var first, prev *IfStmt
	read := false // whether any condition or binding reads x
	for _, alt := range f.bindingAlts(p) {
		var binds []binding
		cond := f.patCond(alt, x, t, &binds)
		if cond == nil {
			cond = &Lit{Value: "true"}
		} else {
			read = true
		}
		read = read || len(f.bound(binds, body)) > 0
		thenB := f.block(func() {
			f.bind(binds, body)
			then()
		})
		st := &IfStmt{Pos: pos, Cond: cond, Then: thenB}
		if first == nil {
			first = st
		} else {
			prev.Else = st
		}
		prev = st
	}
	elseB := f.block(els)
	if els := elseOf(elseB); els != nil {
		prev.Else = els
	}
	if !read {
		init = f.discardUnread(x, init)
	}
	if init != nil {
		f.emit(init)
	}
	f.emit(first)
}

// commaOkIf emits if v, ok := x.getter(); ok { then } else { els }, with
// v the Go name of local, or _ when local is nil; elseNode is the Vex code
// of els, which must not see v.
func (f *funcLower) commaOkIf(pos Pos, local *types.Local, getter string, x Expr, elseNode syntax.Node, then, els func()) {
	_, scope := f.open()
	name := "_"
	if local != nil {
		name = f.declareBeside(local, elseNode)
	}
	flag := f.flag("ok")
	thenB, closeThen := f.open()
	if local != nil {
		f.unused(local, name)
	}
	then()
	closeThen()
	elseB := f.block(els)
	scope()
	f.emit(&IfStmt{Pos: pos,
		Init: &AssignStmt{Lhs: []Expr{&Ident{Name: name}, &Ident{Name: flag}}, Op: ":=", Rhs: []Expr{commaOk(x, getter)}},
		Cond: &Ident{Name: flag}, Then: thenB, Else: elseOf(elseB)})
}

// goErrorCall returns the Go of x as a plain Go call, and the shape of its
// results, if x is a call of a Go function returning (T, error) or error.
func (f *funcLower) goErrorCall(x syntax.Expr) (Expr, types.GoResults, bool) {
	call, isCall := syntax.Unparen(x).(*syntax.CallExpr)
	if !isCall {
		return nil, 0, false
	}
	// Only then lowered, as lowering the call emits its arguments.
	if shape := f.callShape(call); shape != types.GoValueError && shape != types.GoErrorOnly {
		return nil, 0, false
	}
	return f.rawCall(call)
}

// goErrorIfLet lowers `if let Ok(v) = f(x)` and `if let Err(e) = f(x)`,
// of a Go function f returning (T, error) or error, as Go tests the error,
// reporting whether p and xe have that shape:
//
//	if e := f(x); e != nil { ... }
func (f *funcLower) goErrorIfLet(p syntax.Pattern, xe syntax.Expr, elseNode syntax.Node, then, els func()) bool {
	local, _, commaOk := f.commaOk(p)
	variant := f.resultVariant(p)
	if !commaOk || variant != types.Ok && variant != types.Err {
		return false
	}
	raw, shape, ok := f.goErrorCall(xe)
	if !ok {
		return false
	}
	_, scope := f.open()
	value, err := "_", f.flag("err")
	name := &value
	if variant == types.Err {
		name = &err
	}
	if local != nil {
		*name = f.declareBeside(local, elseNode)
	}
	thenB, closeThen := f.open()
	if local != nil {
		f.unused(local, *name)
	}
	then()
	closeThen()
	elseB := f.block(els)
	scope()
	names := []string{value, err}
	if shape == types.GoErrorOnly {
		names = names[1:]
	}
	cond := &BinaryExpr{Op: "==", X: &Ident{Name: err}, Y: goNil()}
	if variant == types.Err {
		cond.Op = "!="
	}
	f.emit(&IfStmt{Pos: f.l.pos(p), Init: define(names, raw), Cond: cond, Then: thenB, Else: elseOf(elseB)})
	return true
}

// discardUnread keeps the scrutinee x of a match or if let whose
// patterns neither test nor bind anything (P { .. }, (_, _)) in use, as Go
// requires of every variable: the temporary that init declares is
// `_ = value` instead, and a variable is assigned to _ after init.
func (f *funcLower) discardUnread(x Expr, init Stmt) Stmt {
	blank := []Expr{&Ident{Name: "_"}}
	if a, ok := init.(*AssignStmt); ok && a.Op == ":=" {
		return &AssignStmt{Pos: a.Pos, Lhs: blank, Op: "=", Rhs: a.Rhs}
	}
	if init != nil {
		f.emit(init)
	}
	return &AssignStmt{Lhs: blank, Op: "=", Rhs: []Expr{x}}
}

// bindingAlts returns the alternatives of p when p is a | pattern whose
// alternatives bind names, and p alone otherwise.
func (f *funcLower) bindingAlts(p syntax.Pattern) []syntax.Pattern {
	if alts := f.l.info.OrAlts[p]; alts != nil {
		return alts // a | pattern inside p binds names
	}
	or, ok := p.(*syntax.OrPat)
	if !ok {
		return []syntax.Pattern{p}
	}
	binds := false
	syntax.Inspect(or, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.IdentPat:
			_, isLocal := f.l.info.Defs[n.Name].(*types.Local)
			binds = binds || isLocal
		case *syntax.FieldPat:
			_, isLocal := f.l.info.Defs[n.Name].(*types.Local)
			binds = binds || n.Pat == nil && isLocal
		}
		return !binds
	})
	if !binds {
		return []syntax.Pattern{p}
	}
	return or.Alts
}

// elseOf returns the else branch of an if statement whose else block is b:
// nil when b is empty, the if statement of an else-if.
func elseOf(b *Block) Stmt {
	switch {
	case len(b.Stmts) == 0:
		return nil
	case len(b.Stmts) == 1:
		if elif, ok := b.Stmts[0].(*IfStmt); ok {
			return elif
		}
	}
	return b
}

// commaOk recognises Some(v), Ok(v) and Err(v) with v a name or _, which
// lower to Go's comma-ok form with the returned getter; local is nil for _.
func (f *funcLower) commaOk(p syntax.Pattern) (local *types.Local, getter string, ok bool) {
	vp, isVariant := p.(*syntax.VariantPat)
	if !isVariant || len(vp.Args) != 1 {
		return nil, "", false
	}
	id, isIdent := vp.Path.(*syntax.Ident)
	if !isIdent {
		return nil, "", false
	}
	switch builtinID(f.l.info.Uses[id]) {
	case types.Some, types.Ok:
		getter = "Get"
	case types.Err:
		getter = "ErrValue"
	}
	local = f.simpleBinding(vp.Args[0])
	if getter == "" || (local == nil && !isWildcard(vp.Args[0])) {
		return nil, "", false
	}
	return local, getter, true
}

func (f *funcLower) simpleBinding(p syntax.Pattern) *types.Local {
	if ip, ok := p.(*syntax.IdentPat); ok {
		l, _ := f.l.info.Defs[ip.Name].(*types.Local)
		return l
	}
	return nil
}

// isWildcard reports whether p is _ or (), which match every value of
// their type: Ok(()) tests a Result<(), E> as Ok(_) does.
func isWildcard(p syntax.Pattern) bool {
	switch p := p.(type) {
	case *syntax.WildcardPat:
		return true
	case *syntax.TuplePat:
		return len(p.Elems) == 0
	}
	return false
}

// matchInto lowers a match to a switch: `switch x { case 1, 2: }` when
// every arm is a literal, otherwise a switch on conditions. The checker
// proved the match exhaustive, so the last unguarded arm is the default.
func (f *funcLower) matchInto(e *syntax.MatchExpr, s sink) {
	if f.typeSwitchInto(e, s) {
		return // typeswitch.go
	}
	if f.commaOkMatch(e, s) {
		return
	}
	t := f.l.info.Types[e.X]
	elems := f.tupleScrutinee(e)
	var x Expr
	var init Stmt
	if elems == nil {
		x, init = f.scrutinee(e.X)
	}
	sw := &SwitchStmt{Pos: f.l.pos(e), Init: init}
	if elems == nil && f.literalArms(e) {
		sw.Tag = f.deref(e.X, x)
	}
	f.switches++
	hasDefault := false
	read := sw.Tag != nil // whether any case or binding reads the scrutinee
arms:
	for i, arm := range e.Arms {
		// An arm whose | pattern binds names is a case for each
		// alternative, which binds them from its own part of the value.
		alts := f.bindingAlts(arm.Pat)
		for j, p := range alts {
			cc := &CaseClause{Pos: f.l.pos(arm)}
			var binds []binding
			var cond Expr
			if elems != nil {
				cond = f.tupleCond(p, elems, t, &binds)
			} else {
				cond = f.patCond(p, x, t, &binds)
			}
			if sw.Tag != nil {
				cc.List = f.literalList(p)
			} else if arm.Guard != nil {
				cc.List = []Expr{and(cond, f.guard(arm.Guard, binds))}
			} else if cond != nil {
				cc.List = []Expr{cond}
			}
			last := i == len(e.Arms)-1 && j == len(alts)-1
			if last && arm.Guard == nil {
				cc.List = nil
			}
			if cc.List == nil {
				hasDefault = true
			} else if sw.Tag == nil {
				read = true
			}
			read = read || len(f.bound(binds, arm.Body)) > 0
			blk := f.block(func() {
				f.bind(binds, arm.Body)
				f.armInto(arm.Body, s)
			})
			cc.Body = blk.Stmts
			sw.Cases = append(sw.Cases, cc)
			if cc.List == nil {
				break arms
			}
		}
	}
	f.switches--
	if !read {
		f.emit(f.discardUnread(x, sw.Init)) // tupleScrutinee's elements are read
		sw.Init = nil
	}
	if !hasDefault {
		sw.Cases = append(sw.Cases, &CaseClause{Body: []Stmt{&ExprStmt{X: &CallExpr{Fun: &Ident{Name: "panic"},
			Args: []Expr{&CallExpr{Fun: rt("Fail"), Args: []Expr{stringLit("entered unreachable code")}}}}}}})
	}
	f.emit(sw)
}

// commaOkMatch lowers a match of two arms, Some(v), Ok(v) or Err(v) with v
// a name or _, and an arm for the rest (_, None, Err(_), Ok(_)), as an if
// with Go's comma-ok form, as the if let of the first arm is:
//
//	if p, ok := x.Get(); ok { ... } else { ... }
//
// When the rest is Err(e) or Ok(v) of the same Result, its binding reads
// the other side of the value, which is then read twice:
//
//	if v, ok := r.Get(); ok { ... } else { e := r.Failure(); ... }
func (f *funcLower) commaOkMatch(e *syntax.MatchExpr, s sink) bool {
	if len(e.Arms) != 2 || e.Arms[0].Guard != nil || e.Arms[1].Guard != nil {
		return false
	}
	hit, rest := e.Arms[0], e.Arms[1]
	other, getter, ok := f.complements(rest.Pat, hit.Pat)
	if !ok || other != nil {
		// Arms in the other order where that reads the value once.
		other2, getter2, ok2 := f.complements(hit.Pat, rest.Pat)
		if ok2 && (!ok || other2 == nil) {
			hit, rest, other, getter, ok = rest, hit, other2, getter2, true
		}
	}
	if !ok {
		return false
	}
	if f.goErrorMatch(e, hit, rest, s) {
		return true
	}
	then := func() { f.armInto(hit.Body, s) }
	if other == nil {
		f.ifLet(f.l.pos(e), hit.Pat, e.X, hit.Body, rest.Body, then, func() { f.armInto(rest.Body, s) })
		return true
	}
	x, pos := f.expr(e.X), f.l.pos(e)
	if !isIdent(x) {
		res := f.temp("res")
		f.emit(&AssignStmt{Pos: pos, Lhs: []Expr{&Ident{Name: res}}, Op: ":=", Rhs: []Expr{x}})
		x, pos = &Ident{Name: res}, Pos{}
	}
	local, hitGetter, _ := f.commaOk(hit.Pat)
	f.commaOkIf(pos, local, hitGetter, x, rest.Body, then, func() {
		name := f.declare(other)
		f.emit(&AssignStmt{Pos: f.l.pos(rest.Pat), Lhs: []Expr{&Ident{Name: name}}, Op: ":=", Rhs: []Expr{method(x, getter)}})
		f.armInto(rest.Body, s)
	})
	return true
}

// goErrorMatch lowers a match of Ok and Err, the arms hit and rest that
// commaOkMatch found, on a call of a Go function returning (T, error) or
// error as Go code tests the error:
//
//	if v, err := f(x); err == nil { ... } else { ... }
func (f *funcLower) goErrorMatch(e *syntax.MatchExpr, hit, rest *syntax.MatchArm, s sink) bool {
	raw, shape, ok := f.goErrorCall(e.X)
	if !ok {
		return false
	}
	okArm, errArm := hit, rest
	if f.resultVariant(hit.Pat) == types.Err {
		okArm, errArm = rest, hit
	}
	_, scope := f.open()
	value, err := "_", f.flag("err")
	if l := f.payloadBinding(okArm.Pat); l != nil {
		value = f.declareBeside(l, errArm.Body)
	}
	if l := f.payloadBinding(errArm.Pat); l != nil {
		err = f.declareBeside(l, okArm.Body)
	}
	cond := &BinaryExpr{Op: "==", X: &Ident{Name: err}, Y: goNil()}
	if hit == errArm {
		cond.Op = "!="
	}
	thenB := f.block(func() { f.armInto(hit.Body, s) })
	elseB := f.block(func() { f.armInto(rest.Body, s) })
	scope()
	names := []string{value, err}
	if shape == types.GoErrorOnly {
		names = names[1:] // if err := f(x); err == nil
	}
	f.emit(&IfStmt{Pos: f.l.pos(e),
		Init: define(names, raw),
		Cond: cond, Then: thenB, Else: elseOf(elseB)})
	return true
}

// resultVariant returns Ok or Err for a pattern Ok(p) or Err(p), or NoBuiltin.
func (f *funcLower) resultVariant(p syntax.Pattern) types.BuiltinID {
	if vp, ok := p.(*syntax.VariantPat); ok {
		if id, ok := vp.Path.(*syntax.Ident); ok {
			return builtinID(f.l.info.Uses[id])
		}
	}
	return types.NoBuiltin
}

// payloadBinding returns the local that the one payload of a variant
// pattern binds, if its body reads it.
func (f *funcLower) payloadBinding(p syntax.Pattern) *types.Local {
	vp, ok := p.(*syntax.VariantPat)
	if !ok || len(vp.Args) != 1 {
		return nil
	}
	if l := f.simpleBinding(vp.Args[0]); l != nil && l.Used {
		return l
	}
	return nil
}

// complements reports whether p is a comma-ok pattern (commaOk) and rest
// matches every value that p does not. rest binds nothing, or, against
// Ok(v) or Err(e), it is Err(e) or Ok(v) and binds other, which the method
// getter of the Result reads.
func (f *funcLower) complements(rest, p syntax.Pattern) (other *types.Local, getter string, ok bool) {
	if _, _, ok := f.commaOk(p); !ok {
		return nil, "", false
	}
	if isWildcard(rest) {
		return nil, "", true
	}
	var restID types.BuiltinID
	switch r := rest.(type) {
	case *syntax.IdentPat:
		restID = builtinID(f.l.info.Uses[r.Name])
	case *syntax.VariantPat:
		id, _ := r.Path.(*syntax.Ident)
		if id == nil || len(r.Args) > 1 {
			return nil, "", false
		}
		if len(r.Args) == 1 && !isWildcard(r.Args[0]) {
			other = f.simpleBinding(r.Args[0])
			if other == nil {
				return nil, "", false
			}
			if !other.Used {
				other = nil // Err(e) with e unused is Err(_)
			}
		}
		restID = builtinID(f.l.info.Uses[id])
	}
	pid := builtinID(f.l.info.Uses[p.(*syntax.VariantPat).Path.(*syntax.Ident)])
	switch {
	case pid == types.Some && restID == types.None:
		return nil, "", true
	case pid == types.Ok && restID == types.Err:
		return other, "Failure", true
	case pid == types.Err && restID == types.Ok:
		return other, "Value", true
	}
	return nil, "", false
}

// tupleScrutinee returns the lowered elements of the scrutinee of e if it
// is a tuple literal of names of locals whose arms, without guards,
// match tuple patterns or _. Such a match tests the elements themselves,
// as Go's switch { case a == x && b == y: } does, and builds no tuple.
func (f *funcLower) tupleScrutinee(e *syntax.MatchExpr) []Expr {
	tx, ok := syntax.Unparen(e.X).(*syntax.TupleExpr)
	if !ok {
		return nil
	}
	for _, arm := range e.Arms {
		if arm.Guard != nil || !tuplePattern(arm.Pat) {
			return nil
		}
	}
	for _, el := range tx.Elems {
		id, ok := syntax.Unparen(el).(*syntax.Ident)
		if !ok {
			return nil
		}
		if _, local := f.l.info.Uses[id].(*types.Local); !local {
			return nil
		}
	}
	// Go must see every element read: by a test of an arm before the last,
	// whose test the default drops, or a binding an arm uses. Otherwise
	// the tuple is built.
	for i := range tx.Elems {
		read := false
		for k, arm := range e.Arms {
			if tp, ok := arm.Pat.(*syntax.TuplePat); ok && len(tp.Elems) > 0 {
				el := types.TupleElems(tp.Elems, len(tx.Elems))[i]
				read = read || k < len(e.Arms)-1 && !f.irrefutable(el) || f.bindsUsed(el, arm.Body)
			}
		}
		if !read {
			return nil
		}
	}
	elems := make([]Expr, len(tx.Elems))
	for i, el := range tx.Elems {
		elems[i] = f.expr(el)
	}
	return elems
}

// bindsUsed reports whether p binds a name that body reads.
func (f *funcLower) bindsUsed(p syntax.Pattern, body syntax.Node) bool {
	used := false
	syntax.Inspect(p, func(n syntax.Node) bool {
		id := syntax.BoundName(n)
		if l, ok := f.l.info.Defs[id].(*types.Local); ok && id != nil && f.refersTo(body, l) {
			used = true
		}
		return !used
	})
	return used
}

// tuplePattern reports whether p is a tuple pattern, _, or an alternation
// of those.
func tuplePattern(p syntax.Pattern) bool {
	switch p := p.(type) {
	case *syntax.TuplePat, *syntax.WildcardPat:
		return true
	case *syntax.OrPat:
		for _, alt := range p.Alts {
			if !tuplePattern(alt) {
				return false
			}
		}
		return true
	}
	return false
}

// tupleCond is patCond for a tuple pattern (or _, or an alternation of
// them) matched against the elements of a tuple: its fields, or the
// elements of a tuple literal that is not built.
func (f *funcLower) tupleCond(p syntax.Pattern, elems []Expr, t types.Type, binds *[]binding) Expr {
	switch p := p.(type) {
	case *syntax.TuplePat:
		tt, _ := types.Under(t).(*types.Tuple)
		if tt == nil {
			return nil
		}
		var cond Expr
		for i, e := range types.TupleElems(p.Elems, len(tt.Elems)) {
			if i >= len(elems) {
				break
			}
			cond = and(cond, f.patCond(e, elems[i], tt.Elems[i], binds))
		}
		return cond
	case *syntax.OrPat:
		return anyOf(p.Alts, func(alt syntax.Pattern) Expr { return f.tupleCond(alt, elems, t, binds) })
	}
	return nil
}

// anyOf returns the condition that one of the alternatives matches, cond
// of each joined by ||, or nil, always, when one of them always matches.
func anyOf(alts []syntax.Pattern, cond func(syntax.Pattern) Expr) Expr {
	var either Expr
	for _, alt := range alts {
		c := cond(alt)
		if c == nil {
			return nil
		}
		if either == nil {
			either = c
		} else {
			either = &BinaryExpr{Op: "||", X: either, Y: c}
		}
	}
	return either
}

// guard lowers a match guard with the arm's bindings replaced by the
// expressions that extract them, since the case has not bound them yet.
func (f *funcLower) guard(g syntax.Expr, binds []binding) Expr {
	for _, b := range binds {
		f.subst[b.local] = b.value
	}
	x := f.expr(g)
	for _, b := range binds {
		delete(f.subst, b.local)
	}
	return x
}

// literalArms reports whether the match is a Go expression switch on its
// value: every arm but a final catch-all is a literal, a variant of an enum
// without payload, or an alternation of those, with no guards, and no two
// are the same value, which Go rejects in a switch.
func (f *funcLower) literalArms(e *syntax.MatchExpr) bool {
	switch u := types.Under(f.l.info.Types[e.X]).(type) {
	case *types.Basic:
	case *types.Named:
		if u.Kind != types.EnumKind || u.HasPayload() {
			return false
		}
	default:
		return false
	}
	seen := make(map[any]bool)
	for i, arm := range e.Arms {
		if arm.Guard != nil {
			return false
		}
		values := f.literalValues(arm.Pat)
		if values == nil && i != len(e.Arms)-1 {
			return false
		}
		for _, v := range values {
			if seen[v] {
				return false
			}
			seen[v] = true
		}
	}
	return true
}

// literalValues returns the values of a literal, a unit variant or an
// alternation of them: a literal's constant spelled exactly, a variant's
// *types.Variant; or nil.
func (f *funcLower) literalValues(p syntax.Pattern) []any {
	switch p := p.(type) {
	case *syntax.LitPat:
		if k, ok := f.l.info.Consts[p.Value]; ok && k.Value.Kind() != constant.Unknown {
			return []any{k.Value.ExactString()}
		}
	case *syntax.IdentPat, *syntax.VariantPat:
		if v := f.unitVariant(p); v != nil {
			return []any{v}
		}
		if k := f.goConstPat(p); k != nil {
			return []any{k.Val().ExactString()}
		}
	case *syntax.OrPat:
		var out []any
		for _, a := range p.Alts {
			v := f.literalValues(a)
			if v == nil {
				return nil
			}
			out = append(out, v...)
		}
		return out
	}
	return nil
}

// goConstPat returns the Go constant that pattern p names, as pkg.Name,
// or nil.
func (f *funcLower) goConstPat(p syntax.Pattern) *gotypes.Const {
	vp, ok := p.(*syntax.VariantPat)
	if !ok || len(vp.Args) > 0 || f.l.info.Variants[p] != nil {
		return nil
	}
	sel, ok := vp.Path.(*syntax.SelectorExpr)
	if !ok {
		return nil
	}
	g, _ := f.l.info.Uses[sel.Sel].(*types.GoObj)
	if g == nil {
		return nil
	}
	k, _ := g.Obj.(*gotypes.Const)
	return k
}

// unitVariant returns the variant that pattern p names if it is a variant
// without fields written without arguments, or nil.
func (f *funcLower) unitVariant(p syntax.Pattern) *types.Variant {
	v := f.l.info.Variants[p]
	if v == nil || v.Fields != nil {
		return nil
	}
	if vp, ok := p.(*syntax.VariantPat); ok && len(vp.Args) > 0 {
		return nil
	}
	return v
}

func (f *funcLower) literalList(p syntax.Pattern) []Expr {
	switch p := p.(type) {
	case *syntax.LitPat:
		return []Expr{f.expr(p.Value)}
	case *syntax.IdentPat, *syntax.VariantPat:
		if v := f.unitVariant(p); v != nil {
			return []Expr{f.l.variantRef(v)}
		}
		if k := f.goConstPat(p); k != nil {
			return []Expr{f.expr(p.(*syntax.VariantPat).Path)}
		}
	case *syntax.OrPat:
		var out []Expr
		for _, a := range p.Alts {
			l := f.literalList(a)
			if l == nil {
				return nil
			}
			out = append(out, l...)
		}
		return out
	}
	return nil
}

// variantCond tests which variant an enum value x holds.
func (f *funcLower) variantCond(v *types.Variant, x Expr, t types.Type) Expr {
	if !v.Enum.HasPayload() {
		return &BinaryExpr{Op: "==", X: x, Y: f.l.variantRef(v)}
	}
	n, _ := t.(*types.Named)
	if n == nil {
		n = v.Enum
	}
	return &CallExpr{Fun: rt("Is"), TypeArgs: []Type{f.l.variantType(v, n)}, Args: []Expr{x}}
}

// armInto lowers the body of a match arm or select case into the case's
// own Go block: a Vex block body needs no second pair of braces.
func (f *funcLower) armInto(body syntax.Expr, s sink) {
	if b, ok := body.(*syntax.Block); ok {
		f.blockInto(b, s)
		return
	}
	f.valueInto(body, s)
}
