// Three functions started with WaitGroup.Go add into a mutex-guarded sum and
// record their arrival rank; the sum is fixed, the first arriver varies.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum, first := 0, -1
	for i := range 3 {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			if first < 0 {
				first = i
			}
			sum += i
		})
	}
	wg.Wait()
	fmt.Println(sum, first)
}
