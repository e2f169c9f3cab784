// A Cond over an RWMutex's read locker: two readers wait under the read
// lock; the writer sets the flag under the write lock and broadcasts. They
// wake and report in either order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	c := sync.NewCond(rw.RLocker())
	ready := false
	out := make(chan string, 2)
	var started sync.WaitGroup
	for _, name := range []string{"r1", "r2"} {
		started.Add(1)
		go func() {
			rw.RLock()
			started.Done()
			for !ready {
				c.Wait()
			}
			rw.RUnlock()
			out <- name
		}()
	}
	started.Wait()
	rw.Lock()
	ready = true
	rw.Unlock()
	c.Broadcast()
	fmt.Println(<-out, <-out)
}
