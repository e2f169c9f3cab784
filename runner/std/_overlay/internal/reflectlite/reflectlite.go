// Go's reflectlite reads gc's type descriptors; Interleave's is the part of its own reflect that errors, sort and context use.
//std:exclude *

// Package reflectlite is the subset of reflect that packages below reflect
// in Go's import graph (errors, sort, context) use. Interleave's reflect
// imports nothing but unsafe, so this package is a set of aliases for it.
package reflectlite

import "reflect"

// Type is the representation of a Go type.
type Type = reflect.Type

// Kind is the specific kind of type that a Type represents.
type Kind = reflect.Kind

// Value is the reflection interface to a Go value.
type Value = reflect.Value

// A ValueError occurs when a Value method is invoked on a Value that does
// not support it.
type ValueError = reflect.ValueError

const Ptr = reflect.Pointer

const (
	Interface = reflect.Interface
	Slice     = reflect.Slice
	String    = reflect.String
	Struct    = reflect.Struct
)

// TypeOf returns the reflection Type that represents the dynamic type of i.
func TypeOf(i any) Type { return reflect.TypeOf(i) }

// ValueOf returns a new Value initialized to the concrete value stored in i.
func ValueOf(i any) Value { return reflect.ValueOf(i) }

// Swapper returns a function that swaps the elements in the provided
// slice: reflect.Swapper's cases, as closures of this package's, since Go's
// reflectlite has its own copy and race reports of sort.Slice name it
// (internal/reflectlite.Swapper.func5 for []int).
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	switch v.Len() {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	switch swapperCase(slice) {
	case 3:
		return func(i, j int) { swapElems(slice, i, j, true) }
	case 4:
		return func(i, j int) { swapElems(slice, i, j, true) }
	case 5:
		return func(i, j int) { swapElems(slice, i, j, true) }
	case 6:
		return func(i, j int) { swapElems(slice, i, j, true) }
	case 7:
		return func(i, j int) { swapElems(slice, i, j, true) }
	case 8:
		return func(i, j int) { swapElems(slice, i, j, true) }
	}
	return func(i, j int) { swapElems(slice, i, j, false) }
}

// swapperCase and swapElems are reflect's (runner/vm/reflect.go).
func swapperCase(slice any) int
func swapElems(slice any, i, j int, fast bool)
