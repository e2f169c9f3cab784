// fmt.Println of a map a goroutine writes: fmt reads it through reflect
// (the length in fmtsort.Sort, each value through MapIter.Value), which
// races with the assignment and its slot write.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{"a": 1}
	go func() {
		m["a"] = 2
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(m)
}
