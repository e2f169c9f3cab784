// Two deposits into one account through a pointer, read-modify-write of a
// field: either deposit may be lost.
// outcomes: dfs-runs=300 random=30 pct=30
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	owner   string
	balance int
}

// work returns v after keeping the goroutine busy a while: real Go, running
// both goroutines at once, then shows the lost update too.
func work(v int) int {
	s := v
	for j := 0; j < 50000; j++ {
		s += j & 1
	}
	return s - 25000
}

func (a *Account) Deposit(n int) {
	a.balance = work(a.balance) + n
}

func main() {
	acct := &Account{owner: "ann"}
	var wg sync.WaitGroup
	for _, n := range []int{10, 20} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acct.Deposit(n)
		}()
	}
	wg.Wait()
	fmt.Println(acct.owner, acct.balance)
}
