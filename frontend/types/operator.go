package types

import "github.com/vexlang/vex2go/frontend/syntax"

// This file checks operator methods (spec section 2): fn (self: &Vec2)
// op+(other: Vec2): Vec2 and the others. An operator whose left operand
// (or only operand, or indexed value) has such a method calls it; != calls
// op== and negates it when the type has no op!=. Contracts may declare
// operator methods too, which the operators on a bounded type parameter
// call.

// OperatorCall is the operator method that an operator expression calls.
type OperatorCall struct {
	Method *FuncObj // the method; nil for one of a contract or of a type parameter's bound
	Name   string   // its name among its type's methods: op+, op[], prefix op-
	Negate bool     // a != that calls op== and negates its result
}

// operatorName returns the name under which the operator method op with
// params parameters is one of its type's methods: its spelling, such as
// op+ or op[]=, and "prefix op-" for the prefix op-, which binary op- and
// it tell apart by their parameter count.
// It reports an operator that has no operator method and returns "".
func (c *checker) operatorName(id *syntax.Ident, op syntax.Token, params int) string {
	switch op {
	case syntax.ADD, syntax.SUB, syntax.MUL, syntax.QUO, syntax.REM,
		syntax.EQL, syntax.NEQ, syntax.LSS, syntax.LEQ, syntax.GTR, syntax.GEQ,
		syntax.NOT, syntax.INDEX, syntax.INDEXSET:
	default:
		c.errorf(id, "%s is not an operator method; the operator methods are op+ op- op* op/ op%% op== op!= op< op<= op> op>= op[] op[]= and prefix op- op!", id.Name)
		return ""
	}
	if op == syntax.SUB && params == 0 {
		return "prefix op-"
	}
	return id.Name
}

// operatorArity returns the number of parameters the operator method op
// takes, and the result it must have (nil for any).
func operatorArity(name string, op syntax.Token) (int, Type) {
	switch op {
	case syntax.EQL, syntax.NEQ, syntax.LSS, syntax.LEQ, syntax.GTR, syntax.GEQ:
		return 1, boolT
	case syntax.NOT:
		return 0, nil
	case syntax.INDEX:
		return 1, nil
	case syntax.INDEXSET:
		return 2, UnitType
	}
	if name == "prefix op-" {
		return 0, nil
	}
	return 1, nil
}

// checkOperatorSig reports an operator method with the wrong number of
// parameters or the wrong result.
func (c *checker) checkOperatorSig(d *syntax.FuncDecl, name string, sig *Func) bool {
	n, result := operatorArity(name, d.Op)
	if len(sig.Params) != n && !(d.Op == syntax.SUB && len(sig.Params) <= 1) {
		c.errorf(d.Name, "%s takes %d parameter%s besides self, not %d", d.Name.Name, n, plural(n), len(sig.Params))
		return false
	}
	if result != nil && sig.Result != InvalidType && !Identical(sig.Result, result) {
		c.errorf(d.Name, "%s must return %s, not %s", d.Name.Name, result, sig.Result)
		return false
	}
	return true
}

// binaryOperatorNames are the names of the operator methods of the binary
// operators.
var binaryOperatorNames = map[syntax.Token]string{
	syntax.ADD: "op+", syntax.SUB: "op-", syntax.MUL: "op*", syntax.QUO: "op/", syntax.REM: "op%",
	syntax.EQL: "op==", syntax.NEQ: "op!=", syntax.LSS: "op<", syntax.LEQ: "op<=", syntax.GTR: "op>", syntax.GEQ: "op>=",
}

// assignOperatorNames are the names of the operator methods that the
// compound assignments call: x += v is x = x + v.
var assignOperatorNames = map[syntax.Token]string{
	syntax.ADD_ASSIGN: "op+", syntax.SUB_ASSIGN: "op-", syntax.MUL_ASSIGN: "op*",
	syntax.QUO_ASSIGN: "op/", syntax.REM_ASSIGN: "op%",
}

// assignOperator checks the compound assignment st, whose target has type
// want and whose value has type t, where the target's type has the
// operator method of st's operator, and reports whether it has.
func (c *checker) assignOperator(st *syntax.AssignStmt, want, t Type) bool {
	name, ok := assignOperatorNames[st.Op]
	if !ok {
		return false
	}
	sig, m := c.operatorSig(want, name)
	if sig == nil || len(sig.Params) != 1 {
		return false
	}
	c.info.OpAssigns[st] = &OperatorCall{Method: m, Name: name}
	if c.assignable(t, sig.Params[0], st.Rhs) && !unify(want, sig.Result) {
		c.errorf(st, "%s %s v assigns the result of %s, %s, which is not %s", exprString(st.Target()), st.Op, name, sig.Result, want)
	}
	return true
}

// operatorSig returns the signature of the operator method name of t
// (references removed), and the method when it is a user type's.
func (c *checker) operatorSig(t Type, name string) (*Func, *FuncObj) {
	switch u := Resolve(Under(t)).(type) {
	case *Named:
		if u.Kind == ContractKind {
			if u.boundOnly() == "" {
				sig, _ := contractSig(u, name, u)
				return sig, nil
			}
			return nil, nil
		}
		if m := u.Generic().Methods[name]; m != nil && m.Recv != RecvNone {
			return Subst(m.Sig, u.subst()).(*Func), m
		}
	case *TypeParam:
		return c.methodSigOf(u, name), nil
	}
	return nil, nil
}

// binaryOperator checks x op y where the left operand, of type xt, has
// the operator method of op, and reports whether it does.
func (c *checker) binaryOperator(s *Scope, e *syntax.BinaryExpr, xt Type) (Type, bool) {
	name, ok := binaryOperatorNames[e.Op]
	if !ok {
		return nil, false
	}
	call := &OperatorCall{Name: name}
	sig, m := c.operatorSig(xt, name)
	if sig == nil && e.Op == syntax.NEQ {
		sig, m = c.operatorSig(xt, "op==")
		call.Name, call.Negate = "op==", true
	}
	if sig == nil || len(sig.Params) != 1 {
		return nil, false
	}
	call.Method = m
	c.info.Operators[e] = call
	c.assignable(c.expr(s, e.Y, sig.Params[0]), sig.Params[0], e.Y)
	return sig.Result, true
}

// unaryOperator checks -x or !x where x, of type xt, has the operator
// method prefix op- or op!, and reports whether it does.
func (c *checker) unaryOperator(e *syntax.UnaryExpr, xt Type) (Type, bool) {
	name := "op!"
	if e.Op == syntax.SUB {
		name = "prefix op-"
	}
	sig, m := c.operatorSig(xt, name)
	if sig == nil || len(sig.Params) != 0 {
		return nil, false
	}
	c.info.Operators[e] = &OperatorCall{Method: m, Name: name}
	return sig.Result, true
}

// indexOperator checks x[i] where x, of type xt, has the operator method
// op[], and reports whether it does.
func (c *checker) indexOperator(s *Scope, e *syntax.IndexExpr, xt Type) (Type, bool) {
	sig, m := c.operatorSig(xt, "op[]")
	if sig == nil || len(sig.Params) != 1 {
		return nil, false
	}
	c.info.Operators[e] = &OperatorCall{Method: m, Name: "op[]"}
	c.assignable(c.expr(s, e.Index, sig.Params[0]), sig.Params[0], e.Index)
	return sig.Result, true
}

// assignIndexOperator checks the target x[i] of an assignment where x, of
// type xt, has the operator method op[]=, and returns the type the
// assigned value must have; nil when x has no op[]=. A compound
// assignment x[i] += v calls op[] as well.
func (c *checker) assignIndexOperator(s *Scope, lhs *syntax.IndexExpr, xt Type, op syntax.Token) Type {
	sig, m := c.operatorSig(xt, "op[]=")
	if sig == nil || len(sig.Params) != 2 {
		return nil
	}
	c.info.IndexSets[lhs] = &OperatorCall{Method: m, Name: "op[]="}
	if m != nil && m.Recv == RecvMutRef && !isTemporary(lhs.X) {
		c.checkMutable(s, lhs.X, "assign to an element of")
	}
	if op != syntax.ASSIGN {
		get, gm := c.operatorSig(xt, "op[]")
		if get == nil || len(get.Params) != 1 {
			c.errorf(lhs, "%s needs op[] as well as op[]= to update an element", Under(xt))
			return InvalidType
		}
		c.info.Operators[lhs] = &OperatorCall{Method: gm, Name: "op[]"}
	}
	c.assignable(c.expr(s, lhs.Index, sig.Params[0]), sig.Params[0], lhs.Index)
	c.record(lhs, sig.Params[1])
	return sig.Params[1]
}
