package types

import "github.com/vexlang/vex2go/frontend/syntax"

// This file checks the prelude collections: Vec<T>, fixed arrays [T; N],
// slices [T], Map<K, V> and Set<T>, with their literals, constructors,
// methods, indexing, iteration, array patterns and array arithmetic.

// arrayLit checks [a, b, c] and [x; n]. The literal is a Vec or a slice
// where the context expects one, and a fixed array [T; N] otherwise (spec
// section 3); [x; n] with a count known only at run time is a Vec.
func (c *checker) arrayLit(s *Scope, e *syntax.ArrayExpr, hint Type) Type {
	var elem Type
	var arr *Array
	vec, slice := false, false
	switch h := Resolve(hint).(type) {
	case *Array:
		arr, elem = h, h.Elem
	case *Slice:
		slice, elem = true, h.Elem
	case *Vec:
		vec, elem = true, h.Elem
	}
	for i, x := range e.Elems {
		if i > 0 && e.Count != nil {
			break
		}
		t := c.expr(s, x, elem)
		if elem == nil {
			elem = t
			continue
		}
		c.assignable(t, elem, x)
	}
	if elem == nil {
		elem = c.fresh(e, "the elements of []")
	}
	n := int64(len(e.Elems))
	if e.Count != nil {
		ct := c.expr(s, e.Count, nil)
		v, isConst := c.intConst(e.Count)
		switch {
		case !IsInteger(ct) && ct != InvalidType:
			c.errorf(e.Count, "the count in [x; n] must be an integer, not %s", ct)
		case isConst && v < 0:
			c.errorf(e.Count, "the count in [x; n] must not be negative")
		}
		switch {
		case arr != nil && (!isConst || v < 0):
			c.errorf(e.Count, "the length of a fixed array [x; n] must be a non-negative integer literal")
			return arr
		case isConst && v >= 0:
			n = v
		case !slice:
			vec = true // the length is known only at run time
		}
	}
	switch {
	case slice:
		return &Slice{Elem: elem}
	case vec:
		return &Vec{Elem: elem}
	case arr != nil:
		return &Array{Elem: elem, Len: n}
	}
	return &Var{Kind: ArrayLit, Elem: elem, Len: n}
}

// index checks x[i].
func (c *checker) index(s *Scope, e *syntax.IndexExpr) Type {
	return c.indexOf(s, e, c.expr(s, e.X, nil))
}

// indexOf checks x[i] once x, of type xt, is checked.
func (c *checker) indexOf(s *Scope, e *syntax.IndexExpr, xt Type) Type {
	if t, ok := c.indexOperator(s, e, xt); ok {
		return t
	}
	x := Under(xt)
	i := c.expr(s, e.Index, nil)
	switch Resolve(x).(type) {
	case *Map, *Tuple:
		return c.indexResult(e, x, true)
	}
	if !IsInteger(i) && i != InvalidType {
		c.errorf(e.Index, "index must be an integer, not %s", i)
	}
	if v, ok := c.intConst(e.Index); ok && v < 0 {
		c.errorf(e.Index, "index %d is negative", v)
		return c.indexResult(e, x, false)
	} else if ok {
		switch t := Resolve(x).(type) {
		case *Var:
			if c.fn != nil {
				// An array literal whose uses decide whether it is an array
				// or a Vec: check the index once they have.
				c.fn.root.finals = append(c.fn.root.finals, func() {
					if t, ok := Under(c.info.Types[e.X]).(*Array); ok && v >= t.Len {
						c.errorf(e.Index, "index %d is out of range for %s", v, t)
					}
				})
			}
		case *Array:
			if v >= t.Len {
				c.errorf(e.Index, "index %d is out of range for %s", v, t)
			}
		case *Basic:
			if lit, isLit := e.X.(*syntax.BasicLit); isLit && lit.Kind == syntax.STRING && v >= int64(len(lit.Value)) {
				c.errorf(e.Index, "index %d is out of range for a string of length %d", v, len(lit.Value))
			}
		}
	}
	return c.indexResult(e, x, true)
}

func (c *checker) indexResult(e *syntax.IndexExpr, x Type, report bool) Type {
	switch t := seqView(x).(type) {
	case *Basic:
		if t == Typ[String] {
			return Typ[U8]
		}
	case *Vec:
		return t.Elem
	case *Slice:
		return t.Elem
	case *Array:
		return t.Elem
	case *Map:
		if report {
			c.errorf(e, "a Map is not indexed with m[k]; use m.get(k) or m.tryGet(k)")
		}
		return InvalidType
	case *Tuple:
		if report {
			c.errorf(e, "a tuple is not indexed with t[i]; use t.0, t.1, ...")
		}
		return InvalidType
	}
	if x != InvalidType && report {
		c.errorf(e, "cannot index %s: only Vec, arrays, slices and strings can be indexed", x)
	}
	return InvalidType
}

// assignIndex checks the target x[i] of an assignment x[i] op v and
// returns the type the assigned value must have.
func (c *checker) assignIndex(s *Scope, lhs *syntax.IndexExpr, op syntax.Token) Type {
	xt := c.expr(s, lhs.X, nil)
	if t := c.assignIndexOperator(s, lhs, xt, op); t != nil {
		return t
	}
	t := c.record(lhs, c.indexOf(s, lhs, xt))
	if t == InvalidType {
		return InvalidType
	}
	switch Resolve(Under(c.info.Types[lhs.X])).(type) {
	case *Basic:
		c.errorf(lhs, "cannot assign to a byte of a string: strings are immutable")
		return InvalidType
	}
	if isTemporary(lhs.X) {
		c.errorf(lhs, "cannot assign to an element of a temporary value")
		return t
	}
	c.checkMutable(s, lhs.X, "assign to an element of")
	return t
}

// isTemporary reports whether e is a value that no variable holds.
func isTemporary(e syntax.Expr) bool {
	for {
		switch x := e.(type) {
		case *syntax.ParenExpr:
			e = x.X
		case *syntax.IndexExpr:
			e = x.X
		case *syntax.TupleIndexExpr:
			e = x.X
		case *syntax.SelectorExpr:
			e = x.X
		case *syntax.Ident:
			return false
		default:
			return true
		}
	}
}

// newCollection checks Vec.new<T>(), Vec<T>(), Vec.new() and the same for
// Map and Set. Without type arguments the element types come from the
// context or from later uses.
func (c *checker) newCollection(s *Scope, e *syntax.CallExpr, id BuiltinID, name string, typeArgs []syntax.Type, hint Type) Type {
	n := genericArity[name]
	args := make([]Type, n)
	switch len(typeArgs) {
	case n:
		for i, ta := range typeArgs {
			args[i] = c.typeIn(s, ta)
		}
	case 0:
		h := Resolve(hint)
		switch id {
		case VecNew:
			if v, ok := h.(*Vec); ok {
				args[0] = v.Elem
			} else {
				args[0] = c.fresh(e, "the Vec's elements")
			}
		case SetNew:
			if v, ok := h.(*Set); ok {
				args[0] = v.Elem
			} else {
				args[0] = c.fresh(e, "the Set's elements")
			}
		case MapNew:
			if m, ok := h.(*Map); ok {
				args[0], args[1] = m.Key, m.Elem
			} else {
				args[0], args[1] = c.fresh(e, "the Map's keys"), c.fresh(e, "the Map's values")
			}
		}
	default:
		c.errorf(e.Fun, "%s takes %d type argument%s, found %d", name, n, plural(n), len(typeArgs))
		for i := range args {
			args[i] = InvalidType
		}
	}
	t := makeGeneric(name, args)
	if id != VecNew {
		// Where the type argument is written, or else where the
		// collection is made, once its element type is inferred.
		var at syntax.Node = e.Fun
		if len(typeArgs) > 0 {
			at = typeArgs[0]
		}
		c.keys = append(c.keys, keyCheck{at, args[0], name})
	}
	if len(e.Args) > 0 {
		c.errorf(e, "%s.new takes no arguments", name)
		c.args(s, e, nil, "")
	}
	c.addCall(e, &Call{Kind: CallFunc, Callee: builtinObjs[id], Type: sig(t)})
	return t
}

// vecStatic checks Vec.withCapacity<T>(n), which makes an empty Vec, and
// Vec.from(xs), which copies an array, a slice or a Vec into a new Vec.
func (c *checker) vecStatic(s *Scope, e *syntax.CallExpr, b *Builtin, typeArgs []syntax.Type, hint Type) Type {
	name := "Vec." + b.Name()
	var elem Type
	switch {
	case len(typeArgs) == 1:
		elem = c.typeIn(s, typeArgs[0])
	case len(typeArgs) > 1:
		c.errorf(e.Fun, "%s takes 1 type argument, found %d", name, len(typeArgs))
		elem = InvalidType
	default:
		if v, ok := Resolve(hint).(*Vec); ok {
			elem = v.Elem
		} else {
			elem = c.fresh(e, "the Vec's elements")
		}
	}
	t := &Vec{Elem: elem}
	if !c.argc(s, e, name, 1, 1) {
		c.addCall(e, &Call{Kind: CallFunc, Callee: b, Type: sig(t, InvalidType)})
		return t
	}
	a := e.Args[0]
	var param Type
	if b.ID == VecWithCapacity {
		c.intArg(s, a, "the capacity")
		param = c.info.Types[a]
	} else {
		param = Under(c.expr(s, a, t))
		if at := arrayLitVar(param); at != nil {
			unify(at.Elem, elem) // the literal stays what its other uses make it
		} else if from := seqElemOf(param); from == nil {
			if param != InvalidType {
				c.errorf(a, "%s copies an array, a slice or a Vec, not %s", name, param)
			}
		} else if !unify(elem, from) {
			c.errorf(a, "mismatched types: %s makes a %s, and the elements of %s are %s", name, t, param, from)
		}
	}
	c.addCall(e, &Call{Kind: CallFunc, Callee: b, Type: sig(t, param)})
	return t
}

// seqElemOf returns the element type of a Vec, fixed array or slice, or
// nil for another type.
func seqElemOf(t Type) Type {
	switch t := seqView(t).(type) {
	case *Vec:
		return t.Elem
	case *Array:
		return t.Elem
	case *Slice:
		return t.Elem
	}
	return nil
}

// keyCheck is the key type of a Map, or the element type of a Set, where
// it is written or where an inferred one is made.
type keyCheck struct {
	at         syntax.Node
	t          Type
	collection string // "Map" or "Set"
}

// checkKeys reports the Map keys and Set elements that Go cannot compare
// with ==, once: after the bodies, when inferred types are known and named
// types complete.
func (c *checker) checkKeys() {
	fin := finalizer{}
	for _, k := range c.keys {
		t := fin.final(k.t)
		if keyable(t) {
			continue
		}
		what := "Map keys"
		if k.collection == "Set" {
			what = "Set elements"
		}
		if tp, ok := t.(*TypeParam); ok {
			// Go's map needs comparable keys, and Set<T> and Map<K, V> are
			// declared so: the type parameter needs the bound.
			c.errorf(k.at, "%s must be comparable with ==, and %s is not; bound it: %s: Eq", what, tp, tp)
			continue
		}
		c.errorf(k.at, "%s must be comparable with ==, and %s is not", what, t)
	}
	c.keys = nil
}

// keyable reports whether t can be a Map key or Set element: whether Go
// can compare it with ==. A type still being inferred is assumed to be.
func keyable(t Type) bool {
	if a, ok := seqView(t).(*Array); ok {
		return keyable(a.Elem)
	}
	return comparable(t)
}

// equatable reports whether == compares values of t although comparable
// does not admit it: fixed arrays, Vecs and slices of comparable elements.
func equatable(t Type) bool {
	switch t := seqView(t).(type) {
	case *Array:
		return keyable(t.Elem)
	case *Vec:
		return keyable(t.Elem)
	case *Slice:
		return keyable(t.Elem)
	}
	return false
}

// indexParam stands for a parameter that takes any integer type: an index.
var indexParam Type = &Basic{Kind: Invalid}

// seqSig adapts the signature of a method of Vec, fixed arrays and
// slices, built from the receiver type t and its element type.
func seqSig(f func(t, elem Type) ([]Type, Type)) sigFunc {
	return func(_ *checker, recv Type, _ *syntax.CallExpr) *Func {
		params, result := f(recv, seqElem(recv))
		return sig(result, params...)
	}
}

// seqElem returns the element type of a Vec, fixed array or slice.
func seqElem(t Type) Type {
	if elem := seqElemOf(t); elem != nil {
		return elem
	}
	return InvalidType
}

// seqCloneSig is the signature of clone: a fixed array copies to an array,
// a Vec or slice to a Vec.
func seqCloneSig(t, elem Type) ([]Type, Type) {
	if _, ok := seqView(t).(*Array); ok {
		return nil, t
	}
	return nil, &Vec{Elem: elem}
}

// seqIterSig is the signature of iter: a Vec's elements are a Vec, an
// array's or slice's a slice.
func seqIterSig(t, elem Type) ([]Type, Type) {
	if _, ok := Resolve(t).(*Vec); ok {
		return nil, &Vec{Elem: elem}
	}
	return nil, &Slice{Elem: elem}
}

func seqMapSig(c *checker, recv Type, call *syntax.CallExpr) *Func {
	u := c.fresh(call, "the result of map")
	return sig(&Vec{Elem: u}, &Func{Params: []Type{seqElem(recv)}, Result: u})
}

// mapSig adapts the signature of a method of Map<K, V>.
func mapSig(f func(t *Map) ([]Type, Type)) sigFunc {
	return func(_ *checker, recv Type, _ *syntax.CallExpr) *Func {
		params, result := f(Resolve(recv).(*Map))
		return sig(result, params...)
	}
}

// setSig adapts the signature of a method of Set<T>.
func setSig(f func(t *Set) ([]Type, Type)) sigFunc {
	return func(_ *checker, recv Type, _ *syntax.CallExpr) *Func {
		params, result := f(Resolve(recv).(*Set))
		return sig(result, params...)
	}
}

// isCollection reports whether t is a Vec, fixed array, slice, Map or Set.
func isCollection(t Type) bool {
	switch seqView(t).(type) {
	case *Vec, *Array, *Slice, *Map, *Set:
		return true
	}
	return false
}

// collectionCall checks recv.name(args) for a collection receiver, whose
// method name is b, or nil if it has none.
func (c *checker) collectionCall(s *Scope, e *syntax.CallExpr, f *syntax.SelectorExpr, recv Type, b *Builtin) Type {
	name := f.Sel.Name
	if b == nil {
		hint := methodHint(recv, name, func(name string) bool { return lookupMethod(recv, name) != nil })
		if _, isArr := Resolve(recv).(*Array); isArr && lookupMethod(&Vec{Elem: InvalidType}, name) != nil {
			hint = " (a fixed array cannot change its length; use a Vec)"
		}
		c.errorf(f.Sel, "%s has no method %s%s", recv, name, hint)
		c.args(s, e, nil, "")
		return InvalidType
	}
	m := &builtins[b.ID]
	if v := arrayLitVar(recv); v != nil && m.class == vecClass {
		bind(v, &Vec{Elem: v.Elem}) // a literal that grows is a Vec
		recv = Resolve(recv)
	}
	if m.mut && !isTemporary(f.X) {
		c.checkMutable(s, f.X, "call "+name+" on")
	}
	sig := m.sig(c, recv, e)
	params := make([]Type, len(sig.Params))
	for i, p := range sig.Params {
		if p == indexParam {
			p = i64T
		}
		params[i] = p
	}
	c.addCall(e, &Call{Kind: CallMethod, Callee: b, Recv: recv, Type: &Func{Params: params, Result: sig.Result}})
	if len(e.Args) != len(sig.Params) {
		c.errorf(e, "%s takes %d argument%s, found %d", name, len(sig.Params), plural(len(sig.Params)), len(e.Args))
		c.args(s, e, nil, "")
		return sig.Result
	}
	for i, a := range e.Args {
		p := sig.Params[i]
		if p == indexParam {
			if t := c.expr(s, a, nil); !IsInteger(t) && t != InvalidType {
				c.errorf(a, "index must be an integer, not %s", t)
			}
			continue
		}
		t := c.expr(s, a, p)
		if c.notFunc(a, t, p, name) {
			continue
		}
		if c.converts(t, p, a) {
			if k, ok := Resolve(p).(*Named); ok && k.Kind == ContractKind && !Identical(t, p) {
				// An element of a contract type takes any value that
				// satisfies it; the generic helpers of the lowering need
				// the value converted.
				c.info.Implicit[a] = p
			}
			continue
		}
		if b.ID == SeqJoin {
			c.errorf(a, "join takes a string separator, not %s", t)
		} else if role := elemRole(recv, p); role != "" {
			c.errorf(a, "mismatched types: expected %s (the %s type of %s), found %s", p, role, recv, t)
		} else {
			c.errorf(a, "mismatched types: expected %s, found %s", p, t)
		}
	}
	c.methodConstraints(f, recv, b.ID)
	return sig.Result
}

// elemRole names what a parameter of type p is to the collection t.
func elemRole(t, p Type) string {
	switch t := seqView(t).(type) {
	case *Vec:
		if p == t.Elem {
			return "element"
		}
	case *Array:
		if p == t.Elem {
			return "element"
		}
	case *Slice:
		if p == t.Elem {
			return "element"
		}
	case *Set:
		if p == t.Elem {
			return "element"
		}
	case *Map:
		if p == t.Key {
			return "key"
		}
		if p == t.Elem {
			return "value"
		}
	}
	return ""
}

// methodConstraints reports methods that need more of the element type
// than a Vec holds: ==, an order, or strings.
func (c *checker) methodConstraints(f *syntax.SelectorExpr, recv Type, id BuiltinID) {
	var elem Type
	switch t := seqView(recv).(type) {
	case *Vec:
		elem = t.Elem
	case *Array:
		elem = t.Elem
	case *Slice:
		elem = t.Elem
	case *Map, *Set:
		return // their key type is checked where it is written or inferred (checkKeys)
	}
	switch id {
	case SeqContains:
		if !keyable(elem) {
			c.errorf(f.Sel, "contains needs elements that can be compared with ==, and %s cannot", elem)
		}
	case SeqSort:
		if !sortable(elem) && !c.hasLess(elem) {
			c.errorf(f.Sel, "sort needs elements with an order (numbers, strings, chars, tuples of them, or a type with op<), not %s", elem)
		}
	case SeqJoin:
		if !unify(elem, stringT) {
			c.errorf(f.Sel, "join needs a Vec<string>, not %s; make strings of the elements first: %s.map(|x| x.toString()).join(sep)", recv, exprString(f.X))
		}
	}
}

// sortable reports whether sort can order values of t: numbers, strings
// and chars, and tuples of them, compared element by element.
func sortable(t Type) bool {
	if tt, ok := Resolve(t).(*Tuple); ok {
		for _, e := range tt.Elems {
			if !sortable(e) {
				return false
			}
		}
		return true
	}
	return ordered(t)
}

// hasLess reports whether t has the operator method op< taking a t, which
// sort orders its elements by.
func (c *checker) hasLess(t Type) bool {
	switch Resolve(t).(type) {
	case *Named, *TypeParam:
	default:
		return false
	}
	sig, _ := c.operatorSig(t, "op<")
	return sig != nil && len(sig.Params) == 1 && Identical(sig.Params[0], t)
}

// iterElem returns the type of the elements a for loop visits in a
// collection: a Map visits (key, value) tuples.
func (c *checker) iterElem(n syntax.Node, x Type) Type {
	switch t := seqView(x).(type) {
	case *Vec:
		return t.Elem
	case *Array:
		return t.Elem
	case *Slice:
		return t.Elem
	case *Set:
		return t.Elem
	case *Map:
		return &Tuple{Elems: []Type{t.Key, t.Elem}}
	}
	if elem, ok := c.goIterElem(n, x); ok {
		return elem // goexpr.go
	}
	if x != InvalidType {
		c.errorf(n, "cannot iterate over %s", x)
	}
	return InvalidType
}

// forPattern declares the bindings of a destructuring for pattern, such as
// for (k, v) in m.
func (c *checker) forPattern(s *Scope, p syntax.Pattern, elem Type) {
	if !irrefutable(p, elem, c) {
		c.errorf(p, "refutable pattern in for loop; match on the element inside the loop")
	}
	c.pattern(s, p, elem)
}

// arrayPat checks [a, b, c], [first, ..] and [.., last] against a fixed
// array, a Vec or a slice.
func (c *checker) arrayPat(s *Scope, p *syntax.ArrayPat, t Type, mut bool) {
	var elem Type
	n := int64(-1)
	switch u := seqView(Under(t)).(type) {
	case *Array:
		elem, n = u.Elem, u.Len
	case *Vec:
		elem = u.Elem
	case *Slice:
		elem = u.Elem
	default:
		if u != InvalidType {
			c.errorf(p, "array pattern cannot match %s", t)
		}
		elem = InvalidType
	}
	rest := 0
	for _, e := range p.Elems {
		if _, ok := e.(*syntax.RestPat); ok {
			rest++
			if rest == 2 {
				c.errorf(e, "an array pattern has at most one ..")
			}
		}
	}
	fixed := int64(len(p.Elems) - rest)
	if n >= 0 && (rest == 0 && fixed != n || rest > 0 && fixed > n) {
		c.errorf(p, "array pattern with %d element%s cannot match %s", fixed, plural(int(fixed)), t)
	}
	for _, e := range p.Elems {
		if _, ok := e.(*syntax.RestPat); ok {
			continue
		}
		c.patternMut(s, e, elem, mut)
	}
}

// arrayPatIrrefutable reports whether an array pattern matches every value
// of t: a fixed array with irrefutable elements, or any sequence for [..].
func arrayPatIrrefutable(p *syntax.ArrayPat, t Type, c *checker) bool {
	var elem Type
	fixedLen := false
	switch u := seqView(Under(t)).(type) {
	case *Array:
		elem, fixedLen = u.Elem, true
	case *Vec:
		elem = u.Elem
	case *Slice:
		elem = u.Elem
	default:
		return true // reported by arrayPat
	}
	rest := false
	for _, e := range p.Elems {
		if _, ok := e.(*syntax.RestPat); ok {
			rest = true
			continue
		}
		if !irrefutable(e, elem, c) {
			return false
		}
	}
	return fixedLen || rest && len(p.Elems) == 1
}

// coversLengths reports whether array patterns with irrefutable elements
// cover a Vec or slice of every length, as [], [x] and [a, .., b] do.
func coversLengths(ps []syntax.Pattern, t Type, c *checker) bool {
	var elem Type
	switch u := t.(type) {
	case *Vec:
		elem = u.Elem
	case *Slice:
		elem = u.Elem
	}
	exact := make(map[int]bool)
	from := -1 // every length from here on is covered
	for _, p := range alternatives(ps) {
		ap, ok := p.(*syntax.ArrayPat)
		if !ok {
			continue
		}
		n, rest, all := 0, false, true
		for _, e := range ap.Elems {
			if _, ok := e.(*syntax.RestPat); ok {
				rest = true
				continue
			}
			n++
			all = all && irrefutable(e, elem, c)
		}
		switch {
		case !all:
		case rest:
			if from < 0 || n < from {
				from = n
			}
		default:
			exact[n] = true
		}
	}
	if from < 0 {
		return false
	}
	for n := 0; n < from; n++ {
		if !exact[n] {
			return false
		}
	}
	return true
}

// seqView returns t resolved, with the variable of an array literal that
// its uses have not made a Vec yet seen as the fixed array it is then.
func seqView(t Type) Type {
	t = Resolve(t)
	if v, ok := t.(*Var); ok && v.Kind == ArrayLit {
		return &Array{Elem: v.Elem, Len: v.Len}
	}
	return t
}

// arrayLitVar returns the variable of an array literal whose type its uses
// have not decided yet, or nil.
func arrayLitVar(t Type) *Var {
	if v, ok := Resolve(t).(*Var); ok && v.Kind == ArrayLit {
		return v
	}
	return nil
}

// fixArray decides that an array literal of undecided type, such as the
// operand of array arithmetic, is a fixed array, and returns t resolved.
func fixArray(t Type) Type {
	if v := arrayLitVar(t); v != nil {
		bind(v, &Array{Elem: v.Elem, Len: v.Len})
	}
	return Resolve(t)
}

// vecAsSlice reports whether got is a Vec that can be used as the slice
// type want: both are Go slices, so a Vec passes as a [T] as it is.
func vecAsSlice(got, want Type) bool {
	w, ok := Resolve(want).(*Slice)
	if !ok {
		return false
	}
	g, ok := Resolve(got).(*Vec)
	return ok && unify(w.Elem, g.Elem)
}
