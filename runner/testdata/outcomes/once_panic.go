// sync.Once whose function panics: Do counts as done even so, so a second
// Do never runs its function. Which goroutine's Do comes first decides the
// output.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	res := make(chan string, 2)
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				res <- fmt.Sprint("recovered ", r)
			}
		}()
		once.Do(func() { panic("boom") })
		res <- "panicker: no panic"
	}()
	go func() {
		defer wg.Done()
		ran := false
		once.Do(func() { ran = true })
		res <- fmt.Sprint("second ran ", ran)
	}()
	wg.Wait()
	close(res)
	for r := range res {
		fmt.Println(r)
	}
}
