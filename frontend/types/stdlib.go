package types

import (
	"slices"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file holds the standard modules of spec section 9: "sync",
// "sync/atomic", "time", "context", "math", "strings" and "strconv". Each
// is a Package without files (Package.Std is its import path) whose
// exports are
//
//   - types: a TypeName of a *StdType (Mutex, I64, Instant, Context, ...)
//     or of Duration. Their associated functions (Mutex.new) and methods
//     (m.lock()) are entries of the table too;
//   - functions: a *Builtin, an entry of the table (table.go);
//   - constants: a *Const without a declaration (math.PI, math.E).
//
// A call of a function or associated function of a standard module is a
// CallFunc whose callee is its *Builtin; a method call is a CallMethod
// whose Recv is the *StdType. lower/stdlib.go maps them to vexrt and to
// Go's packages.

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

// intParam stands for a parameter that takes an integer of any type,
// which the lowering converts to i64; what names it in messages.
type intParam struct {
	Basic
	what string
}

var (
	countParam     = &intParam{Basic{Kind: I64}, "the count"}
	millisParam    = &intParam{Basic{Kind: I64}, "milliseconds"}
	byteIndexParam = &intParam{Basic{Kind: I64}, "a byte index"}

	contextType  = &StdType{Kind: StdContext}
	instantType  = &StdType{Kind: StdInstant}
	orderingType = &StdType{Kind: StdOrdering}
)

// orderings are the names of the Ordering values, which vex2go accepts
// and drops: every operation of Go's sync/atomic is sequentially
// consistent.
var orderings = map[string]bool{"Relaxed": true, "Acquire": true, "Release": true, "AcqRel": true, "SeqCst": true}

// stdFixed is the check of a function with a fixed signature.
func stdFixed(result Type, params ...Type) checkFunc {
	return func(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, _ Type) *Func {
		c.stdArgs(s, e, params, name)
		return sig(result, params...)
	}
}

// checkStringHelper is the check of the function of "strings" or
// "strconv" that applies the string method m: a string, then the method's
// arguments.
func checkStringHelper(m BuiltinID) checkFunc {
	return func(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, _ Type) *Func {
		ms := builtins[m].sig(c, stringT, e)
		params := append([]Type{stringT}, ms.Params...)
		c.stdArgs(s, e, params, name)
		return sig(ms.Result, params...)
	}
}

// checkToString checks strconv.toString(x): any value Display can print.
func checkToString(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, _ Type) *Func {
	if len(e.Args) != 1 {
		c.errorf(e, "%s takes 1 argument, found %d", name, len(e.Args))
		c.args(s, e, nil, "")
		return sig(stringT)
	}
	t := c.expr(s, e.Args[0], nil)
	c.printable(t, e.Args[0])
	return sig(stringT, t)
}

// checkSleep checks time.sleep(ms) and time.sleep(d): an integer number of
// milliseconds or a Duration.
func checkSleep(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, _ Type) *Func {
	if len(e.Args) != 1 {
		c.errorf(e, "%s takes 1 argument, found %d", name, len(e.Args))
		c.args(s, e, nil, "")
		return sig(UnitType, millisParam)
	}
	t := Under(c.expr(s, e.Args[0], nil))
	if !IsInteger(t) && t != DurationType && t != InvalidType {
		c.errorf(e.Args[0], "sleep takes milliseconds (an integer) or a Duration, not %s", t)
	}
	return sig(UnitType, t)
}

// checkRunIn checks context.runIn(ctx, fut): a Future<Option<T>> that is
// Some(v) if fut completes before ctx is done, and None otherwise.
func checkRunIn(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, hint Type) *Func {
	if len(e.Args) != 2 {
		c.errorf(e, "%s takes 2 arguments (a Context and a Future), found %d", name, len(e.Args))
		c.args(s, e, nil, "")
		return sig(InvalidType)
	}
	c.valueArg(s, e.Args[0], contextType)
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
		return sig(InvalidType, contextType, ft)
	}
	return sig(&Future{Elem: &Option{Elem: f.Elem}}, contextType, f)
}

// checkAbs checks math.abs(x) of a signed integer or a float.
func checkAbs(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, hint Type) *Func {
	if len(e.Args) != 1 {
		c.errorf(e, "%s takes 1 argument, found %d", name, len(e.Args))
		c.args(s, e, nil, "")
		return sig(InvalidType)
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
	return sig(t, t)
}

// checkMinMax checks math.min(a, b) and math.max(a, b): two numbers,
// strings or chars of one type.
func checkMinMax(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, hint Type) *Func {
	if len(e.Args) != 2 {
		c.errorf(e, "%s takes 2 arguments, found %d", name, len(e.Args))
		c.args(s, e, nil, "")
		return sig(InvalidType)
	}
	x := Under(c.expr(s, e.Args[0], hint))
	y := Under(c.expr(s, e.Args[1], x))
	switch {
	case x == InvalidType || y == InvalidType:
		return sig(InvalidType, x, y)
	case !unify(x, y):
		c.errorf(e, "mismatched types %s and %s in %s%s", x, y, name, operandHint(x, y))
		return sig(InvalidType, x, y)
	case !ordered(x):
		c.errorf(e.Args[0], "%s needs numbers, strings or chars, not %s", name, x)
	}
	return sig(x, x, x)
}

// checkLockNew checks Mutex.new(v) and RwLock.new(v), where recv holds the
// type of the value.
func checkLockNew(c *checker, s *Scope, e *syntax.CallExpr, name string, recv *StdType, _ Type) *Func {
	fn := sig(recv, recv.Elem)
	c.stdArgs(s, e, fn.Params, name)
	return fn
}

// checkAtomicNew checks I64.new(v) and the other atomics' new.
func checkAtomicNew(c *checker, s *Scope, e *syntax.CallExpr, name string, recv *StdType, _ Type) *Func {
	fn := sig(recv, recv.AtomicElem())
	c.stdArgs(s, e, fn.Params, name)
	return fn
}

// stdSig adapts the signature of a method of a standard module's type.
func stdSig(f func(c *checker, t *StdType, call *syntax.CallExpr) *Func) sigFunc {
	return func(c *checker, recv Type, call *syntax.CallExpr) *Func {
		return f(c, Resolve(recv).(*StdType), call)
	}
}

// atomicSig adapts the signature of a method of an atomic, built from the
// type of its value.
func atomicSig(f func(v Type) *Func) sigFunc {
	return func(_ *checker, recv Type, _ *syntax.CallExpr) *Func {
		return f(Resolve(recv).(*StdType).AtomicElem())
	}
}

func withLockSig(c *checker, t *StdType, call *syntax.CallExpr) *Func {
	r := c.fresh(call, "the result of the closure of withLock")
	return sig(r, &Func{Params: []Type{&Ref{Elem: t.Elem, Mut: true}}, Result: r})
}

// stdArgs checks the arguments of a function of a standard module against
// params, reading through references.
func (c *checker) stdArgs(s *Scope, e *syntax.CallExpr, params []Type, name string) {
	c.stdArgList(s, e, params, name, false, true)
}

// stdArgList checks the arguments of a function or method of a standard
// module against params. With ordering set, one more argument may follow:
// an Ordering. With through set, an argument may be a reference to the
// value a parameter takes (see valueArg).
func (c *checker) stdArgList(s *Scope, e *syntax.CallExpr, params []Type, name string, ordering, through bool) {
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
		if p, ok := params[i].(*intParam); ok && through {
			t := c.expr(s, a, nil)
			if throughRef(t, p) && IsInteger(Under(t)) {
				t = Under(t)
			}
			if p == millisParam {
				c.millisType(t, a, name) // or a Duration
				continue
			}
			c.intType(t, a, p.what)
			continue
		}
		if p, ok := params[i].(*intParam); ok {
			c.intArg(s, a, p.what)
			continue
		}
		if through {
			c.valueArg(s, a, params[i])
			continue
		}
		c.assignable(c.expr(s, a, params[i]), params[i], a)
	}
}

// valueArg checks the argument a of a standard function that takes a value
// of type want, reading through a reference to it (a &Context where a
// Context is expected), as a method call reads through its receiver; the
// lowering (stdFunc) dereferences it.
func (c *checker) valueArg(s *Scope, a syntax.Expr, want Type) {
	got := c.expr(s, a, want)
	if throughRef(got, want) && c.converts(Under(got), want, a) {
		return
	}
	c.assignable(got, want, a)
}

// throughRef reports whether got is a reference that a standard function
// taking a want may read through.
func throughRef(got, want Type) bool {
	if _, isRef := Resolve(got).(*Ref); !isRef {
		return false
	}
	switch Resolve(want).(type) {
	case *Ref, *Var:
		return false
	}
	return true
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
	var b *Builtin
	for _, cl := range stdClasses[k] {
		if b = lookupStatic(cl, name); b != nil {
			break
		}
	}
	if len(targs) > 0 && len(typeArgs) > 0 {
		c.errorf(e.Fun, "type arguments given twice")
	}
	targs = append(targs, typeArgs...)
	if len(targs) > 0 && (b == nil || !k.Generic()) {
		c.errorf(e.Fun, "%s.%s takes no type arguments", k.Name(), name)
		targs = nil
	}
	if b == nil {
		c.errorf(f.Sel, "%s has no associated function %s", k.Name(), name)
		c.args(s, e, nil, "")
		return InvalidType, true
	}
	recv := st
	if k.Generic() {
		// The type argument of Mutex.new<T>(v): written, from the context,
		// or inferred from v.
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
			elem = InvalidType // reported by the check
		default:
			elem = c.fresh(e, "the value of the "+k.Name())
		}
		recv = &StdType{Kind: k, Elem: elem}
	}
	sig := builtins[b.ID].check(c, s, e, k.Name()+"."+name, recv, hint)
	c.addCall(e, &Call{Kind: CallFunc, Callee: b, Type: sig})
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

// stdMethodCall checks recv.name(args) on a value of a standard module's
// type. A guard's own methods are get, set and unlock; any other method is
// the protected value's, called through a reference to it.
func (c *checker) stdMethodCall(s *Scope, e *syntax.CallExpr, f *syntax.SelectorExpr, st *StdType) Type {
	name := f.Sel.Name
	if st.Kind == StdReadGuard && lookupMethod(&StdType{Kind: StdGuard}, name) == builtinObjs[GuardSet] {
		c.errorf(f.Sel, "cannot set the value through a read guard; take the lock with write()")
		c.args(s, e, nil, "")
		return InvalidType
	}
	b := lookupMethod(st, name)
	if st.IsGuard() && (b == nil || b.ID == Clone) { // g.clone() clones the value
		ref := guardRef(st)
		c.info.Types[f.X] = ref
		if t, ok := c.goMethodCall(s, e, f, ref, nil); ok {
			return t // a method of a Go value: goexpr.go
		}
		return c.methodOn(s, e, f, ref, Under(ref))
	}
	if b == nil {
		c.errorf(f.Sel, "%s has no method %s", st, name)
		c.args(s, e, nil, "")
		return InvalidType
	}
	m := &builtins[b.ID]
	sig := m.sig(c, st, e)
	c.addCall(e, &Call{Kind: CallMethod, Callee: b, Recv: st, Type: sig})
	if st.IsGuard() && len(e.Args) != len(sig.Params) {
		if vt := guardRef(st).Elem; lookupMethod(vt, name) != nil || userMethodObj(vt, name) != nil {
			c.errorf(e, "%s of a guard takes %d argument%s, found %d; to call %s of the protected %s, write %s.get().%s(...)",
				name, len(sig.Params), plural(len(sig.Params)), len(e.Args), name, vt, exprString(f.X), name)
			c.args(s, e, nil, "")
			return InvalidType // the value's method was meant: its result is unknown
		}
	}
	c.stdArgList(s, e, sig.Params, name, m.ordering, false)
	if b.ID == MutexWithLock {
		if _, isRef := Resolve(sig.Result).(*Ref); isRef {
			c.errorf(e, "the closure of withLock returns a reference to the protected value, which must not outlive the lock; return a value computed from it, or read it with let g = m.lock(); g.get()")
		}
	}
	return sig.Result
}

// IsLockCall reports whether call takes a lock and returns its guard:
// m.lock(), l.read(), l.write().
func IsLockCall(call *Call) bool {
	if call == nil {
		return false
	}
	switch call.Builtin() {
	case MutexLock, RwLockRead, RwLockWrite:
		return true
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
	// Only a body that takes a lock or holds a guard needs the walks.
	root := c.fn.root
	if !slices.ContainsFunc(root.calls, IsLockCall) && !slices.ContainsFunc(root.local, func(l *Local) bool { return IsGuard(l.Type) }) {
		return
	}
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
