// Two goroutines print and end; main then blocks in an empty select. Once
// both have ended every goroutine is asleep: always a deadlock, after both
// lines in either order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Go(func() { fmt.Println("a") })
	wg.Go(func() { fmt.Println("b") })
	wg.Wait()
	select {}
}
