// sync.Map: LoadAndDelete races Swap on a stored key; the order
// decides what each returns and whether the key survives.
//
// outcomes: min-reached=2 real-runs=150
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("k", 0)
	var wg sync.WaitGroup
	var got [2]string
	wg.Add(2)
	go func() {
		defer wg.Done()
		v, ok := m.LoadAndDelete("k")
		got[0] = fmt.Sprint(v, ok)
	}()
	go func() {
		defer wg.Done()
		prev, ok := m.Swap("k", 1)
		got[1] = fmt.Sprint(prev, ok)
	}()
	wg.Wait()
	v, ok := m.Load("k")
	fmt.Println(got, v, ok)
}
