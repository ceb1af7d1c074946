package vexrt

import (
	"strconv"
	"strings"
)

// Chars returns the chars of s, for a Vex s.chars(). A byte sequence that
// is not valid UTF-8 gives the char U+FFFD, one per byte.
func Chars(s string) []rune { return []rune(s) }

// Split returns the parts of s between the occurrences of sep, for a Vex
// s.split(sep), as strings.Split does: an empty sep splits s into its
// UTF-8 sequences, and a sep that does not occur gives [s].
func Split(s, sep string) []string { return strings.Split(s, sep) }

// Substring returns the bytes of s from index a to index b, b excluded,
// for a Vex s.substring(a, b). If the range is not within s, or a > b, it
// panics as Panic does, with the message
// "substring(2, 9) out of range for string of length 5" or
// "substring(3, 1) starts after it ends".
func Substring(s string, a, b int64) string {
	if uint64(a) > uint64(b) || uint64(b) > uint64(len(s)) {
		substringPanic(a, b, s)
	}
	return s[a:b]
}

// substringPanic panics for Substring(s, a, b).
func substringPanic(a, b int64, s string) {
	n := len(s)
	call := "substring(" + strconv.FormatInt(a, 10) + ", " + strconv.FormatInt(b, 10) + ")"
	if 0 <= b && b < a && a <= int64(n) {
		raise(call + " starts after it ends")
	}
	raise(call + " out of range for string of length " + strconv.Itoa(n))
}

// StrIndex returns the byte of s at index i, for a Vex s[i]. If i is out
// of range it panics as Panic does, with the message
// "index 5 out of range for string of length 3".
func StrIndex(s string, i int64) uint8 {
	if uint64(i) >= uint64(len(s)) {
		strIndexPanic(i, len(s))
	}
	return s[i]
}

// strIndexPanic panics for index i of a string of length n.
func strIndexPanic(i int64, n int) {
	raise("index " + strconv.FormatInt(i, 10) + " out of range for string of length " + strconv.Itoa(n))
}
