// A buffered channel of capacity 1 used as a lock: a receive that frees the
// slot happens before the next send into it completes.
package main

import "sync"

func main() {
	sem := make(chan struct{}, 1)
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			count++
			<-sem
		}()
	}
	wg.Wait()
	println("count:", count)
}
