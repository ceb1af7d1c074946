package main

import (
	"strings"
	"testing"
)

func TestUnifiedDiff(t *testing.T) {
	for _, tt := range []struct{ old, new, want string }{
		{"a\n", "a\n", ""},
		{"a\nb\nc\n", "a\nB\nc\n", "@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"},
		{"", "x\n", "@@ -0,0 +1 @@\n+x\n"},
		{"x", "x\n", "@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+x\n"},
		{
			"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n",
			"1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\nthirteen\n",
			"@@ -1,5 +1,5 @@\n 1\n-2\n+TWO\n 3\n 4\n 5\n@@ -10,3 +10,4 @@\n 10\n 11\n 12\n+thirteen\n",
		},
		{"a\nb\nc\nd\n", "b\nc\nd\ne\n", "@@ -1,4 +1,4 @@\n-a\n b\n c\n d\n+e\n"},
	} {
		got := unifiedDiff("f.orig", "f", []byte(tt.old), []byte(tt.new))
		if tt.want != "" {
			tt.want = "diff -u f.orig f\n--- f.orig\n+++ f\n" + tt.want
		}
		if got != tt.want {
			t.Errorf("diff %q %q:\n%s\nwant\n%s", tt.old, tt.new, got, tt.want)
		}
	}
}

// TestUnifiedDiffLarge checks that a diff of many changes stays correct
// past the bound on the edit distance: applying it gives the new text.
func TestUnifiedDiffLarge(t *testing.T) {
	var old, new strings.Builder
	for i := range 3 * maxEditDistance {
		old.WriteString(strings.Repeat("o", i%7) + "\n")
		new.WriteString(strings.Repeat("n", i%5) + "\n")
	}
	for _, n := range []int{10, 3 * maxEditDistance} {
		o := strings.Join(strings.SplitAfter(old.String(), "\n")[:n], "")
		w := strings.Join(strings.SplitAfter(new.String(), "\n")[:n], "")
		edits := diffLines(splitLines([]byte(o)), splitLines([]byte(w)))
		var gotOld, gotNew strings.Builder
		for _, e := range edits {
			if e.op != '+' {
				gotOld.WriteString(e.line)
			}
			if e.op != '-' {
				gotNew.WriteString(e.line)
			}
		}
		if gotOld.String() != o || gotNew.String() != w {
			t.Errorf("%d lines: the edits do not turn old into new", n)
		}
	}
}
