package lower

import (
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers the calls of the entries of the prelude table
// (frontend/types/table.go): lowerings holds the lowering of each entry,
// by its ID. The lowerings of the prelude functions and of the methods of
// Option, Result, Channel, Duration, strings and numbers are here; those
// of the collections are in collections.go, those of the standard modules
// in stdlib.go.

// A builtinCall is a call of an entry of the table, being lowered.
type builtinCall struct {
	e    *syntax.CallExpr
	c    *types.Call
	sig  *types.Func
	recv syntax.Expr // the receiver of a method call, or nil
	raw  Expr        // the receiver, lowered
	x    Expr        // the receiver, read through references
	args []Expr      // the arguments, lowered
}

// A lowerFunc lowers a call of one entry of the table.
type lowerFunc func(f *funcLower, b *builtinCall) Expr

// lowerings holds the lowering of each entry of the table. init fills it
// in, since the lowerings refer to the lowering of expressions, which
// refers to it.
var lowerings [types.NumBuiltins]lowerFunc

func init() {
	lowerings = [types.NumBuiltins]lowerFunc{
		types.Println:     lowerPrint("Println"),
		types.Print:       lowerPrint("Print"),
		types.Eprintln:    lowerPrint("Eprintln"),
		types.Eprint:      lowerPrint("Eprint"),
		types.Assert:      lowerAssert,
		types.AssertEq:    lowerAssertEq,
		types.Panic:       lowerPanic,
		types.Todo:        lowerTodo,
		types.Unreachable: lowerUnreachable,
		types.Sleep:       lowerSleep,
		types.Timeout:     lowerTimeout,
		types.JoinAll:     rtFuncValues("JoinAll"),
		types.Spawn:       rtFuncValues("Spawn"),
		types.Some:        lowerSome,
		types.Ok:          lowerResult("Ok"),
		types.Err:         lowerResult("Err"),

		types.VecNew:          lowerNewCollection,
		types.VecWithCapacity: lowerVecWithCapacity,
		types.VecFrom:         lowerVecFrom,
		types.MapNew:          lowerNewCollection,
		types.SetNew:          lowerNewCollection,
		types.ChannelNew:      lowerNewChannel,

		types.ToString: lowerToString,
		types.Clone:    lowerClone,

		types.SeqGet:          lowerSeqGet,
		types.SeqTryGet:       lowerSeqTryGet,
		types.SeqGetUnchecked: lowerSeqGetUnchecked,
		types.SeqLen:          lowerSeqLen,
		types.SeqIsEmpty:      lowerSeqIsEmpty,
		types.SeqContains:     seqFunc("Contains"),
		types.SeqFirst:        seqFunc("First"),
		types.SeqLast:         seqFunc("Last"),
		types.SeqReverse:      seqFunc("Reverse"),
		types.SeqSort:         lowerSeqSort,
		types.SeqClone:        lowerClone,
		types.SeqIter:         lowerSeqIter,
		types.SeqEnumerate:    seqFunc("Enumerated"),
		types.SeqMap:          seqFunc("MapVec"),
		types.SeqFilter:       lowerSeqFilter,
		types.SeqJoin:         lowerSeqJoin,

		types.VecPush:   lowerVecPush,
		types.VecPop:    lowerVecPop,
		types.VecInsert: lowerVecInsert,
		types.VecRemove: lowerVecRemove,
		types.VecClear:  lowerVecClear,

		types.MapSet:      goMethod("Set"),
		types.MapInsert:   goMethod("Insert"),
		types.MapGet:      goMethod("Get"),
		types.MapTryGet:   goMethod("TryGet"),
		types.MapContains: goMethod("Contains"),
		types.MapRemove:   goMethod("Remove"),
		types.MapLen:      lowerLength(goMethod("Len")),
		types.MapIsEmpty:  goMethod("IsEmpty"),
		types.MapClone:    lowerClone,
		types.MapKeys:     goMethod("Keys"),
		types.MapValues:   goMethod("Values"),

		types.SetInsert:   goMethod("Insert"),
		types.SetRemove:   goMethod("Remove"),
		types.SetContains: goMethod("Contains"),
		types.SetLen:      lowerLength(goMethod("Len")),
		types.SetIsEmpty:  goMethod("IsEmpty"),
		types.SetValues:   goMethod("Values"),
		types.SetClone:    lowerClone,

		types.StringLen:        lowerSeqLen,
		types.StringIsEmpty:    lowerStringIsEmpty,
		types.StringContains:   stringsFunc("Contains"),
		types.StringStartsWith: stringsFunc("HasPrefix"),
		types.StringEndsWith:   stringsFunc("HasSuffix"),
		types.StringIndexOf:    recvFunc("IndexOf"),
		types.StringSplit:      stringsFunc("Split"),
		types.StringTrim:       stringsFunc("TrimSpace"),
		types.StringToUpper:    stringsFunc("ToUpper"),
		types.StringToLower:    stringsFunc("ToLower"),
		types.StringReplace:    stringsFunc("ReplaceAll"),
		types.StringRepeat:     lowerStringRepeat,
		types.StringSubstring:  lowerStringSubstring,
		types.StringChars:      lowerStringChars,
		types.StringParseInt:   recvFunc("ParseInt"),
		types.StringParseFloat: recvFunc("ParseFloat"),

		types.NumAbs:     lowerNumAbs,
		types.NumMin:     lowerNumMinMax("min"),
		types.NumMax:     lowerNumMinMax("max"),
		types.NumPow:     lowerNumPow,
		types.NumSqrt:    lowerFloatFunc("Sqrt"),
		types.NumFloor:   lowerFloatFunc("Floor"),
		types.NumCeil:    lowerFloatFunc("Ceil"),
		types.NumRound:   lowerFloatFunc("Round"),
		types.IntMillis:  lowerDuration("Millisecond"),
		types.IntSeconds: lowerDuration("Second"),
		types.IntMinutes: lowerDuration("Minute"),

		types.OptionIsSome:  goMethod("IsSome"),
		types.OptionIsNone:  goMethod("IsNone"),
		types.OptionOr:      goMethod("Or"),
		types.OptionOrElse:  goMethod("OrElse"),
		types.OptionFilter:  goMethod("Filter"),
		types.OptionMap:     recvFunc("MapOption"),
		types.OptionFlatMap: recvFunc("FlatMapOption"),
		types.OptionAndThen: recvFunc("FlatMapOption"),

		types.ResultIsOk:    goMethod("IsOk"),
		types.ResultIsErr:   goMethod("IsErr"),
		types.ResultOr:      goMethod("Or"),
		types.ResultOrElse:  lowerResultOrElse,
		types.ResultOk:      goMethod("Ok"),
		types.ResultMap:     recvFunc("MapResult"),
		types.ResultMapErr:  recvFunc("MapErr"),
		types.ResultFlatMap: recvFunc("FlatMapResult"),

		// The methods of an instantiated Channel[T] take T, so constants
		// need no conversion.
		types.ChannelSend:       goMethod("Send"),
		types.ChannelTrySend:    goMethod("TrySend"),
		types.ChannelRecv:       goMethod("Recv"),
		types.ChannelTryRecv:    goMethod("TryRecv"),
		types.ChannelClose:      goMethod("Close"),
		types.ChannelIsClosed:   goMethod("IsClosed"),
		types.ChannelLen:        lowerLength(goMethod("Len")),
		types.ChannelCap:        lowerLength(goMethod("Cap")),
		types.ChannelSendResult: goMethod("SendResult"),
		types.ChannelRecvResult: goMethod("RecvResult"),

		types.DurationMillis:  goMethod("Milliseconds"),
		types.DurationSeconds: lowerDurationSeconds,

		types.MutexNew:      stdFunc(lowerLockNew("NewMutex")),
		types.MutexLock:     goMethod("Lock"),
		types.MutexWithLock: lowerWithLock,
		types.RwLockNew:     stdFunc(lowerLockNew("NewRwLock")),
		types.RwLockRead:    goMethod("Read"),
		types.RwLockWrite:   goMethod("Write"),
		types.GuardGet:      goMethod("Get"),
		types.GuardSet:      goMethod("Set"),
		types.GuardUnlock:   goMethod("Unlock"),
		types.WaitGroupNew:  rtFunc("NewWaitGroup"),
		types.WaitGroupAdd:  lowerWaitGroupAdd,
		types.WaitGroupDone: goMethod("Done"),
		types.WaitGroupWait: goMethod("Wait"),
		types.OnceNew:       rtFunc("NewOnce"),
		types.OnceCallOnce:  goMethod("CallOnce"),
		types.BarrierNew:    stdFunc(lowerBarrierNew),
		types.BarrierWait:   goMethod("Wait"),

		types.AtomicNew:             stdFunc(lowerAtomicNew),
		types.AtomicLoad:            goMethod("Load"),
		types.AtomicStore:           goMethod("Store"),
		types.AtomicSwap:            goMethod("Swap"),
		types.AtomicCompareExchange: goMethod("CompareExchange"),
		types.AtomicFetchAdd:        goMethod("FetchAdd"),
		types.AtomicFetchSub:        goMethod("FetchSub"),

		types.TimeNow:        rtFunc("Now"),
		types.TimeSleep:      stdFunc(lowerTimeSleep),
		types.InstantNow:     rtFunc("Now"),
		types.InstantElapsed: goMethod("Elapsed"),

		types.ContextBackground:  rtFunc("Background"),
		types.ContextWithCancel:  stdFunc(rtFunc("WithCancel")),
		types.ContextWithTimeout: stdFunc(lowerCtxMillis("WithTimeout")),
		types.ContextCancel:      stdFunc(rtFunc("Cancel")),
		types.ContextIsDone:      stdFunc(rtFunc("IsDone")),
		types.ContextRunIn:       stdFunc(rtFunc("RunIn")),
		types.ContextDelay:       stdFunc(lowerCtxMillis("SleepCtx")),

		types.MathPow:   stdFunc(mathFunc("Pow")),
		types.MathAbs:   stdFunc(lowerMathAbs),
		types.MathMin:   stdFunc(lowerMathMinMax("min")),
		types.MathMax:   stdFunc(lowerMathMinMax("max")),
		types.MathSqrt:  stdFunc(mathFunc("Sqrt")),
		types.MathFloor: stdFunc(mathFunc("Floor")),
		types.MathCeil:  stdFunc(mathFunc("Ceil")),
		types.MathSin:   stdFunc(mathFunc("Sin")),
		types.MathCos:   stdFunc(mathFunc("Cos")),
		types.MathLog:   stdFunc(mathFunc("Log")),
		types.MathExp:   stdFunc(mathFunc("Exp")),

		types.StringsLen:        stringHelper(types.StringLen),
		types.StringsIsEmpty:    stringHelper(types.StringIsEmpty),
		types.StringsContains:   stringHelper(types.StringContains),
		types.StringsStartsWith: stringHelper(types.StringStartsWith),
		types.StringsEndsWith:   stringHelper(types.StringEndsWith),
		types.StringsIndexOf:    stringHelper(types.StringIndexOf),
		types.StringsSplit:      stringHelper(types.StringSplit),
		types.StringsTrim:       stringHelper(types.StringTrim),
		types.StringsToUpper:    stringHelper(types.StringToUpper),
		types.StringsToLower:    stringHelper(types.StringToLower),
		types.StringsReplace:    stringHelper(types.StringReplace),
		types.StringsRepeat:     stringHelper(types.StringRepeat),
		types.StringsSubstring:  stringHelper(types.StringSubstring),
		types.StringsChars:      stringHelper(types.StringChars),
		types.StringsJoin:       stdFunc(goFunc(stringsPath, "Join")),

		types.StrconvParseInt:   stringHelper(types.StringParseInt),
		types.StrconvParseFloat: stringHelper(types.StringParseFloat),
		types.StrconvToString:   lowerStrconvToString,

		types.GoMapNew:      lowerGoMapNew,
		types.GoMapGet:      lowerGoMapKeyFunc("Lookup"),
		types.GoMapSet:      lowerGoMapSet,
		types.GoMapContains: lowerGoMapKeyFunc("HasKey"),
		types.GoMapRemove:   lowerGoMapRemove,
		types.GoMapLen:      lowerGoMapLen,
		types.GoChanNew:     lowerGoChanNew,
		types.GoChanRecv:    recvFunc("Recv"),
		types.GoChanClose:   lowerGoChanClose,
		types.GoErrorNew:    goFunc("errors", "New"),
		types.GoDowncast:    lowerGoDowncast,
		types.ContextFromGo: rtFunc("ContextOf"),
	}
}

// builtin lowers a call of the entry id of the table.
func (f *funcLower) builtin(e *syntax.CallExpr, c *types.Call, id types.BuiltinID) Expr {
	lower := lowerings[id]
	sig, _ := c.Type.(*types.Func)
	if lower == nil || sig == nil {
		return f.l.internalError(e, "no lowering for %s", id.Name())
	}
	b := &builtinCall{e: e, c: c, sig: sig}
	if c.Kind == types.CallMethod {
		fun := e.Fun
		if inst, ok := fun.(*syntax.InstExpr); ok {
			fun = inst.X // x.downcast<T>()
		}
		sel, ok := fun.(*syntax.SelectorExpr)
		if !ok {
			return f.l.internalError(e, "method %s called without a receiver", id.Name())
		}
		b.recv = sel.X
		b.raw = f.expr(sel.X)
		b.x = f.deref(sel.X, b.raw)
	}
	// An argument beyond the parameters is an atomic's Ordering, which Go
	// has no use for: every Go atomic operation is sequentially consistent.
	b.args = f.exprList(e.Args[:min(len(e.Args), len(sig.Params))])
	return lower(f, b)
}

// goMethod is the lowering of a method that is the Go method name of the
// receiver's vexrt or Go type.
func goMethod(name string) lowerFunc {
	return func(_ *funcLower, b *builtinCall) Expr { return method(b.x, name, b.args...) }
}

// rtFunc is the lowering of a function that is the vexrt function name.
func rtFunc(name string) lowerFunc {
	return func(_ *funcLower, b *builtinCall) Expr { return &CallExpr{Fun: rt(name), Args: b.args} }
}

// rtFuncValues is rtFunc for a function whose arguments the checker
// reads through references, as spawn(&fut) and join_all(&futs).
func rtFuncValues(name string) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		args := make([]Expr, len(b.args))
		for i, a := range b.args {
			args[i] = f.deref(b.e.Args[i], a)
		}
		return &CallExpr{Fun: rt(name), Args: args}
	}
}

// recvFunc is the lowering of a method that is the vexrt function name of
// the receiver and the arguments: Go methods cannot have type parameters.
func recvFunc(name string) lowerFunc {
	return func(_ *funcLower, b *builtinCall) Expr {
		return &CallExpr{Fun: rt(name), Args: append([]Expr{b.x}, b.args...)}
	}
}

// goFunc is the lowering of a function that is the function name of the
// Go package path.
func goFunc(path, name string) lowerFunc {
	return func(_ *funcLower, b *builtinCall) Expr {
		return &CallExpr{Fun: &Ident{Path: path, Name: name}, Args: b.args}
	}
}

// int64Arg is argument i converted to int64, as int64Arg converts it. The
// call's leading arguments that b.args leaves out (the string of a strings
// helper, which is b.x) are skipped.
func (b *builtinCall) int64Arg(f *funcLower, i int) Expr {
	return f.int64Arg(b.e.Args[len(b.e.Args)-len(b.args)+i], b.args[i])
}

func lowerPrint(name string) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		return &CallExpr{Fun: rt(name), Args: []Expr{f.printArgs(b.e.Args, b.args)}}
	}
}

func lowerAssert(_ *funcLower, b *builtinCall) Expr {
	args := b.args
	if len(args) == 1 {
		args = append(args, &Lit{Value: `""`})
	}
	return &CallExpr{Fun: rt("Assert"), Args: args}
}

// lowerAssertEq lowers assertEq(a, b) to vexrt.AssertEq(a, b, show),
// where show formats a value as Display shows it inside a container.
func lowerAssertEq(f *funcLower, b *builtinCall) Expr {
	t := b.sig.Params[0]
	fn := "AssertEq"
	switch t.(type) {
	case *types.Vec, *types.Slice:
		fn = "AssertEqVec"
	}
	return &CallExpr{Fun: rt(fn), Args: []Expr{f.deref(b.e.Args[0], b.args[0]), f.deref(b.e.Args[1], b.args[1]), f.l.showFunc(t)}}
}

// fail is a panic with a vexrt failure: the message and the .vx position.
func fail(msg Expr) Expr {
	return &CallExpr{Fun: &Ident{Name: "panic"}, Args: []Expr{&CallExpr{Fun: rt("Fail"), Args: []Expr{msg}}}}
}

func lowerPanic(_ *funcLower, b *builtinCall) Expr {
	var msg Expr = &Lit{Value: `""`}
	if len(b.args) == 1 {
		msg = b.args[0]
	}
	return fail(msg)
}

func lowerTodo(_ *funcLower, b *builtinCall) Expr {
	if len(b.args) == 1 {
		return fail(concat(&Lit{Value: `"not yet implemented: "`}, b.args[0]))
	}
	return fail(&Lit{Value: `"not yet implemented"`})
}

func lowerUnreachable(*funcLower, *builtinCall) Expr {
	return fail(&Lit{Value: `"entered unreachable code"`})
}

func lowerSleep(f *funcLower, b *builtinCall) Expr {
	if b.sig.Params[0] == types.DurationType {
		return &CallExpr{Fun: rt("SleepDuration"), Args: b.args}
	}
	return &CallExpr{Fun: rt("Sleep"), Args: []Expr{b.int64Arg(f, 0)}}
}

func lowerTimeout(f *funcLower, b *builtinCall) Expr {
	fut := f.deref(b.e.Args[0], b.args[0])
	if b.sig.Params[1] == types.DurationType {
		return &CallExpr{Fun: rt("TimeoutDuration"), Args: []Expr{fut, b.args[1]}}
	}
	return &CallExpr{Fun: rt("Timeout"), Args: []Expr{fut, b.int64Arg(f, 1)}}
}

func lowerSome(f *funcLower, b *builtinCall) Expr {
	o := b.sig.Result.(*types.Option)
	return &CallExpr{Fun: rt("Some"), Args: []Expr{f.typed(b.e.Args[0], b.args[0], o.Elem)}}
}

func lowerResult(name string) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		r := b.sig.Result.(*types.Result)
		return &CallExpr{Fun: rt(name), TypeArgs: []Type{f.l.typ(r.Ok), f.l.typ(r.Err)}, Args: b.args}
	}
}

func lowerNewChannel(f *funcLower, b *builtinCall) Expr {
	ch := b.sig.Result.(*types.Channel)
	var capacity Expr = &Lit{Value: "0"}
	if len(b.args) == 1 {
		capacity = b.int64Arg(f, 0)
	}
	return &CallExpr{Fun: rt("NewChannel"), TypeArgs: []Type{f.l.typ(ch.Elem)}, Args: []Expr{capacity}}
}

func lowerToString(f *funcLower, b *builtinCall) Expr { return f.format(b.recv, b.raw) }

func lowerResultOrElse(_ *funcLower, b *builtinCall) Expr {
	return method(method(b.x, "Ok"), "OrElse", b.args...) // fn(): T, as Option's
}

func lowerDurationSeconds(_ *funcLower, b *builtinCall) Expr {
	return &ConvExpr{Type: &NamedType{Name: "int64"}, X: &BinaryExpr{Op: "/", X: b.x, Y: &Ident{Path: "time", Name: "Second"}}}
}

// stringsFunc is the lowering of a string method that is the function name
// of Go's strings package.
func stringsFunc(name string) lowerFunc {
	return func(_ *funcLower, b *builtinCall) Expr {
		return &CallExpr{Fun: &Ident{Path: stringsPath, Name: name}, Args: append([]Expr{b.x}, b.args...)}
	}
}

func lowerStringIsEmpty(_ *funcLower, b *builtinCall) Expr {
	return &BinaryExpr{Op: "==", X: b.x, Y: &Lit{Value: `""`}}
}

func lowerStringRepeat(_ *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: &Ident{Path: stringsPath, Name: "Repeat"}, Args: []Expr{b.x, &ConvExpr{Type: &NamedType{Name: "int"}, X: b.args[0]}}}
}

func lowerStringSubstring(f *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: rt("Substring"), Args: []Expr{b.x, b.int64Arg(f, 0), b.int64Arg(f, 1)}}
}

func lowerStringChars(_ *funcLower, b *builtinCall) Expr {
	return &ConvExpr{Type: &SliceType{Elem: &NamedType{Name: "rune"}}, X: b.x}
}

// number returns the receiver of a number method, converted where Go
// would give a constant another type, and its type.
func (b *builtinCall) number(f *funcLower) (Expr, *types.Basic) {
	t, _ := b.c.Recv.(*types.Basic)
	if t == nil {
		return b.x, types.Typ[types.I64]
	}
	return f.typed(b.recv, b.x, t), t
}

func lowerDuration(unit string) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		if _, isConst := f.l.untyped(b.recv); isConst {
			if l, ok := b.x.(*Lit); ok && l.Value == "1" {
				return &Ident{Path: "time", Name: unit} // 1.second() is time.Second
			}
			return &BinaryExpr{Op: "*", X: b.x, Y: &Ident{Path: "time", Name: unit}} // 20 * time.Millisecond
		}
		x, _ := b.number(f)
		return &BinaryExpr{Op: "*", X: &ConvExpr{Type: durationType, X: x}, Y: &Ident{Path: "time", Name: unit}}
	}
}

func lowerNumAbs(f *funcLower, b *builtinCall) Expr {
	x, _ := b.number(f)
	return &CallExpr{Fun: rt("Abs"), Args: []Expr{x}}
}

func lowerNumMinMax(name string) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		x, t := b.number(f)
		return &CallExpr{Fun: &Ident{Name: name}, Args: []Expr{x, f.typed(b.e.Args[0], b.args[0], t)}}
	}
}

func lowerNumPow(f *funcLower, b *builtinCall) Expr {
	x, t := b.number(f)
	if t.IsFloat() {
		return mathFloat2("Pow", x, b.args[0], t)
	}
	return &CallExpr{Fun: rt("Pow"), Args: []Expr{x, b.args[0]}}
}

// lowerFloatFunc is the lowering of a float method that is the function
// name of Go's math package, which takes and returns a float64.
func lowerFloatFunc(name string) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		x, t := b.number(f)
		if t.Kind == types.F32 {
			return &ConvExpr{Type: &NamedType{Name: "float32"}, X: &CallExpr{Fun: &Ident{Path: mathPath, Name: name}, Args: []Expr{&ConvExpr{Type: &NamedType{Name: "float64"}, X: x}}}}
		}
		return &CallExpr{Fun: &Ident{Path: mathPath, Name: name}, Args: []Expr{x}}
	}
}
