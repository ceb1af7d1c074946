package lower

import (
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers the standard modules (frontend/types/stdlib.go) to the
// runtime and to Go's packages. Their types are vexrt types held by
// pointer, Vex reference types that go-block captures share:
//
//	Mutex<T>, RwLock<T>      *vexrt.Mutex[T], *vexrt.RwLock[T]
//	guards                   *vexrt.Guard[T], *vexrt.ReadGuard[T]
//	WaitGroup, Once, Barrier *vexrt.WaitGroup, *vexrt.Once, *vexrt.Barrier
//	I32 I64 U32 U64 Bool     *vexrt.AtomicI32 ... *vexrt.AtomicBool
//	Context                  *vexrt.Context
//	Instant                  vexrt.Instant (a value)
//	Duration                 time.Duration
//
// math's functions are Go's math functions; strings' and strconv's are the
// lowerings of the string methods. Lock guards are released at the end of
// their scope by guards.go.

// stdGoNames are the vexrt names of the types of the standard modules.
var stdGoNames = map[types.StdKind]string{
	types.StdMutex: "Mutex", types.StdRwLock: "RwLock", types.StdGuard: "Guard", types.StdReadGuard: "ReadGuard",
	types.StdWaitGroup: "WaitGroup", types.StdOnce: "Once", types.StdBarrier: "Barrier",
	types.StdAtomicI32: "AtomicI32", types.StdAtomicI64: "AtomicI64", types.StdAtomicU32: "AtomicU32",
	types.StdAtomicU64: "AtomicU64", types.StdAtomicBool: "AtomicBool",
	types.StdInstant: "Instant", types.StdContext: "Context",
}

// stdType lowers a type of a standard module.
func (l *lowerer) stdType(t *types.StdType) Type {
	name, ok := stdGoNames[t.Kind]
	if !ok { // an Ordering, which is never a value
		return &NamedType{Path: rtPath, Name: "Unit"}
	}
	nt := &NamedType{Path: rtPath, Name: name}
	if t.Elem != nil {
		nt.Args = []Type{l.typ(t.Elem)}
	}
	if t.Kind == types.StdInstant {
		return nt
	}
	return &PointerType{Elem: nt}
}

// stdConst returns the Go constant of a constant of a standard module
// (math.PI is math.Pi), or nil.
func stdConst(obj types.Object) *Ident {
	if c, ok := obj.(*types.Const); ok {
		if path, name, ok := types.StdConst(c); ok {
			return &Ident{Path: path, Name: name}
		}
	}
	return nil
}

// stdCall lowers a call of a function or associated function of a
// standard module.
func (f *funcLower) stdCall(e *syntax.CallExpr, c *types.Call) Expr {
	raw := f.exprList(e.Args)
	args := make([]Expr, len(raw))
	for i, x := range raw {
		args[i] = f.deref(e.Args[i], x) // math.abs, min, max and time.sleep see through references
	}
	sig, _ := c.Type.(*types.Func)
	call := func(fn string, xs ...Expr) Expr { return &CallExpr{Fun: rt(fn), Args: xs} }
	goCall := func(path, fn string, xs ...Expr) Expr { return &CallExpr{Fun: &Ident{Path: path, Name: fn}, Args: xs} }
	arg := func(i int) Expr { return f.typed(e.Args[i], args[i], sig.Params[i]) }
	millis := func(i int) Expr { return f.int64Arg(e.Args[i], args[i]) }
	switch c.Module + " " + c.Name {
	case "sync Mutex.new":
		return call("NewMutex", arg(0))
	case "sync RwLock.new":
		return call("NewRwLock", arg(0))
	case "sync WaitGroup.new":
		return call("NewWaitGroup")
	case "sync Once.new":
		return call("NewOnce")
	case "sync Barrier.new":
		return call("NewBarrier", millis(0))
	case "sync/atomic I32.new", "sync/atomic I64.new", "sync/atomic U32.new", "sync/atomic U64.new", "sync/atomic Bool.new":
		st := types.Resolve(sig.Result).(*types.StdType)
		return call("New"+stdGoNames[st.Kind], args[0])
	case "time now", "time Instant.now":
		return call("Now")
	case "time sleep":
		if types.Resolve(sig.Params[0]) == types.DurationType {
			return goCall("time", "Sleep", args[0])
		}
		return call("SleepSync", millis(0))
	case "context background":
		return call("Background")
	case "context withCancel":
		return call("WithCancel", args[0])
	case "context withTimeout":
		return call("WithTimeout", args[0], millis(1))
	case "context cancel":
		return call("Cancel", args[0])
	case "context isDone":
		return call("IsDone", args[0])
	case "context runIn":
		return call("RunIn", args...)
	case "context delay":
		return call("SleepCtx", args[0], millis(1))
	case "math abs":
		return call("Abs", arg(0))
	case "math min", "math max":
		return goCall("", c.Name, arg(0), args[1]) // Go's min and max take the first argument's type
	case "math sqrt", "math pow", "math floor", "math ceil", "math sin", "math cos", "math log", "math exp":
		return goCall(mathPath, upperFirst(c.Name), args...)
	case "strings join":
		return goCall(stringsPath, "Join", args...)
	case "strconv toString":
		return f.format(e.Args[0], raw[0])
	}
	if c.Module == "strings" || c.Module == "strconv" {
		return f.stringMethod(c.Name, args[0], args[1:], e.Args[1:])
	}
	return &Lit{Value: "nil"}
}

// stdMethod lowers a method call on a value of a standard module's type;
// recv, read through any reference, and args are lowered already.
func (f *funcLower) stdMethod(e *syntax.CallExpr, c *types.Call, t *types.StdType, recv Expr, args []Expr) Expr {
	sig, _ := c.Type.(*types.Func)
	if sig != nil && len(args) > len(sig.Params) {
		args = args[:len(sig.Params)] // an Ordering: every Go atomic operation is sequentially consistent
	}
	switch c.Name {
	case "withLock":
		if isUnitResult(sig.Result) {
			return method(recv, "WithLock", args...)
		}
		return &CallExpr{Fun: rt("WithLockResult"), Args: []Expr{recv, args[0]}}
	case "add":
		if t.Kind == types.StdWaitGroup {
			return method(recv, "Add", f.int64Arg(e.Args[0], args[0]))
		}
	}
	return method(recv, upperFirst(c.Name), args...)
}
