package main

import (
	"fmt"
	"runtime"
	"sync"
)

// A worker ends itself with Goexit after its deferred Done; main prints
// what each worker managed to record.
func main() {
	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				mu.Lock()
				log = append(log, fmt.Sprint("exit", i, recover() == nil))
				mu.Unlock()
			}()
			if i == 0 {
				runtime.Goexit()
			}
			mu.Lock()
			log = append(log, fmt.Sprint("work", i))
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(log)
}
