// Package text tidies the words of tasks: slugs for titles, and tags.
//
// It is the Go twin of the Vex package vex/text, written by hand with the
// same Go API as the code vex2go generates from it: the README's migration
// walkthrough puts it in gen/text in place of the generated code, and the
// service and its tests build and pass unchanged.
package text

import (
	"slices"
	"strings"
	"unicode"
)

// Slugify turns a title into the words of a URL path: "Buy milk, eggs!"
// is "buy-milk-eggs".
func Slugify(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(words, "-")
}

// NormalizeTags trims tags and lower-cases them, drops the empty ones,
// and sorts what is left without repeats.
func NormalizeTags(tags []string) []string {
	out := []string{}
	for _, t := range tags {
		if tag := strings.ToLower(strings.TrimSpace(t)); tag != "" {
			out = append(out, tag)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
