// len of a map while a goroutine adds a key: gc reads the map's count with
// no check of the writing flag, so main sees the map before or after the
// write (and never fails). Main works a little first, so that on a second
// P the goroutine's write often comes first.
package main

import "fmt"

func main() {
	m := map[int]int{1: 10}
	done := make(chan bool)
	go func() {
		m[2] = 20
		done <- true
	}()
	x := 0
	for i := range 300000 {
		x += i
	}
	n := len(m)
	<-done
	fmt.Println(n, x > 0)
}
