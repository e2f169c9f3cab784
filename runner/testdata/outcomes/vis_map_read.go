// Visibility row "map reads and writes": main reads a map while a new
// goroutine writes it; the read may fall inside the write's window.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	m := map[int]int{0: 0}
	done := make(chan bool)
	go func() {
		m[1] = 1
		done <- true
	}()
	v := m[0]
	<-done
	fmt.Println(v, len(m))
}
