package vector

import (
	"os/exec"
	"testing"

	// Compiled by go test before this test runs the go command.
	_ "github.com/vexlang/vex2go/golden/buildfirst"
)

// The inputs, and sinks that keep the compiler from dropping the work.
var (
	xf, yf   [64]float64
	xi       [64]int32
	xb, yb   [64]uint8
	xw       [64]uint32
	sinkF    [64]float64
	sinkI    [64]int32
	sinkB    [64]uint8
	sinkW    [64]uint32
	sinkS    float64
	rotation uint32 = 7
)

func init() {
	for i := range 64 {
		xf[i], yf[i] = float64(i)*0.5, float64(64-i)
		xi[i] = int32(i*37 - 1000)
		xb[i], yb[i] = uint8(i*5), uint8(200-i)
		xw[i] = uint32(i) * 0x9e3779b9
	}
}

// TestSame checks that each generated function computes what its Go loop
// does.
func TestSame(t *testing.T) {
	if Axpy(1.5, xf, yf) != axpyGo(1.5, xf, yf) || Clamp(xi, -100, 100) != clampGo(xi, -100, 100) ||
		Brighten(xb, yb) != brightenGo(xb, yb) || Mix(xw, rotation) != mixGo(xw, rotation) ||
		Dot(xf, yf) != dotGo(xf, yf) || Peak(xf) != peakGo(xf) {
		t.Fatal("a generated function and its Go loop disagree")
	}
}

// TestGenerated checks that vector.vx.go is what vex2go makes of
// vector.vx today.
func TestGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("builds vex2go")
	}
	cmd := exec.Command("go", "run", "../../cmd/vex2go", "build", "--check", "--package", "vector", ".", "-o", ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("vector.vx.go is stale (run go generate ./bench/vector): %v\n%s", err, out)
	}
}

func BenchmarkAxpy(b *testing.B) {
	b.Run("impl=vex", func(b *testing.B) {
		for b.Loop() {
			sinkF = Axpy(1.5, xf, yf)
		}
	})
	b.Run("impl=go", func(b *testing.B) {
		for b.Loop() {
			sinkF = axpyGo(1.5, xf, yf)
		}
	})
}

func BenchmarkClamp(b *testing.B) {
	b.Run("impl=vex", func(b *testing.B) {
		for b.Loop() {
			sinkI = Clamp(xi, -100, 100)
		}
	})
	b.Run("impl=go", func(b *testing.B) {
		for b.Loop() {
			sinkI = clampGo(xi, -100, 100)
		}
	})
}

func BenchmarkBrighten(b *testing.B) {
	b.Run("impl=vex", func(b *testing.B) {
		for b.Loop() {
			sinkB = Brighten(xb, yb)
		}
	})
	b.Run("impl=go", func(b *testing.B) {
		for b.Loop() {
			sinkB = brightenGo(xb, yb)
		}
	})
}

func BenchmarkMix(b *testing.B) {
	b.Run("impl=vex", func(b *testing.B) {
		for b.Loop() {
			sinkW = Mix(xw, rotation)
		}
	})
	b.Run("impl=go", func(b *testing.B) {
		for b.Loop() {
			sinkW = mixGo(xw, rotation)
		}
	})
}

func BenchmarkDot(b *testing.B) {
	b.Run("impl=vex", func(b *testing.B) {
		for b.Loop() {
			sinkS = Dot(xf, yf)
		}
	})
	b.Run("impl=go", func(b *testing.B) {
		for b.Loop() {
			sinkS = dotGo(xf, yf)
		}
	})
}

func BenchmarkPeak(b *testing.B) {
	b.Run("impl=vex", func(b *testing.B) {
		for b.Loop() {
			sinkS = Peak(xf)
		}
	})
	b.Run("impl=go", func(b *testing.B) {
		for b.Loop() {
			sinkS = peakGo(xf)
		}
	})
}
