package vexrt_test

import (
	"encoding/json"
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

func TestOptionJSON(t *testing.T) {
	type user struct {
		Name string               `json:"name"`
		Age  vexrt.Option[int64]  `json:"age"`
		Nick vexrt.Option[string] `json:"nick,omitzero"`
	}
	for _, tc := range []struct {
		u    user
		want string
	}{
		{user{"ann", vexrt.Some[int64](30), vexrt.Some("a")}, `{"name":"ann","age":30,"nick":"a"}`},
		{user{"bob", vexrt.None[int64](), vexrt.None[string]()}, `{"name":"bob","age":null}`},
	} {
		b, err := json.Marshal(tc.u)
		if err != nil || string(b) != tc.want {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tc.u, b, err, tc.want)
		}
		var back user
		if err := json.Unmarshal(b, &back); err != nil || back != tc.u {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", b, back, err, tc.u)
		}
	}
	var o vexrt.Option[int64]
	if err := json.Unmarshal([]byte(`"x"`), &o); err == nil {
		t.Errorf("Unmarshal of a string into vexrt.Option[int64] = %v, want an error", o)
	}
}
