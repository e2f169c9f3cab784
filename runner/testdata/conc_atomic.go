// sync/atomic: counters, compare-and-swap, and typed atomics.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	ready    atomic.Bool
	name     atomic.Pointer[string]
}

func main() {
	var hits int64
	var st Stats
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 125; i++ {
				atomic.AddInt64(&hits, 1)
				st.requests.Add(2)
				if i%25 == 0 {
					st.errors.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", atomic.LoadInt64(&hits), "requests:", st.requests.Load(), "errors:", st.errors.Load())
	var winner atomic.Int32
	winner.Store(-1)
	var wg2 sync.WaitGroup
	for g := 0; g < 5; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			winner.CompareAndSwap(-1, int32(g))
		}()
	}
	wg2.Wait()
	w := winner.Load()
	fmt.Println("exactly one winner set:", w >= 0 && w < 5)
	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 2), flag)
	fmt.Println(atomic.SwapInt32(&flag, 7), atomic.LoadInt32(&flag))
	atomic.StoreInt32(&flag, 9)
	fmt.Println(flag)
	fmt.Println(st.ready.Load(), st.ready.Swap(true), st.ready.Load())
	n := "svc"
	fmt.Println(st.name.Load() == nil)
	st.name.Store(&n)
	fmt.Println(*st.name.Load())
	var u atomic.Uint64
	u.Add(^uint64(0))
	fmt.Println(u.Load(), u.Add(2))
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store([]string{"cfg", "v1"})
	fmt.Println(v.Load().([]string))
	var mask atomic.Uint32
	mask.Or(0b1010)
	old := mask.And(0b0110)
	fmt.Printf("%04b %04b\n", old, mask.Load())
}
