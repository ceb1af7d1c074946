package types

// unify makes a and b the same type by binding inference variables, and
// reports whether that is possible. It binds nothing when it fails.
func unify(a, b Type) bool {
	if !unifiable(a, b) {
		return false
	}
	bind(a, b)
	return true
}

// unifiable reports whether unify(a, b) would succeed, binding nothing.
func unifiable(a, b Type) bool {
	a, b = Resolve(a), Resolve(b)
	if a == b || a == InvalidType || b == InvalidType || a == NeverType || b == NeverType {
		return true
	}
	if va, ok := a.(*Var); ok {
		return varAccepts(va, b)
	}
	if vb, ok := b.(*Var); ok {
		return varAccepts(vb, a)
	}
	switch a := a.(type) {
	case *Tuple:
		b, ok := b.(*Tuple)
		return ok && unifiableList(a.Elems, b.Elems)
	case *Array:
		b, ok := b.(*Array)
		return ok && a.Len == b.Len && unifiable(a.Elem, b.Elem)
	case *Slice:
		b, ok := b.(*Slice)
		return ok && unifiable(a.Elem, b.Elem)
	case *Func:
		b, ok := b.(*Func)
		return ok && unifiableList(a.Params, b.Params) && unifiable(a.Result, b.Result)
	case *Ref:
		b, ok := b.(*Ref)
		return ok && a.Mut == b.Mut && unifiable(a.Elem, b.Elem)
	case *Option:
		b, ok := b.(*Option)
		return ok && unifiable(a.Elem, b.Elem)
	case *Result:
		b, ok := b.(*Result)
		return ok && unifiable(a.Ok, b.Ok) && unifiable(a.Err, b.Err)
	case *Vec:
		b, ok := b.(*Vec)
		return ok && unifiable(a.Elem, b.Elem)
	case *Map:
		b, ok := b.(*Map)
		return ok && unifiable(a.Key, b.Key) && unifiable(a.Elem, b.Elem)
	case *Set:
		b, ok := b.(*Set)
		return ok && unifiable(a.Elem, b.Elem)
	case *Channel:
		b, ok := b.(*Channel)
		return ok && unifiable(a.Elem, b.Elem)
	case *Future:
		b, ok := b.(*Future)
		return ok && unifiable(a.Elem, b.Elem)
	case *StdType:
		b, ok := b.(*StdType)
		return ok && a.Kind == b.Kind && (a.Elem == nil) == (b.Elem == nil) && (a.Elem == nil || unifiable(a.Elem, b.Elem))
	case *Named:
		b, ok := b.(*Named)
		return ok && a.Generic() == b.Generic() && unifiableList(a.Args, b.Args)
	case *GoNamed:
		b, ok := b.(*GoNamed)
		return ok && a.Obj == b.Obj && unifiableList(a.Args, b.Args)
	case *GoMap:
		b, ok := b.(*GoMap)
		return ok && unifiable(a.Key, b.Key) && unifiable(a.Elem, b.Elem)
	case *GoChan:
		b, ok := b.(*GoChan)
		return ok && a.Dir == b.Dir && unifiable(a.Elem, b.Elem)
	}
	return Identical(a, b)
}

func unifiableList(a, b []Type) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !unifiable(a[i], b[i]) {
			return false
		}
	}
	return true
}

// varAccepts reports whether the free variable v may be bound to t.
func varAccepts(v *Var, t Type) bool {
	if occurs(v, t) {
		return false // v would stand for an infinite type: let v = [v]
	}
	if v.Kind == AnyKind {
		return true
	}
	switch t := t.(type) {
	case *Var:
		if !compatible(v.Kind, t.Kind) {
			return false
		}
		switch {
		case t.Kind == AnyKind:
			return !occurs(t, v)
		case v.Kind == ArrayLit:
			return unifiable(v.Elem, t.Elem)
		}
		return true
	case *Basic:
		switch v.Kind {
		case FloatLit:
			return t.IsFloat()
		case IntKind:
			return t.IsInteger()
		case ArrayLit:
			return false
		}
		return t.IsNumeric()
	case *GoNamed:
		// A literal takes a Go named numeric type: 2 * time.Second.
		if b := goBasicUnder(t); b != nil {
			return varAccepts(v, b)
		}
	case *Array:
		return v.Kind == ArrayLit && v.Len == t.Len && unifiable(v.Elem, t.Elem)
	case *Vec:
		return v.Kind == ArrayLit && unifiable(v.Elem, t.Elem)
	case *Slice:
		return v.Kind == ArrayLit && unifiable(v.Elem, t.Elem)
	}
	return false
}

// bindArrayLit binds the array literal's variable v to t, a fixed array,
// a Vec, a slice or another literal's variable. Two literals of different
// lengths can only be one type as a Vec.
func bindArrayLit(v *Var, t Type) {
	switch t := t.(type) {
	case *Var:
		if t.Kind == AnyKind {
			t.bound = v
			return
		}
		bind(v.Elem, t.Elem)
		if t.Len != v.Len {
			t.bound = &Vec{Elem: t.Elem}
		}
		v.bound = t
	case *Array:
		bind(v.Elem, t.Elem)
		v.bound = t
	case *Vec:
		bind(v.Elem, t.Elem)
		v.bound = t
	case *Slice:
		bind(v.Elem, t.Elem)
		v.bound = t
	}
}

// bind performs the bindings that unifiable(a, b) approved.
func bind(a, b Type) {
	a, b = Resolve(a), Resolve(b)
	if a == InvalidType || b == InvalidType {
		// Binding a variable to an invalid type keeps one error from
		// causing a second "cannot infer" error.
		if v, ok := a.(*Var); ok {
			v.bound = InvalidType
		}
		if v, ok := b.(*Var); ok {
			v.bound = InvalidType
		}
		return
	}
	if a == b || a == NeverType || b == NeverType {
		return
	}
	if va, ok := a.(*Var); ok && va.Kind == ArrayLit {
		bindArrayLit(va, b)
		return
	}
	if vb, ok := b.(*Var); ok && vb.Kind == ArrayLit {
		bindArrayLit(vb, a)
		return
	}
	if va, ok := a.(*Var); ok {
		if vb, ok := b.(*Var); ok && vb.Kind < va.Kind {
			vb.bound = va // keep the stronger constraint: any < int < float, int < length
			return
		}
		va.bound = b
		return
	}
	if vb, ok := b.(*Var); ok {
		vb.bound = a
		return
	}
	switch a := a.(type) {
	case *Tuple:
		bindList(a.Elems, b.(*Tuple).Elems)
	case *Array:
		bind(a.Elem, b.(*Array).Elem)
	case *Slice:
		bind(a.Elem, b.(*Slice).Elem)
	case *Func:
		bf := b.(*Func)
		bindList(a.Params, bf.Params)
		bind(a.Result, bf.Result)
	case *Ref:
		bind(a.Elem, b.(*Ref).Elem)
	case *Option:
		bind(a.Elem, b.(*Option).Elem)
	case *Result:
		br := b.(*Result)
		bind(a.Ok, br.Ok)
		bind(a.Err, br.Err)
	case *Vec:
		bind(a.Elem, b.(*Vec).Elem)
	case *Map:
		bm := b.(*Map)
		bind(a.Key, bm.Key)
		bind(a.Elem, bm.Elem)
	case *Set:
		bind(a.Elem, b.(*Set).Elem)
	case *Channel:
		bind(a.Elem, b.(*Channel).Elem)
	case *Future:
		bind(a.Elem, b.(*Future).Elem)
	case *StdType:
		if a.Elem != nil {
			bind(a.Elem, b.(*StdType).Elem)
		}
	case *Named:
		bindList(a.Args, b.(*Named).Args)
	case *GoNamed:
		bindList(a.Args, b.(*GoNamed).Args)
	case *GoMap:
		bm := b.(*GoMap)
		bind(a.Key, bm.Key)
		bind(a.Elem, bm.Elem)
	case *GoChan:
		bind(a.Elem, b.(*GoChan).Elem)
	}
}

func bindList(a, b []Type) {
	for i := range a {
		bind(a[i], b[i])
	}
}

// occurs reports whether v appears inside t, which would make a cyclic type.
func occurs(v *Var, t Type) bool {
	switch t := Resolve(t).(type) {
	case *Var:
		return t == v || t.Kind == ArrayLit && occurs(v, t.Elem)
	case *Tuple:
		return occursList(v, t.Elems)
	case *Array:
		return occurs(v, t.Elem)
	case *Slice:
		return occurs(v, t.Elem)
	case *Func:
		return occursList(v, t.Params) || occurs(v, t.Result)
	case *Ref:
		return occurs(v, t.Elem)
	case *Option:
		return occurs(v, t.Elem)
	case *Result:
		return occurs(v, t.Ok) || occurs(v, t.Err)
	case *Vec:
		return occurs(v, t.Elem)
	case *Map:
		return occurs(v, t.Key) || occurs(v, t.Elem)
	case *Set:
		return occurs(v, t.Elem)
	case *Channel:
		return occurs(v, t.Elem)
	case *Future:
		return occurs(v, t.Elem)
	case *StdType:
		return t.Elem != nil && occurs(v, t.Elem)
	case *Named:
		return occursList(v, t.Args)
	case *GoNamed:
		return occursList(v, t.Args)
	case *GoMap:
		return occurs(v, t.Key) || occurs(v, t.Elem)
	case *GoChan:
		return occurs(v, t.Elem)
	}
	return false
}

func occursList(v *Var, ts []Type) bool {
	for _, t := range ts {
		if occurs(v, t) {
			return true
		}
	}
	return false
}
