package lower

import (
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers a string variable that a loop appends to as a
// strings.Builder. In Go, as in Vex, s += t copies s, so a loop of them
// takes time quadratic in the length; a strings.Builder appends in place.
// A local
//
//	let! out = f"report {id}\n"
//	for i in 0..rows { out += f"row {i}\n" }
//	out
//
// that some loop appends to, and that the function only appends to with +=
// and reads, becomes
//
//	var out strings.Builder
//	out.WriteString("report ")
//	out.WriteString(vexrt.Int(id))
//	out.WriteString("\n")
//	for i := int64(0); i < rows; i++ {
//		out.WriteString("row ")
//		...
//	}
//	return out.String()
//
// String returns the bytes written so far without copying them, and later
// writes never change them, so every read is out.String(). The pieces of an
// f-string or a chain of + are written one by one, unless one of them reads
// the variable. A variable that is assigned otherwise, taken a reference
// to, captured by a closure or a go block, or never read, stays a string.

// builderScan collects, during the walk of a function body, what decides
// which string variables become builders.
type builderScan struct {
	info       *types.Info
	candidates map[*types.Local]source.Pos // let! of a string, with its position
	appends    map[*types.Local][]source.Pos
	reads      map[*types.Local][]source.Pos
	refused    map[*types.Local]bool
	targets    map[*syntax.Ident]bool // the variables of +=, which are not reads
	loops      []span                 // loops and closures, by their extent
	closures   []span
}

type span struct{ from, to source.Pos }

func (s span) holds(p source.Pos) bool { return s.from <= p && p < s.to }

// visit looks at one node of the body.
func (b *builderScan) visit(n syntax.Node) {
	info := b.info
	switch n := n.(type) {
	case *syntax.LetStmt:
		if p, ok := n.Pat.(*syntax.IdentPat); ok && n.Mut && n.Value != nil {
			if l, ok := info.Defs[p.Name].(*types.Local); ok && l.Type == types.Typ[types.String] {
				if b.candidates == nil {
					b.candidates = make(map[*types.Local]source.Pos)
					b.appends = make(map[*types.Local][]source.Pos)
					b.reads = make(map[*types.Local][]source.Pos)
					b.refused = make(map[*types.Local]bool)
					b.targets = make(map[*syntax.Ident]bool)
				}
				b.candidates[l] = n.Pos()
			}
		}
	case *syntax.AssignStmt:
		id, ok := n.Target().(*syntax.Ident)
		if !ok || b.candidates == nil {
			return
		}
		l, ok := info.Uses[id].(*types.Local)
		if _, cand := b.candidates[l]; !ok || !cand {
			return
		}
		b.targets[id] = true
		if n.Op == syntax.ADD_ASSIGN && info.Types[n.Rhs] == types.Typ[types.String] {
			b.appends[l] = append(b.appends[l], n.Pos())
		} else {
			b.refused[l] = true
		}
	case *syntax.WhileStmt, *syntax.ForStmt, *syntax.LoopExpr:
		b.loops = append(b.loops, span{n.Pos(), n.End()})
	case *syntax.ClosureExpr:
		b.closures = append(b.closures, span{n.Pos(), n.End()})
	case *syntax.GoStmt:
		for _, l := range info.Go[n] {
			b.refuse(l)
		}
	case *syntax.UnaryExpr:
		if id, ok := n.X.(*syntax.Ident); ok && (n.Op == syntax.AND || n.Op == syntax.ANDMUT) {
			if l, ok := info.Uses[id].(*types.Local); ok {
				b.refuse(l)
			}
		}
	case *syntax.Ident:
		if b.candidates == nil || b.targets[n] {
			return
		}
		if l, ok := info.Uses[n].(*types.Local); ok {
			if _, cand := b.candidates[l]; cand {
				b.reads[l] = append(b.reads[l], n.Pos())
			}
		}
	}
}

func (b *builderScan) refuse(l *types.Local) {
	if b.refused != nil {
		b.refused[l] = true
	}
}

// builders returns the variables that become builders.
func (b *builderScan) builders() map[*types.Local]bool {
	var out map[*types.Local]bool
	for l, decl := range b.candidates {
		if b.refused[l] || !l.Used || b.inClosure(decl, b.reads[l]) || b.inClosure(decl, b.appends[l]) {
			continue
		}
		looped := false
		for _, p := range b.appends[l] {
			for _, loop := range b.loops {
				looped = looped || loop.from > decl && loop.holds(p)
			}
		}
		if looped {
			if out == nil {
				out = make(map[*types.Local]bool)
			}
			out[l] = true
		}
	}
	return out
}

// inClosure reports whether one of the positions ps, of uses of a variable
// declared at decl, is inside a closure.
func (b *builderScan) inClosure(decl source.Pos, ps []source.Pos) bool {
	for _, c := range b.closures {
		if c.from < decl {
			continue
		}
		for _, p := range ps {
			if c.holds(p) {
				return true
			}
		}
	}
	return false
}

// builderType is Go's strings.Builder.
var builderType = &NamedType{Path: stringsPath, Name: "Builder"}

// letBuilder declares the builder of local l with the value e.
func (f *funcLower) letBuilder(l *types.Local, e syntax.Expr, pos Pos) {
	name := f.declare(l)
	f.emit(&VarStmt{Pos: pos, Name: name, Type: builderType})
	if f.l.isZeroConst(e) {
		return
	}
	f.appendTo(l, name, e, Pos{})
}

// appendTo lowers `name += e` of the builder of local l: the pieces of an
// f-string or of a chain of +, written one by one.
func (f *funcLower) appendTo(l *types.Local, name string, e syntax.Expr, pos Pos) {
	write := func(x Expr) {
		f.emit(&ExprStmt{Pos: pos, X: method(&Ident{Name: name}, "WriteString", x)})
		pos = Pos{}
	}
	if f.refersTo(e, l) {
		write(f.expr(e))
		return
	}
	var pieces func(e syntax.Expr)
	pieces = func(e syntax.Expr) {
		switch e := syntax.Unparen(e).(type) {
		case *syntax.FString:
			for _, p := range e.Parts {
				if t, ok := p.(*syntax.FStringText); ok {
					if t.Text != "" {
						write(stringLit(t.Text))
					}
				} else {
					write(f.format(p, f.expr(p)))
				}
			}
			return
		case *syntax.BinaryExpr:
			if e.Op == syntax.ADD && f.l.info.Types[e] == types.Typ[types.String] {
				pieces(e.X)
				pieces(e.Y)
				return
			}
		}
		write(f.deref(e, f.expr(e)))
	}
	pieces(e)
}
