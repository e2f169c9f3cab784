// fmt.Println of a map iterates it (sorted output) while a goroutine updates
// an existing key: the print shows the old or the new value, or Go
// detects the concurrent iteration and write.
package main

import "fmt"

func main() {
	m := map[int]int{1: 10, 2: 20}
	done := make(chan bool)
	go func() {
		m[2] = 21
		done <- true
	}()
	fmt.Println(m)
	<-done
}
