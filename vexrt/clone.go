package vexrt

import (
	"reflect"
	"unsafe"
)

// Clone returns a copy of x that shares no Vec, Map or Set with it, for a
// Vex x.clone() on a value whose type generated code does not copy
// itself: a struct, enum, tuple, Option or Result that holds collections,
// or a type parameter. The copy goes through x by reflection: slices,
// arrays, structs and the values of interfaces are copied member by
// member, Maps and Sets key by key; pointers (Vex references, channels,
// futures, locks), functions and strings are shared, as Vex shares them.
func Clone[T any](x T) T { return clonePointee(&x).(T) }

// clonePointee returns a clone of the value that p points to. It is not
// inlined, so that the packages that instantiate Clone do not inline
// reflect, which costs each some fifty functions of reflect.Type.
//
//go:noinline
func clonePointee(p any) any { return cloneValue(reflect.ValueOf(p).Elem()).Interface() }

// deepCloner is a Map or a Set, which copies itself with its values cloned.
type deepCloner interface{ deepClone() any }

func (m *Map[K, V]) deepClone() any { return CloneMap(m, Clone[V]) }

func (s *Set[T]) deepClone() any { return CloneSet(s) }

var deepClonerType = reflect.TypeFor[deepCloner]()

// cloneValue returns a copy of v, an addressable value, that shares no
// Vec, Map or Set with it.
func cloneValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(cloneValue(v.Index(i)))
		}
		return out
	case reflect.Array:
		out := reflect.New(v.Type()).Elem()
		for i := range v.Len() {
			out.Index(i).Set(cloneValue(v.Index(i)))
		}
		return out
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		for i := range v.NumField() {
			settable(out.Field(i)).Set(cloneValue(settable(v.Field(i))))
		}
		return out
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		elem := reflect.New(v.Elem().Type()).Elem()
		elem.Set(v.Elem())
		out := reflect.New(v.Type()).Elem()
		out.Set(cloneValue(elem))
		return out
	case reflect.Pointer:
		if !v.IsNil() && v.Type().Implements(deepClonerType) {
			return reflect.ValueOf(v.Interface().(deepCloner).deepClone())
		}
	}
	return v
}

// settable returns the field f of an addressable struct as a value that
// may be read and set although the field is not exported: generated code
// and this package declare the fields of Vex values.
func settable(f reflect.Value) reflect.Value {
	if f.CanSet() {
		return f
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}
