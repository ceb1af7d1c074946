package vexrt_test

import (
	"math"
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

func TestFloatToInt(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name      string
		got, want int64
	}{
		{"i32 in range", int64(vexrt.FloatToInt[int32](-3.99)), -3},
		{"i32 above", int64(vexrt.FloatToInt[int32](1e10)), math.MaxInt32},
		{"i32 below", int64(vexrt.FloatToInt[int32](-1e10)), math.MinInt32},
		{"i32 max exactly", int64(vexrt.FloatToInt[int32](2147483647.0)), math.MaxInt32},
		{"i32 NaN", int64(vexrt.FloatToInt[int32](nan)), 0},
		{"i64 +inf", vexrt.FloatToInt[int64](inf), math.MaxInt64},
		{"i64 -inf", vexrt.FloatToInt[int64](-inf), math.MinInt64},
		{"i64 2^63", vexrt.FloatToInt[int64](9223372036854775808.0), math.MaxInt64},
		{"i8 from f32", int64(vexrt.FloatToInt[int8](float32(-128.7))), -128},
		{"u8 above", int64(vexrt.FloatToInt[uint8](306.0)), 255},
		{"u8 negative", int64(vexrt.FloatToInt[uint8](-5.7)), 0},
		{"u8 just below zero", int64(vexrt.FloatToInt[uint8](-0.5)), 0},
		{"u8 NaN", int64(vexrt.FloatToInt[uint8](nan)), 0},
		{"u16 in range", int64(vexrt.FloatToInt[uint16](65535.9)), 65535},
		{"u64 above", int64(vexrt.FloatToInt[uint64](1e30) >> 1), math.MaxInt64},
		{"u64 large", int64(vexrt.FloatToInt[uint64](1e19) / 10), 1e18},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, tt.got, tt.want)
		}
	}
}
