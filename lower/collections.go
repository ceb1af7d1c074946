package lower

import (
	"go/constant"
	"slices"
	"strconv"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers the prelude collections. A Vec<T> and a slice [T] are a
// Go []T, a fixed array [T; N] a Go [N]T, a Map<K, V> a *vexrt.Map[K, V]
// and a Set<T> a *vexrt.Set[T].

// arrayLit lowers [a, b, c] to a composite literal, and [x; n] to
// vexrt.Repeat(x, n) for a Vec or a filled array.
func (f *funcLower) arrayLit(e *syntax.ArrayExpr) Expr {
	t := f.l.info.Types[e]
	goT := f.l.typ(t)
	if e.Count == nil {
		return &CompositeLit{Type: goT, Elts: f.exprList(e.Elems)}
	}
	var elem types.Type = types.InvalidType
	switch t := t.(type) {
	case *types.Array:
		elem = t.Elem
	case *types.Vec:
		elem = t.Elem
	case *types.Slice:
		elem = t.Elem
	}
	xs := f.exprList([]syntax.Expr{e.Elems[0], e.Count})
	clone := f.l.cloneFunc(elem)
	if at, ok := t.(*types.Array); ok {
		if f.l.isZeroConst(e.Elems[0]) {
			return &CompositeLit{Type: goT}
		}
		if _, isConst := f.l.untyped(e.Elems[0]); isConst && at.Len <= 8 {
			elts := make([]Expr, at.Len) // [3]int32{-1, -1, -1}
			for i := range elts {
				elts[i] = xs[0]
			}
			return &CompositeLit{Type: goT, Elts: elts}
		}
		if f.out != nil {
			// var a [N]T; for i := range a { a[i] = x }
			x := f.stable(xs[0])
			a := &Ident{Name: f.temp("tmp")}
			i := &Ident{Name: f.flag("i")}
			var copied Expr = x
			if clone != nil {
				copied = &CallExpr{Fun: clone, Args: []Expr{x}}
			}
			f.emit(&VarStmt{Name: a.Name, Type: goT}, &RangeStmt{Key: i.Name, X: a, Body: &Block{Stmts: []Stmt{
				&AssignStmt{Lhs: []Expr{&IndexExpr{X: a, Index: i}}, Op: "=", Rhs: []Expr{copied}},
			}}})
			return a
		}
		// At the top level: func(x T) [N]T { var a [N]T; for i := range a { a[i] = x }; return a }(x)
		a, i, x := &Ident{Name: "a"}, &Ident{Name: "i"}, &Ident{Name: "x"}
		var copied Expr = x
		if clone != nil {
			copied = &CallExpr{Fun: clone, Args: []Expr{x}}
		}
		fill := &FuncLit{
			Params:  []*Field{{Name: "x", Type: f.l.typ(elem)}},
			Results: []Type{goT},
			Body: &Block{Stmts: []Stmt{
				&VarStmt{Name: "a", Type: goT},
				&RangeStmt{Key: "i", X: a, Body: &Block{Stmts: []Stmt{
					&AssignStmt{Lhs: []Expr{&IndexExpr{X: a, Index: i}}, Op: "=", Rhs: []Expr{copied}},
				}}},
				&ReturnStmt{Results: []Expr{a}},
			}},
		}
		return &CallExpr{Fun: fill, Args: []Expr{xs[0]}}
	}
	if clone != nil {
		return &CallExpr{Fun: rt("RepeatWith"), Args: []Expr{f.typed(e.Elems[0], xs[0], elem), xs[1], clone}}
	}
	return &CallExpr{Fun: rt("Repeat"), Args: []Expr{f.typed(e.Elems[0], xs[0], elem), xs[1]}}
}

// compareFunc returns a Go func(a, b T) int ordering tuples element by
// element, for sort, or nil for the types vexrt.Sort orders itself.
func (l *lowerer) compareFunc(t types.Type) Expr {
	switch t.(type) {
	case *types.Named, *types.TypeParam:
		return l.lessCompareFunc(t)
	}
	tt, ok := t.(*types.Tuple)
	if !ok {
		return nil
	}
	a, b, c := &Ident{Name: "a"}, &Ident{Name: "b"}, &Ident{Name: "c"}
	var stmts []Stmt
	for i, e := range tt.Elems {
		var fn Expr = rt("Compare")
		if inner := l.compareFunc(e); inner != nil {
			fn = inner
		}
		sel := "V" + strconv.Itoa(i)
		cmpCall := &CallExpr{Fun: fn, Args: []Expr{&SelectorExpr{X: a, Sel: sel}, &SelectorExpr{X: b, Sel: sel}}}
		if i == len(tt.Elems)-1 {
			stmts = append(stmts, &ReturnStmt{Results: []Expr{cmpCall}})
			break
		}
		stmts = append(stmts, &IfStmt{
			Init: &AssignStmt{Lhs: []Expr{c}, Op: ":=", Rhs: []Expr{cmpCall}},
			Cond: &BinaryExpr{Op: "!=", X: c, Y: &Lit{Value: "0"}},
			Then: &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{c}}}},
		})
	}
	return &FuncLit{
		Params:  []*Field{{Name: "a", Type: l.typ(t)}, {Name: "b", Type: l.typ(t)}},
		Results: []Type{&NamedType{Name: "int"}},
		Body:    &Block{Stmts: stmts},
	}
}

// lessCompareFunc returns the comparison of a type with the operator
// method op<, which sort calls: -1 when a < b, 1 when b < a, else 0.
func (l *lowerer) lessCompareFunc(t types.Type) Expr {
	call := &types.OperatorCall{Name: "op<"} // a contract's method, of a type parameter
	switch t := t.(type) {
	case *types.Named:
		if call.Method = t.Generic().Methods["op<"]; call.Method == nil {
			return nil
		}
	case *types.TypeParam:
		if !slices.ContainsFunc(t.Bounds, declaresLess) {
			return nil // Ord: Go's cmp.Ordered, which vexrt.Sort sorts
		}
	}
	less := l.operatorMethod(call)
	a, b := &Ident{Name: "a"}, &Ident{Name: "b"}
	ret := func(v string) Stmt { return &ReturnStmt{Results: []Expr{&Lit{Value: v}}} }
	return &FuncLit{
		Params:  []*Field{{Name: "a", Type: l.typ(t)}, {Name: "b", Type: l.typ(t)}},
		Results: []Type{&NamedType{Name: "int"}},
		Body: &Block{Stmts: []Stmt{
			&IfStmt{Cond: method(a, less, b), Then: &Block{Stmts: []Stmt{ret("-1")}}},
			&IfStmt{Cond: method(b, less, a), Then: &Block{Stmts: []Stmt{ret("1")}}},
			ret("0"),
		}},
	}
}

// declaresLess reports whether the bound b is a contract with op<, its
// own or one it embeds.
func declaresLess(b types.Type) bool {
	n, ok := b.(*types.Named)
	if !ok {
		return false
	}
	if slices.ContainsFunc(n.Sigs, func(s *types.MethodSig) bool { return s.Name == "op<" }) {
		return true
	}
	for _, e := range n.Embeds {
		if declaresLess(e) {
			return true
		}
	}
	return false
}

// cloneFunc returns a Go func(T) T that copies a T so that the copy shares
// no Vec, Map or Set with it, or nil when copying a T by value does that.
// Vecs, Maps and Sets are copied element by element; a tuple, Option or
// array holding them is copied by value (its Vecs are shared).
func (l *lowerer) cloneFunc(t types.Type) Expr {
	v := &Ident{Name: "v"}
	lit := func(body Expr) Expr {
		return &FuncLit{
			Params:  []*Field{{Name: "v", Type: l.typ(t)}},
			Results: []Type{l.typ(t)},
			Body:    &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{body}}}},
		}
	}
	switch t := t.(type) {
	case *types.Vec, *types.Slice:
		if inner := l.cloneFunc(seqElem(t)); inner != nil {
			return lit(&CallExpr{Fun: rt("MapVec"), Args: []Expr{v, inner}})
		}
		return &IndexExpr{X: rt("CloneVec"), Index: &TypeExpr{Type: l.typ(seqElem(t))}}
	case *types.Map:
		var inner Expr = l.cloneFunc(t.Elem)
		if inner == nil {
			inner = goNil()
		}
		return lit(&CallExpr{Fun: rt("CloneMap"), Args: []Expr{v, inner}})
	case *types.Set:
		return &IndexExpr{X: rt("CloneSet"), Index: &TypeExpr{Type: l.typ(t.Elem)}}
	}
	return nil
}

// cloneExpr copies x, a value of Vex type t, as v.clone() does.
func (l *lowerer) cloneExpr(t types.Type, x Expr) Expr {
	switch t := t.(type) {
	case *types.Vec, *types.Slice:
		if inner := l.cloneFunc(seqElem(t)); inner != nil {
			return &CallExpr{Fun: rt("MapVec"), Args: []Expr{x, inner}}
		}
		return &CallExpr{Fun: rt("CloneVec"), Args: []Expr{x}}
	case *types.Array:
		if inner := l.cloneFunc(t.Elem); inner != nil {
			return &CallExpr{Fun: &FuncLit{
				Params:  []*Field{{Name: "a", Type: l.typ(t)}},
				Results: []Type{l.typ(t)},
				Body: &Block{Stmts: []Stmt{
					&RangeStmt{Key: "i", Value: "x", X: &Ident{Name: "a"}, Body: &Block{Stmts: []Stmt{
						&AssignStmt{Lhs: []Expr{&IndexExpr{X: &Ident{Name: "a"}, Index: &Ident{Name: "i"}}}, Op: "=", Rhs: []Expr{&CallExpr{Fun: inner, Args: []Expr{&Ident{Name: "x"}}}}},
					}}},
					&ReturnStmt{Results: []Expr{&Ident{Name: "a"}}},
				}},
			}, Args: []Expr{x}}
		}
		return x
	case *types.Map:
		var inner Expr = l.cloneFunc(t.Elem)
		if inner == nil {
			inner = goNil()
		}
		return &CallExpr{Fun: rt("CloneMap"), Args: []Expr{x, inner}}
	case *types.Set:
		return &CallExpr{Fun: rt("CloneSet"), Args: []Expr{x}}
	}
	if holdsCollection(t, map[*types.Named]bool{}) {
		return &CallExpr{Fun: rt("Clone"), Args: []Expr{x}}
	}
	return x // a copy of the value shares nothing
}

// holdsCollection reports whether a value of type t may hold a Vec, Map
// or Set (other than behind a reference), which a clone must copy too: a
// struct, enum, tuple, Option or Result that holds one, a type parameter
// or a contract, whose values may.
func holdsCollection(t types.Type, seen map[*types.Named]bool) bool {
	switch t := t.(type) {
	case *types.Vec, *types.Slice, *types.Map, *types.Set, *types.TypeParam:
		return true
	case *types.Array:
		return holdsCollection(t.Elem, seen)
	case *types.Tuple:
		return slices.ContainsFunc(t.Elems, func(e types.Type) bool { return holdsCollection(e, seen) })
	case *types.Option:
		return holdsCollection(t.Elem, seen)
	case *types.Result:
		return holdsCollection(t.Ok, seen) || holdsCollection(t.Err, seen)
	case *types.Named:
		if t.Kind == types.ContractKind {
			return true
		}
		if seen[t.Generic()] {
			return false
		}
		seen[t.Generic()] = true
		for _, f := range t.Generic().Fields {
			if holdsCollection(t.FieldType(f), seen) {
				return true
			}
		}
		for _, v := range t.Generic().Variants {
			if slices.ContainsFunc(t.VariantFields(v), func(e types.Type) bool { return holdsCollection(e, seen) }) {
				return true
			}
		}
	}
	return false
}

func seqElem(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.Vec:
		return t.Elem
	case *types.Slice:
		return t.Elem
	case *types.Array:
		return t.Elem
	}
	return types.InvalidType
}

// isZeroConst reports whether e is a constant of a zero value, other
// than a negative zero.
func (l *lowerer) isZeroConst(e syntax.Expr) bool {
	k, ok := l.info.Consts[e]
	if !ok {
		return false
	}
	switch v := k.Value; v.Kind() {
	case constant.Int:
		return constant.Sign(v) == 0
	case constant.Float:
		lit, isLit := e.(*syntax.BasicLit)
		return isLit && l.isZero(lit)
	case constant.Bool:
		return !constant.BoolVal(v)
	case constant.String:
		return constant.StringVal(v) == ""
	}
	return false
}

// index lowers x[i]: Go's own indexing, whose out-of-range panic names the
// index and the length.
func (f *funcLower) index(e *syntax.IndexExpr) Expr {
	if call := f.l.info.Operators[e]; call != nil {
		return f.operator(call, e.X, e.Index)
	}
	x := f.value(e.X)
	return &IndexExpr{X: x, Index: f.expr(e.Index)}
}

// lowerNewCollection lowers Vec.new<T>(), Map.new<K, V>() and Set.new<T>().
func lowerNewCollection(f *funcLower, b *builtinCall) Expr {
	switch t := b.sig.Result.(type) {
	case *types.Vec:
		return &CompositeLit{Type: f.l.typ(t)}
	case *types.Map:
		return &CallExpr{Fun: rt("NewMap"), TypeArgs: []Type{f.l.typ(t.Key), f.l.typ(t.Elem)}}
	case *types.Set:
		return &CallExpr{Fun: rt("NewSet"), TypeArgs: []Type{f.l.typ(t.Elem)}}
	}
	return f.l.internalError(b.e, "%s is not a collection", b.sig.Result)
}

// collectionType lowers Map and Set types.
func (l *lowerer) collectionType(t types.Type) Type {
	switch t := t.(type) {
	case *types.Map:
		return &PointerType{Elem: &NamedType{Path: rtPath, Name: "Map", Args: []Type{l.typ(t.Key), l.typ(t.Elem)}}}
	case *types.Set:
		return &PointerType{Elem: &NamedType{Path: rtPath, Name: "Set", Args: []Type{l.typ(t.Elem)}}}
	}
	return nil
}

// lowerClone lowers x.clone(): a copy that shares no Vec, Map or Set with x.
func lowerClone(f *funcLower, b *builtinCall) Expr { return f.l.cloneExpr(b.c.Recv, b.x) }

// seq returns the receiver of a method of Vec, arrays and slices as a Go
// slice.
func (b *builtinCall) seq(f *funcLower) Expr { return f.sliceOf(b.x, b.c.Recv) }

// seqFunc is the lowering of a method of Vec, arrays and slices that is the
// vexrt function name of the elements and the arguments.
func seqFunc(name string) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		return &CallExpr{Fun: rt(name), Args: append([]Expr{b.seq(f)}, b.args...)}
	}
}

// lowerSeqFilter lowers v.filter(p). The Vec that v.map(f) or another
// filter returns is the program's only reference to it, so a filter of
// one keeps its elements in its array (vexrt.Retain) rather than copying
// them into a new one.
func lowerSeqFilter(f *funcLower, b *builtinCall) Expr {
	fn := "Filter"
	if call, ok := syntax.Unparen(b.recv).(*syntax.CallExpr); ok {
		if c := f.l.info.Calls[call]; c != nil {
			switch builtinID(c.Callee) {
			case types.SeqMap, types.SeqFilter:
				fn = "Retain"
			}
		}
	}
	return &CallExpr{Fun: rt(fn), Args: append([]Expr{b.seq(f)}, b.args...)}
}

func lowerSeqGet(f *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: rt("VecGet"), Args: []Expr{b.seq(f), b.int64Arg(f, 0)}}
}

func lowerSeqTryGet(f *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: rt("VecTryGet"), Args: []Expr{b.seq(f), b.int64Arg(f, 0)}}
}

func length(x Expr) Expr { return &CallExpr{Fun: &Ident{Name: "len"}, Args: []Expr{x}} }

// lowerSeqLen lowers len() of a Vec, array, slice or string, which is
// Go's len, of the integer type the checker gave it (spec section 4).
func lowerSeqLen(f *funcLower, b *builtinCall) Expr {
	return f.l.intAs(length(b.x), types.Isize, b.sig.Result)
}

// lowerLength adapts the lowering of a len() or cap() that is an int64 to
// the integer type the checker gave it.
func lowerLength(lower lowerFunc) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		return f.l.intAs(lower(f, b), types.I64, b.sig.Result)
	}
}

// intAs converts x, an integer of kind from, to the Go type of t.
func (l *lowerer) intAs(x Expr, from types.BasicKind, t types.Type) Expr {
	if b, ok := t.(*types.Basic); ok && b.Kind == from {
		return x
	}
	return &ConvExpr{Type: l.typ(t), X: x}
}

// lowerVecWithCapacity lowers Vec.withCapacity<T>(n) to make([]T, 0, n).
func lowerVecWithCapacity(f *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: &Ident{Name: "make"}, Args: []Expr{&TypeExpr{Type: f.l.typ(b.sig.Result)}, &Lit{Value: "0"}, b.args[0]}}
}

// lowerVecFrom lowers Vec.from(xs): a copy of the array, slice or Vec, as
// clone copies it, or the literal itself when xs is one.
func lowerVecFrom(f *funcLower, b *builtinCall) Expr {
	if _, isLit := syntax.Unparen(b.e.Args[0]).(*syntax.ArrayExpr); isLit {
		if _, isVec := f.l.info.Types[b.e.Args[0]].(*types.Vec); isVec {
			return b.args[0]
		}
	}
	return f.l.cloneExpr(b.sig.Result, f.sliceOf(f.deref(b.e.Args[0], b.args[0]), types.Under(f.l.info.Types[b.e.Args[0]])))
}

// lowerSeqGetUnchecked lowers v.getUnchecked(i) to &v[i].
func lowerSeqGetUnchecked(f *funcLower, b *builtinCall) Expr {
	x := b.x
	if _, isArr := b.c.Recv.(*types.Array); isArr {
		x = f.place(x)
	}
	return &UnaryExpr{Op: "&", X: &IndexExpr{X: x, Index: b.args[0]}}
}

func lowerSeqIsEmpty(_ *funcLower, b *builtinCall) Expr {
	return &BinaryExpr{Op: "==", X: length(b.x), Y: &Lit{Value: "0"}}
}

// lowerSeqSort lowers v.sort(). A Vec of tuples sorts with a generated
// comparison, stably (vexrt.SortFunc) if two tuples it finds equal can
// differ, which only a float's -0.0 and 0.0 can; otherwise equal tuples
// are the same, and Go's faster unstable slices.SortFunc sorts them.
func lowerSeqSort(f *funcLower, b *builtinCall) Expr {
	elem := seqElem(b.c.Recv)
	if cmpFn := f.l.compareFunc(elem); cmpFn != nil {
		if hasFloat(elem) {
			return &CallExpr{Fun: rt("SortFunc"), Args: []Expr{b.seq(f), cmpFn}}
		}
		return &CallExpr{Fun: &Ident{Path: "slices", Name: "SortFunc"}, Args: []Expr{b.seq(f), cmpFn}}
	}
	return &CallExpr{Fun: rt("Sort"), Args: []Expr{b.seq(f)}}
}

// hasFloat reports whether a value of type t, a tuple that sort compares,
// holds a float.
func hasFloat(t types.Type) bool {
	switch t := types.Under(t).(type) {
	case *types.Basic:
		return t.IsFloat()
	case *types.Tuple:
		return slices.ContainsFunc(t.Elems, hasFloat)
	}
	return true
}

func lowerSeqIter(f *funcLower, b *builtinCall) Expr { return b.seq(f) }

func lowerSeqJoin(f *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: &Ident{Path: stringsPath, Name: "Join"}, Args: []Expr{b.seq(f), b.args[0]}}
}

// lowerVecPush lowers v.push(x) to v = append(v, x).
func lowerVecPush(f *funcLower, b *builtinCall) Expr {
	p := f.place(b.x)
	f.emit(&AssignStmt{Pos: f.l.pos(b.e), Lhs: []Expr{p}, Op: "=", Rhs: []Expr{&CallExpr{Fun: &Ident{Name: "append"}, Args: []Expr{p, b.args[0]}}}})
	return unitValue()
}

// lowerVecClear lowers v.clear() to v = v[:0].
func lowerVecClear(f *funcLower, b *builtinCall) Expr {
	p := f.place(b.x)
	f.emit(&AssignStmt{Pos: f.l.pos(b.e), Lhs: []Expr{p}, Op: "=", Rhs: []Expr{&SliceExpr{X: p, Hi: &Lit{Value: "0"}}}})
	return unitValue()
}

func lowerVecPop(f *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: rt("Pop"), Args: []Expr{addr(f.place(b.x))}}
}

func lowerVecInsert(f *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: rt("Insert"), Args: []Expr{addr(f.place(b.x)), b.int64Arg(f, 0), b.args[1]}}
}

func lowerVecRemove(f *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: rt("Remove"), Args: []Expr{addr(f.place(b.x)), b.int64Arg(f, 0)}}
}

// collectionBinary lowers == and != on Vecs and slices, and the element-wise
// operators on fixed arrays (vector.go); it returns nil for other binary
// expressions.
func (f *funcLower) collectionBinary(e *syntax.BinaryExpr) Expr {
	switch e.Op {
	case syntax.EQL, syntax.NEQ:
		switch types.Under(f.l.info.Types[e.X]).(type) {
		case *types.Vec, *types.Slice:
			xs := f.exprList([]syntax.Expr{e.X, e.Y})
			eq := &CallExpr{Fun: rt("VecEqual"), Args: xs}
			if e.Op == syntax.NEQ {
				return not(eq)
			}
			return eq
		}
	}
	if f.l.isArrayOp(e) {
		return f.arrayOp(e)
	}
	return nil
}

// arrayPatCond returns the condition under which [a, b, c], [a, ..] or
// [.., z] matches x, a fixed array, Vec or slice of Vex type t.
func (f *funcLower) arrayPatCond(p *syntax.ArrayPat, x Expr, t types.Type, binds *[]binding) Expr {
	var elem types.Type
	arrLen := int64(-1)
	switch u := types.Under(t).(type) {
	case *types.Array:
		elem, arrLen = u.Elem, u.Len
	case *types.Vec:
		elem = u.Elem
	case *types.Slice:
		elem = u.Elem
	default:
		return nil
	}
	rest := -1
	for i, e := range p.Elems {
		if _, ok := e.(*syntax.RestPat); ok {
			rest = i
		}
	}
	n := len(p.Elems)
	if rest >= 0 {
		n--
	}
	length := &CallExpr{Fun: &Ident{Name: "len"}, Args: []Expr{x}}
	var cond Expr
	if arrLen < 0 {
		switch {
		case rest < 0:
			cond = &BinaryExpr{Op: "==", X: length, Y: &Lit{Value: strconv.Itoa(n)}}
		case n > 0:
			cond = &BinaryExpr{Op: ">=", X: length, Y: &Lit{Value: strconv.Itoa(n)}}
		}
	}
	for i, e := range p.Elems {
		if i == rest {
			continue
		}
		var idx Expr = &Lit{Value: strconv.Itoa(i)}
		if rest >= 0 && i > rest {
			back := len(p.Elems) - i // the position counted from the end
			if arrLen >= 0 {
				idx = &Lit{Value: strconv.Itoa(int(arrLen) - back)}
			} else {
				idx = &BinaryExpr{Op: "-", X: length, Y: &Lit{Value: strconv.Itoa(back)}}
			}
		}
		cond = and(cond, f.patCond(e, &IndexExpr{X: x, Index: idx}, elem, binds))
	}
	return cond
}

// forCollection lowers a for loop over a Vec, array, slice, Map or Set, over
// v.iter() and v.enumerate(), and any for loop whose pattern destructures
// the element. It reports false for the loops forStmt lowers itself.
func (f *funcLower) forCollection(s *syntax.ForStmt) bool {
	info := f.l.info
	type mode uint8
	const (
		valueMode mode = iota // for _, x := range X
		keyMode               // for x := range X
		pairMode              // for k, v := range X, of (k, v) tuples
	)
	var m mode
	var src Expr
	elemT := info.Pats[s.Pat]
	if call, ok := syntax.Unparen(s.X).(*syntax.CallExpr); ok {
		if c := info.Calls[call]; c != nil && (c.Builtin() == types.SeqEnumerate || c.Builtin() == types.SeqIter) {
			switch c.Recv.(type) {
			case *types.Vec, *types.Slice, *types.Array:
				recv := f.value(call.Fun.(*syntax.SelectorExpr).X)
				if c.Builtin() == types.SeqEnumerate {
					src, m = &CallExpr{Fun: rt("Enumerate"), Args: []Expr{f.sliceOf(recv, c.Recv)}}, pairMode
				} else {
					src, m = recv, valueMode
				}
			}
		}
	}
	if src == nil {
		simple := false
		switch s.Pat.(type) {
		case *syntax.IdentPat, *syntax.WildcardPat:
			simple = true
		}
		switch t := types.Under(info.Types[s.X]).(type) {
		case *types.Vec, *types.Slice, *types.Array:
			src, m = f.value(s.X), valueMode
			if conv, ok := src.(*ConvExpr); ok && f.builtinCallOf(s.X) == types.StringChars {
				// for c in s.chars() ranges over s, which yields the same
				// runes as []rune(s) without making the slice.
				src = conv.X
			}
			if call, ok := src.(*CallExpr); ok && f.builtinCallOf(s.X) == types.StringSplit && len(call.Args) == 2 {
				// for w in s.split(sep) ranges over strings.SplitSeq, which
				// yields the strings of strings.Split without the slice.
				src, m = &CallExpr{Fun: &Ident{Path: stringsPath, Name: "SplitSeq"}, Args: call.Args}, keyMode
			}
		case *types.Set:
			src, m = method(f.value(s.X), "All"), keyMode
		case *types.Map:
			src, m = method(f.value(s.X), "All"), pairMode
		case *types.Channel:
			if simple {
				return false
			}
			src, m = method(f.value(s.X), "All"), keyMode
		case *types.Basic:
			if simple || t.Kind != types.String {
				return false
			}
			src, m = f.value(s.X), valueMode
		default:
			gm, ok := goRangeMode(t) // goimport.go
			if !ok {
				return false
			}
			src, m = f.value(s.X), mode(gm)
		}
	}
	rs := &RangeStmt{Pos: f.l.pos(s), X: src}
	blk, close := f.open()
	var direct []binding // loop variables the pattern names itself
	var binds []binding  // bindings taken apart from a loop variable
	loopVar := func(p syntax.Pattern, t types.Type, base string) string {
		switch p := p.(type) {
		case *syntax.WildcardPat:
			return ""
		case *syntax.IdentPat:
			if l, ok := info.Defs[p.Name].(*types.Local); ok {
				name := f.declare(l)
				direct = append(direct, binding{l, &Ident{Name: name}})
				return name
			}
		}
		tmp := f.temp(base)
		var own []binding
		f.patCond(p, &Ident{Name: tmp}, t, &own)
		binds = append(binds, own...)
		if len(f.bound(own, s.Body)) == 0 {
			return "" // the body reads none of its bindings
		}
		return tmp
	}
	switch m {
	case valueMode:
		rs.Value = loopVar(s.Pat, elemT, "elem")
	case keyMode:
		rs.Key = loopVar(s.Pat, elemT, "elem")
	case pairMode:
		tt, _ := elemT.(*types.Tuple)
		if tp, ok := s.Pat.(*syntax.TuplePat); ok && tt != nil && len(tp.Elems) == 2 && len(tt.Elems) == 2 {
			rs.Key = loopVar(tp.Elems[0], tt.Elems[0], "k")
			rs.Value = loopVar(tp.Elems[1], tt.Elems[1], "v")
		} else {
			k, v := f.temp("k"), f.temp("v")
			rs.Key, rs.Value = k, v
			f.patCond(s.Pat, &CallExpr{Fun: rt("T2"), Args: []Expr{&Ident{Name: k}, &Ident{Name: v}}}, elemT, &binds)
			if len(f.bound(binds, s.Body)) == 0 {
				rs.Key, rs.Value = "_", "_" // each binding reads both
			}
		}
	}
	if rs.Key == "_" {
		rs.Key = ""
	}
	if rs.Value == "_" {
		rs.Value = ""
	}
	f.pushLoop(s.Label, &rs.Label)
	for _, b := range direct {
		f.unused(b.local, b.value.(*Ident).Name)
	}
	f.bind(binds, s.Body)
	f.stmts(s.Body.Stmts)
	f.popLoop()
	close()
	rs.Body = blk
	f.emit(rs)
	return true
}

// callOnly lowers the call of a defer or go statement, which must stay a
// Go call: push and clear, which lower to assignments elsewhere, become
// vexrt.Push(&v, x) and vexrt.Clear(&v).
func (f *funcLower) callOnly(e syntax.Expr) Expr {
	if x, ok := f.goStmtCall(e); ok {
		return x // gocall.go
	}
	call, ok := e.(*syntax.CallExpr)
	if !ok {
		return bareCall(f.expr(e))
	}
	c := f.l.info.Calls[call]
	if c == nil {
		return bareCall(f.expr(e))
	}
	var fn string
	switch c.Builtin() {
	case types.VecPush:
		fn = "Push"
	case types.VecClear:
		fn = "Clear"
	default:
		return bareCall(f.expr(e))
	}
	recv := f.place(f.value(call.Fun.(*syntax.SelectorExpr).X))
	args := append([]Expr{addr(recv)}, f.exprList(call.Args)...)
	return &CallExpr{Fun: rt(fn), Args: args}
}
