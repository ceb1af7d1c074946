package vexrt

import "os"

// Println writes s and a newline to standard output.
// Each call is a single unbuffered write, so output is never lost when the
// program exits and lines printed by concurrent goroutines never interleave.
func Println(s string) { os.Stdout.WriteString(s + "\n") }

// Print writes s to standard output in a single unbuffered write.
func Print(s string) { os.Stdout.WriteString(s) }

// Eprintln writes s and a newline to standard error in a single unbuffered write.
func Eprintln(s string) { os.Stderr.WriteString(s + "\n") }

// Eprint writes s to standard error in a single unbuffered write.
func Eprint(s string) { os.Stderr.WriteString(s) }
