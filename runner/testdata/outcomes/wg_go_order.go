// sync.WaitGroup.Go (Go 1.25): Wait returns after both functions; their
// prints come in either order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, s := range []string{"one", "two"} {
		wg.Go(func() { fmt.Println(s) })
	}
	wg.Wait()
	fmt.Println("done")
}
