// Three philosophers each pick up their left fork, then their right, eat
// once and put both down. Usually they eat one after another; if each
// holds its left fork, all wait forever.
package main

import (
	"fmt"
	"sync"
)

func main() {
	forks := make([]sync.Mutex, 3)
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := ""
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			left, right := &forks[i], &forks[(i+1)%3]
			left.Lock()
			right.Lock()
			mu.Lock()
			order += fmt.Sprint(i)
			mu.Unlock()
			right.Unlock()
			left.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("ate:", len(order))
}
