// A mutex-guarded spin with two visible polls inside the critical section
// (a map read and an atomic load), and a spin that polls while holding the
// mutex: both must end under every strategy.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var mu sync.Mutex
	m := map[string]bool{}
	var flag atomic.Bool
	go func() {
		mu.Lock()
		m["ready"] = true
		mu.Unlock()
		flag.Store(true)
	}()
	for {
		mu.Lock()
		r := m["ready"]
		f := flag.Load()
		mu.Unlock()
		if r && f {
			break
		}
	}
	var held sync.Mutex
	var go2 atomic.Bool
	held.Lock()
	go func() { go2.Store(true) }()
	for !go2.Load() {
	}
	held.Unlock()
	fmt.Println("done")
}
