// A worker has waited for the mutex more than a millisecond when main
// unlocks and at once locks again: in normal mode main barges in ahead of
// the woken worker, which then (having waited over 1 ms) switches the mutex
// to starvation mode, so main's next Unlock hands it to the worker.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var log []string
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock()
		log = append(log, "worker")
		mu.Unlock()
		done <- true
	}()
	time.Sleep(5 * time.Millisecond)
	for i := range 3 {
		mu.Unlock()
		mu.Lock()
		log = append(log, fmt.Sprint("main", i))
	}
	mu.Unlock()
	<-done
	fmt.Println(log)
}
