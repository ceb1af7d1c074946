package lower

import (
	"go/token"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file chooses the Go names of a package's items and of the members of
// its types (design.md, "Names"; docs/interop.md, "The Go API of generated
// code"). Names are Go's MixedCaps; no two names of one Go scope collide:
// the package scope, the fields and methods of each type, the locals of a
// function. Where two Vex names meet in one Go name, the one spelled in Vex
// as in Go keeps it and the others get the smallest free suffix 2, 3, ...

// goReserved are names generated code must not declare at package level or
// as locals: Go keywords, predeclared identifiers and the packages it
// imports. A Vex name that maps to one gets a trailing underscore.
var goReserved = func() map[string]bool {
	m := make(map[string]bool)
	for _, s := range strings.Fields(`any append bool byte cap clear close comparable
		complex complex64 complex128 copy delete error false float32 float64 imag int
		int8 int16 int32 int64 iota len make max min new nil panic print println real
		recover rune string true uint uint8 uint16 uint32 uint64 uintptr
		vexrt math strings strconv fmt os time init main vexMain`) {
		m[s] = true
	}
	return m
}()

// initialisms are the words that Go spells in one case, as in userID and
// ServeHTTP; a Vex word written all in lower or all in upper case that is
// one of them is spelled all upper case, except at the start of an
// unexported name.
var initialisms = func() map[string]bool {
	m := make(map[string]bool)
	for _, s := range strings.Fields(`acl api ascii cpu css dns eof guid html http https id
		ip json lhs qps ram rhs rpc sla smtp sql ssh tcp tls ttl udp ui uid uuid uri url
		utf8 vm xml xmpp xsrf xss`) {
		m[s] = true
	}
	return m
}()

// mixedCaps spells a Vex name in Go's MixedCaps, starting upper case when
// export is set: load_all is loadAll or LoadAll, MAX_SIZE is maxSize or
// MaxSize, PI is pi or Pi, user_id is userID, HTTPServer is httpServer or
// HTTPServer.
// Words are the parts between underscores; the words of a name without
// lower-case letters (MAX_SIZE, PI) are spelled as lower-case words are.
func mixedCaps(name string, export bool) string {
	name = strings.TrimPrefix(name, "$")
	if name == "_" {
		return name // blank
	}
	words := strings.FieldsFunc(name, func(r rune) bool { return r == '_' })
	screaming := strings.ToLower(name) != name && strings.ToUpper(name) == name
	var b strings.Builder
	for _, w := range words {
		if screaming {
			w = strings.ToLower(w)
		}
		first := b.Len() == 0
		lower := strings.ToLower(w)
		switch {
		case initialisms[lower] && (w == lower || w == strings.ToUpper(w)) && (export || !first):
			w = strings.ToUpper(w)
		case first && !export:
			w = lowerLead(w)
		default:
			w = upperFirst(w)
		}
		b.WriteString(w)
	}
	n := b.String()
	switch r, _ := utf8.DecodeRuneInString(n); {
	case n == "":
		n = "x"
		if export {
			n = "X"
		}
	case unicode.IsDigit(r):
		n = "_" + n
		if export {
			n = "X" + n
		}
	case export && !unicode.IsUpper(r):
		n = "X" + n // a letter without case, such as 名
	}
	return n
}

// lowerLead lower-cases the leading upper-case letters of a word, but the
// last of several before a lower-case letter: Point is point, URL is url,
// HTTPServer is httpServer.
func lowerLead(w string) string {
	rs := []rune(w)
	n := 0
	for n < len(rs) && unicode.IsUpper(rs[n]) {
		n++
	}
	if n > 1 && n < len(rs) && unicode.IsLower(rs[n]) {
		n--
	}
	for i := range n {
		rs[i] = unicode.ToLower(rs[i])
	}
	return string(rs)
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// goName maps a Vex name to the Go name of an item or local; reserved
// names get a trailing underscore.
func goName(name string, export bool) string {
	n := name
	if !spelledAsGo(name, export) {
		n = mixedCaps(name, export)
	}
	if goReserved[n] || token.IsKeyword(n) {
		n += "_"
	}
	return n
}

// spelledAsGo reports whether mixedCaps leaves name as it is: an ASCII
// name of letters and digits without underscores that starts lower case,
// or upper case when exported and then has a lower-case letter (not an
// initialism or a name like PI, which it spells anew). Most names are.
func spelledAsGo(name string, export bool) bool {
	if name == "" {
		return false
	}
	lower := false
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z', i > 0 && '0' <= c && c <= '9':
		default:
			return false
		}
	}
	if !export {
		return 'a' <= name[0] && name[0] <= 'z'
	}
	return 'A' <= name[0] && name[0] <= 'Z' && lower && !initialisms[strings.ToLower(name)]
}

// memberName maps the Vex name of a field or method to Go. A method whose
// name starts upper case keeps it exactly, so that Vex types implement Go
// interfaces (String, ServeHTTP, Len); a field's name follows its export.
func memberName(name string, export, method bool) string {
	if r, _ := utf8.DecodeRuneInString(name); method && unicode.IsUpper(r) {
		return name
	}
	n := mixedCaps(name, export)
	if token.IsKeyword(n) {
		n += "_"
	}
	return n
}

// A nameSet holds the Go names taken in one scope.
type nameSet map[string]bool

// claim takes want, or want with the smallest free suffix 2, 3, ...
func (s nameSet) claim(want string) string {
	n := want
	for i := 2; s[n]; i++ {
		n = want + strconv.Itoa(i)
	}
	s[n] = true
	return n
}

// A nameRequest asks for a name in a scope.
type nameRequest struct {
	want  string       // the Go spelling of the Vex name
	exact bool         // the Vex name is spelled want
	set   func(string) // receives the name
}

// claimAll hands out the names of requests in s: first those spelled in
// Vex as in Go, then the others in order.
func (s nameSet) claimAll(reqs []nameRequest) {
	for _, exact := range []bool{true, false} {
		for _, r := range reqs {
			if r.exact == exact {
				r.set(s.claim(r.want))
			}
		}
	}
}

// nameItems names the items of the package, the members of its types and
// their receivers.
func (l *lowerer) nameItems() {
	used := nameSet{}
	l.reserveImports(used)
	used["main"], used["init"] = true, true

	var reqs []nameRequest
	ask := func(vex, want string, set func(string)) {
		reqs = append(reqs, nameRequest{want: want, exact: vex == want, set: set})
	}
	var later []func() // names made of other names, claimed after the user's
	for _, f := range l.pkg.Files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *syntax.FuncDecl:
				obj := l.info.Funcs[d]
				if obj != nil && obj.Extends != nil {
					// An extension method is a function: stringShout for string.shout.
					ask(d.Name.Name, mixedCaps(obj.Extends.String(), d.Export)+mixedCaps(d.Name.Name, true), func(s string) { l.names[obj] = s })
					continue
				}
				if obj == nil || obj.Recv != types.RecvNone {
					continue
				}
				if obj == l.pkg.Main {
					used["vexMain"] = true
					l.names[obj] = "vexMain"
					if obj.Async {
						// The entry calls the body function of an async main,
						// which takes the name unless main has other uses.
						l.syncNames[obj] = "vexMain"
						if l.info.AsyncUses[obj]&types.OtherUse != 0 {
							later = append(later, func() { l.syncNames[obj] = used.claim("vexMainSync") })
						}
					}
					continue
				}
				name := goName(d.Name.Name, d.Export)
				if n := obj.Owner; n != nil {
					export := obj.Export || n.Export
					if d.Name.Name == "new" {
						name = goName("new_"+n.Obj.Name(), export)
					} else {
						name = goName(n.Obj.Name(), export) + mixedCaps(d.Name.Name, true)
					}
				}
				ask(d.Name.Name, name, func(s string) { l.names[obj] = s })
				if l.syncCandidate(obj) {
					later = append(later, func() { l.syncNames[obj] = used.claim(goName(l.names[obj]+"Sync", false)) })
				}
			case *syntax.ConstDecl:
				if obj, ok := l.info.Defs[d.Name].(*types.Const); ok {
					ask(d.Name.Name, goName(d.Name.Name, d.Export), func(s string) { l.names[obj] = s })
				}
			case *syntax.TypeAliasDecl:
				if tn, ok := l.info.Defs[d.Name].(*types.TypeName); ok {
					ask(d.Name.Name, goName(d.Name.Name, d.Export), func(s string) { l.aliasNames[tn] = s })
				}
			case *syntax.StructDecl, *syntax.EnumDecl, *syntax.ContractDecl:
				tn, ok := l.info.Defs[syntax.DeclName(d)].(*types.TypeName)
				if !ok {
					continue
				}
				n, ok := tn.Type.(*types.Named)
				if !ok {
					continue
				}
				ask(n.Obj.Name(), goName(n.Obj.Name(), n.Export), func(s string) { l.typeNames[n] = s })
				for _, v := range n.Variants {
					later = append(later, func() {
						l.variantNames[v] = used.claim(l.typeNames[n] + mixedCaps(v.Name, true))
					})
				}
				if n.Kind == types.EnumKind && n.HasPayload() {
					for _, m := range l.enumMethods(n) {
						later = append(later, func() {
							l.enumFuncs[m] = used.claim(goName(n.Obj.Name(), false) + mixedCaps(methodWord(m.Name()), true))
						})
					}
				}
			}
		}
	}
	used.claimAll(reqs)
	for _, name := range later {
		name()
	}
	l.topLevel = used
	l.nameMethods()
	for _, n := range l.pkg.Named {
		l.nameMembers(n)
	}
}

// nameMethods names the methods of the package. A Vex method name has one
// Go name in the whole package, and the names exported by the packages it
// imports keep theirs, so that types satisfy contracts in Go as they do in
// Vex. A method name is exported if a method or contract method of that
// name belongs to an exported type, or an imported package exports it.
func (l *lowerer) nameMethods() {
	fixed := make(map[string]bool)
	for vex, g := range l.imp.methods {
		l.methodNames[vex] = g
		fixed[vex] = true
	}
	export := make(map[string]bool)
	var scopes [][]string // the method names of each type and contract
	for _, n := range l.pkg.Named {
		var names []string
		if n.Kind == types.ContractKind {
			for _, m := range n.Sigs {
				names = append(names, m.Name)
				export[m.Name] = export[m.Name] || n.Export
			}
		} else {
			for name, m := range n.Methods {
				if m.Recv != types.RecvNone {
					names = append(names, name)
					export[name] = export[name] || n.Export || m.Export
				}
			}
			if n.Methods["String"] == nil {
				// The generated String method takes its name first.
				names = append(names, displayKey)
			}
		}
		slices.Sort(names)
		scopes = append(scopes, names)
	}
	l.methodNames[displayKey] = "String"
	fixed[displayKey] = true
	taken := nameSet{}
	for _, names := range scopes {
		for _, vex := range names {
			if !fixed[vex] {
				l.methodNames[vex] = memberName(methodWord(vex), export[vex], true)
				fixed[vex] = vex == l.methodNames[vex]
			}
			taken[l.methodNames[vex]] = true
		}
	}
	for _, names := range scopes {
		byName := make(map[string][]string)
		for _, vex := range names {
			g := l.methodNames[vex]
			byName[g] = append(byName[g], vex)
		}
		for _, vex := range names {
			g := l.methodNames[vex]
			group := byName[g]
			if len(group) < 2 || fixed[vex] || keeper(group, fixed) == vex {
				continue
			}
			l.methodNames[vex] = taken.claim(g)
			fixed[vex] = true
		}
	}
	syncNames := make(map[string]string) // by Vex method name, as methodNames
	for _, n := range l.pkg.Named {
		for _, name := range slices.Sorted(maps.Keys(n.Methods)) {
			m := n.Methods[name]
			if m.Recv == types.RecvNone {
				continue
			}
			l.names[m] = l.methodNames[name]
			if l.syncMethod(m) {
				if syncNames[name] == "" {
					syncNames[name] = taken.claim(goName(methodWord(name)+"Sync", false))
				}
				l.syncNames[m] = syncNames[name]
			}
		}
	}
}

// operatorMethods are the words of the Go methods that operator methods
// lower to, as Go's math/big and time name theirs.
var operatorMethods = map[string]string{
	"op+": "add", "op-": "sub", "op*": "mul", "op/": "div", "op%": "rem",
	"op==": "equal", "op!=": "notEqual", "op<": "less", "op<=": "lessEqual", "op>": "greater", "op>=": "greaterEqual",
	"op[]": "index", "op[]=": "setIndex", "prefix op-": "neg", "op!": "not",
}

// methodWord returns the Vex method name that a method's Go name is made
// of: its own, or for an operator method the word of operatorMethods.
func methodWord(name string) string {
	if w, ok := operatorMethods[name]; ok {
		return w
	}
	return name
}

// displayKey stands for the generated String method among method names.
const displayKey = "$display"

// keeper returns the member of a group of Vex names with one Go name that
// keeps the name: a fixed one, or else the first.
func keeper(group []string, fixed map[string]bool) string {
	for _, vex := range group {
		if fixed[vex] {
			return vex
		}
	}
	return group[0]
}

// nameMembers names what a type's Go declaration holds besides its user
// methods: fields, the generated Display method, the marker method of a
// payload enum, and the receiver all its methods share.
func (l *lowerer) nameMembers(n *types.Named) {
	if n.Kind == types.ContractKind {
		return
	}
	scope := nameSet{}
	for name, m := range n.Methods {
		if m.Recv != types.RecvNone {
			scope[l.methodNames[name]] = true
			if s := l.syncNames[m]; s != "" {
				scope[s] = true
			}
		}
	}
	ctx := l.imp.ctx
	switch {
	case userDisplay(n) != nil:
		ctx.display[n] = "String"
	case n.Methods["String"] == nil:
		ctx.display[n] = scope.claim("String")
	default:
		ctx.display[n] = scope.claim("VexString")
	}
	if n.Kind == types.EnumKind && n.HasPayload() {
		l.markers[n] = scope.claim("is" + upperFirst(l.typeNames[n]))
	}
	var reqs []nameRequest
	for i, f := range n.Fields {
		want := "V" + strconv.Itoa(i)
		if !n.Tuple {
			want = memberName(f.Name, f.Export || f.Tag != "", false)
		}
		reqs = append(reqs, nameRequest{want: want, exact: n.Tuple || f.Name == want, set: func(s string) { ctx.fields[f] = s }})
	}
	scope.claimAll(reqs)
	l.recvNames[n] = l.chooseReceiver(n)
}

// displayHidden reports whether vexrt.Display, which formats values of
// any type, would miss the display method of n's values: it calls Error
// before String, and n has an Error(): string method, or n's display
// method is not String, since n has a String method of another signature.
// Generated code calls the display method by name.
func displayHidden(n *types.Named) bool {
	if n.Kind == types.ContractKind {
		return false
	}
	if e := n.Generic().Methods["Error"]; e != nil && e.Recv != types.RecvMutRef && displaySig(e) {
		return true
	}
	return n.Generic().Methods["String"] != nil && userDisplay(n) == nil
}

// displaySig reports whether m is a method m(): string.
func displaySig(m *types.FuncObj) bool {
	return m.Recv != types.RecvNone && !m.Async && len(m.Sig.Params) == 0 && types.Resolve(m.Sig.Result) == types.Typ[types.String]
}

// userDisplay returns the user's String(): string method of n, which
// displays n's values in Go and in Vex alike, or nil.
func userDisplay(n *types.Named) *types.FuncObj {
	if m := n.Generic().Methods["String"]; m != nil && displaySig(m) {
		return m
	}
	return nil
}

// chooseReceiver returns the receiver name of n's methods: the first
// letter of its name, with a suffix if a parameter of one of the methods,
// or a package-level name, is spelled so. The other locals of the methods
// make way for the receiver (funcLower.nextName).
func (l *lowerer) chooseReceiver(n *types.Named) string {
	params := nameSet{}
	for _, m := range n.Methods {
		if m.Recv != types.RecvNone && m.Decl != nil {
			for _, p := range m.Decl.Params {
				params[goName(p.Name.Name, false)] = true
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(mixedCaps(n.Obj.Name(), false))
	name := string(r)
	for i := 2; l.topLevel[name] || params[name]; i++ {
		name = string(r) + strconv.Itoa(i)
	}
	return name
}

// goDoc returns a Vex doc comment as the doc comment of the Go
// declaration goName: a first word that names the Vex declaration, as Go
// doc comments start, names the Go one.
func goDoc(doc, goName string, vexNames ...string) string {
	for _, vex := range vexNames {
		if rest, ok := strings.CutPrefix(doc, vex); ok && vex != goName && (rest == "" || !isIdentRune(rest)) {
			return goName + rest
		}
	}
	return doc
}

func isIdentRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// funcDoc is the doc comment of a function or method.
func (l *lowerer) funcDoc(m *types.FuncObj) string {
	names := []string{m.Name()}
	if m.Owner != nil {
		// Config.new and Order.pay: Go's doc names the function, NewConfig, or
		// the method, Pay.
		names = []string{m.Owner.Obj.Name() + "." + m.Name(), m.Name()}
	}
	return goDoc(m.Decl.Doc, l.names[m], names...)
}

// fieldName returns the Go name of a struct field of any package.
func (l *lowerer) fieldName(f *types.Field) string {
	if n, ok := l.imp.ctx.fields[f]; ok {
		return n
	}
	return memberName(f.Name, f.Export || f.Tag != "", false)
}

// methodName returns the Go name of a method, also of a contract method
// called on a contract value or type parameter.
func (l *lowerer) methodName(name string) string {
	if n, ok := l.methodNames[name]; ok {
		return n
	}
	return memberName(methodWord(name), false, true)
}

// displayName returns the name of the method that displays values of n.
func (l *lowerer) displayName(n *types.Named) string {
	if d, ok := l.imp.ctx.display[n.Generic()]; ok {
		return d
	}
	return "String"
}
