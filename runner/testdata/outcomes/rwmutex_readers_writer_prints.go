// Two readers and a writer share a value under an RWMutex. Each reader
// prints what it saw; the writer sets it once. A reader sees the value
// before or after the write, never anything else.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	v := 0
	var wg sync.WaitGroup
	out := make([]int, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			out[i] = v
			rw.RUnlock()
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		rw.Lock()
		v = 7
		rw.Unlock()
	}()
	wg.Wait()
	fmt.Println(out)
}
