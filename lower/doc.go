// Package lower turns the typed Vex syntax tree into a Go-shaped IR whose
// every construct has a direct Go spelling: expression blocks become
// statements assigning temporaries, match becomes switch, `?` becomes an
// early return, async function bodies become future closures, `go` blocks
// copy their captures, and select becomes a Go select.
package lower
