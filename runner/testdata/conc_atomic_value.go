// atomic.Value: the first Store fixes the type; nil and inconsistently typed
// values panic with Go's texts; CompareAndSwap compares as == does.
package main

import (
	"fmt"
	"sync/atomic"
)

type S struct{ a, b int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println("empty Load:", v.Load())
	try("Store(nil)", func() { v.Store(nil) })
	try("Swap(nil)", func() { v.Swap(nil) })
	try("CAS(nil,nil)", func() { v.CompareAndSwap(nil, nil) })
	try("CAS(1,\"x\")", func() { v.CompareAndSwap(1, "x") })
	fmt.Println("CAS on empty, old non-nil:", v.CompareAndSwap(1, 2), v.Load())
	fmt.Println("CAS on empty, old nil:", v.CompareAndSwap(nil, 1), v.Load())
	try("Store(string)", func() { v.Store("x") })
	try("Swap(string)", func() { v.Swap("x") })
	try("CAS(1, string)", func() { v.CompareAndSwap(1, "x") })
	try("CAS(nil, string)", func() { v.CompareAndSwap(nil, "x") })
	fmt.Println("Swap:", v.Swap(5), v.Load())
	fmt.Println("CAS wrong old:", v.CompareAndSwap(4, 6), v.Load())
	fmt.Println("CAS right old:", v.CompareAndSwap(5, 6), v.Load())
	try("CAS old of other type", func() { v.CompareAndSwap("x", 7) })
	var s atomic.Value
	s.Store(S{1, 2})
	fmt.Println("CAS struct equal:", s.CompareAndSwap(S{1, 2}, S{3, 4}), s.Load())
	var sl atomic.Value
	sl.Store([]int{1})
	try("CAS slice", func() { sl.CompareAndSwap([]int{1}, []int{2}) })
	var p atomic.Pointer[int]
	x := 3
	fmt.Println("Pointer:", p.Load(), p.CompareAndSwap(nil, &x), *p.Load())
	var e atomic.Value
	var err error = fmt.Errorf("boom")
	e.Store(err)
	try("Store other error type", func() { e.Store(fmt.Errorf("w: %w", err)) })
	v.Store("boom")
}
