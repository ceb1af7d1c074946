package vexrt_test

import (
	"testing"
	"time"

	"github.com/vexlang/vex2go/vexrt"
)

func TestSleepSyncAndElapsed(t *testing.T) {
	start := vexrt.Now()
	vexrt.SleepSync(15)
	if d := start.Elapsed(); d < 15*time.Millisecond {
		t.Errorf("SleepSync(15) took %v", d)
	}
	start = vexrt.Now()
	vexrt.SleepSync(0)
	vexrt.SleepSync(-5)
	if d := start.Elapsed(); d < 0 || d > 5*time.Second {
		t.Errorf("SleepSync(0) and SleepSync(-5) took %v", d)
	}
}

func TestTimeDisplay(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{1500 * time.Millisecond, "1.5s"},
		{250 * time.Millisecond, "250ms"},
		{90 * time.Second, "1m30s"},
		{time.Duration(0), "0s"},
		{vexrt.Some(2 * time.Second), "Some(2s)"},
		{vexrt.Now(), "Instant"},
		{vexrt.NewChannel[time.Duration](0), "Channel<Duration>"},
	}
	for _, tt := range tests {
		if got := vexrt.Display(tt.v); got != tt.want {
			t.Errorf("Display(%T) = %q, want %q", tt.v, got, tt.want)
		}
	}
}
