package vexrt_test

import (
	"math"
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

type part struct {
	name  *string
	count int32
}

type slot interface{ isSlot() }

type held struct{ V0 *float64 }

func (held) isSlot() {}

type empty struct{}

func (empty) isSlot() {}

func TestEqual(t *testing.T) {
	a, b, c := "bolt", "bolt", "nut"
	one, other, nan := 1.0, 1.0, math.NaN()
	tests := []struct {
		name string
		eq   func() bool
		want bool
	}{
		{"same text through two references", func() bool { return vexrt.Equal(part{&a, 1}, part{&b, 1}) }, true},
		{"other text", func() bool { return vexrt.Equal(part{&a, 1}, part{&c, 1}) }, false},
		{"other count", func() bool { return vexrt.Equal(part{&a, 1}, part{&a, 2}) }, false},
		{"payloads", func() bool { return vexrt.Equal[slot](held{&one}, held{&other}) }, true},
		{"variants", func() bool { return vexrt.Equal[slot](held{&one}, empty{}) }, false},
		{"NaN through one reference", func() bool { return vexrt.Equal(held{&nan}, held{&nan}) }, true},
		{"NaN values", func() bool { n2 := math.NaN(); return vexrt.Equal(held{&nan}, held{&n2}) }, false},
		{"options", func() bool { return vexrt.Equal(vexrt.Some(&a), vexrt.Some(&b)) }, true},
		{"none", func() bool { return vexrt.Equal(vexrt.Some(&a), vexrt.None[*string]()) }, false},
	}
	for _, tt := range tests {
		if got := tt.eq(); got != tt.want {
			t.Errorf("%s: Equal = %v, want %v", tt.name, got, tt.want)
		}
	}
}
