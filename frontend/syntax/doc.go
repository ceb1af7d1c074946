// Package syntax holds the lexer, parser and syntax tree of Vex.
//
// The Scanner turns the bytes of a .vx file into tokens, inserting
// semicolons at line ends by Go's rule. ParseFile builds a *File from one
// source file; it reports every problem to a source.List, keeps partial trees
// in Bad* nodes, and never panics. Inspect walks a tree, and Fprint dumps one
// for `vex2go parse`.
//
// Syntax that Vex has but vex2go does not support (spec section 10) is
// parsed into Unsupported nodes that name the feature, which the checker
// refuses, so that `vex2go parse` accepts what the Vex parser accepts and
// users learn which feature is missing rather than reading "unexpected
// token". The tree is at most maxDepth levels deep, every kind of nesting
// and each operator of a chain counted, so that the phases after the
// parser may walk it recursively.
package syntax
