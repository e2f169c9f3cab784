package runner

import "testing"

// TestLockSitePairsInGenericFunction: a Lock and its Unlock inside a
// generic function instantiated twice pair up in every compile. Each
// instance has the function's syntax; the pairing looked for the
// innermost function around each call in the program's map of functions,
// so the Lock and the Unlock could land on different instances and stay
// unpaired, depending on the map's order.
func TestLockSitePairsInGenericFunction(t *testing.T) {
	const src = `package main

import (
	"fmt"
	"sync"
)

type box[T any] struct {
	mu sync.Mutex
	v  T
}

func set[T any](b *box[T], v T) {
	b.mu.Lock()
	b.v = v
	b.mu.Unlock()
}

func main() {
	var a box[int]
	var s box[string]
	set(&a, 1)
	set(&s, "x")
	fmt.Println(a.v, s.v)
}
`
	for range 30 {
		p := compileT(t, src)
		sites := p.LockSites()
		if len(sites) != 2 || sites[0].Pair != sites[1].ID || sites[1].Pair != sites[0].ID {
			t.Fatalf("lock sites %+v: want the Lock and the Unlock paired", sites)
		}
	}
}
