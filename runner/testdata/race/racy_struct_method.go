// A method called from a goroutine writes a field that main reads through
// another method: the report shows both call stacks.
package main

import "time"

type Account struct {
	balance int
}

func (a *Account) Deposit(n int) {
	a.balance += n
}

func (a *Account) Balance() int {
	return a.balance
}

func main() {
	acct := &Account{}
	go func() {
		acct.Deposit(10)
	}()
	time.Sleep(10 * time.Millisecond)
	println("balance:", acct.Balance())
}
