// Calling Done more times than Add panics: "sync: negative WaitGroup counter".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("both done")
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced again")
	wg.Done()
	fmt.Println("never printed")
}
