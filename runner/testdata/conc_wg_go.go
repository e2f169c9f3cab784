// WaitGroup.Go: tasks counted and waited for; a panicking task's panic goes
// on without Done (Go 1.26), printed "[recovered, repanicked]".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() { fmt.Println("task", i) })
		wg.Wait()
	}
	wg.Go(func() { panic(fmt.Sprint("task failed")) })
	wg.Wait()
	fmt.Println("unreachable")
}
