package main

import (
	"fmt"
	"sync"
)

// Four tellers withdraw in a loop; each checks the balance under the lock,
// releases it, and withdraws under a second locking: two tellers that both
// saw enough money overdraw the account.
func main() {
	var mu sync.Mutex
	balance := 100
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 3 {
				mu.Lock()
				ok := balance >= 30
				mu.Unlock()
				if !ok {
					return
				}
				mu.Lock()
				balance -= 30
				if balance < 0 {
					panic(fmt.Sprint("overdrawn: ", balance))
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println("balance", balance)
}
