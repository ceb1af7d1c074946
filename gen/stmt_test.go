package gen

import (
	"testing"

	"github.com/vexlang/vex2go/lower"
)

func TestStmt(t *testing.T) {
	a, b, ch := id("a"), id("b"), id("ch")
	point := &lower.CompositeLit{Type: named("Point"), Elts: exprs(lit("1"), lit("2"))}
	for _, tt := range []struct {
		name  string
		stmts []lower.Stmt
		want  string
	}{
		{"assign", []lower.Stmt{
			assign(a, ":=", lit("1")),
			&lower.AssignStmt{Lhs: exprs(a, b), Op: "=", Rhs: exprs(b, a)},
			assign(a, "+=", lit("2")),
			&lower.AssignStmt{Lhs: exprs(a), Op: "--"},
		}, `a := 1
a, b = b, a
a += 2
a--
`},
		{"var", []lower.Stmt{
			&lower.VarStmt{Name: "a", Type: named("int")},
			&lower.VarStmt{Name: "b", Type: named("int64"), Value: lit("2")},
			&lower.VarStmt{Name: "c", Value: call(id("f"))},
		}, `var a int
var b int64 = 2
var c = f()
`},
		{"if else if", []lower.Stmt{&lower.IfStmt{
			Cond: bin("<", a, lit("0")),
			Then: block(ret(lit("-1"))),
			Else: &lower.IfStmt{
				Cond: bin("==", a, lit("0")),
				Then: block(ret(lit("0"))),
				Else: block(ret(lit("1"))),
			},
		}}, `if a < 0 {
	return -1
} else if a == 0 {
	return 0
} else {
	return 1
}
`},
		{"if init", []lower.Stmt{&lower.IfStmt{
			Init: &lower.AssignStmt{Lhs: exprs(a, id("ok")), Op: ":=", Rhs: exprs(call(id("f")))},
			Cond: id("ok"),
			Then: block(exprStmt(call(id("g"), a))),
		}}, `if a, ok := f(); ok {
	g(a)
}
`},
		{"composite literal in headers", []lower.Stmt{
			&lower.IfStmt{Cond: bin("==", a, point), Then: block()},
			&lower.IfStmt{Init: assign(b, ":=", point), Cond: call(sel(point, "Ok")), Then: block()},
			&lower.SwitchStmt{Tag: point},
			&lower.RangeStmt{Value: "v", X: sel(point, "List"), Body: block()},
			&lower.RangeStmt{Value: "v", X: &lower.CompositeLit{Type: &lower.SliceType{Elem: named("int")}, Elts: exprs(lit("1"))}, Body: block()},
			&lower.IfStmt{Cond: call(id("f"), point), Then: block(assign(b, "=", point))},
		}, `if a == (Point{1, 2}) {
}
if b := (Point{1, 2}); (Point{1, 2}).Ok() {
}
switch (Point{1, 2}) {
}
for _, v := range (Point{1, 2}).List {
}
for _, v := range []int{1} {
}
if f(Point{1, 2}) {
	b = Point{1, 2}
}
`},
		{"for", []lower.Stmt{
			&lower.ForStmt{Body: block(exprStmt(call(id("f"))))},
			&lower.ForStmt{Cond: bin("<", a, b), Body: block()},
			&lower.ForStmt{
				Init: assign(id("i"), ":=", lit("0")),
				Cond: bin("<", id("i"), lit("10")),
				Post: &lower.AssignStmt{Lhs: exprs(id("i")), Op: "++"},
				Body: block(),
			},
			&lower.ForStmt{Init: assign(id("i"), ":=", lit("0")), Cond: bin("<", id("i"), lit("10")), Body: block()},
			&lower.ForStmt{Post: assign(a, "*=", lit("2")), Body: block()},
		}, `for {
	f()
}
for a < b {
}
for i := 0; i < 10; i++ {
}
for i := 0; i < 10; {
}
for ; ; a *= 2 {
}
`},
		{"labels", []lower.Stmt{
			&lower.ForStmt{Label: "outer", Body: block(
				&lower.RangeStmt{Label: "inner", Value: "x", X: a, Body: block(
					&lower.BranchStmt{Tok: "continue", Label: "outer"},
					&lower.BranchStmt{Tok: "break", Label: "inner"},
				)},
				&lower.SwitchStmt{Label: "sw", Cases: []*lower.CaseClause{{Body: []lower.Stmt{&lower.BranchStmt{Tok: "break", Label: "sw"}}}}},
				&lower.SelectStmt{Label: "sel", Cases: []*lower.CommClause{{Body: []lower.Stmt{&lower.BranchStmt{Tok: "break", Label: "sel"}}}}},
				&lower.TypeSwitchStmt{Label: "ts", X: a, Cases: []*lower.TypeCase{{Body: []lower.Stmt{&lower.BranchStmt{Tok: "break", Label: "ts"}}}}},
			)},
			&lower.BranchStmt{Tok: "goto", Label: "end"},
			&lower.LabeledStmt{Label: "end", Stmt: exprStmt(call(id("f")))},
			&lower.LabeledStmt{Label: "last"},
		}, `outer:
for {
inner:
	for _, x := range a {
		continue outer
		break inner
	}
sw:
	switch {
	default:
		break sw
	}
sel:
	select {
	default:
		break sel
	}
ts:
	switch a.(type) {
	default:
		break ts
	}
}
goto end
end:
f()
last:
`},
		{"range", []lower.Stmt{
			&lower.RangeStmt{X: a, Body: block()},
			&lower.RangeStmt{Key: "k", X: a, Body: block()},
			&lower.RangeStmt{Value: "v", X: a, Body: block()},
			&lower.RangeStmt{Key: "k", Value: "v", X: a, Body: block()},
		}, `for range a {
}
for k := range a {
}
for _, v := range a {
}
for k, v := range a {
}
`},
		{"switch", []lower.Stmt{
			&lower.SwitchStmt{Tag: a, Cases: []*lower.CaseClause{
				{List: exprs(lit("1"), lit("2")), Body: []lower.Stmt{exprStmt(call(id("f"))), &lower.BranchStmt{Tok: "fallthrough"}}},
				{List: exprs(lit("3"))},
				{Body: []lower.Stmt{exprStmt(call(id("panic"), lit(`"unreachable"`)))}},
			}},
			&lower.SwitchStmt{Cases: []*lower.CaseClause{{List: exprs(bin(">", a, b)), Body: []lower.Stmt{ret()}}}},
			&lower.SwitchStmt{Init: assign(a, ":=", call(id("f"))), Cases: []*lower.CaseClause{{List: exprs(a)}}},
		}, `switch a {
case 1, 2:
	f()
	fallthrough
case 3:
default:
	panic("unreachable")
}
switch {
case a > b:
	return
}
switch a := f(); {
case a:
}
`},
		{"type switch", []lower.Stmt{
			&lower.TypeSwitchStmt{Bind: "v", X: a, Cases: []*lower.TypeCase{
				{Types: types(named("int"), named("int64")), Body: []lower.Stmt{exprStmt(call(id("f"), id("v")))}},
				{Types: types(&lower.PointerType{Elem: named("T")})},
				{Types: types(named("nil"))},
				{Body: []lower.Stmt{ret()}},
			}},
			&lower.TypeSwitchStmt{X: un("*", a), Cases: []*lower.TypeCase{{Types: types(named("error"))}}},
		}, `switch v := a.(type) {
case int, int64:
	f(v)
case *T:
case nil:
default:
	return
}
switch (*a).(type) {
case error:
}
`},
		{"select", []lower.Stmt{&lower.SelectStmt{Cases: []*lower.CommClause{
			{Comm: exprStmt(un("<-", ch))},
			{Comm: assign(id("v"), ":=", un("<-", call(sel(ch, "RecvChan")))), Body: []lower.Stmt{exprStmt(call(id("f"), id("v")))}},
			{Comm: &lower.AssignStmt{Lhs: exprs(id("v"), id("ok")), Op: ":=", Rhs: exprs(un("<-", ch))}},
			{Comm: &lower.SendStmt{Chan: ch, Value: bin("+", a, b)}},
			{Body: []lower.Stmt{ret()}},
		}}}, `select {
case <-ch:
case v := <-ch.RecvChan():
	f(v)
case v, ok := <-ch:
case ch <- a + b:
default:
	return
}
`},
		{"misc", []lower.Stmt{
			&lower.GoStmt{Call: call(id("f"), a)},
			&lower.DeferStmt{Call: call(sel(id("mu"), "Unlock"))},
			&lower.SendStmt{Chan: ch, Value: un("<-", ch)},
			block(assign(a, ":=", lit("1")), exprStmt(call(id("f"), a))),
			exprStmt(un("<-", ch)),
			ret(a, b),
		}, `go f(a)
defer mu.Unlock()
ch <- <-ch
{
	a := 1
	f(a)
}
<-ch
return a, b
`},
		{"go block", []lower.Stmt{&lower.GoStmt{Call: call(&lower.FuncLit{
			Params: fields("a", named("int")),
			Body:   block(exprStmt(call(id("f"), a))),
		}, a)}}, `go func(a int) {
	f(a)
}(a)
`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			check(t, body(t, Options{}, tt.stmts...), tt.want)
		})
	}
}
