package lower

import (
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

// stdFunc adapts the lowering of a function or associated function of a
// standard module, which sees through references: math.abs(r) of a &f64.
func stdFunc(lower lowerFunc) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		args := make([]Expr, len(b.args))
		for i, x := range b.args {
			args[i] = f.deref(b.e.Args[i], x)
		}
		values := *b
		values.args = args
		return lower(f, &values)
	}
}

// typedArg is argument i, converted where Go would give a constant another
// type than the parameter's.
func (b *builtinCall) typedArg(f *funcLower, i int) Expr {
	return f.typed(b.e.Args[i], b.args[i], b.sig.Params[i])
}

func lowerLockNew(name string) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		return &CallExpr{Fun: rt(name), Args: []Expr{b.typedArg(f, 0)}}
	}
}

func lowerBarrierNew(f *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: rt("NewBarrier"), Args: []Expr{b.int64Arg(f, 0)}}
}

func lowerAtomicNew(f *funcLower, b *builtinCall) Expr {
	st := b.sig.Result.(*types.StdType)
	return &CallExpr{Fun: rt("New" + stdGoNames[st.Kind]), Args: b.args}
}

func lowerTimeSleep(f *funcLower, b *builtinCall) Expr {
	if b.sig.Params[0] == types.DurationType {
		return &CallExpr{Fun: &Ident{Path: "time", Name: "Sleep"}, Args: b.args}
	}
	return &CallExpr{Fun: rt("SleepSync"), Args: []Expr{b.int64Arg(f, 0)}}
}

// lowerCtxMillis is the lowering of a function of "context" that takes a
// context and milliseconds, or a Duration: vexrt's name or nameDuration.
func lowerCtxMillis(name string) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		if f.l.info.Types[b.e.Args[1]] == types.DurationType {
			return &CallExpr{Fun: rt(name + "Duration"), Args: b.args}
		}
		return &CallExpr{Fun: rt(name), Args: []Expr{b.args[0], b.int64Arg(f, 1)}}
	}
}

func lowerMathAbs(f *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: rt("Abs"), Args: []Expr{b.typedArg(f, 0)}}
}

// lowerMathMinMax lowers math.min and math.max to Go's min and max, which
// take the first argument's type.
func lowerMathMinMax(name string) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		return &CallExpr{Fun: &Ident{Name: name}, Args: []Expr{b.typedArg(f, 0), b.args[1]}}
	}
}

func mathFunc(name string) lowerFunc { return goFunc(mathPath, name) }

// stringHelper is the lowering of a function of "strings" or "strconv"
// that applies the string method m to its first argument.
func stringHelper(m types.BuiltinID) lowerFunc {
	return stdFunc(func(f *funcLower, b *builtinCall) Expr {
		method := *b
		method.x, method.args = b.args[0], b.args[1:]
		return lowerings[m](f, &method)
	})
}

func lowerStrconvToString(f *funcLower, b *builtinCall) Expr { return f.format(b.e.Args[0], b.args[0]) }

func lowerWithLock(_ *funcLower, b *builtinCall) Expr {
	if isUnitResult(b.sig.Result) {
		return method(b.x, "WithLock", b.args...)
	}
	return &CallExpr{Fun: rt("WithLockResult"), Args: []Expr{b.x, b.args[0]}}
}

func lowerWaitGroupAdd(f *funcLower, b *builtinCall) Expr {
	return method(b.x, "Add", b.int64Arg(f, 0))
}
