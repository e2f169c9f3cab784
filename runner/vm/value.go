package vm

import (
	"math"
)

// Value is one Go value in the VM. Scalars live in N, everything else in R:
//
//	bool                    N = 0 or 1
//	intN, uintN, uintptr    N = two's complement, normalised to the type's width
//	                        (sign-extended for signed, zero-extended for unsigned)
//	float32, float64        N = math.Float64bits (float32 values already rounded)
//	complex64, complex128   R = complex128
//	string                  R = string (nil means "")
//	pointer                 R = *Value (nil pointer: R == nil), or *byte for
//	                        an element of compact byte storage
//	struct, array           R = []Value, one element per field or element
//	slice                   R = []Value with Go's len and cap (nil slice: R == nil)
//	[]byte, []bool,         R = []byte: compact byte storage (bytes.go)
//	[N]byte, [N]bool
//	map                     R = *Map
//	chan                    R = *Chan
//	func                    R = *Closure
//	interface               R = *Iface (nil interface: R == nil)
//	tuple (multi-result)    R = []Value
//
// Aggregates held in registers are never mutated in place: Load copies out of
// memory and Store copies into it, so a register value is a snapshot.
type Value struct {
	N uint64
	R any
}

// Iface is a non-nil interface value: a dynamic type and a value of it.
type Iface struct {
	T *Type
	V Value
}

// Closure is a function value: a compiled function and its captured cells.
type Closure struct {
	Fn  *Func
	Env []Value
}

func boolVal(b bool) Value {
	if b {
		return Value{N: 1}
	}
	return Value{}
}

func intVal(i int64) Value     { return Value{N: uint64(i)} }
func floatVal(f float64) Value { return Value{N: math.Float64bits(f)} }
func strVal(s string) Value    { return Value{R: s} }

// Bool returns v as a bool.
func (v Value) Bool() bool { return v.N != 0 }

// Int returns v as a signed integer.
func (v Value) Int() int64 { return int64(v.N) }

// Float returns v as a float64.
func (v Value) Float() float64 { return math.Float64frombits(v.N) }

// Str returns v as a string.
func (v Value) Str() string {
	s, _ := v.R.(string)
	return s
}

// Ptr returns v as a pointer.
func (v Value) Ptr() *Value {
	p, _ := v.R.(*Value)
	return p
}

// Elems returns v as a struct, array, slice or tuple.
func (v Value) Elems() []Value {
	s, _ := v.R.([]Value)
	return s
}

// Iface returns v as an interface; nil for a nil interface.
func (v Value) Iface() *Iface {
	i, _ := v.R.(*Iface)
	return i
}

// Complex returns v as a complex128.
func (v Value) Complex() complex128 {
	c, _ := v.R.(complex128)
	return c
}
