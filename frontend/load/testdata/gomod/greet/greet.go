// Package greet is a module that example.com/app replaces by this
// directory: loading it needs no network.
package greet

// Hello greets name.
func Hello(name string) string { return "hello, " + name }
