// Unlocking an unlocked mutex is a fatal error that recover cannot catch.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Withdraw(n int) bool {
	a.mu.Lock()
	if a.balance < n {
		a.mu.Unlock()
		fmt.Println("insufficient funds for", n)
		return false
	}
	a.balance -= n
	a.mu.Unlock()
	a.mu.Unlock() // bug: unlocks twice
	return true
}

func main() {
	defer func() {
		fmt.Println("recover returns", recover(), "(never printed)")
	}()
	acct := &Account{balance: 100}
	fmt.Println(acct.Withdraw(500))
	fmt.Println("withdrawing 30")
	fmt.Println(acct.Withdraw(30))
}
