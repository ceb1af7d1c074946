// Package gen prints the Go-shaped IR of package lower as Go source.
//
// Printing goes through github.com/dave/jennifer, which chooses import names
// from the paths of qualified identifiers; the result is formatted with
// go/format. The IR's expression trees carry structure, not parentheses: gen
// inserts parentheses exactly where Go's precedence rules need them.
//
// # Line directives
//
// Nodes with a position get a line directive, so that compile errors, panics
// and stack traces name the .vx file and line. A statement gets a block
// directive just before it, on its line:
//
//	/*line main.vx:7:5*/ x := f(y)
//
// Only the block form is recognised in indented code (a //line directive must
// start in column 1). Top-level declarations instead get a //line directive
// on the line before them, between the doc comment and the declaration: gofmt
// moves a declaration that follows a block comment to the next line, and
// go/doc leaves //line out of the documentation. The case of a switch or
// select gets its directive after the case keyword, as gofmt would move one
// before it into the previous case; a default or type case evaluates nothing
// and gets none. The simple statements in a header (the init of an if, the
// communication of a select case) take the position of their statement or
// clause.
//
// A directive's position holds for the rest of its line, and each following
// line counts on from it, so a statement directive is left out when it would
// only repeat the line the compiler already infers. In a function whose
// statements sit on consecutive .vx lines only the function's directive
// remains.
package gen
