// Two goroutines append to a shared slice without a lock: updates can be lost.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var s []int
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 3 {
				s = append(s, i*10+j)
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(s))
}
