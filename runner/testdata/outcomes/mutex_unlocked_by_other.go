// A mutex locked by main is unlocked by another goroutine (Go allows it);
// main's second Lock waits for that Unlock. The helper's print may come
// before or after main's.
package main

import "fmt"
import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	done := make(chan bool)
	go func() {
		fmt.Println("helper unlocks")
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	fmt.Println("main relocked")
	<-done
}
