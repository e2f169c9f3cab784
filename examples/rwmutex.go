//go:build ignore

// rwmutex: a settings store that is read far more often than it is written.
// Readers take the shared lock (RLock) and may read side by side; the one
// writer takes the exclusive lock (Lock) and waits for them to leave.
package main

import (
	"fmt"
	"sync"
)

type Settings struct {
	mu   sync.RWMutex
	vals map[string]string
}

func (s *Settings) Get(key string) string {
	s.mu.RLock() // many readers may hold this at once
	defer s.mu.RUnlock()
	return s.vals[key]
}

func (s *Settings) Set(key, val string) {
	s.mu.Lock() // a writer excludes everyone
	defer s.mu.Unlock()
	s.vals[key] = val
}

func main() {
	s := &Settings{vals: map[string]string{"theme": "light", "lang": "en"}}
	var wg sync.WaitGroup
	reads := make([]int, 4) // each reader counts into its own slot

	for r := range reads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if s.Get("theme") != "" {
					reads[r]++
				}
			}
		}()
	}
	wg.Add(1)
	go func() { // the rare writer
		defer wg.Done()
		s.Set("theme", "dark")
	}()
	wg.Wait()

	fmt.Println("reads per reader:", reads)
	fmt.Println("theme:", s.Get("theme"), "lang:", s.Get("lang"))
}
