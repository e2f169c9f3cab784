// Two goroutines increment a global counter without a lock. The sleep only
// orders them in time; it is not synchronisation, so the race detector
// reports the second increment's read against the first one's write.
package main

import (
	"sync"
	"time"
)

var counter int

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter++
		}()
		time.Sleep(10 * time.Millisecond)
	}
	wg.Wait()
	println("counter:", counter)
}
