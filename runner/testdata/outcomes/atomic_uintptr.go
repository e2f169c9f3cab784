// atomic.Uintptr and the Uintptr functions: two goroutines race to claim a
// slot with CompareAndSwap (either can win), each adds to a shared counter
// with Add and AddUintptr, and main prints the counter's Go fields.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var (
	owner atomic.Uintptr
	count atomic.Uintptr
	flags uintptr
)

func main() {
	var wg sync.WaitGroup
	for id := uintptr(1); id <= 2; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			owner.CompareAndSwap(0, id)
			count.Add(id)
			atomic.AddUintptr(&flags, id<<4)
			atomic.OrUintptr(&flags, id)
		}()
	}
	wg.Wait()
	old := atomic.SwapUintptr(&flags, 0)
	fmt.Println(owner.Load(), count.Load(), old, atomic.LoadUintptr(&flags))
	fmt.Println(atomic.CompareAndSwapUintptr(&flags, 0, 7), atomic.AndUintptr(&flags, 3), flags)
	count.Store(^uintptr(0))
	fmt.Printf("%v %+v\n", count.Add(2), count)
}
