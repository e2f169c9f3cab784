// Two goroutines LoadOrStore the same key; exactly one stores, and the
// other loads the winner's value.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	res := make([]string, 2)
	for i, v := range []string{"x", "y"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, loaded := m.LoadOrStore("k", v)
			res[i] = fmt.Sprint(got, loaded)
		}()
	}
	wg.Wait()
	final, _ := m.Load("k")
	fmt.Println(res, final)
}
