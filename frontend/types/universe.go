package types

import "github.com/vexlang/vex2go/frontend/syntax"

// universe holds the prelude: the names of the prelude types that calls
// and selectors can name (Channel.new), and the builtin functions and
// values of the table, which init adds (table.go).
var universe = func() *Scope {
	s := NewScope(nil)
	for _, name := range []string{"Channel", "Vec", "Map", "Set", "Option", "Result", "Future", "GoMap", "GoChan"} {
		s.Insert(&TypeName{object: object{name: name}})
	}
	s.Insert(&TypeName{object: object{name: "GoError"}, Type: GoErrorType})
	s.Insert(&TypeName{object: object{name: "any"}, Type: AnyType})
	for name, t := range basicByName {
		s.Insert(&TypeName{object: object{name: name}, Type: t})
	}
	for _, k := range []*Named{EqContract, OrdContract, DisplayContract, CloneContract} {
		s.Insert(k.Obj)
	}
	return s
}()

// genericArity is the number of type arguments of each generic prelude type.
var genericArity = map[string]int{
	"Option": 1, "Result": 2, "Vec": 1, "Map": 2, "Set": 1, "Channel": 1, "Future": 1,
	"GoMap": 2, "GoChan": 1,
}

// makeGeneric builds a prelude generic type from its arguments.
func makeGeneric(name string, args []Type) Type {
	switch name {
	case "Option":
		return &Option{Elem: args[0]}
	case "Result":
		return &Result{Ok: args[0], Err: args[1]}
	case "Vec":
		return &Vec{Elem: args[0]}
	case "Map":
		return &Map{Key: args[0], Elem: args[1]}
	case "Set":
		return &Set{Elem: args[0]}
	case "Channel":
		return &Channel{Elem: args[0]}
	case "Future":
		return &Future{Elem: args[0]}
	case "GoMap":
		return &GoMap{Key: args[0], Elem: args[1]}
	case "GoChan":
		return &GoChan{Elem: args[0]}
	}
	return InvalidType
}

// typeExpr resolves a type expression in the package scope.
func (c *checker) typeExpr(t syntax.Type) Type { return c.typeIn(c.pkg, t) }

// typeIn resolves a type expression in scope s, which may hold type
// parameters and Self.
func (c *checker) typeIn(s *Scope, t syntax.Type) Type {
	bound := c.bound // only the outermost type of a bound bounds
	c.bound = false
	switch t := t.(type) {
	case *syntax.BadType, *syntax.UnsupportedType:
		return InvalidType
	case *syntax.NamedType:
		if t.Pkg != nil {
			return c.qualifiedType(s, t) // qualified.go
		}
		if refusedArgs(t) {
			return InvalidType
		}
		name := t.Name.Name
		switch name {
		case "i128", "u128":
			c.errorf(t, "%s is not supported by the Go backend", name)
			return InvalidType
		}
		if b, ok := basicByName[name]; ok {
			if len(t.Args) > 0 {
				c.errorf(t, "%s takes no type arguments", name)
			}
			return b
		}
		if n, ok := genericArity[name]; ok {
			if len(t.Args) != n {
				c.errorf(t, "%s needs %d type argument%s, found %d", name, n, plural(n), len(t.Args))
				return InvalidType
			}
			args := make([]Type, n)
			for i, a := range t.Args {
				args[i] = c.typeIn(s, a)
			}
			if name == "Map" || name == "Set" {
				c.keys = append(c.keys, keyCheck{t.Args[0], args[0], name})
			}
			return makeGeneric(name, args)
		}
		tn, ok := s.Lookup(name).(*TypeName)
		if !ok && name == "never" {
			if len(t.Args) > 0 {
				c.errorf(t, "never takes no type arguments")
			}
			return NeverType // unless the package declares a type never
		}
		if !ok || tn.Type == nil && tn.Decl == nil {
			switch {
			case name == "Self":
				c.errorf(t, "Self is only allowed in contracts and methods")
			case !c.refuseTypeName(t, name):
				c.errorf(t.Name, "undefined type %s%s", name, importHint(name))
			}
			return InvalidType
		}
		c.info.Uses[t.Name] = tn
		rt := c.typeNameArgs(s, t, name, tn)
		if k, ok := rt.(*Named); ok && k.Kind == ContractKind && !bound {
			c.valueContracts = append(c.valueContracts, valueContract{t, k})
		}
		return rt
	case *syntax.RefType:
		elem := c.typeIn(s, t.Elem)
		if tp, ok := elem.(*TypeParam); ok && !tp.Self && len(tp.Bounds) > 0 {
			// Go cannot call the methods of a type parameter's constraint
			// through a pointer to it.
			c.errorf(t, "a reference to a type parameter (&%s) is not supported by the Go backend; take %s by value or make the contract method take self: &Self!", elem, elem)
			return InvalidType
		}
		if sl, ok := elem.(*Slice); ok && !t.Mut {
			// A slice is already a view: &[T] is [T], which an array,
			// a Vec and references to them convert to, as in Rust.
			return sl
		}
		return &Ref{Elem: elem, Mut: t.Mut}
	case *syntax.TupleType:
		if len(t.Elems) == 0 {
			return UnitType
		}
		c.tupleSize(t, len(t.Elems))
		elems := make([]Type, len(t.Elems))
		for i, e := range t.Elems {
			elems[i] = c.typeIn(s, e)
		}
		return &Tuple{Elems: elems}
	case *syntax.FuncType:
		ft := &Func{Result: UnitType}
		for _, p := range t.Params {
			ft.Params = append(ft.Params, c.typeIn(s, p))
		}
		if t.Result != nil {
			ft.Result = c.typeIn(s, t.Result)
		}
		return ft
	case *syntax.ArrayType:
		elem := c.typeIn(s, t.Elem)
		if t.Len == nil {
			return &Slice{Elem: elem}
		}
		if id, ok := t.Len.(*syntax.Ident); ok {
			// [T; SIZE] with an integer constant SIZE.
			if k, ok := s.Lookup(id.Name).(*Const); ok {
				c.info.Uses[id] = k
				if n, ok := c.namedIntConst(k, 0); ok && n >= 0 {
					return &Array{Elem: elem, Len: n}
				}
			}
			c.errorf(t.Len, "array length must be a non-negative integer literal or integer constant")
			return InvalidType
		}
		lit, ok := t.Len.(*syntax.BasicLit)
		n, err := parseInt(lit)
		if !ok || lit.Kind != syntax.INT || err != nil || n.Sign() < 0 || !n.IsInt64() {
			c.errorf(t.Len, "array length must be a non-negative integer literal or integer constant")
			return InvalidType
		}
		return &Array{Elem: elem, Len: n.Int64()}
	}
	c.errorf(t, "unsupported type")
	return InvalidType
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// typeNameArgs resolves the type that tn names in t (spelled name in
// diagnostics), applying t's type arguments: Stack<i32>, Mutex<i64>.
func (c *checker) typeNameArgs(s *Scope, t *syntax.NamedType, name string, tn *TypeName) Type {
	if tn.Go != nil {
		return c.goTypeArgs(s, t, name, tn) // a type of a Go package: goexpr.go
	}
	if st, ok := tn.Type.(*StdType); ok {
		return c.stdTypeArgs(s, t, name, st) // Mutex<i64>: stdlib.go
	}
	if _, isAlias := tn.Decl.(*syntax.TypeAliasDecl); isAlias {
		at := c.resolveAlias(tn)
		if len(t.Args) != len(tn.TypeParams) {
			c.errorf(t, "%s needs %d type argument%s, found %d", name, len(tn.TypeParams), plural(len(tn.TypeParams)), len(t.Args))
			return InvalidType
		}
		m := make(map[*TypeParam]Type, len(t.Args))
		for i, a := range t.Args {
			m[tn.TypeParams[i]] = c.typeIn(s, a)
		}
		return Subst(at, m)
	}
	n, isNamed := tn.Type.(*Named)
	if !isNamed || n.Orig != nil {
		if len(t.Args) > 0 {
			c.errorf(t, "%s takes no type arguments", name)
		}
		return tn.Type
	}
	if len(t.Args) != len(n.TypeParams) {
		c.errorf(t, "%s needs %d type argument%s, found %d", name, len(n.TypeParams), plural(len(n.TypeParams)), len(t.Args))
		return InvalidType
	}
	if len(t.Args) == 0 {
		return n
	}
	args := make([]Type, len(t.Args))
	for i, a := range t.Args {
		args[i] = c.typeIn(s, a)
	}
	return n.instantiate(args)
}
