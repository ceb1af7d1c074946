package types

import "github.com/vexlang/vex2go/frontend/syntax"

// This file holds the standard modules of spec section 9: "sync",
// "sync/atomic", "time", "context", "math", "strings" and "strconv". Each
// is a Package without files (Package.Std is its import path) whose
// exports are
//
//   - types: a TypeName of a *StdType (Mutex, I64, Instant, Context, ...)
//     or of Duration. Their associated functions (Mutex.new) and methods
//     (m.lock()) are checked from the tables below, as the prelude types'
//     are in method.go;
//   - functions: a *StdFunc, each with the check of its calls;
//   - constants: a *Const without a declaration (math.PI, math.E).
//
// A call of a function or associated function of a standard module is a
// Call of kind CallStd; a method call is a CallMethod whose Recv is the
// *StdType. lower/stdlib.go maps them to vexrt and to Go's packages.

// StdKind tells which type of a standard module a StdType is.
type StdKind uint8

const (
	StdMutex      StdKind = iota + 1 // Mutex<T> of "sync"
	StdRwLock                        // RwLock<T>
	StdGuard                         // Guard<T>: m.lock() and l.write()
	StdReadGuard                     // ReadGuard<T>: l.read()
	StdWaitGroup                     // WaitGroup
	StdOnce                          // Once
	StdBarrier                       // Barrier
	StdAtomicI32                     // I32 of "sync/atomic"
	StdAtomicI64                     // I64
	StdAtomicU32                     // U32
	StdAtomicU64                     // U64
	StdAtomicBool                    // Bool
	StdOrdering                      // Ordering: only an argument of an atomic operation
	StdInstant                       // Instant of "time"
	StdContext                       // Context of "context"
)

var stdKinds = [...]struct {
	name, module string
	generic      bool // takes one type argument
}{
	StdMutex:      {"Mutex", "sync", true},
	StdRwLock:     {"RwLock", "sync", true},
	StdGuard:      {"Guard", "sync", true},
	StdReadGuard:  {"ReadGuard", "sync", true},
	StdWaitGroup:  {"WaitGroup", "sync", false},
	StdOnce:       {"Once", "sync", false},
	StdBarrier:    {"Barrier", "sync", false},
	StdAtomicI32:  {"I32", "sync/atomic", false},
	StdAtomicI64:  {"I64", "sync/atomic", false},
	StdAtomicU32:  {"U32", "sync/atomic", false},
	StdAtomicU64:  {"U64", "sync/atomic", false},
	StdAtomicBool: {"Bool", "sync/atomic", false},
	StdOrdering:   {"Ordering", "sync/atomic", false},
	StdInstant:    {"Instant", "time", false},
	StdContext:    {"Context", "context", false},
}

// Name returns the Vex name of the kind: Mutex, I64, Instant.
func (k StdKind) Name() string { return stdKinds[k].name }

// Module returns the import path of the module that declares the kind.
func (k StdKind) Module() string { return stdKinds[k].module }

// Generic reports whether the kind takes a type argument.
func (k StdKind) Generic() bool { return stdKinds[k].generic }

// StdType is a type of a standard module. All of them but Instant are
// reference types: a copy is the same mutex, atomic or context.
type StdType struct {
	Kind StdKind
	Elem Type // the type argument of Mutex, RwLock and the guards; nil for the others, and in the TypeName of a generic kind
}

func (t *StdType) String() string {
	if t.Elem != nil {
		return t.Kind.Name() + "<" + t.Elem.String() + ">"
	}
	return t.Kind.Name()
}

// IsGuard reports whether t is the guard of a lock.
func (t *StdType) IsGuard() bool { return t.Kind == StdGuard || t.Kind == StdReadGuard }

// AtomicElem returns the type of the value of an atomic, or nil when t is
// not an atomic.
func (t *StdType) AtomicElem() Type {
	switch t.Kind {
	case StdAtomicI32:
		return Typ[I32]
	case StdAtomicI64:
		return Typ[I64]
	case StdAtomicU32:
		return Typ[U32]
	case StdAtomicU64:
		return Typ[U64]
	case StdAtomicBool:
		return Typ[Bool]
	}
	return nil
}

func (t *StdType) with(elem Type) *StdType {
	if t.Elem == nil {
		return t
	}
	return &StdType{Kind: t.Kind, Elem: elem}
}

// guardRef returns the reference through which a guard of type t reaches
// its value, &T! for a Guard and &T for a ReadGuard, or nil if t is no
// guard.
func guardRef(t Type) *Ref {
	if st, ok := Resolve(t).(*StdType); ok && st.IsGuard() {
		return &Ref{Elem: st.Elem, Mut: st.Kind == StdGuard}
	}
	return nil
}

// StdFunc is a function of a standard module, such as math.sqrt.
type StdFunc struct {
	object
	Module string   // the module's import path
	check  stdCheck // checks the arguments of a call
}

// stdCheck checks the arguments of a call of a standard function named
// name and returns its signature, which the call records.
type stdCheck func(c *checker, s *Scope, e *syntax.CallExpr, name string, hint Type) *Func

// intParam stands for a parameter that takes an integer of any type,
// which the lowering converts to i64; what names it in messages.
type intParam struct {
	Basic
	what string
}

var (
	countParam  = &intParam{Basic{Kind: I64}, "the count"}
	millisParam = &intParam{Basic{Kind: I64}, "milliseconds"}

	f64T         = Typ[F64]
	contextType  = &StdType{Kind: StdContext}
	instantType  = &StdType{Kind: StdInstant}
	orderingType = &StdType{Kind: StdOrdering}
)

// orderings are the names of the Ordering values, which vex2go accepts
// and drops: every operation of Go's sync/atomic is sequentially
// consistent.
var orderings = map[string]bool{"Relaxed": true, "Acquire": true, "Release": true, "AcqRel": true, "SeqCst": true}

// stdFixed is the check of a function with a fixed signature.
func stdFixed(result Type, params ...Type) stdCheck {
	return func(c *checker, s *Scope, e *syntax.CallExpr, name string, _ Type) *Func {
		c.stdArgs(s, e, params, name, false)
		return &Func{Params: params, Result: result}
	}
}

// stdPackages are the standard modules, by import path, built once: their
// objects are shared by every package that imports them.
var stdPackages, stdConsts = buildStdPackages()

// stdModule returns the function of StdModules that serves path.
func stdModule(path string) func() *Package {
	return func() *Package { return stdPackages[path] }
}

// StdConst returns the Go package and name of a constant of a standard
// module, such as "math" and "Pi" for math.PI, and whether c is one.
func StdConst(c *Const) (goPath, goName string, ok bool) {
	n, ok := stdConsts[c]
	return "math", n, ok
}

func buildStdPackages() (map[string]*Package, map[*Const]string) {
	pkgs := make(map[string]*Package)
	consts := make(map[*Const]string)
	module := func(path string, objs ...Object) {
		pkg := &Package{Std: path, Scope: NewScope(nil), Exports: make(map[string]Object)}
		for _, obj := range objs {
			pkg.Scope.Insert(obj)
			pkg.Exports[obj.Name()] = obj
		}
		pkgs[path] = pkg
	}
	typ := func(k StdKind) Object {
		return &TypeName{object: object{name: k.Name()}, Type: &StdType{Kind: k}}
	}
	fn := func(path, name string, check stdCheck) Object {
		return &StdFunc{object: object{name: name}, Module: path, check: check}
	}
	mathConst := func(name, goName string) Object {
		c := &Const{object: object{name: name}, Type: f64T}
		consts[c] = goName
		return c
	}

	module("sync", typ(StdMutex), typ(StdRwLock), typ(StdWaitGroup), typ(StdOnce), typ(StdBarrier))
	module("sync/atomic", typ(StdAtomicI32), typ(StdAtomicI64), typ(StdAtomicU32), typ(StdAtomicU64),
		typ(StdAtomicBool), typ(StdOrdering))
	module("time",
		typ(StdInstant),
		&TypeName{object: object{name: "Duration"}, Type: DurationType},
		fn("time", "now", stdFixed(instantType)),
		fn("time", "sleep", checkSleep),
	)
	module("context",
		typ(StdContext),
		fn("context", "background", stdFixed(contextType)),
		fn("context", "withCancel", stdFixed(contextType, contextType)),
		fn("context", "withTimeout", stdFixed(contextType, contextType, millisParam)),
		fn("context", "cancel", stdFixed(UnitType, contextType)),
		fn("context", "isDone", stdFixed(boolT, contextType)),
		fn("context", "runIn", checkRunIn),
		fn("context", "delay", stdFixed(&Future{Elem: UnitType}, contextType, millisParam)),
	)
	mathObjs := []Object{mathConst("PI", "Pi"), mathConst("E", "E"),
		fn("math", "pow", stdFixed(f64T, f64T, f64T)),
		fn("math", "abs", checkAbs),
		fn("math", "min", checkMinMax),
		fn("math", "max", checkMinMax),
	}
	for _, name := range []string{"sqrt", "floor", "ceil", "sin", "cos", "log", "exp"} {
		mathObjs = append(mathObjs, fn("math", name, stdFixed(f64T, f64T)))
	}
	module("math", mathObjs...)
	var stringsObjs []Object
	for _, name := range stringHelpers {
		stringsObjs = append(stringsObjs, fn("strings", name, checkStringHelper))
	}
	stringsObjs = append(stringsObjs, fn("strings", "join", stdFixed(stringT, &Vec{Elem: stringT}, stringT)))
	module("strings", stringsObjs...)
	module("strconv",
		fn("strconv", "parseInt", checkStringHelper),
		fn("strconv", "parseFloat", checkStringHelper),
		fn("strconv", "toString", checkToString),
	)
	return pkgs, consts
}

// stringHelpers are the string methods of spec section 5 that "strings"
// offers as functions of the string and the method's arguments.
var stringHelpers = []string{"len", "isEmpty", "contains", "startsWith", "endsWith", "indexOf", "split",
	"trim", "toUpper", "toLower", "replace", "repeat", "substring", "chars"}

// checkStringHelper checks strings.name(s, args...) against the string
// method name, and strconv.parseInt(s) and strconv.parseFloat(s).
func checkStringHelper(c *checker, s *Scope, e *syntax.CallExpr, name string, _ Type) *Func {
	m, _ := basicMethod(Typ[String], name)
	params, result := m(c, stringT, e)
	params = append([]Type{stringT}, params...)
	c.stdArgs(s, e, params, name, false)
	return &Func{Params: params, Result: result}
}

// checkToString checks strconv.toString(x): any value Display can print.
func checkToString(c *checker, s *Scope, e *syntax.CallExpr, name string, _ Type) *Func {
	if len(e.Args) != 1 {
		c.errorf(e, "%s takes 1 argument, found %d", name, len(e.Args))
		c.args(s, e, nil, "")
		return &Func{Result: stringT}
	}
	t := c.expr(s, e.Args[0], nil)
	c.printable(t, e.Args[0])
	return &Func{Params: []Type{t}, Result: stringT}
}

// checkSleep checks time.sleep(ms) and time.sleep(d): an integer number of
// milliseconds or a Duration.
func checkSleep(c *checker, s *Scope, e *syntax.CallExpr, name string, _ Type) *Func {
	if len(e.Args) != 1 {
		c.errorf(e, "%s takes 1 argument, found %d", name, len(e.Args))
		c.args(s, e, nil, "")
		return &Func{Params: []Type{millisParam}, Result: UnitType}
	}
	t := Under(c.expr(s, e.Args[0], nil))
	if !IsInteger(t) && t != DurationType && t != InvalidType {
		c.errorf(e.Args[0], "sleep takes milliseconds (an integer) or a Duration, not %s", t)
	}
	return &Func{Params: []Type{t}, Result: UnitType}
}

// checkRunIn checks context.runIn(ctx, fut): a Future<Option<T>> that is
// Some(v) if fut completes before ctx is done, and None otherwise.
func checkRunIn(c *checker, s *Scope, e *syntax.CallExpr, name string, hint Type) *Func {
	if len(e.Args) != 2 {
		c.errorf(e, "%s takes 2 arguments (a Context and a Future), found %d", name, len(e.Args))
		c.args(s, e, nil, "")
		return &Func{Result: InvalidType}
	}
	c.assignable(c.expr(s, e.Args[0], contextType), contextType, e.Args[0])
	var h Type
	if o, ok := Resolve(hint).(*Future); ok {
		if oo, ok := Resolve(o.Elem).(*Option); ok {
			h = &Future{Elem: oo.Elem}
		}
	}
	ft := Under(c.expr(s, e.Args[1], h))
	f, ok := ft.(*Future)
	if !ok {
		c.mismatchArg(e.Args[1], "a Future", ft)
		return &Func{Params: []Type{contextType, ft}, Result: InvalidType}
	}
	return &Func{Params: []Type{contextType, f}, Result: &Future{Elem: &Option{Elem: f.Elem}}}
}

// checkAbs checks math.abs(x) of a signed integer or a float.
func checkAbs(c *checker, s *Scope, e *syntax.CallExpr, name string, hint Type) *Func {
	if len(e.Args) != 1 {
		c.errorf(e, "%s takes 1 argument, found %d", name, len(e.Args))
		c.args(s, e, nil, "")
		return &Func{Result: InvalidType}
	}
	t := Under(c.expr(s, e.Args[0], hint))
	b, isBasic := Resolve(t).(*Basic)
	switch {
	case t == InvalidType:
	case !IsNumeric(t):
		c.errorf(e.Args[0], "%s needs a number, not %s", name, t)
		t = InvalidType
	case isBasic && b.IsUnsigned():
		c.errorf(e.Args[0], "%s needs a signed integer or a float, not %s", name, t)
	}
	return &Func{Params: []Type{t}, Result: t}
}

// checkMinMax checks math.min(a, b) and math.max(a, b): two numbers,
// strings or chars of one type.
func checkMinMax(c *checker, s *Scope, e *syntax.CallExpr, name string, hint Type) *Func {
	if len(e.Args) != 2 {
		c.errorf(e, "%s takes 2 arguments, found %d", name, len(e.Args))
		c.args(s, e, nil, "")
		return &Func{Result: InvalidType}
	}
	x := Under(c.expr(s, e.Args[0], hint))
	y := Under(c.expr(s, e.Args[1], x))
	switch {
	case x == InvalidType || y == InvalidType:
		return &Func{Params: []Type{x, y}, Result: InvalidType}
	case !unify(x, y):
		c.errorf(e, "mismatched types %s and %s in %s (convert one side with as)", x, y, name)
		return &Func{Params: []Type{x, y}, Result: InvalidType}
	case !ordered(x):
		c.errorf(e.Args[0], "%s needs numbers, strings or chars, not %s", name, x)
	}
	return &Func{Params: []Type{x, x}, Result: x}
}

// stdArgs checks the arguments of a function or method of a standard
// module against params. With ordering set, one more argument may follow:
// an Ordering.
func (c *checker) stdArgs(s *Scope, e *syntax.CallExpr, params []Type, name string, ordering bool) {
	args := e.Args
	if ordering && len(args) == len(params)+1 {
		c.orderingArg(s, args[len(args)-1], true)
		args = args[:len(params)]
	}
	if len(args) != len(params) {
		extra := ""
		if ordering {
			extra = " and an optional Ordering"
		}
		c.errorf(e, "%s takes %d argument%s%s, found %d", name, len(params), plural(len(params)), extra, len(e.Args))
		for _, a := range args {
			if !ordering || !c.orderingArg(s, a, false) {
				c.expr(s, a, nil)
			}
		}
		return
	}
	for i, a := range args {
		if p, ok := params[i].(*intParam); ok {
			c.intArg(s, a, p.what)
			continue
		}
		c.assignable(c.expr(s, a, params[i]), params[i], a)
	}
}

// orderingArg checks the trailing Ordering argument of an atomic
// operation: Ordering.SeqCst, or atomic.Ordering.SeqCst. Unless must is
// set, an argument of another form is left unchecked, and the result is
// whether a is an Ordering.
func (c *checker) orderingArg(s *Scope, a syntax.Expr, must bool) bool {
	if sel, ok := a.(*syntax.SelectorExpr); ok {
		if st, _ := c.stdTypeName(s, sel.X); st != nil && st.Kind == StdOrdering {
			if !orderings[sel.Sel.Name] {
				c.errorf(sel.Sel, "Ordering has no value %s (Relaxed, Acquire, Release, AcqRel, SeqCst)", sel.Sel.Name)
			}
			c.record(a, orderingType)
			return true
		}
	}
	if !must {
		return false
	}
	if t := c.expr(s, a, nil); t != InvalidType {
		c.errorf(a, "expected an Ordering such as Ordering.SeqCst, found %s", t)
	}
	return false
}

// stdTypeName returns the type of a standard module that x names in an
// expression (Mutex, sync.Mutex, Mutex<i64>), with the type arguments
// written there, or nil.
func (c *checker) stdTypeName(s *Scope, x syntax.Expr) (*StdType, []syntax.Type) {
	var targs []syntax.Type
	if inst, ok := x.(*syntax.InstExpr); ok {
		x, targs = inst.X, inst.TypeArgs
	}
	var tn *TypeName
	var id *syntax.Ident
	switch x := x.(type) {
	case *syntax.Ident:
		tn, _ = s.Lookup(x.Name).(*TypeName)
		id = x
	case *syntax.SelectorExpr:
		if c.pkgNameOf(s, x.X) == nil {
			return nil, nil
		}
		obj, _ := c.qualified(s, x)
		tn, _ = obj.(*TypeName)
		id = x.Sel
	}
	if tn == nil {
		return nil, nil
	}
	st, ok := tn.Type.(*StdType)
	if !ok {
		return nil, nil
	}
	c.info.Uses[id] = tn
	return st, targs
}

// stdTypeArgs resolves a type of a standard module written as a type:
// Mutex<i64>, WaitGroup, sync.Mutex<string>.
func (c *checker) stdTypeArgs(s *Scope, t *syntax.NamedType, name string, st *StdType) Type {
	switch {
	case st.Kind == StdOrdering:
		c.errorf(t, "Ordering is not a type of values vex2go keeps; write it only as the last argument of an atomic operation (Ordering.SeqCst)")
		return InvalidType
	case st.Kind.Generic():
		if len(t.Args) != 1 {
			c.errorf(t, "%s needs 1 type argument, found %d", name, len(t.Args))
			return InvalidType
		}
		return &StdType{Kind: st.Kind, Elem: c.typeIn(s, t.Args[0])}
	case len(t.Args) > 0:
		c.errorf(t, "%s takes no type arguments", name)
	}
	return st
}

// stdStatic checks T.name(args) where T names a type of a standard module:
// Mutex.new(v), Instant.now(), I64.new(0). ok is false when T is no such
// type.
func (c *checker) stdStatic(s *Scope, e *syntax.CallExpr, f *syntax.SelectorExpr, typeArgs []syntax.Type, hint Type) (Type, bool) {
	st, targs := c.stdTypeName(s, f.X)
	if st == nil {
		return nil, false
	}
	k, name := st.Kind, f.Sel.Name
	if len(targs) > 0 && len(typeArgs) > 0 {
		c.errorf(e.Fun, "type arguments given twice")
	}
	targs = append(targs, typeArgs...)
	if len(targs) > 0 && !(k.Generic() && name == "new") {
		c.errorf(e.Fun, "%s.%s takes no type arguments", k.Name(), name)
		targs = nil
	}
	var sig *Func
	switch {
	case name == "new" && (k == StdMutex || k == StdRwLock):
		var elem Type
		switch h, _ := Resolve(hint).(*StdType); {
		case len(targs) == 1:
			elem = c.typeIn(s, targs[0])
		case len(targs) > 1:
			c.errorf(e.Fun, "%s.new takes 1 type argument, found %d", k.Name(), len(targs))
			elem = InvalidType
		case h != nil && h.Kind == k && h.Elem != nil:
			elem = h.Elem
		case len(e.Args) != 1:
			elem = InvalidType // reported by stdArgs
		default:
			elem = c.fresh(e, "the value of the "+k.Name())
		}
		sig = &Func{Params: []Type{elem}, Result: &StdType{Kind: k, Elem: elem}}
	case name == "new" && (k == StdWaitGroup || k == StdOnce):
		sig = &Func{Result: st}
	case name == "new" && k == StdBarrier:
		sig = &Func{Params: []Type{countParam}, Result: st}
	case name == "new" && st.AtomicElem() != nil:
		sig = &Func{Params: []Type{st.AtomicElem()}, Result: st}
	case name == "now" && k == StdInstant:
		sig = &Func{Result: st}
	default:
		c.errorf(f.Sel, "%s has no associated function %s", k.Name(), name)
		c.args(s, e, nil, "")
		return InvalidType, true
	}
	c.addCall(e, &Call{Kind: CallStd, Module: k.Module(), Name: k.Name() + "." + name, Type: sig})
	c.stdArgs(s, e, sig.Params, k.Name()+"."+name, false)
	return sig.Result, true
}

// stdSelector reports T.name used as a value where T names a type of a
// standard module, such as Ordering.SeqCst outside an atomic operation.
func (c *checker) stdSelector(s *Scope, e *syntax.SelectorExpr) (Type, bool) {
	st, _ := c.stdTypeName(s, e.X)
	if st == nil {
		return nil, false
	}
	switch {
	case st.Kind == StdOrdering && orderings[e.Sel.Name]:
		c.errorf(e, "an Ordering is only allowed as the last argument of an atomic operation, as in a.load(Ordering.SeqCst)")
	case st.Kind == StdOrdering:
		c.errorf(e.Sel, "Ordering has no value %s (Relaxed, Acquire, Release, AcqRel, SeqCst)", e.Sel.Name)
	default:
		c.errorf(e, "%s.%s must be called", st.Kind.Name(), e.Sel.Name)
	}
	return InvalidType, true
}

// stdCall checks a call of a function of a standard module.
func (c *checker) stdCall(s *Scope, e *syntax.CallExpr, fn *StdFunc, typeArgs []syntax.Type, hint Type) Type {
	c.noTypeArgs(e, typeArgs, fn.Name())
	sig := fn.check(c, s, e, fn.Name(), hint)
	c.addCall(e, &Call{Kind: CallStd, Module: fn.Module, Name: fn.Name(), Type: sig})
	return sig.Result
}

// stdMethodCall checks recv.name(args) on a value of a standard module's
// type. A guard's own methods are get, set and unlock; any other method is
// the protected value's, called through a reference to it.
func (c *checker) stdMethodCall(s *Scope, e *syntax.CallExpr, f *syntax.SelectorExpr, st *StdType) Type {
	name := f.Sel.Name
	if st.Kind == StdReadGuard && name == "set" {
		c.errorf(f.Sel, "cannot set the value through a read guard; take the lock with write()")
		c.args(s, e, nil, "")
		return InvalidType
	}
	if st.IsGuard() && !guardMethod(st, name) {
		ref := guardRef(st)
		c.info.Types[f.X] = ref
		return c.methodOn(s, e, f, ref, Under(ref))
	}
	sig, ordering := c.stdMethod(st, name, e)
	if sig == nil {
		c.errorf(f.Sel, "%s has no method %s", st, name)
		c.args(s, e, nil, "")
		return InvalidType
	}
	c.addCall(e, &Call{Kind: CallMethod, Name: name, Recv: st, Type: sig})
	c.stdArgs(s, e, sig.Params, name, ordering)
	if name == "withLock" {
		if _, isRef := Resolve(sig.Result).(*Ref); isRef {
			c.errorf(e, "the closure of withLock returns a reference to the protected value, which must not outlive the lock; return a value computed from it, or read it with let g = m.lock(); g.get()")
		}
	}
	return sig.Result
}

// guardMethod reports whether name is a method of the guard itself rather
// than of the value it protects.
func guardMethod(st *StdType, name string) bool {
	switch name {
	case "get", "unlock", "toString":
		return true
	case "set":
		return st.Kind == StdGuard
	}
	return false
}

// stdMethod returns the signature of method name of t, or nil, and
// whether an Ordering may follow its arguments.
func (c *checker) stdMethod(t *StdType, name string, e *syntax.CallExpr) (sig *Func, ordering bool) {
	fn := func(result Type, params ...Type) *Func { return &Func{Params: params, Result: result} }
	if name == "toString" {
		return fn(stringT), false
	}
	switch t.Kind {
	case StdMutex:
		switch name {
		case "lock":
			return fn(&StdType{Kind: StdGuard, Elem: t.Elem}), false
		case "withLock":
			r := c.fresh(e, "the result of the closure of withLock")
			return fn(r, &Func{Params: []Type{&Ref{Elem: t.Elem, Mut: true}}, Result: r}), false
		}
	case StdRwLock:
		switch name {
		case "read":
			return fn(&StdType{Kind: StdReadGuard, Elem: t.Elem}), false
		case "write":
			return fn(&StdType{Kind: StdGuard, Elem: t.Elem}), false
		}
	case StdGuard, StdReadGuard:
		switch name {
		case "get":
			return fn(t.Elem), false
		case "set":
			return fn(UnitType, t.Elem), false
		case "unlock":
			return fn(UnitType), false
		}
	case StdWaitGroup:
		switch name {
		case "add":
			return fn(UnitType, countParam), false
		case "done", "wait":
			return fn(UnitType), false
		}
	case StdOnce:
		if name == "callOnce" {
			return fn(UnitType, &Func{Result: UnitType}), false
		}
	case StdBarrier:
		if name == "wait" {
			return fn(UnitType), false
		}
	case StdInstant:
		if name == "elapsed" {
			return fn(DurationType), false
		}
	}
	if v := t.AtomicElem(); v != nil {
		switch name {
		case "load":
			return fn(v), true
		case "store":
			return fn(UnitType, v), true
		case "swap":
			return fn(v, v), true
		case "compareExchange":
			return fn(boolT, v, v), true
		case "fetchAdd", "fetchSub":
			if v != boolT {
				return fn(v, v), true
			}
		}
	}
	return nil, false
}

// stdLookup reports whether a value of t has a method name, for the
// message about a method that is not called.
func stdLookup(t *StdType, name string) (methodSig, bool) {
	if t.IsGuard() && guardMethod(t, name) {
		return fixed(UnitType), true
	}
	switch t.Kind {
	case StdMutex, StdRwLock, StdWaitGroup, StdOnce, StdBarrier, StdInstant:
		if stdMethodName(t, name) {
			return fixed(UnitType), true
		}
	}
	if t.AtomicElem() != nil {
		switch name {
		case "load", "store", "swap", "compareExchange", "fetchAdd", "fetchSub":
			return fixed(UnitType), true
		}
	}
	return nil, false
}

// stdMethodName reports whether name is in the method table of t.
func stdMethodName(t *StdType, name string) bool {
	switch t.Kind {
	case StdMutex:
		return name == "lock" || name == "withLock"
	case StdRwLock:
		return name == "read" || name == "write"
	case StdWaitGroup:
		return name == "add" || name == "done" || name == "wait"
	case StdOnce:
		return name == "callOnce"
	case StdBarrier:
		return name == "wait"
	case StdInstant:
		return name == "elapsed"
	}
	return false
}

// IsLockCall reports whether call takes a lock and returns its guard:
// m.lock(), l.read(), l.write().
func IsLockCall(call *Call) bool {
	if call == nil || call.Kind != CallMethod {
		return false
	}
	st, ok := Resolve(call.Recv).(*StdType)
	if !ok {
		return false
	}
	switch st.Kind {
	case StdMutex:
		return call.Name == "lock"
	case StdRwLock:
		return call.Name == "read" || call.Name == "write"
	}
	return false
}

// IsGuard reports whether t is the type of a lock guard.
func IsGuard(t Type) bool { return guardRef(t) != nil }

// checkGuards checks the uses of lock guards in a function body, which
// lowering relies on to release each guard at the end of its scope: a
// guard is bound by a let to a name (let g = m.lock()), and the name is
// only used to call methods or read fields through it. So a guard never
// leaves its scope: it is not passed, returned, stored, reassigned or
// captured by a go block.
func (c *checker) checkGuards(body *syntax.Block) {
	lets := make(map[*syntax.CallExpr]bool)
	recvs := make(map[*syntax.Ident]bool)
	syntax.Inspect(body, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.LetStmt:
			if _, ok := n.Pat.(*syntax.IdentPat); ok {
				if call, ok := n.Value.(*syntax.CallExpr); ok {
					lets[call] = true
				}
			}
		case *syntax.SelectorExpr:
			if id, ok := n.X.(*syntax.Ident); ok {
				recvs[id] = true
			}
		}
		return true
	})
	reported := make(map[*Local]bool)
	syntax.Inspect(body, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.CallExpr:
			if IsLockCall(c.info.Calls[n]) && !lets[n] {
				c.errorf(n, "bind the guard of %s to a name, as in let g = %s: the guard holds the lock until the end of its scope", callString(n), callString(n))
			}
		case *syntax.Ident:
			l, ok := c.info.Uses[n].(*Local)
			if ok && IsGuard(l.Type) && !recvs[n] && !reported[l] {
				reported[l] = true
				c.errorf(n, "a lock guard can only be used to call methods through it (%s.get(), %s.set(v), %s.unlock(), a method of the value) and read its fields; it cannot be passed, returned, stored or reassigned", n.Name, n.Name, n.Name)
			}
		case *syntax.GoStmt:
			for _, l := range c.info.Go[n] {
				if IsGuard(l.Type) {
					c.errorf(n, "a go block cannot use the lock guard %s: a guard belongs to the goroutine that locked", l.Name())
					break
				}
			}
		}
		return true
	})
}

// callString spells a method call m.lock() for messages.
func callString(e *syntax.CallExpr) string {
	fun := e.Fun
	if inst, ok := fun.(*syntax.InstExpr); ok {
		fun = inst.X
	}
	sel, ok := fun.(*syntax.SelectorExpr)
	if !ok {
		return "the lock"
	}
	x := exprString(sel.X)
	if x == "expression" {
		x = "m"
	}
	return x + "." + sel.Sel.Name + "()"
}
