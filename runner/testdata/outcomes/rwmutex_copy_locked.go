// A copy of an RWMutex carries its state, as Go copies the words with the
// struct (go vet's copylocks): a copy made while main holds a read lock
// has a reader, one made while main holds the write lock has a writer, and
// locking a copy that holds a reader nobody will release deadlocks.
package main

import (
	"fmt"
	"sync"
)

type table struct {
	mu sync.RWMutex
	n  int
}

// probe tries both locks on its copy of t (a value receiver).
func (t table) probe() (bool, bool) {
	r := t.mu.TryRLock()
	if r {
		t.mu.RUnlock()
	}
	return r, t.mu.TryLock()
}

func main() {
	var t table
	t.mu.RLock()
	fmt.Println(t.probe())
	t.mu.RUnlock()
	t.mu.Lock()
	fmt.Println(t.probe())
	t.mu.Unlock()
	fmt.Println(t.probe())
	t.mu.RLock()
	c := t
	t.mu.RUnlock()
	done := make(chan bool)
	go func() {
		c.mu.Lock() // waits for the copied reader
		fmt.Println("writer in")
		done <- true
	}()
	<-done
}
