// An RWMutex-guarded spin with work inside: the poller reads two fields
// and a map under the read lock and computes with them (in locals) before
// deciding; the writer updates them under the write lock in two steps, so
// the reader may see the first update without the second.
package main

import (
	"fmt"
	"sync"
)

type state struct {
	mu    sync.RWMutex
	stage int
	count int
	names map[int]string
}

func main() {
	s := &state{names: map[int]string{}}
	go func() {
		s.mu.Lock()
		s.stage = 1
		s.count = 3
		s.mu.Unlock()
		s.mu.Lock()
		s.stage = 2
		s.names[2] = "two"
		s.mu.Unlock()
	}()
	sawOne := false
	for {
		s.mu.RLock()
		stage, count, name := s.stage, s.count, s.names[s.stage]
		s.mu.RUnlock()
		sum := 0
		for i := range count {
			sum += i * stage
		}
		if stage == 1 {
			sawOne = true
		}
		if stage == 2 {
			fmt.Println(name, sum, sawOne)
			break
		}
	}
}
