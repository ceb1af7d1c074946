package types

import (
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file refuses what the parser accepts and vex2go does not check: the
// features of spec section 10, which the parser records as Unsupported
// nodes, and operator overloading of the old style, by name. Each is
// reported once, at its position, before the rest of the checking; the
// checker's switches then treat such nodes as invalid without a word, so
// that nothing cascades.

// refuseUnsupported reports every refused construct of the files, and
// the declared names that start with $ (check.go), in one walk.
func (c *checker) refuseUnsupported(files []*syntax.File) {
	for _, f := range files {
		syntax.Inspect(f, func(n syntax.Node) bool {
			c.refuseDollarName(n)
			switch n := n.(type) {
			case *syntax.UnsupportedDecl:
				c.errorf(n, "%s not supported by vex2go", n.Feature)
				return false
			case *syntax.UnsupportedType:
				c.errorf(n, "%s not supported by vex2go", n.Feature)
			case *syntax.UnsupportedExpr:
				c.errorf(n, "%s not supported by vex2go", n.Feature)
			case *syntax.FuncDecl:
				c.refuseOperatorFunc(n)
			}
			return true
		})
	}
}

// refuseOperatorFunc refuses operator overloading of the old style, an
// operator function without op (fn +(a, b)) or without a receiver
// (fn op+(a, b)), by name.
func (c *checker) refuseOperatorFunc(d *syntax.FuncDecl) {
	if oldStyleOperator(d) {
		c.errorf(d.Name, "operator overloading with fn %s(...) is not supported by vex2go; declare an operator method: fn (self: &T) op%s(other: T): T",
			d.Name.Name, strings.TrimPrefix(d.Name.Name, "op"))
	}
}

// declareUnsupported declares the name of a refused item, if it has one.
func (c *checker) declareUnsupported(d *syntax.UnsupportedDecl) {
	if d.Name != nil {
		c.declareRefused(d.Name)
	}
}

// declareRefused declares the name of a refused item as a constant of
// invalid type, so that its uses draw no "undefined" and calls of it no
// complaint about their arguments.
func (c *checker) declareRefused(id *syntax.Ident) {
	if c.pkg.LookupLocal(id.Name) == nil {
		obj := &Const{object: object{id.Name, id.Pos()}, Type: InvalidType}
		c.pkg.Insert(obj)
		c.info.Defs[id] = obj
	}
}

// refusedSignature reports whether a function has a refused parameter,
// such as a variadic ...T, and then declares it as refused; a method is
// left out.
func (c *checker) refusedSignature(d *syntax.FuncDecl) bool {
	for _, p := range d.Params {
		if _, ok := p.Type.(*syntax.UnsupportedType); ok {
			if d.Recv == nil && d.Assoc == nil {
				c.declareRefused(d.Name)
			}
			return true
		}
	}
	return false
}

// refusedArgs reports whether a type has a refused argument, such as the
// const generic 3 of Matrix<f64, 3, 3>, which makes the whole type invalid.
func refusedArgs(t *syntax.NamedType) bool {
	for _, a := range t.Args {
		if _, ok := a.(*syntax.UnsupportedType); ok {
			return true
		}
	}
	return false
}

// unsupportedTypeNames are the types of Vex that vex2go refuses by name
// where no declaration of the package gives the name a meaning.
var unsupportedTypeNames = map[string]string{
	"Box":    "Box types are",
	"Pin":    "Pin types are",
	"Span":   "Span types are",
	"Ptr":    "Ptr types are",
	"VUMM":   "VUMM types are",
	"Tensor": "tensors are",
	"Drop":   "Drop is",
}

// refuseTypeName reports an undeclared name that names one of the
// unsupportedTypeNames, and reports whether it did.
func (c *checker) refuseTypeName(n syntax.Node, name string) bool {
	if feature, ok := unsupportedTypeNames[name]; ok {
		c.errorf(n, "%s not supported by vex2go", feature)
		return true
	}
	return false
}
