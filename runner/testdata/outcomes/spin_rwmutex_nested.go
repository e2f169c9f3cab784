// Nested read locks of two RWMutexes inside a poll loop, one of them taken
// twice (a recursive RLock, legal while no writer waits): the flag is set
// under the outer lock's write lock, and the loop must end.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var outer, inner sync.RWMutex
	flag := false
	go func() {
		outer.Lock()
		flag = true
		outer.Unlock()
	}()
	for {
		outer.RLock()
		inner.RLock()
		inner.RLock()
		f := flag
		inner.RUnlock()
		inner.RUnlock()
		outer.RUnlock()
		if f {
			break
		}
	}
	fmt.Println("done")
}
