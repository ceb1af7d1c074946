package main

import (
	"os"
	"runtime/debug"

	"github.com/vexlang/vex2go/frontend/load"
)

// The garbage collector lets the heap grow by GOGC percent of the live
// heap before it collects. The live heap of a build peaks when a package
// is checked, at about liveBytesPerSourceByte times its source size
// (memory_test.go): its syntax and the checker's records, which the
// lowering then releases body by body. For a large program the default,
// 100%, would double that peak; the build lets the heap grow by about
// heapGrowth instead, but by no less than minGCPercent, which bounds the
// cost of collecting more often.
const (
	liveBytesPerSourceByte = 33
	heapGrowth             = 64 << 20
	minGCPercent           = 25
)

// tuneGC lowers GOGC for a program whose checked syntax outgrows
// heapGrowth, unless the user set GOGC or GOMEMLIMIT.
func tuneGC(prog *load.Program) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if p := gcPercent(sourceSize(prog)); p < 100 {
		debug.SetGCPercent(p)
	}
}

// gcPercent returns the GOGC for a build of size bytes of Vex source.
func gcPercent(size int64) int {
	live := liveBytesPerSourceByte * size
	if live <= heapGrowth {
		return 100
	}
	return max(minGCPercent, int(100*heapGrowth/live))
}

// sourceSize returns the size of the Vex source of prog.
func sourceSize(prog *load.Program) int64 {
	var n int64
	for _, p := range prog.Packages {
		for _, f := range p.Files {
			n += int64(len(f.Source()))
		}
	}
	return n
}
