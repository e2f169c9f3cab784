// Ranging over a map of pointers (visible map reads) while a goroutine
// updates a pointee's field plainly: the sum printed sees the update or
// not.
//
// outcomes: min-reached=2
package main

import "fmt"

type acct struct{ bal int }

func main() {
	m := map[string]*acct{"a": {1}}
	go func() { m["a"].bal = 10 }()
	n := 0
	for j := 0; j < 100000; j++ {
		n += j & 1
	}
	sum := 0
	for _, a := range m {
		sum += a.bal
	}
	fmt.Println(sum, n > 0)
}
