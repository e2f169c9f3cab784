// Two transfers between two accounts, each reading both balances and then
// writing them without a lock: a lost update can create or destroy money.
package main

import (
	"fmt"
	"sync"
)

func main() {
	acct := []int{100, 100}
	var wg sync.WaitGroup
	transfer := func(from, to, amt int) {
		defer wg.Done()
		f, t := acct[from], acct[to]
		acct[from], acct[to] = f-amt, t+amt
	}
	wg.Add(2)
	go transfer(0, 1, 10)
	go transfer(1, 0, 20)
	wg.Wait()
	fmt.Println(acct, acct[0]+acct[1])
}
