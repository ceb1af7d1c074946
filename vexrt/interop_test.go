package vexrt_test

import (
	"context"
	"errors"
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

func TestGoResults(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"ErrorResult/nil", vexrt.ErrorResult(nil).String(), "Ok(())"},
		{"ErrorResult/err", vexrt.ErrorResult(boom).String(), `Err("boom")`},
		{"ResultOf2/ok", vexrt.ResultOf2("h", 80, nil).String(), `Ok(("h", 80))`},
		{"ResultOf2/err", vexrt.ResultOf2("h", 80, boom).String(), `Err("boom")`},
		{"ResultOf3/ok", vexrt.ResultOf3(1, 2.5, true, nil).String(), "Ok((1, 2.5, true))"},
		{"ResultOf3/err", vexrt.ResultOf3(1, 2.5, true, boom).String(), `Err("boom")`},
		{"Lookup/hit", vexrt.Lookup(map[string]int{"a": 1}, "a").String(), "Some(1)"},
		{"Lookup/miss", vexrt.Lookup(map[string]int{"a": 1}, "b").String(), "None"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, tt.got, tt.want)
		}
	}
	type named map[string]bool
	if !vexrt.HasKey(named{"x": false}, "x") || vexrt.HasKey(named{}, "x") {
		t.Error("HasKey of a named map type")
	}
}

func TestRecv(t *testing.T) {
	c := make(chan int, 1)
	go func() {
		c <- 7
		close(c)
	}()
	if got := vexrt.Recv(c).String(); got != "Some(7)" {
		t.Errorf("Recv = %s, want Some(7)", got)
	}
	if got := vexrt.Recv(c).String(); got != "None" {
		t.Errorf("Recv of a closed channel = %s, want None", got)
	}
}

func TestContextOf(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	v := vexrt.ContextOf(ctx)
	if vexrt.IsDone(v) {
		t.Fatal("done before cancel")
	}
	done := make(chan bool)
	go func() { <-v.GoContext().Done(); done <- vexrt.IsDone(v) }()
	cancel()
	if !<-done {
		t.Error("not done after the Go context is cancelled")
	}
	vexrt.Cancel(v) // cancels nothing of the Go context, and does not panic
}
