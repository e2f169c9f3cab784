// A WaitGroup passed by value (go vet's copylocks warning): each worker's
// Done lowers its own copy's counter, which the copy took over (1 and 2),
// so main's Wait never returns: after both workers print, every goroutine
// is asleep.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id)
}

func main() {
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Add(1)
		go worker(i, wg)
	}
	wg.Wait()
	fmt.Println("done")
}
