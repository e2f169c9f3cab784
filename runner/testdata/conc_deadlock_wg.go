// A WaitGroup that is never done, with workers blocked on a channel: deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	start := make(chan bool)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start // nobody ever closes start
		}()
	}
	fmt.Println("started 3 workers")
	wg.Wait()
	fmt.Println("never printed")
}
