// When main returns the program ends, even with goroutines still blocked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	block := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	var started sync.WaitGroup
	for i := 0; i < 3; i++ {
		started.Add(1)
		go func() {
			started.Done()
			if i == 0 {
				mu.Lock() // blocks forever
			}
			<-block // blocks forever
		}()
	}
	started.Wait()
	fmt.Println("main returns while 3 goroutines are blocked")
}
