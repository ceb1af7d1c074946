package types

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file suggests the Vex name of a method that a call spells as
// another language does: Rust's snake_case (is_empty, to_uppercase), Go's
// capitalized names (Len, HasPrefix), and the names of other standard
// libraries (length, has, append). Vex has no unwrap, which gets advice of
// its own. It also names Vex's type for another language's type name
// (int, String, HashMap), and Vex's absence for null.

// otherSpellings maps a method name of another language, in camelCase, to
// the Vex names it may mean, tried in order on the receiver.
var otherSpellings = map[string][]string{
	"length": {"len"}, "size": {"len"}, "count": {"len"},
	"has": {"contains"}, "hasKey": {"contains"}, "containsKey": {"contains"}, "includes": {"contains"},
	"append": {"push"}, "add": {"push", "insert"}, "pushBack": {"push"}, "put": {"set", "insert"},
	"delete": {"remove"}, "erase": {"remove"}, "discard": {"remove"},
	"empty":       {"isEmpty"},
	"toUppercase": {"toUpper"}, "toUpperCase": {"toUpper"}, "upper": {"toUpper"},
	"toLowercase": {"toLower"}, "toLowerCase": {"toLower"}, "lower": {"toLower"},
	"hasPrefix": {"startsWith"}, "hasSuffix": {"endsWith"},
	"find": {"indexOf"}, "substr": {"substring"},
	"strip": {"trim"}, "trimSpace": {"trim"},
	"str": {"toString"}, "string": {"toString"},
	"reversed": {"reverse"},
	"unwrapOr": {"or"}, "unwrapOrElse": {"orElse"}, "getOr": {"or"},
}

// methodHint returns, for a method name that the receiver recv lacks, a
// hint for the message that refuses the call: advice for unwrap, or
// "; did you mean NAME?" with the Vex name that has reports recv has, or
// "".
func methodHint(recv Type, name string, has func(string) bool) string {
	if name == "unwrap" || name == "expect" {
		switch Resolve(recv).(type) {
		case *Option:
			return " (Vex has no " + name + ": match the value, or use ?, ?? or or(d))"
		case *Result:
			return " (Vex has no " + name + ": match the value, or use ? or or(d))"
		}
	}
	if vex := vexSpelling(name, has); vex != "" {
		return "; did you mean " + vex + "?"
	}
	return ""
}

// vexSpelling returns the name that has reports the receiver has and that
// name, spelled as another language does, means, or "".
func vexSpelling(name string, has func(string) bool) string {
	camel := camelCase(name)
	for _, cand := range append([]string{camel}, otherSpellings[camel]...) {
		if cand != name && has(cand) {
			return cand
		}
	}
	return ""
}

// camelCase returns name in lower camelCase: is_empty is isEmpty, Len is
// len, HasPrefix is hasPrefix.
func camelCase(name string) string {
	var b strings.Builder
	upper := false
	for i, r := range name {
		switch {
		case r == '_' && i > 0:
			upper = true
		case i == 0:
			b.WriteRune(unicode.ToLower(r))
		case upper:
			b.WriteRune(unicode.ToUpper(r))
			upper = false
		default:
			b.WriteRune(r)
		}
	}
	if s := b.String(); s != "" && utf8.ValidString(s) {
		return s
	}
	return name
}

// otherTypeNames maps type names of other languages, Go's and Rust's
// first, to Vex's.
var otherTypeNames = map[string]string{
	"int": "i64", "uint": "u64", "float64": "f64", "float32": "f32", "float": "f64",
	"double": "f64", "byte": "u8", "rune": "char", "boolean": "bool",
	"String": "string", "HashMap": "Map", "BTreeMap": "Map", "HashSet": "Set",
	"BTreeSet": "Set", "List": "Vec", "ArrayList": "Vec", "Vector": "Vec",
}

// otherNameHint returns a hint for an undefined name that another
// language has: "; did you mean T?" for a type name, advice for null, or
// "".
func otherNameHint(name string) string {
	if name == "null" || name == "undefined" {
		return "; Vex has no " + name + ": use an Option and None"
	}
	if vex := otherTypeNames[name]; vex != "" {
		return "; did you mean " + vex + "?"
	}
	return ""
}

// misspelledHint returns "; did you mean X?" for the name in scope s, or
// in the scopes it is nested in, that name may be a misspelling of: one
// that differs only in case, or by an edit or two for a longer name
// (count for cout, length for lenght), counted with case; or "". Names
// starting with $ are the prelude's other spellings.
func misspelledHint(s *Scope, name string) string {
	var names []string
	for sc := s; sc != nil; sc = sc.Parent() {
		for _, n := range sc.Names() {
			if !strings.HasPrefix(n, "$") {
				names = append(names, n)
			}
		}
	}
	if best := closest(name, names, (len(name)+2)/4, false); best != "" {
		return "; did you mean " + best + "?"
	}
	return ""
}

// operandHint returns the hint of a message that refuses mismatched
// operands x and y: with a string, how to build one; otherwise how to
// convert a number.
func operandHint(x, y Type) string {
	if Resolve(x) == stringT || Resolve(y) == stringT {
		return " (build a string with an f-string, f\"{a}{b}\", or toString())"
	}
	return " (convert one side with as)"
}
