// Go 1.22 loop variables: each iteration of a three-clause loop has its own
// i, and the goroutine started in it captures that one. The body then
// increments its i (the loop's post statement works on a copy), racing
// with the goroutine's read: it sees the value before or after.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	res := make([]int, 2)
	k := 0
	for i := 0; i < 4; i++ {
		slot := k
		k++
		wg.Go(func() { res[slot] = i })
		i++
	}
	wg.Wait()
	fmt.Println(res)
}
