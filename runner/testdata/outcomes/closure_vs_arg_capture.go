// A goroutine given x as an argument (copied at the go statement) and one
// capturing x (read when it runs), while main then changes x.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 1
	var wg sync.WaitGroup
	wg.Add(2)
	var byArg, byRef int
	go func(v int) { defer wg.Done(); byArg = v }(x)
	go func() { defer wg.Done(); byRef = x }()
	x = 2
	wg.Wait()
	fmt.Println(byArg, byRef)
}
