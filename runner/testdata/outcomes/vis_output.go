// Visibility row "output": what two goroutines print interleaves by line.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, s := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(s)
		}()
	}
	wg.Wait()
}
