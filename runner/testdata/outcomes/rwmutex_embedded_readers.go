// An RWMutex embedded in a struct: a reader goroutine takes RLock through
// the promoted method and reads two fields a writer in main updates under
// Lock; the reader sees both old or both new.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

type table struct {
	sync.RWMutex
	a, b string
}

func main() {
	t := &table{a: "old", b: "old"}
	out := make(chan string)
	go func() {
		t.RLock()
		s := t.a + "/" + t.b
		t.RUnlock()
		out <- s
	}()
	t.Lock()
	t.a = "new"
	t.b = "new"
	t.Unlock()
	fmt.Println(<-out)
}
