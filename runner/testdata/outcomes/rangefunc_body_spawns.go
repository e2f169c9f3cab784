// A range-over-func loop whose body starts a goroutine per element, with
// the iterator's deferred cleanup: the cleanup prints when the loop ends,
// before or after the goroutines' prints.
package main

import (
	"fmt"
	"sync"
)

func items(yield func(string) bool) {
	defer fmt.Println("iterator done")
	for _, s := range []string{"a", "b"} {
		if !yield(s) {
			return
		}
	}
}

func main() {
	var wg sync.WaitGroup
	for s := range items {
		wg.Go(func() { fmt.Println("item", s) })
	}
	wg.Wait()
}
