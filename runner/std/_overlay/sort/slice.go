// Copyright 2017 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package sort is Interleave's subset of the standard sort package, ported
// from Go's source so results (including the order of equal elements) are
// identical.
package sort

import "math/bits"

// Slice sorts the slice x given the provided less function.
// It panics if x is not a slice.
//
// The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order.
// For a stable sort, use [SliceStable].
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
//
// Note: in many situations, the newer [slices.SortFunc] function is more
// ergonomic and runs faster.
func Slice(x any, less func(i, j int) bool) {
	swap := swapper(x)
	length := sliceLen(x)
	limit := bits.Len(uint(length))
	pdqsort_func(lessSwap{less, swap}, 0, length, limit)
}

// SliceStable sorts the slice x using the provided less
// function, keeping equal elements in their original order.
// It panics if x is not a slice.
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
//
// Note: in many situations, the newer [slices.SortStableFunc] function is more
// ergonomic and runs faster.
func SliceStable(x any, less func(i, j int) bool) {
	swap := swapper(x)
	stable_func(lessSwap{less, swap}, sliceLen(x))
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
// It panics if x is not a slice.
//
// Note: in many situations, the newer [slices.IsSortedFunc] function is more
// ergonomic and runs faster.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := lenOf(x, "Len")
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// Interleave has no reflect: the VM reports what reflectlite would.

// kindOf returns the name of x's reflect.Kind ("invalid" for nil).
func kindOf(x any) string

// sliceLen returns len(x) for a slice, array, string or map x.
func sliceLen(x any) int

// swapElems swaps x[i] and x[j] for a slice x with valid indexes.
func swapElems(x any, i, j int)

// valueError is reflectlite.ValueError.
type valueError struct {
	method string
	kind   string
}

func (e *valueError) Error() string {
	if e.kind == "invalid" {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + e.kind + " Value"
}

// lenOf is reflectlite.ValueOf(x).Len().
func lenOf(x any, method string) int {
	switch k := kindOf(x); k {
	case "slice", "array", "string", "map":
		return sliceLen(x)
	default:
		panic(&valueError{"reflect.Value." + method, k})
	}
}

// swapper is reflectlite.Swapper.
func swapper(x any) func(i, j int) {
	k := kindOf(x)
	if k != "slice" {
		panic(&valueError{"Swapper", k})
	}
	switch n := sliceLen(x); n {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	default:
		return func(i, j int) {
			if uint(i) >= uint(n) || uint(j) >= uint(n) {
				panic("reflect: slice index out of range")
			}
			swapElems(x, i, j)
		}
	}
}
