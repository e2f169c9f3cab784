// sync.RWMutex: many readers, an occasional writer; final state is deterministic.
package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *Store) Get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *Store) Add(k string, d int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k] += d
}

func main() {
	s := &Store{data: map[string]int{"hits": 0}}
	var wg sync.WaitGroup
	var readsMu sync.Mutex
	reads := 0
	for r := 0; r < 5; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if _, ok := s.Get("hits"); ok {
					readsMu.Lock()
					reads++
					readsMu.Unlock()
				}
			}
		}()
	}
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				s.Add("hits", 1)
				s.Add(fmt.Sprintf("writer%d", w), i)
			}
		}()
	}
	wg.Wait()
	fmt.Println("reads:", reads)
	fmt.Println("data:", s.data)
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("two readers hold the lock; TryLock:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("after readers leave; TryLock:", rw.TryLock(), "TryRLock:", rw.TryRLock())
	rw.Unlock()
	l := rw.RLocker()
	l.Lock()
	fmt.Println("RLocker locked; TryRLock:", rw.TryRLock())
	rw.RUnlock()
	l.Unlock()
}
