// sync.OnceValues called by two goroutines: the function runs once, the
// other caller waits for it, and both get the same pair. Which caller runs
// it is the scheduler's.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	var runner string
	var mu sync.Mutex
	who := make(chan string, 2)
	get := sync.OnceValues(func() (int, error) {
		mu.Lock()
		r := runner
		mu.Unlock()
		return len(r), errors.New("computed by " + r)
	})
	var wg sync.WaitGroup
	for _, name := range []string{"a", "bb"} {
		wg.Go(func() {
			mu.Lock()
			if runner == "" {
				runner = name
			}
			mu.Unlock()
			n, err := get()
			who <- fmt.Sprint(name, " ", n, " ", err)
		})
	}
	wg.Wait()
	fmt.Println(<-who)
	fmt.Println(<-who)
}
