package gen

import "github.com/vexlang/vex2go/lower"

// sample returns the IR of a small program, main.vx, that exercises most
// constructs and ends in an index-out-of-range panic at main.vx:84, called
// from main.vx:79.
func sample() *lower.File {
	var (
		float64T = named("float64")
		intT     = named("int")
		stringT  = named("string")
		anyT     = named("any")
		T, U     = named("T"), named("U")
		fmtln    = qual("fmt", "Println")
		intChan  = &lower.ChanType{Elem: intT}
	)
	return &lower.File{
		Name:   "main.vx.go",
		Source: "main.vx",
		Decls: []lower.Decl{
			&lower.TypeDecl{Pos: pos(2, 1), Doc: "Shape has an area.", Name: "Shape",
				Type: &lower.InterfaceType{Methods: []*lower.Method{{Name: "Area", Results: types(float64T)}}}},
			&lower.TypeDecl{Pos: pos(5, 1), Doc: "Rect is a rectangle.", Name: "Rect",
				Type: &lower.StructType{Fields: []*lower.Field{
					{Name: "W", Type: float64T, Doc: "W is the width.", Tag: `json:"w"`},
					{Name: "H", Type: float64T},
				}}},
			&lower.FuncDecl{Pos: pos(11, 1), Recv: field("r", named("Rect")), Name: "Area", Results: types(float64T),
				Body: block(at(12, 5, ret(bin("*", sel(id("r"), "W"), sel(id("r"), "H")))))},
			&lower.TypeDecl{Pos: pos(15, 1), Name: "Kind", Type: intT},
			&lower.ConstDecl{Pos: pos(15, 1), Type: named("Kind"), Iota: true, Names: []string{"KindA", "KindB", "KindC"}},
			&lower.ConstDecl{Pos: pos(17, 1), Names: []string{"greeting"}, Values: exprs(lit(`"hello"`))},
			&lower.VarDecl{Pos: pos(18, 1), Name: "total", Type: intT},
			&lower.TypeDecl{Pos: pos(20, 1), Name: "Number", Type: &lower.InterfaceType{Union: types(
				&lower.TildeType{Elem: intT}, &lower.TildeType{Elem: float64T})}},
			&lower.TypeDecl{Pos: pos(21, 1), Name: "Pair", TypeParams: fields("K", named("comparable"), "V", anyT),
				Type: &lower.StructType{Fields: fields("Key", named("K"), "Value", named("V"))}},
			&lower.TypeDecl{Pos: pos(22, 1), Name: "Ints", Alias: true, Type: &lower.SliceType{Elem: intT}},
			&lower.FuncDecl{Pos: pos(24, 1), Name: "sum", TypeParams: fields("T", named("Number")),
				Params: fields("xs", &lower.SliceType{Elem: T}), Results: types(T),
				Body: block(
					at(25, 5, &lower.VarStmt{Name: "s", Type: T}),
					at(26, 5, &lower.RangeStmt{Value: "x", X: id("xs"), Body: block(at(26, 19, assign(id("s"), "+=", id("x"))))}),
					at(27, 5, ret(id("s"))),
				)},
			&lower.FuncDecl{Pos: pos(30, 1), Name: "mapSlice", TypeParams: fields("T", anyT, "U", anyT),
				Params:  fields("xs", &lower.SliceType{Elem: T}, "f", &lower.FuncType{Params: types(T), Results: types(U)}),
				Results: types(&lower.SliceType{Elem: U}),
				Body: block(
					at(31, 5, assign(id("out"), ":=", call(id("make"), &lower.TypeExpr{Type: &lower.SliceType{Elem: U}}, lit("0"), call(id("len"), id("xs"))))),
					at(32, 5, &lower.ForStmt{
						Init: assign(id("i"), ":=", lit("0")),
						Cond: bin("<", id("i"), call(id("len"), id("xs"))),
						Post: &lower.AssignStmt{Lhs: exprs(id("i")), Op: "++"},
						Body: block(at(32, 27, assign(id("out"), "=", call(id("append"), id("out"),
							call(id("f"), &lower.IndexExpr{X: id("xs"), Index: id("i")}))))),
					}),
					at(33, 5, ret(id("out"))),
				)},
			&lower.FuncDecl{Pos: pos(36, 1), Name: "classify", Params: fields("x", anyT), Results: types(stringT),
				Body: block(at(37, 5, &lower.TypeSwitchStmt{Bind: "v", X: id("x"), Cases: []*lower.TypeCase{
					{Types: types(intT), Body: []lower.Stmt{at(38, 21, &lower.IfStmt{
						Cond: bin("<", id("v"), lit("0")),
						Then: block(at(38, 32, ret(lit(`"negative"`)))),
						Else: at(39, 26, &lower.IfStmt{
							Cond: bin("==", id("v"), lit("0")),
							Then: block(at(39, 38, ret(lit(`"zero"`)))),
							Else: block(at(40, 28, ret(lit(`"positive"`)))),
						}),
					})}},
					{Types: types(stringT, &lower.SliceType{Elem: named("byte")}), Body: []lower.Stmt{at(41, 31, ret(lit(`"text"`)))}},
					{Body: []lower.Stmt{at(42, 14, ret(lit(`"other"`)))}},
				}}))},
			&lower.FuncDecl{Pos: pos(46, 1), Name: "pump", Params: fields("n", intT), Results: types(intT),
				Body: block(
					at(47, 5, assign(id("ch"), ":=", call(id("make"), &lower.TypeExpr{Type: intChan}, id("n")))),
					at(48, 5, assign(id("done"), ":=", call(id("make"), &lower.TypeExpr{Type: &lower.ChanType{Elem: &lower.StructType{}}}))),
					at(49, 5, &lower.GoStmt{Call: call(&lower.FuncLit{Params: fields("n", intT), Body: block(
						at(50, 9, &lower.DeferStmt{Call: call(id("close"), id("done"))}),
						at(51, 9, &lower.ForStmt{
							Init: assign(id("i"), ":=", lit("0")),
							Cond: bin("<", id("i"), id("n")),
							Post: &lower.AssignStmt{Lhs: exprs(id("i")), Op: "++"},
							Body: block(at(51, 25, &lower.SendStmt{Chan: id("ch"), Value: bin("*", id("i"), id("i"))})),
						}),
						at(52, 9, exprStmt(call(id("close"), id("ch")))),
					)}, id("n"))}),
					at(54, 5, assign(id("sum"), ":=", lit("0"))),
					at(55, 5, &lower.ForStmt{Label: "recv", Body: block(
						at(56, 9, &lower.SelectStmt{Cases: []*lower.CommClause{{
							Pos:  pos(57, 13),
							Comm: &lower.AssignStmt{Lhs: exprs(id("v"), id("ok")), Op: ":=", Rhs: exprs(un("<-", id("ch")))},
							Body: []lower.Stmt{
								at(58, 17, &lower.IfStmt{Cond: un("!", id("ok")), Then: block(at(58, 26, &lower.BranchStmt{Tok: "break", Label: "recv"}))}),
								at(59, 17, assign(id("sum"), "+=", id("v"))),
							},
						}}}),
					)}),
					at(63, 5, exprStmt(un("<-", id("done")))),
					at(64, 5, assign(id("spare"), ":=", call(id("make"), &lower.TypeExpr{Type: intChan}, lit("1")))),
					at(65, 5, &lower.SelectStmt{Cases: []*lower.CommClause{
						{Pos: pos(65, 14), Comm: &lower.SendStmt{Chan: id("spare"), Value: lit("1")}},
						{Pos: pos(65, 30)},
					}}),
					at(66, 5, &lower.SelectStmt{Cases: []*lower.CommClause{
						{Pos: pos(66, 14), Comm: exprStmt(un("<-", id("spare"))), Body: []lower.Stmt{at(66, 26, &lower.AssignStmt{Lhs: exprs(id("sum")), Op: "++"})}},
						{Pos: pos(66, 36)},
					}}),
					at(67, 5, ret(id("sum"))),
				)},
			&lower.FuncDecl{Pos: pos(70, 1), Name: "main", Body: block(
				at(71, 5, assign(id("r"), ":=", &lower.CompositeLit{Type: named("Rect"), Elts: exprs(
					&lower.KeyValue{Key: id("W"), Value: lit("2")}, &lower.KeyValue{Key: id("H"), Value: lit("3")})})),
				at(72, 5, &lower.VarStmt{Name: "s", Type: named("Shape"), Value: id("r")}),
				at(73, 5, exprStmt(call(fmtln, call(sel(id("s"), "Area")), id("KindC"), call(id("classify"), lit("-1")),
					&lower.CallExpr{Fun: id("sum"), TypeArgs: types(intT), Args: exprs(&lower.CompositeLit{Type: &lower.SliceType{Elem: intT}, Elts: exprs(lit("1"), lit("2"), lit("3"))})}))),
				at(74, 5, assign(id("words"), ":=", call(id("mapSlice"), &lower.CompositeLit{Type: &lower.SliceType{Elem: intT}, Elts: exprs(lit("1"), lit("2"))},
					&lower.FuncLit{Params: fields("i", intT), Results: types(stringT), Body: block(
						at(74, 38, ret(call(qual("strings", "Repeat"), lit(`"x"`), id("i")))))}))),
				at(75, 5, exprStmt(call(fmtln, call(qual("strings", "Join"), id("words"), lit(`","`)), call(id("pump"), lit("3"))))),
				at(76, 5, assign(id("p"), ":=", &lower.CompositeLit{Type: named("Pair", stringT, intT), Elts: exprs(
					&lower.KeyValue{Key: id("Key"), Value: lit(`"a"`)}, &lower.KeyValue{Key: id("Value"), Value: lit("1")})})),
				at(77, 5, exprStmt(call(fmtln, sel(id("p"), "Key"), sel(id("p"), "Value"), un("-", lit("-1")),
					bin("*", bin("+", lit("1"), lit("2")), lit("3"))))),
				at(78, 5, &lower.IfStmt{
					Cond: bin("==", &lower.CompositeLit{Type: named("Rect"), Elts: exprs(lit("2"), lit("3"))}, id("r")),
					Then: block(at(78, 34, exprStmt(call(fmtln, lit(`"same"`))))),
				}),
				at(79, 5, exprStmt(call(id("crash"), id("words")))),
			)},
			&lower.FuncDecl{Pos: pos(82, 1), Name: "crash", Params: fields("words", &lower.SliceType{Elem: stringT}), Body: block(
				at(83, 5, assign(id("i"), ":=", call(id("len"), id("words")))),
				at(84, 5, exprStmt(call(fmtln, &lower.IndexExpr{X: id("words"), Index: id("i")}))),
			)},
		},
	}
}
