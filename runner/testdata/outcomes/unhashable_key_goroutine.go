// A runtime panic in a goroutine (hashing an unhashable dynamic type as a
// map key) against main's output: main's line may or may not come first.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[any]int{}
	go func() {
		var k any = []int{1}
		m[k] = 1
	}()
	fmt.Println("main")
	time.Sleep(20 * time.Millisecond)
}
