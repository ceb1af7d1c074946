package vexrt

import "encoding/json"

// MarshalJSON encodes Some(v) as v encodes and None as null, so that an
// Option field of an exported struct is an optional value in JSON, as a
// pointer field is.
func (o Option[T]) MarshalJSON() ([]byte, error) {
	if !o.ok {
		return []byte("null"), nil
	}
	return json.Marshal(o.value)
}

// UnmarshalJSON decodes null as None and any other value as Some of it.
func (o *Option[T]) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = Option[T]{}
		return nil
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*o = Option[T]{v, true}
	return nil
}
