// Go's Slice functions use internal/reflectlite; the VM has no reflection yet and answers the same questions with intrinsics.
//std:exclude slice.go

package sort

import "math/bits"

// Slice is Go's sort.Slice over the VM's swapper.
func Slice(x any, less func(i, j int) bool) {
	swap := swapper(x)
	length := sliceLen(x)
	limit := bits.Len(uint(length))
	pdqsort_func(lessSwap{less, swap}, 0, length, limit)
}

// SliceStable is Go's sort.SliceStable over the VM's swapper.
func SliceStable(x any, less func(i, j int) bool) {
	swap := swapper(x)
	stable_func(lessSwap{less, swap}, sliceLen(x))
}

// SliceIsSorted is Go's sort.SliceIsSorted over the VM's length.
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
