package types

import (
	"go/constant"
	"go/token"
	gotypes "go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// pattern checks that p can match values of type t and declares its
// bindings (immutable) in s.
func (c *checker) pattern(s *Scope, p syntax.Pattern, t Type) {
	c.patternMut(s, p, t, false)
	c.checkDuplicateBindings(p)
}

// checkDuplicateBindings refuses a name bound twice in one pattern, (a, a)
// or P { x, x }, as Rust does: the second binding would silently win. The
// alternatives of a | pattern bind their names once, as one local.
func (c *checker) checkDuplicateBindings(p syntax.Pattern) {
	seen := make(map[string]*Local)
	syntax.Inspect(p, func(n syntax.Node) bool {
		id := syntax.BoundName(n)
		l, ok := c.info.Defs[id].(*Local)
		if id == nil || !ok {
			return true
		}
		if prev, dup := seen[id.Name]; dup && prev != l {
			c.errorf(id, "%s is bound more than once in this pattern", id.Name)
		}
		seen[id.Name] = l
		return true
	})
}

func (c *checker) patternMut(s *Scope, p syntax.Pattern, t Type, mut bool) {
	c.info.Pats[p] = t
	c.fn.root.pats = append(c.fn.root.pats, p)
	u := Under(t)
	switch p := p.(type) {
	case *syntax.BadPat, *syntax.WildcardPat:
	case *syntax.IdentPat:
		if n, ok := Resolve(u).(*Named); ok && n.Kind == EnumKind {
			if v := n.LookupVariant(p.Name.Name); v != nil {
				c.info.Variants[p] = v
				if v.Fields != nil {
					c.errorf(p, "variant %s has a payload: match it with %s(...)", v.Name, v.Name)
				}
				return
			}
		}
		if c.isNone(s, p.Name) {
			c.info.Uses[p.Name] = s.Lookup("None")
			if _, ok := Resolve(u).(*Option); !ok && u != InvalidType {
				if v, free := Resolve(u).(*Var); free && v.Kind == AnyKind {
					unify(v, &Option{Elem: c.fresh(p, "None")})
				} else {
					c.errorf(p, "None cannot match %s", t)
				}
			}
			return
		}
		if b := builtinOf(s, p.Name); b == Some || b == Ok || b == Err {
			// A binding named Ok would match every value.
			c.errorf(p, "%s has a payload: match it with %s(...)", p.Name.Name, p.Name.Name)
			return
		}
		if _, ok := s.Lookup(p.Name.Name).(*Const); ok && c.whole != nil {
			// Rust compares with a constant named in a pattern; Vex binds
			// (spec section 12), and the arm matches every value.
			c.diags.Warnf(p.Pos(), "%s binds a new name here, hiding the constant %s: a bare name in a pattern binds; to compare with the constant, write x if x == %s",
				p.Name.Name, p.Name.Name, p.Name.Name)
		}
		c.declareLocal(s, p.Name, t, mut, false)
	case *syntax.LitPat:
		lt := c.expr(s, p.Value, u)
		if !unify(u, lt) {
			c.errorf(p, "mismatched types: %s pattern cannot match %s", lt, t)
		}
	case *syntax.RangePat:
		for _, bound := range []syntax.Expr{p.Lo, p.Hi} { // an open range omits one
			if bound == nil {
				continue
			}
			if bt := c.expr(s, bound, u); !unify(u, bt) {
				c.errorf(p, "mismatched types: range pattern of %s cannot match %s", bt, t)
				return
			}
		}
		if !IsInteger(u) && Resolve(u) != Typ[Char] && u != InvalidType {
			c.errorf(p, "range patterns need integers or chars, not %s", t)
			return
		}
		if p.Lo != nil && p.Hi != nil {
			lo, okLo := c.info.Consts[p.Lo]
			hi, okHi := c.info.Consts[p.Hi]
			// Bounds of other kinds have been reported (a bool bound of a
			// subject whose type is invalid, say).
			if okLo && okHi && lo.Value.Kind() == constant.Int && hi.Value.Kind() == constant.Int {
				switch {
				case p.Inclusive && constant.Compare(lo.Value, token.GTR, hi.Value):
					c.errorf(p, "this range pattern matches nothing: its start is above its end")
				case !p.Inclusive && constant.Compare(lo.Value, token.GEQ, hi.Value):
					c.errorf(p, "this range pattern matches nothing: its start is not below its end")
				}
			}
		}
	case *syntax.TuplePat:
		if len(p.Elems) == 0 && unify(u, UnitType) {
			return // (), as in Ok(())
		}
		tt, ok := Resolve(u).(*Tuple)
		rests := countRests(p.Elems)
		switch {
		case rests > 1:
			c.errorf(p, "a tuple pattern has at most one ..")
			return
		case !ok || len(p.Elems)-rests > len(tt.Elems) || rests == 0 && len(p.Elems) != len(tt.Elems):
			if u != InvalidType {
				c.errorf(p, "tuple pattern with %d elements cannot match %s", len(p.Elems)-rests, t)
			}
			return
		}
		for i, e := range TupleElems(p.Elems, len(tt.Elems)) {
			c.patternMut(s, e, tt.Elems[i], mut)
		}
	case *syntax.VariantPat:
		c.variantPat(s, p, u, mut)
	case *syntax.StructPat:
		c.structPat(s, p, u, mut)
	case *syntax.ArrayPat:
		c.arrayPat(s, p, t, mut)
	case *syntax.OrPat:
		c.orPattern(s, p, t, mut)
	default:
		c.errorf(p, "this pattern is not supported yet")
	}
}

// orPattern checks the alternatives A | B | ... of a pattern. They may bind
// names when each binds the same names at the same types, as in
// Shape.Square(s) | Shape.Circle(s) => s; each name is then one local,
// which every alternative's binding declares. Such a pattern must be the
// whole pattern of a match arm, if let or while let, whose body the
// lowering repeats for each alternative.
func (c *checker) orPattern(s *Scope, p *syntax.OrPat, t Type, mut bool) {
	var first *Scope
	for i, alt := range p.Alts {
		scope := NewScope(s)
		c.patternMut(scope, alt, t, mut)
		if i == 0 {
			first = scope
			continue
		}
		if !c.sameBindings(alt, first, scope) {
			return
		}
		for id, obj := range c.bindingIdents(alt) {
			c.info.Defs[id] = first.names[obj.Name()] // one local for every alternative
		}
	}
	if len(first.names) == 0 {
		return
	}
	if p != c.whole {
		if c.whole == nil {
			c.errorf(p, "a | pattern that binds names must be in the pattern of a match arm, if let or while let")
		} else {
			c.nestedOr = true // the whole pattern is expanded: wholePattern
		}
	}
	for _, obj := range first.names {
		s.Insert(obj)
	}
}

// wholePattern checks p, the whole pattern of a match arm, if let or while
// let, against t in s. When a | pattern inside it binds names, the
// alternatives p stands for are recorded in Info.OrAlts, so that the
// lowering binds each name from its own part of the value.
func (c *checker) wholePattern(s *Scope, p syntax.Pattern, t Type) {
	c.whole, c.nestedOr = p, false
	c.pattern(s, p, t)
	c.whole = nil
	if c.nestedOr {
		c.info.OrAlts[p] = c.expandOr(p)
	}
}

// expandOr returns the alternatives of p with each | pattern that binds
// names taken out to the top: (A(n) | B(n), x) is (A(n), x) and (B(n), x).
// The copies of the patterns around such a | are new nodes, which get the
// variants and types of the originals.
func (c *checker) expandOr(p syntax.Pattern) []syntax.Pattern {
	// product returns every choice of one expansion of each of ps,
	// and nil when none of ps expands.
	product := func(ps []syntax.Pattern) [][]syntax.Pattern {
		combos := [][]syntax.Pattern{nil}
		expanded := false
		for _, q := range ps {
			alts := c.expandOr(q)
			expanded = expanded || len(alts) > 1
			var next [][]syntax.Pattern
			for _, combo := range combos {
				for _, a := range alts {
					next = append(next, append(append([]syntax.Pattern{}, combo...), a))
				}
			}
			combos = next
		}
		if !expanded {
			return nil
		}
		return combos
	}
	var out []syntax.Pattern
	keep := func(q syntax.Pattern) {
		c.info.Pats[q] = c.info.Pats[p]
		c.fn.root.pats = append(c.fn.root.pats, q) // finalised with the original
		if v := c.info.Variants[p]; v != nil {
			c.info.Variants[q] = v
		}
		out = append(out, q)
	}
	switch p := p.(type) {
	case *syntax.OrPat:
		if len(c.bindingIdents(p)) == 0 {
			return []syntax.Pattern{p}
		}
		for _, a := range p.Alts {
			out = append(out, c.expandOr(a)...)
		}
		return out
	case *syntax.TuplePat:
		for _, elems := range product(p.Elems) {
			q := *p
			q.Elems = elems
			keep(&q)
		}
	case *syntax.ArrayPat:
		for _, elems := range product(p.Elems) {
			q := *p
			q.Elems = elems
			keep(&q)
		}
	case *syntax.VariantPat:
		for _, args := range product(p.Args) {
			q := *p
			q.Args = args
			keep(&q)
		}
	case *syntax.StructPat:
		var subs []syntax.Pattern
		for _, fp := range p.Fields {
			sub := fp.Pat
			if sub == nil {
				sub = &syntax.WildcardPat{} // shorthand: expands to itself
			}
			subs = append(subs, sub)
		}
		for _, pats := range product(subs) {
			q := *p
			q.Fields = make([]*syntax.FieldPat, len(p.Fields))
			for i, fp := range p.Fields {
				nf := *fp
				if fp.Pat != nil {
					nf.Pat = pats[i]
				}
				q.Fields[i] = &nf
			}
			keep(&q)
		}
	}
	if out == nil {
		return []syntax.Pattern{p}
	}
	return out
}

// sameBindings reports whether the alternative alt, checked in scope,
// binds the names of the first alternative, checked in first, at the same
// types, and reports where not.
func (c *checker) sameBindings(alt syntax.Pattern, first, scope *Scope) bool {
	for name, obj := range first.names {
		other, ok := scope.names[name].(*Local)
		if !ok {
			c.errorf(alt, "%s is bound in the first alternative of this | pattern but not in this one", name)
			return false
		}
		if !unify(obj.(*Local).Type, other.Type) {
			c.errorf(alt, "%s has type %s here and %s in the first alternative of this | pattern", name, other.Type, obj.(*Local).Type)
			return false
		}
	}
	for name := range scope.names {
		if first.names[name] == nil {
			c.errorf(alt, "%s is bound in this alternative of a | pattern but not in the first", name)
			return false
		}
	}
	return true
}

// bindingIdents returns the names a checked pattern declares, with their
// locals.
func (c *checker) bindingIdents(p syntax.Pattern) map[*syntax.Ident]*Local {
	out := make(map[*syntax.Ident]*Local)
	syntax.Inspect(p, func(n syntax.Node) bool {
		id := syntax.BoundName(n)
		if l, ok := c.info.Defs[id].(*Local); ok && id != nil {
			out[id] = l
		}
		return true
	})
	return out
}

func (c *checker) isNone(s *Scope, id *syntax.Ident) bool {
	return builtinOf(s, id) == None
}

// builtinOf returns the entry of the table that id names in s, or
// NoBuiltin.
func builtinOf(s *Scope, id *syntax.Ident) BuiltinID {
	if b, ok := s.Lookup(id.Name).(*Builtin); ok {
		return b.ID
	}
	return NoBuiltin
}

func (c *checker) variantPat(s *Scope, p *syntax.VariantPat, u Type, mut bool) {
	if Resolve(u) == InvalidType {
		// The scrutinee has an error reported already: bind the names
		// without more errors.
		for _, a := range p.Args {
			c.patternMut(s, a, InvalidType, mut)
		}
		return
	}
	if n, ok := Resolve(u).(*Named); ok && n.Kind == EnumKind {
		c.enumPat(s, p, n, mut)
		return
	}
	if c.goConstPat(s, p, u) {
		return
	}
	id, ok := p.Path.(*syntax.Ident)
	if !ok {
		c.errorf(p.Path, "%s cannot match %s", exprString(p.Path), u)
		return
	}
	var elem Type
	switch b := builtinOf(s, id); b {
	case Some:
		o, ok := Resolve(u).(*Option)
		if !ok {
			c.mismatchPat(p, "Some", u)
			return
		}
		elem = o.Elem
	case Ok, Err:
		r, ok := Resolve(u).(*Result)
		if !ok {
			c.mismatchPat(p, id.Name, u)
			return
		}
		elem = r.Ok
		if b == Err {
			elem = r.Err
		}
	case None:
		if len(p.Args) > 0 {
			c.errorf(p, "None has no payload")
		}
		c.patternMut(s, &syntax.IdentPat{Name: id}, u, mut)
		return
	default:
		c.errorf(id, "undefined variant %s", id.Name)
		return
	}
	c.info.Uses[id] = s.Lookup(id.Name)
	if len(p.Args) != 1 {
		c.errorf(p, "%s takes exactly one pattern", id.Name)
		return
	}
	c.patternMut(s, p.Args[0], elem, mut)
}

// goConstPat checks p if it names a constant of a Go package, as pkg.Name
// without arguments, which matches the values equal to it, as a literal
// does and as Go's case http.StatusOK: does; it reports whether p is one.
func (c *checker) goConstPat(s *Scope, p *syntax.VariantPat, u Type) bool {
	if len(p.Args) > 0 || p.Parens {
		return false
	}
	obj, ok := c.qualified(s, p.Path)
	g, isGo := obj.(*GoObj)
	if !ok || !isGo {
		return false
	}
	if _, isVar := g.Obj.(*gotypes.Var); isVar {
		c.errorf(p, "%s is a Go variable, not a constant, so it is no pattern; compare in a guard: x if x == %s", exprString(p.Path), exprString(p.Path))
		return true
	}
	if _, isConst := g.Obj.(*gotypes.Const); !isConst {
		return false
	}
	if lt := c.expr(s, p.Path, u); !unify(u, lt) {
		c.errorf(p, "mismatched types: %s pattern cannot match %s", lt, u)
	}
	return true
}

func (c *checker) mismatchPat(p syntax.Node, name string, t Type) {
	if t != InvalidType {
		c.errorf(p, "%s pattern cannot match %s", name, t)
	}
}

// irrefutable reports whether p matches every value of type t.
func irrefutable(p syntax.Pattern, t Type, c *checker) bool {
	switch p := p.(type) {
	case *syntax.WildcardPat, *syntax.BadPat:
		return true
	case *syntax.IdentPat:
		return p.Name.Name != "None" && c.info.Variants[p] == nil
	case *syntax.TuplePat:
		tt, ok := Resolve(Under(t)).(*Tuple)
		if !ok {
			return true
		}
		for i, e := range TupleElems(p.Elems, len(tt.Elems)) {
			if !irrefutable(e, tt.Elems[i], c) {
				return false
			}
		}
		return true
	case *syntax.OrPat:
		for _, a := range p.Alts {
			if irrefutable(a, t, c) {
				return true
			}
		}
	case *syntax.ArrayPat:
		return arrayPatIrrefutable(p, t, c)
	case *syntax.StructPat:
		n, ok := Resolve(Under(t)).(*Named)
		if !ok {
			return true
		}
		for _, fp := range p.Fields {
			f := n.LookupField(fp.Name.Name)
			if fp.Pat != nil && f != nil && !irrefutable(fp.Pat, n.FieldType(f), c) {
				return false
			}
		}
		return true
	}
	return false
}

func (c *checker) match(s *Scope, e *syntax.MatchExpr, hint Type, value bool) Type {
	xt := c.expr(s, e.X, nil)
	var result Type = hint
	if value && result == nil {
		result = &Var{}
	}
	patErrors := 0 // the errors in the arms' patterns
	for _, arm := range e.Arms {
		inner := NewScope(s)
		errs := c.diags.ErrorCount()
		c.wholePattern(inner, arm.Pat, xt)
		patErrors += c.diags.ErrorCount() - errs
		if arm.Guard != nil {
			c.assignable(Under(c.expr(inner, arm.Guard, Typ[Bool])), Typ[Bool], arm.Guard)
		}
		if !value {
			c.droppedExpr(inner, arm.Body)
			continue
		}
		t := c.expr(inner, arm.Body, result)
		// Where the context expects a type, an arm converts to it as any
		// value does: a struct to a contract it satisfies, say.
		switch {
		case unify(result, t):
		case hint != nil:
			c.assignable(t, hint, blockResult(arm.Body))
		default:
			c.errorf(arm.Body, "match arms have different types: %s and %s", result, t)
		}
	}
	c.exhaustive(e, xt)
	if patErrors == 0 {
		c.unreachableArm(e, xt)
	}
	if !value {
		return UnitType
	}
	if v, free := Resolve(result).(*Var); free && v.Kind == AnyKind {
		v.bound = NeverType // every arm diverges
		if len(e.Arms) > 0 {
			return NeverType
		}
	}
	return result
}

// exhaustive reports a match that does not cover every value.
func (c *checker) exhaustive(e *syntax.MatchExpr, t Type) {
	var unguarded []syntax.Pattern
	for _, a := range e.Arms {
		if a.Guard == nil {
			unguarded = append(unguarded, a.Pat)
		}
	}
	if missing := c.missing(unguarded, t); len(missing) > 0 {
		c.diags.Errorf(e.Pos(), "match is not exhaustive: missing %s", strings.Join(missing, ", "))
	}
}

// unreachableArm warns of the first arm that no value reaches, because the
// unguarded arms before it match every value of t, as Rust warns of an
// unreachable pattern: its body is dead code, and often the arm before it
// binds a name that was meant as a value to compare with.
func (c *checker) unreachableArm(e *syntax.MatchExpr, t Type) {
	if Under(t) == InvalidType {
		return
	}
	// before[i] are the unguarded patterns of the arms before arm i. A
	// prefix of the arms that is exhaustive stays so as arms are added, so
	// the first arm after one is found by binary search.
	before := make([][]syntax.Pattern, len(e.Arms))
	var unguarded []syntax.Pattern
	for i, a := range e.Arms {
		before[i] = unguarded
		if a.Guard == nil {
			unguarded = append(unguarded, a.Pat)
		}
	}
	first := sort.Search(len(e.Arms), func(i int) bool {
		return len(before[i]) > 0 && len(c.missing(before[i], t)) == 0
	})
	if first < len(e.Arms) {
		c.diags.Warnf(e.Arms[first].Pat.Pos(), "unreachable arm: the arms before it match every value")
	}
}

// missing returns the values of type t that no pattern of ps matches, as
// patterns to name in a diagnostic (one for each constructor of t left
// uncovered); nil when ps is exhaustive. Option, Result, bool, enums and
// tuples are checked through their parts, as Rust does: Some(Some(_)),
// Some(None) and None cover an Option<Option<T>>, and (true, _),
// (false, true), (_, false) cover a (bool, bool).
func (c *checker) missing(ps []syntax.Pattern, t Type) []string {
	rows := make([][]syntax.Pattern, len(ps))
	for i, p := range ps {
		rows[i] = []syntax.Pattern{p}
	}
	var out []string
	for _, w := range c.uncovered(rows, []Type{t}) {
		out = append(out, w[0])
	}
	return out
}

// wildPat stands for the parts of a value that a pattern leaves unmatched.
var wildPat syntax.Pattern = &syntax.WildcardPat{}

// A ctor is one constructor of a type whose values exhaustiveness checks
// by their parts: a variant, a bool value, or the one constructor of a
// tuple.
type ctor struct {
	fields []Type
	// args returns the patterns p matches the fields with, and whether p
	// matches this constructor at all.
	args func(p syntax.Pattern) ([]syntax.Pattern, bool)
	// show names the constructor applied to witnesses for its fields.
	show func(fields []string) string
}

// uncovered returns rows of values, one pattern string for each column of
// types ts, that no row of patterns matches: at most one for each
// constructor of the first column (Maranget's usefulness algorithm).
func (c *checker) uncovered(rows [][]syntax.Pattern, ts []Type) [][]string {
	if len(ts) == 0 {
		if len(rows) == 0 {
			return [][]string{{}}
		}
		return nil
	}
	var flat [][]syntax.Pattern
	for _, r := range rows {
		for _, p := range alternatives(r[:1]) {
			flat = append(flat, append([]syntax.Pattern{p}, r[1:]...))
		}
	}
	rows = flat
	t := Resolve(Under(ts[0]))
	if r, ok := t.(*Ref); ok {
		t = Resolve(Under(r.Elem))
	}
	ctors, ok := c.ctors(t)
	if !ok {
		return c.uncoveredOther(rows, t, ts)
	}
	// A constructor that no row names is matched only by the rows that
	// match anything, so a recursive type is taken apart only as deep as
	// the patterns go.
	var wild [][]string // what the rows that match anything leave uncovered
	var out [][]string
	for _, k := range ctors {
		var spec [][]syntax.Pattern
		named := false
		for _, r := range rows {
			args, ok := k.args(r[0])
			named = named || ok
			if !ok {
				if !irrefutable(r[0], t, c) {
					continue
				}
				args = make([]syntax.Pattern, len(k.fields))
				for i := range args {
					args[i] = wildPat
				}
			}
			spec = append(spec, append(append([]syntax.Pattern{}, args...), r[1:]...))
		}
		if !named {
			if wild == nil {
				var rest [][]syntax.Pattern
				for _, r := range rows {
					if irrefutable(r[0], t, c) {
						rest = append(rest, r[1:])
					}
				}
				if wild = c.uncovered(rest, ts[1:]); len(wild) == 0 {
					return nil // they cover everything: so do the rows
				}
			}
			fields := make([]string, len(k.fields))
			for i := range fields {
				fields[i] = "_"
			}
			out = append(out, append([]string{k.show(fields)}, wild[0]...))
			continue
		}
		if ws := c.uncovered(spec, append(append([]Type{}, k.fields...), ts[1:]...)); len(ws) > 0 {
			w := ws[0]
			n := len(k.fields)
			out = append(out, append([]string{k.show(w[:n])}, w[n:]...))
		}
	}
	return out
}

// uncoveredOther is uncovered for a first column of type t whose values
// are not told apart by constructors: numbers, strings, structs, Vecs.
// Only the rows that match any value there cover the rest of the columns.
func (c *checker) uncoveredOther(rows [][]syntax.Pattern, t Type, ts []Type) [][]string {
	if t == InvalidType || t == NeverType {
		return nil
	}
	var heads []syntax.Pattern
	for _, r := range rows {
		heads = append(heads, r[0])
	}
	var rest [][]syntax.Pattern
	for _, r := range rows {
		if irrefutable(r[0], t, c) {
			rest = append(rest, r[1:])
		}
	}
	switch t.(type) {
	case *Vec, *Slice:
		if len(ts) == 1 && coversLengths(heads, t, c) {
			return nil
		}
	}
	ws := c.uncovered(rest, ts[1:])
	if len(ws) == 0 {
		return nil
	}
	return [][]string{append([]string{"_"}, ws[0]...)}
}

// ctors returns the constructors of t, and false for a type whose values
// have none to tell them apart.
func (c *checker) ctors(t Type) ([]ctor, bool) {
	named := func(name string, fields ...Type) ctor {
		return ctor{
			fields: fields,
			args: func(p syntax.Pattern) ([]syntax.Pattern, bool) {
				switch p := p.(type) {
				case *syntax.IdentPat:
					return nil, len(fields) == 0 && p.Name.Name == name
				case *syntax.VariantPat:
					if id, ok := p.Path.(*syntax.Ident); ok && id.Name == name {
						return fitArgs(p.Args, len(fields)), true
					}
				}
				return nil, false
			},
			show: func(ws []string) string { return showCtor(name, len(fields) > 0, ws) },
		}
	}
	switch u := t.(type) {
	case *Option:
		return []ctor{named("Some", u.Elem), named("None")}, true
	case *Result:
		return []ctor{named("Ok", u.Ok), named("Err", u.Err)}, true
	case *Basic:
		if u != Typ[Bool] {
			return nil, false
		}
		var out []ctor
		for _, b := range []bool{true, false} {
			out = append(out, ctor{
				args: func(p syntax.Pattern) ([]syntax.Pattern, bool) {
					if lp, ok := p.(*syntax.LitPat); ok {
						bl, ok := lp.Value.(*syntax.BoolLit)
						return nil, ok && bl.Value == b
					}
					return nil, false
				},
				show: func([]string) string { return strconv.FormatBool(b) },
			})
		}
		return out, true
	case *Tuple:
		return []ctor{{
			fields: u.Elems,
			args: func(p syntax.Pattern) ([]syntax.Pattern, bool) {
				tp, ok := p.(*syntax.TuplePat)
				if !ok {
					return nil, false
				}
				return TupleElems(tp.Elems, len(u.Elems)), true
			},
			show: func(ws []string) string { return "(" + strings.Join(ws, ", ") + ")" },
		}}, true
	case *Named:
		if u.Kind == StructKind {
			return []ctor{c.structCtor(u)}, true
		}
		if u.Kind != EnumKind {
			return nil, false
		}
		var out []ctor
		for _, v := range u.Generic().Variants {
			fields := u.VariantFields(v)
			out = append(out, ctor{
				fields: fields,
				args: func(p syntax.Pattern) ([]syntax.Pattern, bool) {
					if c.info.Variants[p] != v {
						return nil, false
					}
					if vp, ok := p.(*syntax.VariantPat); ok && vp.Parens {
						return TupleElems(vp.Args, len(fields)), true
					}
					return fitArgs(nil, len(fields)), true
				},
				show: func(ws []string) string { return showCtor(v.Name, v.Fields != nil, ws) },
			})
		}
		return out, true
	}
	return nil, false
}

// structCtor is the one constructor of the struct type n, whose fields a
// struct pattern matches by name.
func (c *checker) structCtor(n *Named) ctor {
	g := n.Generic()
	fields := make([]Type, len(g.Fields))
	for i, f := range g.Fields {
		fields[i] = n.FieldType(f)
	}
	return ctor{
		fields: fields,
		args: func(p syntax.Pattern) ([]syntax.Pattern, bool) {
			sp, ok := p.(*syntax.StructPat)
			if !ok {
				return nil, false
			}
			args := fitArgs(nil, len(fields))
			for _, fp := range sp.Fields {
				for i, f := range g.Fields {
					if f.Name == fp.Name.Name && fp.Pat != nil {
						args[i] = fp.Pat
					}
				}
			}
			return args, true
		},
		show: func(ws []string) string {
			var parts []string
			for i, w := range ws {
				if w != "_" {
					parts = append(parts, g.Fields[i].Name+": "+w)
				}
			}
			if len(parts) < len(ws) {
				parts = append(parts, "..")
			}
			return g.Obj.Name() + " { " + strings.Join(parts, ", ") + " }"
		},
	}
}

// fitArgs returns the n patterns of a constructor's fields: args, or
// wildcards where args has the wrong number (which the checker reports).
func fitArgs(args []syntax.Pattern, n int) []syntax.Pattern {
	if len(args) == n {
		return args
	}
	out := make([]syntax.Pattern, n)
	for i := range out {
		out[i] = wildPat
	}
	return out
}

// TupleElems returns the patterns of the n elements of a tuple that the
// elements of a tuple pattern match, its .. standing for as many
// wildcards as the tuple has elements left: (a, .., z) of a 4-tuple is
// a, _, _, z. A pattern of the wrong length gives wildcards (the checker
// reports it).
func TupleElems(elems []syntax.Pattern, n int) []syntax.Pattern {
	for i, e := range elems {
		if _, ok := e.(*syntax.RestPat); ok {
			out := append([]syntax.Pattern{}, elems[:i]...)
			for len(out)+len(elems)-i-1 < n {
				out = append(out, wildPat)
			}
			return fitArgs(append(out, elems[i+1:]...), n)
		}
	}
	return fitArgs(elems, n)
}

func showCtor(name string, payload bool, ws []string) string {
	if !payload {
		return name
	}
	return name + "(" + strings.Join(ws, ", ") + ")"
}

// alternatives flattens or-patterns.
func alternatives(ps []syntax.Pattern) []syntax.Pattern {
	var out []syntax.Pattern
	for _, p := range ps {
		if or, ok := p.(*syntax.OrPat); ok {
			out = append(out, alternatives(or.Alts)...)
		} else {
			out = append(out, p)
		}
	}
	return out
}

// enumPat checks Move(x, y), Message.Move(x, y) and Color.Red against an
// enum scrutinee.
func (c *checker) enumPat(s *Scope, p *syntax.VariantPat, n *Named, mut bool) {
	var name string
	switch path := p.Path.(type) {
	case *syntax.Ident:
		name = path.Name
	case *syntax.SelectorExpr:
		_, en, _ := c.userType(s, path.X)
		if en == nil || en.Generic() != n.Generic() {
			c.errorf(path.X, "%s is not %s", exprString(path.X), n)
			return
		}
		name = path.Sel.Name
	default:
		c.errorf(p.Path, "bad variant pattern")
		return
	}
	v := n.LookupVariant(name)
	if v == nil {
		c.errorf(p.Path, "%s has no variant %s", n.Obj.Name(), name)
		return
	}
	c.info.Variants[p] = v
	fields := n.VariantFields(v)
	if !p.Parens {
		if v.Fields != nil {
			c.errorf(p, "variant %s has a payload: match it with %s(...)", v.Name, v.Name)
		}
		return
	}
	rests := countRests(p.Args)
	switch {
	case rests > 1:
		c.errorf(p, "a variant pattern has at most one ..")
		return
	case len(p.Args)-rests > len(fields) || rests == 0 && len(p.Args) != len(fields):
		c.errorf(p, "variant %s has %d field%s, the pattern has %d", v.Name, len(fields), plural(len(fields)), len(p.Args)-rests)
		return
	}
	for i, a := range TupleElems(p.Args, len(fields)) {
		c.patternMut(s, a, fields[i], mut)
	}
}

// structPat checks Point { x, y: py, .. }.
func (c *checker) structPat(s *Scope, p *syntax.StructPat, u Type, mut bool) {
	_, n, _ := c.userType(s, p.Type)
	st, ok := Resolve(u).(*Named)
	if n == nil || !ok || st.Generic() != n.Generic() || n.Kind != StructKind {
		c.errorf(p, "%s pattern cannot match %s", exprString(p.Type), u)
		return
	}
	seen := make(map[string]bool)
	for _, fp := range p.Fields {
		f := n.LookupField(fp.Name.Name)
		if f == nil {
			c.errorf(fp.Name, "%s has no field %s", n.Obj.Name(), fp.Name.Name)
			continue
		}
		seen[f.Name] = true
		c.info.Fields[fp.Name] = f
		if fp.Pat == nil {
			c.patternMut(s, &syntax.IdentPat{Name: fp.Name}, st.FieldType(f), mut)
			continue
		}
		c.patternMut(s, fp.Pat, st.FieldType(f), mut)
	}
	if !p.Rest {
		for _, f := range n.Fields {
			if !seen[f.Name] {
				c.errorf(p, "pattern does not mention field %s of %s; add it or write ..", f.Name, n.Obj.Name())
				break
			}
		}
	}
}

// countRests counts the .. among the patterns of a tuple or a variant's
// payload.
func countRests(pats []syntax.Pattern) int {
	n := 0
	for _, p := range pats {
		if _, isRest := p.(*syntax.RestPat); isRest {
			n++
		}
	}
	return n
}
