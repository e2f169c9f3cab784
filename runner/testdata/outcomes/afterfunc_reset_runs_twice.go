// An AfterFunc timer Reset while its function is still running (Reset
// returns false: it had fired) starts the function again: the two runs
// overlap. (Gaps of tens of milliseconds keep a loaded machine's late
// wake-ups out of the order.)
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	var mu sync.Mutex
	n := 0
	t := time.AfterFunc(time.Millisecond, func() {
		mu.Lock()
		n++
		id := n
		mu.Unlock()
		fmt.Println("start", id)
		time.Sleep(100 * time.Millisecond)
		fmt.Println("end", id)
		wg.Done()
	})
	time.Sleep(30 * time.Millisecond)
	fmt.Println("reset", t.Reset(time.Millisecond))
	wg.Wait()
}
