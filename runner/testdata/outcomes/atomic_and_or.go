// atomic And and Or (Go 1.23) from two goroutines on one word: each returns
// the old value, which shows the order; the final value is the same.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var x atomic.Uint32
	x.Store(0b0110)
	var y int32 = 0b0011
	var wg sync.WaitGroup
	var oldOr, oldAnd uint32
	var oldOr2, oldAnd2 int32
	wg.Go(func() {
		oldOr = x.Or(0b1000)
		oldOr2 = atomic.OrInt32(&y, 0b0100)
	})
	wg.Go(func() {
		oldAnd = x.And(0b1100)
		oldAnd2 = atomic.AndInt32(&y, 0b0110)
	})
	wg.Wait()
	fmt.Printf("%04b %04b %04b | %04b %04b %04b\n", oldOr, oldAnd, x.Load(), oldOr2, oldAnd2, atomic.LoadInt32(&y))
}
