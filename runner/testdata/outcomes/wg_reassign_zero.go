// A WaitGroup assigned a zero value while its counter is 2 has counter 0:
// Wait returns at once, and a Done then makes it negative.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg = sync.WaitGroup{}
	wg.Wait()
	fmt.Println("waited")
	defer func() { fmt.Println(recover()) }()
	wg.Done()
}
