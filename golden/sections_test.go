package golden

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"stdout", "", ""},
		{"stdout", "a\nb\n", "a\nb\n"},
		{"stdout", "a\nb", "a\nb\n" + noEOL},
		{"exit", " 3 \n", "3\n"},
		{"stderr", "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n", "panic: boom\n"},
		{"stderr", "goroutine 7 [chan send]:\n", ""},
		{"stderr", "a goroutine leaked\n", "a goroutine leaked\n"},
	}
	for _, tt := range tests {
		if got := normalize(tt.name, tt.in); got != tt.want {
			t.Errorf("normalize(%q, %q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestExpectations(t *testing.T) {
	accepted := map[string]string{"diagnostics": "", "out/main.vx.go": "package main\n", "stdout": "hi\n", "stderr": "", "exit": "0"}
	tests := []struct {
		name string
		want map[string]string // the sections the case has
		got  map[string]string
		next map[string]string
	}{
		{
			name: "defaults left out",
			got:  accepted,
			next: map[string]string{"stdout": "hi\n"},
		},
		{
			name: "defaults kept",
			want: map[string]string{"stderr": "", "exit": "0\n", "diagnostics": ""},
			got:  accepted,
			next: map[string]string{"stdout": "hi\n", "stderr": "", "exit": "0\n", "diagnostics": ""},
		},
		{
			name: "out sections when asked for",
			want: map[string]string{"out/main.vx.go": ""},
			got:  accepted,
			next: map[string]string{"stdout": "hi\n", "out/main.vx.go": "package main\n"},
		},
		{
			name: "results that are not defaults",
			got:  map[string]string{"diagnostics": "w\n", "stdout": "", "stderr": "e", "exit": "1"},
			next: map[string]string{"diagnostics": "w\n", "stdout": "", "stderr": "e\n" + noEOL, "exit": "1\n"},
		},
		{
			name: "refused",
			want: map[string]string{"stdout": "hi\n", "exit": "0\n"},
			got:  map[string]string{"diagnostics": "e\n"},
			next: map[string]string{"diagnostics": "e\n"},
		},
	}
	for _, tt := range tests {
		c := &testCase{want: tt.want}
		if diff := cmp.Diff(tt.next, c.expectations(tt.got)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestSectionOrder(t *testing.T) {
	got := sectionOrder(
		map[string]string{"exit": "", "stdout": "", "out/z.vx.go": ""},
		map[string]string{"stderr": "", "out/a/b.vx.go": "", "diagnostics": "", "stdout": ""},
	)
	want := []string{"diagnostics", "out/a/b.vx.go", "out/z.vx.go", "stdout", "stderr", "exit"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sectionOrder (-want +got):\n%s", diff)
	}
}
