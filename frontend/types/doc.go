// Package types type-checks a parsed Vex package: it resolves names through
// nested scopes, infers the types of unsuffixed literals by unification
// within each function body (spec section 4), checks every expression,
// statement and declaration, and records what the lowering needs in an Info.
//
// Errors are collected in a source.List; a program the checker accepts must
// lower to Go that compiles.
package types
