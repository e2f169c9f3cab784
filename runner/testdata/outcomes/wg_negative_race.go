// Add and Done in two goroutines with nothing ordering them: if the Done
// gets there first, the counter goes negative.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	steps := make(chan bool)
	go func() {
		wg.Add(1)
		steps <- true
	}()
	go func() {
		wg.Done()
		steps <- true
	}()
	<-steps
	<-steps
	wg.Wait()
	fmt.Println("ok")
}
