// A goroutine inserts a key while main ranges over the map: main's range
// may produce the new entry, and then sends a second time with nobody to
// receive (deadlock), or skip it. The insert can also be in progress when
// the range takes its next step.
package main

import "fmt"

func main() {
	m := map[int]int{1: 1}
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		<-ch
		m[2] = 2
		done <- true
	}()
	for k := range m {
		ch <- k
	}
	<-done
	fmt.Println(len(m))
}
