// Fairness: spin-waits on a failing CompareAndSwap of atomic.Pointer and of
// atomic.Value, and on a Swap that writes the value already there.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	a, b := new(int), new(int)
	var p atomic.Pointer[int]
	p.Store(a)
	var v atomic.Value
	v.Store(1)
	var flag atomic.Bool
	go func() {
		p.Store(b)
		v.Store(2)
		flag.Store(true)
	}()
	for !p.CompareAndSwap(b, a) {
	}
	for !v.CompareAndSwap(2, 3) {
	}
	for !flag.Swap(true) {
	}
	fmt.Println(p.Load() == a, v.Load())
}
