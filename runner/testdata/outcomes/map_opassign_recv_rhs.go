// m[k] += <-ch: gc hoists the receive before the map read and the
// mapassign, so the value main stores before its send is the one the
// goroutine adds to (105), however long the goroutine blocked.
package main

import (
	"fmt"
)

func main() {
	m := map[string]int{"k": 1}
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		m["k"] += <-ch
		done <- true
	}()
	m["k"] = 100
	ch <- 5
	<-done
	fmt.Println(m["k"])
}
