// Lesson: two transfers lock the two accounts in opposite orders (no
// ordering by id), with a Gosched between the locks: each may hold its
// first lock while waiting for the other's, and the program deadlocks;
// otherwise both transfers complete.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Account struct {
	mu  sync.Mutex
	id  int
	bal int
}

func transfer(from, to *Account, amt int) {
	a, b := from, to

	a.mu.Lock()
	runtime.Gosched()
	b.mu.Lock()
	from.bal -= amt
	to.bal += amt
	b.mu.Unlock()
	a.mu.Unlock()
}

func main() {
	x := &Account{id: 1, bal: 100}
	y := &Account{id: 2, bal: 100}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); transfer(x, y, 10) }()
	go func() { defer wg.Done(); transfer(y, x, 20) }()
	wg.Wait()
	fmt.Println(x.bal, y.bal)
}
