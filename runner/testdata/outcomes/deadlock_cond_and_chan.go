// One goroutine waits on a Cond nobody signals, another on a receive nobody
// sends; main waits for both with a WaitGroup: a deadlock whose stdout
// shows the two goroutines' lines in either order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ch := make(chan int)
	var wg sync.WaitGroup
	wg.Go(func() {
		mu.Lock()
		fmt.Println("cond waiter")
		c.Wait()
		mu.Unlock()
	})
	wg.Go(func() {
		fmt.Println("chan waiter")
		<-ch
	})
	wg.Wait()
}
