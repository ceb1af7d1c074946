// Package vector compares the Go that vex2go generates for array
// arithmetic and the vector operators (vector.vx, lowered to vector.vx.go
// by go generate) with the loops a Go programmer writes for them
// (this file). vector_test.go benchmarks each pair:
//
//	go test ./bench/vector -bench . -count 10 | benchstat -col /impl -
package vector

//go:generate go run ../../cmd/vex2go build --package vector . -o .

import (
	"math/bits"
)

func axpyGo(a float64, x, y [64]float64) [64]float64 {
	var r [64]float64
	for i := range r {
		r[i] = a*x[i] + y[i]
	}
	return r
}

func clampGo(x [64]int32, lo, hi int32) [64]int32 {
	for i, v := range x {
		x[i] = min(max(v, lo), hi)
	}
	return x
}

func brightenGo(x, y [64]uint8) [64]uint8 {
	for i := range x {
		s := x[i] + y[i]
		if s < x[i] {
			s = 255
		}
		x[i] = s
	}
	return x
}

func mixGo(x [64]uint32, n uint32) [64]uint32 {
	for i := range x {
		x[i] = bits.RotateLeft32(x[i], int(n))
	}
	return x
}

func dotGo(x, y [64]float64) float64 {
	var s float64
	for i := range x {
		s += x[i] * y[i]
	}
	return s
}

func peakGo(x [64]float64) float64 {
	m := x[0]
	for _, v := range x[1:] {
		m = max(m, v)
	}
	return m
}
