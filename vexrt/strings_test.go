package vexrt_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vexlang/vex2go/vexrt"
)

func TestChars(t *testing.T) {
	tests := []struct {
		s    string
		want []rune
	}{
		{"", []rune{}},
		{"abc", []rune{'a', 'b', 'c'}},
		{"héllo, 世界", []rune{'h', 'é', 'l', 'l', 'o', ',', ' ', '世', '界'}},
		{"a\xffb", []rune{'a', '\uFFFD', 'b'}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, vexrt.Chars(tt.s)); diff != "" {
			t.Errorf("Chars(%q) (-want +got):\n%s", tt.s, diff)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		s, sep string
		want   string
	}{
		{"a,b,c", ",", `["a", "b", "c"]`},
		{"a,,b,", ",", `["a", "", "b", ""]`},
		{"abc", ";", `["abc"]`},
		{"", ",", `[""]`},
		{"a--b--c", "--", `["a", "b", "c"]`},
		{"héj", "", `["h", "é", "j"]`},
	}
	for _, tt := range tests {
		if got := vexrt.Display(vexrt.Split(tt.s, tt.sep)); got != tt.want {
			t.Errorf("Split(%q, %q) = %s, want %s", tt.s, tt.sep, got, tt.want)
		}
	}
}

func TestSubstring(t *testing.T) {
	tests := []struct {
		a, b int64
		want string
	}{
		{0, 5, "hello"},
		{1, 3, "el"},
		{2, 2, ""},
		{5, 5, ""},
		{0, 0, ""},
	}
	for _, tt := range tests {
		if got := vexrt.Substring("hello", tt.a, tt.b); got != tt.want {
			t.Errorf("Substring(hello, %d, %d) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
	panics := []struct {
		a, b int64
		msg  string
	}{
		{2, 9, "substring(2, 9) out of range for string of length 5"},
		{-1, 2, "substring(-1, 2) out of range for string of length 5"},
		{6, 7, "substring(6, 7) out of range for string of length 5"},
		{3, 1, "substring(3, 1) starts after it ends"},
		{-1, -3, "substring(-1, -3) out of range for string of length 5"},
		{7, 6, "substring(7, 6) out of range for string of length 5"},
		{0, math.MinInt64, "substring(0, -9223372036854775808) out of range for string of length 5"},
	}
	for _, tt := range panics {
		checkPanic(t, func() { vexrt.Substring("hello", tt.a, tt.b) }, tt.msg)
	}
}

func TestStrIndex(t *testing.T) {
	s := "aé"
	for i, want := range []uint8{'a', 0xc3, 0xa9} {
		if got := vexrt.StrIndex(s, int64(i)); got != want {
			t.Errorf("StrIndex(%q, %d) = %#x, want %#x", s, i, got, want)
		}
	}
	checkPanic(t, func() { vexrt.StrIndex(s, 3) }, "index 3 out of range for string of length 3")
	checkPanic(t, func() { vexrt.StrIndex(s, -1) }, "index -1 out of range for string of length 3")
	checkPanic(t, func() { vexrt.StrIndex("", 0) }, "index 0 out of range for string of length 0")
}

func TestParseInt(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"42", "Ok(42)"},
		{"-7", "Ok(-7)"},
		{"+7", "Ok(7)"},
		{"007", "Ok(7)"},
		{"9223372036854775807", "Ok(9223372036854775807)"},
		{"-9223372036854775808", "Ok(-9223372036854775808)"},
		{"9223372036854775808", `Err("invalid integer: 9223372036854775808")`},
		{"", `Err("invalid integer: ")`},
		{"-", `Err("invalid integer: -")`},
		{"x", `Err("invalid integer: x")`},
		{"1_000", `Err("invalid integer: 1_000")`},
		{"0x10", `Err("invalid integer: 0x10")`},
		{" 1", `Err("invalid integer:  1")`},
		{"١٢", `Err("invalid integer: ١٢")`},
	}
	for _, tt := range tests {
		if got := vexrt.ParseInt(tt.in).String(); got != tt.want {
			t.Errorf("ParseInt(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	// A failure allocates its message only, not strconv's *NumError too.
	bad := "abc"
	if a := testing.AllocsPerRun(100, func() { opsResultSink = vexrt.ParseInt(bad) }); a > 1 {
		t.Errorf("ParseInt of text allocates %v times, want at most 1", a)
	}
}

var opsResultSink vexrt.Result[int64, string]
