// A lock-free stack (CompareAndSwap on an atomic.Pointer): two goroutines
// push two values each; the order popped depends on the interleaving of
// their CAS loops.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type node struct {
	v    int
	next *node
}

var top atomic.Pointer[node]

func push(v int) {
	n := &node{v: v}
	for {
		old := top.Load()
		n.next = old
		if top.CompareAndSwap(old, n) {
			return
		}
	}
}

func main() {
	var wg sync.WaitGroup
	for _, vs := range [][]int{{1, 2}, {3, 4}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, v := range vs {
				push(v)
			}
		}()
	}
	wg.Wait()
	for n := top.Load(); n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
}
