// Package util is a package of the module that the Vex code belongs to.
package util

// Twice doubles n.
func Twice(n int) int { return 2 * n }
