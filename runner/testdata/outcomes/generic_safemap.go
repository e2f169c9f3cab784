// A generic mutex-guarded map type: two goroutines Put under the lock and
// one reads the other's key; whether it sees it depends on the order.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (s *SafeMap[K, V]) Put(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
}

func (s *SafeMap[K, V]) Get(k K) (V, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[k]
	return v, ok
}

func main() {
	s := &SafeMap[string, []int]{m: map[string][]int{}}
	var wg sync.WaitGroup
	wg.Add(2)
	var saw bool
	go func() { defer wg.Done(); s.Put("a", []int{1}) }()
	go func() {
		defer wg.Done()
		s.Put("b", []int{2})
		_, saw = s.Get("a")
	}()
	wg.Wait()
	fmt.Println(saw)
}
