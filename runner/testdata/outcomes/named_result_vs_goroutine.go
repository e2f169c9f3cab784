// A named result shared with a goroutine: `return 1` stores 1 into n, the
// deferred receive waits for the goroutine's store of 5, and the caller gets
// n as it is when f really returns, so 5 when the goroutine's store came
// after the return statement's and 1 when it came before.
package main

import "fmt"

func f() (n int) {
	done := make(chan bool)
	go func() {
		n = 5
		close(done)
	}()
	defer func() { <-done }()
	return 1
}

func main() {
	fmt.Println(f())
}
