package vexrt_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"regexp"
	"testing"

	"github.com/vexlang/vex2go/vexrt"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// programEnv names the program that TestProgramExit runs when the test
// binary re-executes itself.
const programEnv = "VEXRT_TEST_PROGRAM"

// programs are Vex programs as vex2go might lower them. The functions they
// run are in vexprog_test.go, whose //line directives map them to demo.vx.
var programs = map[string]func(){
	"panic":       func() { vexrt.Main(panicMain) },
	"index":       func() { vexrt.Main(indexMain) },
	"assert":      func() { vexrt.Main(assertMain) },
	"todo":        func() { vexrt.Main(todoMain) },
	"channel":     func() { vexrt.Main(channelMain) },
	"future":      func() { vexrt.Main(futureMain) },
	"spawned":     func() { vexrt.Main(spawnedMain) },
	"goroutine":   func() { vexrt.Main(goroutineMain) },
	"code":        func() { vexrt.MainCode(func() int32 { return 3 }) },
	"code0":       func() { vexrt.MainCode(func() int32 { return 0 }) },
	"printlines":  func() { vexrt.Main(printMain) },
	"plainpanic":  func() { vexrt.Main(func() { panic(errors.New("plain")) }) },
	"nopanicmain": func() { vexrt.Main(func() {}) },
	"unawaited":   func() { vexrt.Main(unawaitedMain) },
	"unawaited3":  func() { vexrt.MainCode(unawaitedCodeMain) },
	"collected":   func() { vexrt.Main(collectedMain) },
	"awaitedlate": func() { vexrt.Main(awaitedLaterMain) },
}

func TestProgramExit(t *testing.T) {
	if name := os.Getenv(programEnv); name != "" {
		programs[name]()
		return
	}
	tests := []struct {
		program string
		status  int
		stderr  string // a regular expression matching the start of standard error
	}{
		{"panic", 101, `^panic at demo\.vx:4: boom\n\ngoroutine \d+ \[running\]:\n`},
		{"index", 101, `^panic at demo\.vx:10: runtime error: index out of range \[5\] with length 3\n\ngoroutine `},
		{"assert", 101, `^panic at demo\.vx:15: assertion failed\n`},
		{"todo", 101, `^panic at demo\.vx:19: not yet implemented: parser\n`},
		{"channel", 101, `^panic at demo\.vx:23: negative channel capacity -2\n`},
		{"future", 101, `^panic at demo\.vx:40: runtime error: integer divide by zero\n(?s:.*)demo\.vx:40`},
		{"spawned", 101, `^panic at demo\.vx:46: in a spawned future\n`},
		{"goroutine", 101, `^panic at demo\.vx:53: in a goroutine\n`},
		{"code", 3, `^$`},
		{"code0", 0, `^$`},
		{"printlines", 0, `^oops\n$`},
		{"plainpanic", 101, `^panic at .*main_test\.go:\d+: plain\n`},
		{"nopanicmain", 0, `^$`},
		{"unawaited", 2, `^panic: demo\.vx:60: nobody awaits this \[in a future that nothing awaited\]\n\ngoroutine \d+ \[running\]:\n(?s:.*)demo\.vx:60`},
		{"unawaited3", 2, `^panic: demo\.vx:60: nobody awaits this \[in a future that nothing awaited\]\n`},
		{"collected", 2, `^panic: demo\.vx:60: nobody awaits this \[in a future that nothing awaited\]\n`},
		{"awaitedlate", 101, `^panic at demo\.vx:60: nobody awaits this\n`},
	}
	for _, tt := range tests {
		t.Run(tt.program, func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(os.Args[0], "-test.run=^TestProgramExit$")
			// The race detector waits a second before a normal exit, unless told not to.
			cmd.Env = append(os.Environ(), programEnv+"="+tt.program, "GORACE=atexit_sleep_ms=0")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			status := 0
			if exit := (*exec.ExitError)(nil); errors.As(err, &exit) {
				status = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if status != tt.status {
				t.Errorf("exit status %d, want %d; stderr:\n%s", status, tt.status, &stderr)
			}
			if !regexp.MustCompile(tt.stderr).Match(stderr.Bytes()) {
				t.Errorf("stderr does not match %q:\n%s", tt.stderr, &stderr)
			}
		})
	}
}

func TestPrintOutput(t *testing.T) {
	if os.Getenv(programEnv) != "" {
		t.Skip("in a program run")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestProgramExit$")
	cmd.Env = append(os.Environ(), programEnv+"=printlines", "GORACE=atexit_sleep_ms=0")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if want := "a b\nc\nd\n"; !bytes.HasPrefix(out, []byte(want)) {
		t.Errorf("stdout = %q, want it to start with %q", out, want)
	}
}

func TestPanicError(t *testing.T) {
	tests := []struct {
		f    func()
		msg  string
		line int
	}{
		{panicMain, "boom", 4},
		{assertMain, "assertion failed", 15},
		{func() { vexrt.Assert(false, "x > 0") }, "x > 0", 0},
		{todoMain, "not yet implemented: parser", 19},
		{func() { vexrt.Todo("") }, "not yet implemented", 0},
		{unreachableMain, "entered unreachable code", 27},
	}
	for _, tt := range tests {
		e, ok := recovered(tt.f).(*vexrt.PanicError)
		if !ok {
			t.Errorf("no *PanicError for %q", tt.msg)
			continue
		}
		if e.Msg != tt.msg {
			t.Errorf("message %q, want %q", e.Msg, tt.msg)
		}
		if tt.line != 0 && (e.File != "demo.vx" || e.Line != tt.line) {
			t.Errorf("%q at %s:%d, want demo.vx:%d", tt.msg, e.File, e.Line, tt.line)
		}
		if tt.line == 0 && !hasSuffix(e.File, "main_test.go") {
			t.Errorf("%q at %s:%d, want main_test.go", tt.msg, e.File, e.Line)
		}
	}
	if recovered(func() { vexrt.Assert(true, "fine") }) != nil {
		t.Error("Assert(true) panicked")
	}
	e := &vexrt.PanicError{Msg: "m", File: "f.vx", Line: 3}
	if e.Error() != "f.vx:3: m" || (&vexrt.PanicError{Msg: "m"}).Error() != "m" {
		t.Errorf("Error() = %q", e.Error())
	}
}
