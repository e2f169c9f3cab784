// sync.Once whose function panics: the first caller panics (and
// recovers); the Once counts as done, so the others return without
// running it, whether they arrived during the panic or after.
//
// outcomes: min-reached=2 real-runs=150
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	res := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					res[i] = fmt.Sprint(r)
				}
			}()
			once.Do(func() { panic(fmt.Sprint("p", i)) })
			res[i] = "ok"
		}()
	}
	wg.Wait()
	fmt.Println(res)
}
