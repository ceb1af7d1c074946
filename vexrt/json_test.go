package vexrt

import (
	"encoding/json"
	"testing"
)

func TestOptionJSON(t *testing.T) {
	type user struct {
		Name string         `json:"name"`
		Age  Option[int64]  `json:"age"`
		Nick Option[string] `json:"nick,omitzero"`
	}
	for _, tc := range []struct {
		u    user
		want string
	}{
		{user{"ann", Some[int64](30), Some("a")}, `{"name":"ann","age":30,"nick":"a"}`},
		{user{"bob", None[int64](), None[string]()}, `{"name":"bob","age":null}`},
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
	var o Option[int64]
	if err := json.Unmarshal([]byte(`"x"`), &o); err == nil {
		t.Errorf("Unmarshal of a string into Option[int64] = %v, want an error", o)
	}
}
