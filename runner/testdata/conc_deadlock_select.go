// An empty select blocks forever; with nothing else runnable it is a deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Sprint("worker", i)
		}()
	}
	wg.Wait()
	fmt.Println("workers finished; blocking forever")
	select {}
}
