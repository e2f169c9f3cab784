package main

import (
	"fmt"
	"sync"
)

var total float64
var small int8 = 126

// Racy read-modify-write of a float and of an int8 near its limit.
func main() {
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			total += 0.25
			small++
		}()
	}
	wg.Wait()
	fmt.Println(total, small)
}
