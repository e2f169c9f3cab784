// m[k] *= 3 and m[k] -= 1 in two goroutines without a lock: gc lowers each
// to one mapassign and a plain read-modify-write of the slot, so the
// updates can be lost, the order decides the value, or Go detects the
// concurrent writes.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := make(map[string]int, 8)
	m["k"] = 5
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); m["k"] *= 3 }()
	go func() { defer wg.Done(); m["k"] -= 1 }()
	wg.Wait()
	fmt.Println(m["k"])
}
