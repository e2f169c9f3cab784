// Visibility row "output", builtin println: the first line on stderr
// depends on which goroutine prints first.
//
// outcomes: min-reached=2
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	for _, s := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			println(s)
		}()
	}
	wg.Wait()
}
