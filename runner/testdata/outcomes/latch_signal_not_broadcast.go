// Lesson: a countdown latch built on sync.Cond whose last CountDown calls
// Signal instead of Broadcast: with two waiters parked, one stays asleep
// and the program deadlocks; a waiter that arrives after the count reached
// zero does not wait at all.
//
// outcomes: min-reached=3
package main

import (
	"fmt"
	"sync"
)

type Latch struct {
	mu sync.Mutex
	c  *sync.Cond
	n  int
}

func (l *Latch) CountDown() {
	l.mu.Lock()
	l.n--
	if l.n == 0 {
		l.c.Signal()
	}
	l.mu.Unlock()
}

func (l *Latch) Await() {
	l.mu.Lock()
	for l.n > 0 {
		l.c.Wait()
	}
	l.mu.Unlock()
}

func main() {
	l := &Latch{n: 2}
	l.c = sync.NewCond(&l.mu)
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.Await()
			fmt.Println("waiter", i, "released")
		}()
	}
	go l.CountDown()
	go l.CountDown()
	wg.Wait()
	fmt.Println("all released")
}
