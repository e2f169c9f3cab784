// atomic.Pointer's CompareAndSwap with a nil expected value: the zero
// Pointer and one holding a stored nil both hold Go's nil pointer, and a
// non-nil expected value matches by identity only.
package main

import (
	"fmt"
	"sync/atomic"
)

type T struct{ n int }

func main() {
	var p atomic.Pointer[T]
	a, b := &T{1}, &T{1}
	fmt.Println(p.Load() == nil, p.CompareAndSwap(a, b), p.Load() == nil)
	fmt.Println(p.CompareAndSwap(nil, a), p.Load() == a)
	fmt.Println(p.CompareAndSwap(nil, b), p.Load() == a)
	fmt.Println(p.CompareAndSwap(&T{1}, b), p.Load() == a)
	fmt.Println(p.CompareAndSwap(a, nil), p.Load() == nil)
	fmt.Println(p.CompareAndSwap(nil, b), p.Load() == b)
	p.Store(nil)
	fmt.Println(p.Swap(a) == nil, p.Swap(nil) == a, p.CompareAndSwap(nil, nil), p.Load() == nil)

	var q atomic.Pointer[int]
	fmt.Println(q.Swap(nil) == nil, q.CompareAndSwap(nil, nil), q.Load() == nil)
	var r atomic.Pointer[int]
	x := 5
	fmt.Println(r.CompareAndSwap(nil, &x), *r.Load())
}
