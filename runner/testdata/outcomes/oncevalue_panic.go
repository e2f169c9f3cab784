// sync.OnceValue whose function panics the first time it is called: every
// call re-panics with the same value, so both goroutines recover "boom",
// whichever calls first; the counter shows f ran exactly once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var calls atomic.Int32
	get := sync.OnceValue(func() int {
		calls.Add(1)
		panic("boom")
	})
	var wg sync.WaitGroup
	res := make([]string, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { res[i] = fmt.Sprint(recover()) }()
			get()
		}()
	}
	wg.Wait()
	fmt.Println(res[0], res[1], calls.Load())
}
