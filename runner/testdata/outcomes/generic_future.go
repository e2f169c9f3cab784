package main

import (
	"fmt"
	"sync"
)

// A generic future resolved by a goroutine; two waiters and a late
// resolver that loses to the first.
type Future[T any] struct {
	once sync.Once
	done chan struct{}
	val  T
}

func NewFuture[T any]() *Future[T] { return &Future[T]{done: make(chan struct{})} }

func (f *Future[T]) Resolve(v T) bool {
	won := false
	f.once.Do(func() {
		f.val = v
		won = true
		close(f.done)
	})
	return won
}

func (f *Future[T]) Get() T { <-f.done; return f.val }

type pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	f := NewFuture[pair[string, int]]()
	var wg sync.WaitGroup
	wins := make([]bool, 2)
	for i := range 2 {
		wg.Go(func() { wins[i] = f.Resolve(pair[string, int]{fmt.Sprint("r", i), i}) })
	}
	got := make(chan string, 2)
	for range 2 {
		go func() { p := f.Get(); got <- p.k }()
	}
	wg.Wait()
	fmt.Println(wins, <-got, <-got)
}
