package types

import "github.com/vexlang/vex2go/frontend/syntax"

// This file is the table of the prelude and the standard modules: every
// function of the prelude (println, Some, sleep) and of a standard module
// (math.sqrt, time.now), every associated function of a prelude or
// standard type (Vec.new, Mutex.new) and every method of one (v.push,
// m.lock) has one entry, with a BuiltinID and its signature. The checker
// resolves a call of one to the entry's *Builtin and records it as the
// callee in Info.Calls; the lowering finds the entry's lowering by its ID.
//
// Adding a method is one row here, one lowering function in lower, and one
// vexrt helper where needed: docs/contributing.md has the recipe.

// BuiltinID identifies an entry of the table.
type BuiltinID uint16

// The entries of the table.
const (
	NoBuiltin BuiltinID = iota // no entry: the callee is not in the table

	// Functions of the prelude.
	Println     // println(...), $println(...)
	Print       // print(...), $print(...)
	Eprintln    // eprintln(...), $eprintln(...)
	Eprint      // eprint(...), $eprint(...)
	Assert      // assert(cond), assert(cond, msg), $assert
	AssertEq    // assertEq(a, b), $assertEq(a, b)
	Panic       // panic(msg), $panic(msg)
	Todo        // todo(), todo(msg), $todo
	Unreachable // unreachable(), $unreachable()
	Sleep       // sleep(ms), async_delay(ms)
	Timeout     // timeout(fut, ms)
	JoinAll     // join_all(futs)
	Spawn       // spawn(fut)
	Some        // Some(v)
	Ok          // Ok(v)
	Err         // Err(e)
	None        // None: a value, never called

	// Constructors of the prelude types.
	VecNew          // Vec.new<T>(), Vec<T>()
	VecWithCapacity // Vec.withCapacity<T>(n)
	VecFrom         // Vec.from(xs)
	MapNew          // Map.new<K, V>(), Map<K, V>()
	SetNew          // Set.new<T>(), Set<T>()
	ChannelNew      // Channel.new<T>(cap), Channel<T>(cap), Channel(cap)

	// Every value.
	ToString // x.toString()
	Clone    // x.clone(), deep for the Vecs, Maps and Sets inside x

	// Vec, fixed arrays and slices.
	SeqGet
	SeqTryGet
	SeqGetUnchecked
	SeqLen
	SeqIsEmpty
	SeqContains
	SeqFirst
	SeqLast
	SeqReverse
	SeqSort
	SeqClone
	SeqIter
	SeqEnumerate
	SeqMap
	SeqFilter
	SeqJoin

	// Vec only.
	VecPush
	VecPop
	VecInsert
	VecRemove
	VecClear

	// Map.
	MapSet
	MapInsert // the same as set
	MapGet
	MapTryGet
	MapContains
	MapRemove
	MapLen
	MapIsEmpty
	MapClone
	MapKeys
	MapValues

	// Set.
	SetInsert
	SetRemove
	SetContains
	SetLen
	SetIsEmpty
	SetValues
	SetClone

	// string.
	StringLen
	StringIsEmpty
	StringContains
	StringStartsWith
	StringEndsWith
	StringIndexOf
	StringSplit
	StringTrim
	StringToUpper
	StringToLower
	StringReplace
	StringRepeat
	StringSubstring
	StringChars
	StringParseInt
	StringParseFloat

	// Numbers.
	NumAbs
	NumMin
	NumMax
	NumPow
	NumSqrt
	NumFloor
	NumCeil
	NumRound
	IntMillis
	IntSeconds // seconds(), second()
	IntMinutes

	// Option.
	OptionIsSome
	OptionIsNone
	OptionOr
	OptionOrElse
	OptionFilter
	OptionMap
	OptionFlatMap
	OptionAndThen // the same as flatMap

	// Result.
	ResultIsOk
	ResultIsErr
	ResultOr
	ResultOrElse
	ResultOk
	ResultMap
	ResultMapErr
	ResultFlatMap

	// Channel.
	ChannelSend
	ChannelTrySend
	ChannelRecv
	ChannelTryRecv
	ChannelClose
	ChannelIsClosed
	ChannelLen
	ChannelCap
	ChannelSendResult
	ChannelRecvResult

	// Duration.
	DurationMillis
	DurationSeconds

	// "sync": types, their associated functions and methods.
	MutexNew
	MutexLock
	MutexWithLock
	RwLockNew
	RwLockRead
	RwLockWrite
	GuardGet    // of a Guard and a ReadGuard
	GuardSet    // of a Guard
	GuardUnlock // of a Guard and a ReadGuard
	WaitGroupNew
	WaitGroupAdd
	WaitGroupDone
	WaitGroupWait
	OnceNew
	OnceCallOnce
	BarrierNew
	BarrierWait

	// "sync/atomic": I32, I64, U32, U64 and Bool.
	AtomicNew
	AtomicLoad
	AtomicStore
	AtomicSwap
	AtomicCompareExchange
	AtomicFetchAdd // not of Bool
	AtomicFetchSub // not of Bool

	// "time".
	TimeNow
	TimeSleep
	InstantNow
	InstantElapsed

	// "context".
	ContextBackground
	ContextWithCancel
	ContextWithTimeout
	ContextCancel
	ContextIsDone
	ContextRunIn
	ContextDelay

	// "math".
	MathPow
	MathAbs
	MathMin
	MathMax
	MathSqrt
	MathFloor
	MathCeil
	MathSin
	MathCos
	MathLog
	MathExp

	// "strings": the string methods as functions, and join.
	StringsLen
	StringsIsEmpty
	StringsContains
	StringsStartsWith
	StringsEndsWith
	StringsIndexOf
	StringsSplit
	StringsTrim
	StringsToUpper
	StringsToLower
	StringsReplace
	StringsRepeat
	StringsSubstring
	StringsChars
	StringsJoin

	// "strconv".
	StrconvParseInt
	StrconvParseFloat
	StrconvToString

	// Go interop (interop.md section 3): Go's maps, channels and errors.
	GoMapNew      // GoMap.new<K, V>()
	GoMapGet      // m.get(k)
	GoMapSet      // m.set(k, v)
	GoMapContains // m.contains(k)
	GoMapRemove   // m.remove(k)
	GoMapLen      // m.len()
	GoChanNew     // GoChan.new<T>(cap)
	GoChanRecv    // c.recv()
	GoChanClose   // c.close()
	GoErrorNew    // GoError.new(msg)
	GoDowncast    // x.downcast<T>() of an any or a GoError
	ContextFromGo // context.fromGo(ctx)

	NumBuiltins // the number of IDs
)

// Builtin is an entry of the table as an object: what a prelude name or a
// member of a standard module denotes (println, None, math.sqrt), and the
// callee of a call of a method or associated function of a prelude or
// standard type.
type Builtin struct {
	object
	ID BuiltinID
}

// A class is the set of receiver types that a method of the table applies
// to, or the type whose associated function an entry is.
type class uint8

const (
	noClass        class = iota // a function
	anyClass                    // every type
	seqClass                    // Vec, fixed arrays and slices
	vecClass                    // Vec
	mapClass                    // Map
	setClass                    // Set
	stringClass                 // string
	numberClass                 // integers and floats, and literals
	intClass                    // integers and integer literals
	floatClass                  // floats, and literals, which become floats
	optionClass                 // Option
	resultClass                 // Result
	channelClass                // Channel
	durationClass               // Duration
	mutexClass                  // Mutex of "sync"
	rwLockClass                 // RwLock
	guardsClass                 // Guard and ReadGuard
	guardClass                  // Guard
	waitGroupClass              // WaitGroup
	onceClass                   // Once
	barrierClass                // Barrier
	atomicClass                 // every atomic of "sync/atomic"
	atomicIntClass              // the integer atomics
	instantClass                // Instant of "time"
	goMapClass                  // GoMap
	goChanClass                 // GoChan
	goErrorClass                // GoError
	goBoxClass                  // any and GoError, which hold a value of another type
)

// classNames name the classes in String.
var classNames = [...]string{
	anyClass: "any", seqClass: "Vec|array|slice", vecClass: "Vec", mapClass: "Map", setClass: "Set",
	stringClass: "string", numberClass: "number", intClass: "integer", floatClass: "float",
	optionClass: "Option", resultClass: "Result", channelClass: "Channel", durationClass: "Duration",
	mutexClass: "Mutex", rwLockClass: "RwLock", guardsClass: "Guard|ReadGuard", guardClass: "Guard",
	waitGroupClass: "WaitGroup", onceClass: "Once", barrierClass: "Barrier",
	atomicClass: "atomic", atomicIntClass: "atomic", instantClass: "Instant",
	goMapClass: "GoMap", goChanClass: "GoChan", goErrorClass: "GoError", goBoxClass: "any|GoError",
}

// sigFunc builds the signature of a method for one call from the receiver
// type (references removed); a generic method makes fresh inference
// variables. It returns nil when the method does not apply to the
// receiver after all.
type sigFunc func(c *checker, recv Type, call *syntax.CallExpr) *Func

// checkFunc checks a call of a function or associated function, its
// arguments included, and returns its signature; name is the callee as
// the call spells it, for messages. recv is the type whose associated
// function is called, nil for a function.
type checkFunc func(c *checker, s *Scope, e *syntax.CallExpr, name string, recv *StdType, hint Type) *Func

// A builtinEntry describes one entry of the table.
type builtinEntry struct {
	name   string // the name a call spells
	alias  string // a second spelling, as $println for println
	module string // the import path of the standard module of a function
	class  class  // the receiver types of a method, the type of an associated function
	static bool   // an associated function, called on the type (Mutex.new)

	sig      sigFunc   // the signature of a method
	check    checkFunc // the check of a call of a function or associated function
	mut      bool      // the method changes a collection: it needs a let! binding or a &T!
	ordering bool      // an Ordering may follow the arguments of the atomic method
}

// builtins is the table, indexed by ID. It is filled in by init, since
// the checks refer to the checker, which refers to the table.
var builtins [NumBuiltins]builtinEntry

// Name returns the name of the entry, as the Vex code spells it: println,
// push, new.
func (id BuiltinID) Name() string { return builtins[id].name }

// Module returns the standard module of a function, or "".
func (id BuiltinID) Module() string { return builtins[id].module }

// String returns the entry's name, qualified by its type or module:
// println, Vec.push, Map.get, math.sqrt, Mutex.new.
func (id BuiltinID) String() string {
	b := &builtins[id]
	switch {
	case b.module != "" && b.class == noClass:
		return b.module + "." + b.name
	case b.class != noClass:
		return classNames[b.class] + "." + b.name
	}
	return b.name
}

// IsFunc reports whether the entry is a function or an associated function
// that can be called (None is a value).
func (id BuiltinID) IsFunc() bool { return id != NoBuiltin && id != None && id < NumBuiltins }

func init() {
	builtins = [NumBuiltins]builtinEntry{
		Println:     {name: "println", alias: "$println", check: checkPrint},
		Print:       {name: "print", alias: "$print", check: checkPrint},
		Eprintln:    {name: "eprintln", alias: "$eprintln", check: checkPrint},
		Eprint:      {name: "eprint", alias: "$eprint", check: checkPrint},
		Assert:      {name: "assert", alias: "$assert", check: checkAssert},
		AssertEq:    {name: "assertEq", alias: "$assertEq", check: checkAssertEq},
		Panic:       {name: "panic", alias: "$panic", check: checkFail(1, 1)},
		Todo:        {name: "todo", alias: "$todo", check: checkFail(0, 1)},
		Unreachable: {name: "unreachable", alias: "$unreachable", check: checkFail(0, 0)},
		Sleep:       {name: "sleep", alias: "async_delay", check: checkSleepAsync},
		Timeout:     {name: "timeout", check: checkTimeout},
		JoinAll:     {name: "join_all", check: checkJoinAll},
		Spawn:       {name: "spawn", check: checkSpawn},
		Some:        {name: "Some", check: checkSome},
		Ok:          {name: "Ok", check: checkResult(false)},
		Err:         {name: "Err", check: checkResult(true)},
		None:        {name: "None"},

		VecNew:          {name: "new", class: vecClass, static: true},
		VecWithCapacity: {name: "withCapacity", class: vecClass, static: true},
		VecFrom:         {name: "from", class: vecClass, static: true},
		MapNew:          {name: "new", class: mapClass, static: true},
		SetNew:          {name: "new", class: setClass, static: true},
		ChannelNew:      {name: "new", class: channelClass, static: true},

		ToString: {name: "toString", class: anyClass, sig: fixed(stringT)},
		Clone:    {name: "clone", class: anyClass, sig: selfSig(0)},

		SeqGet:          {name: "get", class: seqClass, sig: seqSig(func(t, elem Type) ([]Type, Type) { return []Type{indexParam}, elem })},
		SeqTryGet:       {name: "tryGet", class: seqClass, sig: seqSig(func(t, elem Type) ([]Type, Type) { return []Type{indexParam}, &Option{Elem: elem} })},
		SeqGetUnchecked: {name: "getUnchecked", class: seqClass, sig: seqSig(func(t, elem Type) ([]Type, Type) { return []Type{indexParam}, &Ref{Elem: elem} })},
		SeqLen:          {name: "len", class: seqClass, sig: lenSig},
		SeqIsEmpty:      {name: "isEmpty", class: seqClass, sig: fixed(boolT)},
		SeqContains:     {name: "contains", class: seqClass, sig: seqSig(func(t, elem Type) ([]Type, Type) { return []Type{elem}, boolT })},
		SeqFirst:        {name: "first", class: seqClass, sig: seqSig(func(t, elem Type) ([]Type, Type) { return nil, &Option{Elem: elem} })},
		SeqLast:         {name: "last", class: seqClass, sig: seqSig(func(t, elem Type) ([]Type, Type) { return nil, &Option{Elem: elem} })},
		SeqReverse:      {name: "reverse", class: seqClass, sig: fixed(UnitType), mut: true},
		SeqSort:         {name: "sort", class: seqClass, sig: fixed(UnitType), mut: true},
		SeqClone:        {name: "clone", class: seqClass, sig: seqSig(seqCloneSig)},
		SeqIter:         {name: "iter", class: seqClass, sig: seqSig(seqIterSig)},
		SeqEnumerate:    {name: "enumerate", class: seqClass, sig: seqSig(func(t, elem Type) ([]Type, Type) { return nil, &Vec{Elem: &Tuple{Elems: []Type{i64T, elem}}} })},
		SeqMap:          {name: "map", class: seqClass, sig: seqMapSig},
		SeqFilter:       {name: "filter", class: seqClass, sig: seqSig(func(t, elem Type) ([]Type, Type) { return []Type{predicate(elem)}, &Vec{Elem: elem} })},
		SeqJoin:         {name: "join", class: seqClass, sig: fixed(stringT, stringT)},

		VecPush:   {name: "push", class: vecClass, sig: seqSig(func(t, elem Type) ([]Type, Type) { return []Type{elem}, UnitType }), mut: true},
		VecPop:    {name: "pop", class: vecClass, sig: seqSig(func(t, elem Type) ([]Type, Type) { return nil, &Option{Elem: elem} }), mut: true},
		VecInsert: {name: "insert", class: vecClass, sig: seqSig(func(t, elem Type) ([]Type, Type) { return []Type{indexParam, elem}, UnitType }), mut: true},
		VecRemove: {name: "remove", class: vecClass, sig: seqSig(func(t, elem Type) ([]Type, Type) { return []Type{indexParam}, elem }), mut: true},
		VecClear:  {name: "clear", class: vecClass, sig: fixed(UnitType), mut: true},

		MapSet:      {name: "set", class: mapClass, sig: mapSig(func(t *Map) ([]Type, Type) { return []Type{t.Key, t.Elem}, UnitType }), mut: true},
		MapInsert:   {name: "insert", class: mapClass, sig: mapSig(func(t *Map) ([]Type, Type) { return []Type{t.Key, t.Elem}, UnitType }), mut: true},
		MapGet:      {name: "get", class: mapClass, sig: mapSig(func(t *Map) ([]Type, Type) { return []Type{t.Key}, t.Elem })},
		MapTryGet:   {name: "tryGet", class: mapClass, sig: mapSig(func(t *Map) ([]Type, Type) { return []Type{t.Key}, &Option{Elem: t.Elem} })},
		MapContains: {name: "contains", class: mapClass, sig: mapSig(func(t *Map) ([]Type, Type) { return []Type{t.Key}, boolT })},
		MapRemove:   {name: "remove", class: mapClass, sig: mapSig(func(t *Map) ([]Type, Type) { return []Type{t.Key}, boolT }), mut: true},
		MapLen:      {name: "len", class: mapClass, sig: lenSig},
		MapIsEmpty:  {name: "isEmpty", class: mapClass, sig: fixed(boolT)},
		MapClone:    {name: "clone", class: mapClass, sig: mapSig(func(t *Map) ([]Type, Type) { return nil, t })},
		MapKeys:     {name: "keys", class: mapClass, sig: mapSig(func(t *Map) ([]Type, Type) { return nil, &Vec{Elem: t.Key} })},
		MapValues:   {name: "values", class: mapClass, sig: mapSig(func(t *Map) ([]Type, Type) { return nil, &Vec{Elem: t.Elem} })},

		SetInsert:   {name: "insert", class: setClass, sig: setSig(func(t *Set) ([]Type, Type) { return []Type{t.Elem}, boolT }), mut: true},
		SetRemove:   {name: "remove", class: setClass, sig: setSig(func(t *Set) ([]Type, Type) { return []Type{t.Elem}, boolT }), mut: true},
		SetContains: {name: "contains", class: setClass, sig: setSig(func(t *Set) ([]Type, Type) { return []Type{t.Elem}, boolT })},
		SetLen:      {name: "len", class: setClass, sig: lenSig},
		SetIsEmpty:  {name: "isEmpty", class: setClass, sig: fixed(boolT)},
		SetValues:   {name: "values", class: setClass, sig: setSig(func(t *Set) ([]Type, Type) { return nil, &Vec{Elem: t.Elem} })},
		SetClone:    {name: "clone", class: setClass, sig: setSig(func(t *Set) ([]Type, Type) { return nil, t })},

		StringLen:        {name: "len", class: stringClass, sig: lenSig},
		StringIsEmpty:    {name: "isEmpty", class: stringClass, sig: fixed(boolT)},
		StringContains:   {name: "contains", class: stringClass, sig: fixed(boolT, stringT)},
		StringStartsWith: {name: "startsWith", class: stringClass, sig: fixed(boolT, stringT)},
		StringEndsWith:   {name: "endsWith", class: stringClass, sig: fixed(boolT, stringT)},
		StringIndexOf:    {name: "indexOf", class: stringClass, sig: fixed(&Option{Elem: i64T}, stringT)},
		StringSplit:      {name: "split", class: stringClass, sig: fixed(&Vec{Elem: stringT}, stringT)},
		StringTrim:       {name: "trim", class: stringClass, sig: fixed(stringT)},
		StringToUpper:    {name: "toUpper", class: stringClass, sig: fixed(stringT)},
		StringToLower:    {name: "toLower", class: stringClass, sig: fixed(stringT)},
		StringReplace:    {name: "replace", class: stringClass, sig: fixed(stringT, stringT, stringT)},
		StringRepeat:     {name: "repeat", class: stringClass, sig: fixed(stringT, countParam)},
		StringSubstring:  {name: "substring", class: stringClass, sig: fixed(stringT, byteIndexParam, byteIndexParam)},
		StringChars:      {name: "chars", class: stringClass, sig: fixed(&Vec{Elem: Typ[Char]})},
		StringParseInt:   {name: "parseInt", alias: "toInt", class: stringClass, sig: fixed(&Result{Ok: i64T, Err: stringT})},
		StringParseFloat: {name: "parseFloat", alias: "toFloat", class: stringClass, sig: fixed(&Result{Ok: f64T, Err: stringT})},

		NumAbs:     {name: "abs", class: numberClass, sig: selfSig(0)},
		NumMin:     {name: "min", class: numberClass, sig: selfSig(1)},
		NumMax:     {name: "max", class: numberClass, sig: selfSig(1)},
		NumPow:     {name: "pow", class: numberClass, sig: powSig},
		NumSqrt:    {name: "sqrt", class: floatClass, sig: floatSig},
		NumFloor:   {name: "floor", class: floatClass, sig: floatSig},
		NumCeil:    {name: "ceil", class: floatClass, sig: floatSig},
		NumRound:   {name: "round", class: floatClass, sig: floatSig},
		IntMillis:  {name: "millis", class: intClass, sig: fixed(DurationType)},
		IntSeconds: {name: "seconds", alias: "second", class: intClass, sig: fixed(DurationType)},
		IntMinutes: {name: "minutes", class: intClass, sig: fixed(DurationType)},

		OptionIsSome: {name: "isSome", class: optionClass, sig: fixed(boolT)},
		OptionIsNone: {name: "isNone", class: optionClass, sig: fixed(boolT)},
		OptionOr:     {name: "or", class: optionClass, sig: optionSig(func(c *checker, t *Option, _ *syntax.CallExpr) ([]Type, Type) { return []Type{t.Elem}, t.Elem })},
		OptionOrElse: {name: "orElse", class: optionClass, sig: optionSig(func(c *checker, t *Option, _ *syntax.CallExpr) ([]Type, Type) {
			return []Type{&Func{Result: t.Elem}}, t.Elem
		})},
		OptionFilter:  {name: "filter", class: optionClass, sig: optionSig(func(c *checker, t *Option, _ *syntax.CallExpr) ([]Type, Type) { return []Type{predicate(t.Elem)}, t })},
		OptionMap:     {name: "map", class: optionClass, sig: optionSig(optionMapSig)},
		OptionFlatMap: {name: "flatMap", class: optionClass, sig: optionSig(optionFlatMapSig)},
		OptionAndThen: {name: "andThen", class: optionClass, sig: optionSig(optionFlatMapSig)},

		ResultIsOk:  {name: "isOk", class: resultClass, sig: fixed(boolT)},
		ResultIsErr: {name: "isErr", class: resultClass, sig: fixed(boolT)},
		ResultOr:    {name: "or", class: resultClass, sig: resultSig(func(c *checker, t *Result, _ *syntax.CallExpr) ([]Type, Type) { return []Type{t.Ok}, t.Ok })},
		ResultOrElse: {name: "orElse", class: resultClass, sig: resultSig(func(c *checker, t *Result, _ *syntax.CallExpr) ([]Type, Type) {
			return []Type{&Func{Result: t.Ok}}, t.Ok
		})}, // spec 12: fn(): T, as Option's
		ResultOk:      {name: "ok", class: resultClass, sig: resultSig(func(c *checker, t *Result, _ *syntax.CallExpr) ([]Type, Type) { return nil, &Option{Elem: t.Ok} })},
		ResultMap:     {name: "map", class: resultClass, sig: resultSig(resultMapSig)},
		ResultMapErr:  {name: "mapErr", class: resultClass, sig: resultSig(resultMapErrSig)},
		ResultFlatMap: {name: "flatMap", class: resultClass, sig: resultSig(resultFlatMapSig)},

		ChannelSend:       {name: "send", class: channelClass, sig: channelSig(func(t *Channel) ([]Type, Type) { return []Type{t.Elem}, boolT })},
		ChannelTrySend:    {name: "trySend", class: channelClass, sig: channelSig(func(t *Channel) ([]Type, Type) { return []Type{t.Elem}, boolT })},
		ChannelRecv:       {name: "recv", class: channelClass, sig: channelSig(func(t *Channel) ([]Type, Type) { return nil, &Option{Elem: t.Elem} })},
		ChannelTryRecv:    {name: "tryRecv", class: channelClass, sig: channelSig(func(t *Channel) ([]Type, Type) { return nil, &Option{Elem: t.Elem} })},
		ChannelClose:      {name: "close", class: channelClass, sig: fixed(UnitType)},
		ChannelIsClosed:   {name: "isClosed", class: channelClass, sig: fixed(boolT)},
		ChannelLen:        {name: "len", class: channelClass, sig: lenSig},
		ChannelCap:        {name: "cap", class: channelClass, sig: lenSig},
		ChannelSendResult: {name: "sendResult", class: channelClass, sig: channelSig(func(t *Channel) ([]Type, Type) { return []Type{t.Elem}, &Result{Ok: UnitType, Err: stringT} })},
		ChannelRecvResult: {name: "recvResult", class: channelClass, sig: channelSig(func(t *Channel) ([]Type, Type) { return nil, &Result{Ok: t.Elem, Err: stringT} })},

		DurationMillis:  {name: "millis", class: durationClass, sig: fixed(i64T)},
		DurationSeconds: {name: "seconds", class: durationClass, sig: fixed(i64T)},

		MutexNew: {name: "new", module: "sync", class: mutexClass, static: true, check: checkLockNew},
		MutexLock: {name: "lock", class: mutexClass, sig: stdSig(func(c *checker, t *StdType, _ *syntax.CallExpr) *Func {
			return sig(&StdType{Kind: StdGuard, Elem: t.Elem})
		})},
		MutexWithLock: {name: "withLock", class: mutexClass, sig: stdSig(withLockSig)},
		RwLockNew:     {name: "new", module: "sync", class: rwLockClass, static: true, check: checkLockNew},
		RwLockRead: {name: "read", class: rwLockClass, sig: stdSig(func(c *checker, t *StdType, _ *syntax.CallExpr) *Func {
			return sig(&StdType{Kind: StdReadGuard, Elem: t.Elem})
		})},
		RwLockWrite: {name: "write", class: rwLockClass, sig: stdSig(func(c *checker, t *StdType, _ *syntax.CallExpr) *Func {
			return sig(&StdType{Kind: StdGuard, Elem: t.Elem})
		})},
		GuardGet:      {name: "get", class: guardsClass, sig: stdSig(func(c *checker, t *StdType, _ *syntax.CallExpr) *Func { return sig(t.Elem) })},
		GuardSet:      {name: "set", class: guardClass, sig: stdSig(func(c *checker, t *StdType, _ *syntax.CallExpr) *Func { return sig(UnitType, t.Elem) })},
		GuardUnlock:   {name: "unlock", class: guardsClass, sig: fixed(UnitType)},
		WaitGroupNew:  {name: "new", module: "sync", class: waitGroupClass, static: true, check: stdFixed(&StdType{Kind: StdWaitGroup})},
		WaitGroupAdd:  {name: "add", class: waitGroupClass, sig: fixed(UnitType, countParam)},
		WaitGroupDone: {name: "done", class: waitGroupClass, sig: fixed(UnitType)},
		WaitGroupWait: {name: "wait", class: waitGroupClass, sig: fixed(UnitType)},
		OnceNew:       {name: "new", module: "sync", class: onceClass, static: true, check: stdFixed(&StdType{Kind: StdOnce})},
		OnceCallOnce:  {name: "callOnce", class: onceClass, sig: fixed(UnitType, &Func{Result: UnitType})},
		BarrierNew:    {name: "new", module: "sync", class: barrierClass, static: true, check: stdFixed(&StdType{Kind: StdBarrier}, countParam)},
		BarrierWait:   {name: "wait", class: barrierClass, sig: fixed(UnitType)},

		AtomicNew:             {name: "new", module: "sync/atomic", class: atomicClass, static: true, check: checkAtomicNew},
		AtomicLoad:            {name: "load", class: atomicClass, sig: atomicSig(func(v Type) *Func { return sig(v) }), ordering: true},
		AtomicStore:           {name: "store", class: atomicClass, sig: atomicSig(func(v Type) *Func { return sig(UnitType, v) }), ordering: true},
		AtomicSwap:            {name: "swap", class: atomicClass, sig: atomicSig(func(v Type) *Func { return sig(v, v) }), ordering: true},
		AtomicCompareExchange: {name: "compareExchange", class: atomicClass, sig: atomicSig(func(v Type) *Func { return sig(boolT, v, v) }), ordering: true},
		AtomicFetchAdd:        {name: "fetchAdd", class: atomicIntClass, sig: atomicSig(func(v Type) *Func { return sig(v, v) }), ordering: true},
		AtomicFetchSub:        {name: "fetchSub", class: atomicIntClass, sig: atomicSig(func(v Type) *Func { return sig(v, v) }), ordering: true},

		TimeNow:        {name: "now", module: "time", check: stdFixed(instantType)},
		TimeSleep:      {name: "sleep", module: "time", check: checkSleep},
		InstantNow:     {name: "now", module: "time", class: instantClass, static: true, check: stdFixed(instantType)},
		InstantElapsed: {name: "elapsed", class: instantClass, sig: fixed(DurationType)},

		ContextBackground:  {name: "background", module: "context", check: stdFixed(contextType)},
		ContextWithCancel:  {name: "withCancel", module: "context", check: stdFixed(contextType, contextType)},
		ContextWithTimeout: {name: "withTimeout", module: "context", check: stdFixed(contextType, contextType, millisParam)},
		ContextCancel:      {name: "cancel", module: "context", check: stdFixed(UnitType, contextType)},
		ContextIsDone:      {name: "isDone", module: "context", check: stdFixed(boolT, contextType)},
		ContextRunIn:       {name: "runIn", module: "context", check: checkRunIn},
		ContextDelay:       {name: "delay", module: "context", check: stdFixed(&Future{Elem: UnitType}, contextType, millisParam)},

		MathPow:   {name: "pow", module: "math", check: stdFixed(f64T, f64T, f64T)},
		MathAbs:   {name: "abs", module: "math", check: checkAbs},
		MathMin:   {name: "min", module: "math", check: checkMinMax},
		MathMax:   {name: "max", module: "math", check: checkMinMax},
		MathSqrt:  {name: "sqrt", module: "math", check: stdFixed(f64T, f64T)},
		MathFloor: {name: "floor", module: "math", check: stdFixed(f64T, f64T)},
		MathCeil:  {name: "ceil", module: "math", check: stdFixed(f64T, f64T)},
		MathSin:   {name: "sin", module: "math", check: stdFixed(f64T, f64T)},
		MathCos:   {name: "cos", module: "math", check: stdFixed(f64T, f64T)},
		MathLog:   {name: "log", module: "math", check: stdFixed(f64T, f64T)},
		MathExp:   {name: "exp", module: "math", check: stdFixed(f64T, f64T)},

		StringsLen:        {name: "len", module: "strings", check: checkStringHelper(StringLen)},
		StringsIsEmpty:    {name: "isEmpty", module: "strings", check: checkStringHelper(StringIsEmpty)},
		StringsContains:   {name: "contains", module: "strings", check: checkStringHelper(StringContains)},
		StringsStartsWith: {name: "startsWith", module: "strings", check: checkStringHelper(StringStartsWith)},
		StringsEndsWith:   {name: "endsWith", module: "strings", check: checkStringHelper(StringEndsWith)},
		StringsIndexOf:    {name: "indexOf", module: "strings", check: checkStringHelper(StringIndexOf)},
		StringsSplit:      {name: "split", module: "strings", check: checkStringHelper(StringSplit)},
		StringsTrim:       {name: "trim", module: "strings", check: checkStringHelper(StringTrim)},
		StringsToUpper:    {name: "toUpper", module: "strings", check: checkStringHelper(StringToUpper)},
		StringsToLower:    {name: "toLower", module: "strings", check: checkStringHelper(StringToLower)},
		StringsReplace:    {name: "replace", module: "strings", check: checkStringHelper(StringReplace)},
		StringsRepeat:     {name: "repeat", module: "strings", check: checkStringHelper(StringRepeat)},
		StringsSubstring:  {name: "substring", module: "strings", check: checkStringHelper(StringSubstring)},
		StringsChars:      {name: "chars", module: "strings", check: checkStringHelper(StringChars)},
		StringsJoin:       {name: "join", module: "strings", check: stdFixed(stringT, &Vec{Elem: stringT}, stringT)},

		StrconvParseInt:   {name: "parseInt", module: "strconv", check: checkStringHelper(StringParseInt)},
		StrconvParseFloat: {name: "parseFloat", module: "strconv", check: checkStringHelper(StringParseFloat)},
		StrconvToString:   {name: "toString", module: "strconv", check: checkToString},

		GoMapNew:      {name: "new", class: goMapClass, static: true},
		GoMapGet:      {name: "get", class: goMapClass, sig: goMapSig(func(t *GoMap) ([]Type, Type) { return []Type{t.Key}, &Option{Elem: t.Elem} })},
		GoMapSet:      {name: "set", class: goMapClass, sig: goMapSig(func(t *GoMap) ([]Type, Type) { return []Type{t.Key, t.Elem}, UnitType })},
		GoMapContains: {name: "contains", class: goMapClass, sig: goMapSig(func(t *GoMap) ([]Type, Type) { return []Type{t.Key}, boolT })},
		GoMapRemove:   {name: "remove", class: goMapClass, sig: goMapSig(func(t *GoMap) ([]Type, Type) { return []Type{t.Key}, UnitType })},
		GoMapLen:      {name: "len", class: goMapClass, sig: fixed(i64T)},
		GoChanNew:     {name: "new", class: goChanClass, static: true},
		GoChanRecv:    {name: "recv", class: goChanClass, sig: goChanSig(false)},
		GoChanClose:   {name: "close", class: goChanClass, sig: goChanSig(true)},
		GoErrorNew:    {name: "new", class: goErrorClass, static: true},
		GoDowncast:    {name: "downcast", class: goBoxClass, sig: downcastSig},
		ContextFromGo: {name: "fromGo", module: "context", check: checkFromGo},
	}
	for id := range NumBuiltins {
		b := &builtins[id]
		obj := &Builtin{object: object{name: b.name}, ID: id}
		builtinObjs[id] = obj
		switch {
		case id == NoBuiltin:
		case b.static:
			statics[methodKey{b.class, b.name}] = obj
		case b.class != noClass:
			methods[methodKey{b.class, b.name}] = obj
			if b.alias != "" {
				methods[methodKey{b.class, b.alias}] = obj
			}
		case b.module == "":
			universe.Insert(obj)
			if b.alias != "" {
				universe.insertAs(b.alias, obj)
			}
		}
	}
	stdPackages, stdConsts = buildStdPackages()
}

// The objects of the entries, by ID, and the methods and associated
// functions by class and name.
var (
	builtinObjs [NumBuiltins]*Builtin
	methods     = make(map[methodKey]*Builtin)
	statics     = make(map[methodKey]*Builtin)
)

type methodKey struct {
	class class
	name  string
}

// classes returns the classes of the receiver type t (references removed),
// most specific first.
func classes(t Type) []class {
	switch t := Resolve(t).(type) {
	case *Vec:
		return []class{vecClass, seqClass, anyClass}
	case *Array, *Slice:
		return []class{seqClass, anyClass}
	case *Map:
		return []class{mapClass, anyClass}
	case *Set:
		return []class{setClass, anyClass}
	case *Basic:
		switch {
		case t == Typ[String]:
			return []class{stringClass, anyClass}
		case t.IsInteger():
			return []class{intClass, numberClass, anyClass}
		case t.IsFloat():
			return []class{floatClass, numberClass, anyClass}
		}
	case *Var:
		switch t.Kind {
		case IntLit:
			return []class{intClass, floatClass, numberClass, anyClass}
		case FloatLit:
			return []class{floatClass, numberClass, anyClass}
		case IntKind:
			return []class{intClass, numberClass, anyClass}
		case ArrayLit:
			return []class{vecClass, seqClass, anyClass} // a Vec method makes the literal a Vec
		}
	case *Option:
		return []class{optionClass, anyClass}
	case *Result:
		return []class{resultClass, anyClass}
	case *Channel:
		return []class{channelClass, anyClass}
	case *Duration:
		return []class{durationClass, anyClass}
	case *StdType:
		return append(stdClasses[t.Kind], anyClass)
	case *GoMap:
		return []class{goMapClass, anyClass}
	case *GoChan:
		return []class{goChanClass, anyClass}
	case *GoAny, *GoError:
		return []class{goBoxClass, anyClass}
	}
	return []class{anyClass}
}

// stdClasses are the classes of the types of the standard modules.
var stdClasses = [...][]class{
	StdMutex:      {mutexClass},
	StdRwLock:     {rwLockClass},
	StdGuard:      {guardClass, guardsClass},
	StdReadGuard:  {guardsClass},
	StdWaitGroup:  {waitGroupClass},
	StdOnce:       {onceClass},
	StdBarrier:    {barrierClass},
	StdAtomicI32:  {atomicIntClass, atomicClass},
	StdAtomicI64:  {atomicIntClass, atomicClass},
	StdAtomicU32:  {atomicIntClass, atomicClass},
	StdAtomicU64:  {atomicIntClass, atomicClass},
	StdAtomicBool: {atomicClass},
	StdOrdering:   nil,
	StdInstant:    {instantClass},
	StdContext:    nil,
}

// lookupMethod returns the method name of a value of type t (references
// removed), or nil.
func lookupMethod(t Type, name string) *Builtin {
	for _, cl := range classes(t) {
		if b := methods[methodKey{cl, name}]; b != nil {
			return b
		}
	}
	return nil
}

// lookupStatic returns the associated function name of the type whose
// class is cl, or nil.
func lookupStatic(cl class, name string) *Builtin { return statics[methodKey{cl, name}] }

// downcastSig is the signature of x.downcast<T>(): Option<T>, Some of the
// value x holds when it is a T, as Go's v, ok := x.(T).
func downcastSig(c *checker, _ Type, e *syntax.CallExpr) *Func {
	t, ok := c.downcasts[e]
	if !ok {
		c.errorf(e.Fun, "downcast needs the type to look for: x.downcast<T>()")
		t = InvalidType
	}
	return sig(&Option{Elem: t})
}

// sig returns the signature fn(params): result.
func sig(result Type, params ...Type) *Func { return &Func{Params: params, Result: result} }

// fixed is the signature of a method whose parameters and result do not
// depend on the receiver.
func fixed(result Type, params ...Type) sigFunc {
	return func(*checker, Type, *syntax.CallExpr) *Func { return sig(result, params...) }
}

// lenSig is the signature of len() and cap(), whose integer type their
// uses decide, i64 when nothing does (spec section 4).
func lenSig(*checker, Type, *syntax.CallExpr) *Func { return sig(&Var{Kind: IntKind}) }

// predicate is the type of a closure that tests an element: fn(T): bool.
func predicate(elem Type) *Func { return &Func{Params: []Type{elem}, Result: boolT} }
