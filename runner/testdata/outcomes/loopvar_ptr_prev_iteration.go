// Go 1.22 loop variables: each iteration has its own i, and the post
// statement's i++ works on the next iteration's copy of it. Both
// goroutines add 10 to the first iteration's i through ps[0]; when the
// first lands before that iteration's copy is taken, the copy starts at
// 10, the loop ends after one iteration and ps[1] is out of range (real
// Go 0+3). The two racy += can also lose one update (10 1).
//
// outcomes: min-reached=2 real-runs=150
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var ps []*int
	for i := 0; i < 2; i++ {
		ps = append(ps, &i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			*ps[0] += 10
		}()
	}
	wg.Wait()
	fmt.Println(*ps[0], *ps[1])
}
