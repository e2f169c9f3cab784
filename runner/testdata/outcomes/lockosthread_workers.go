package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Workers wired to their threads append to a shared log under a mutex;
// the wiring changes nothing about the order they may run in.
func main() {
	var mu sync.Mutex
	var log []int
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Go(func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			mu.Lock()
			log = append(log, i)
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(log)
}
