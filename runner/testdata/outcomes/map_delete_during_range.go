// A goroutine deletes a key while main ranges over the map: Go may detect
// the concurrent iteration and write; otherwise the range sees the deleted
// entry or not.
package main

import "fmt"

func main() {
	m := map[int]int{1: 10, 2: 20, 3: 30}
	done := make(chan bool)
	go func() {
		delete(m, 2)
		done <- true
	}()
	sum := 0
	for _, v := range m {
		sum += v
	}
	<-done
	fmt.Println(sum, len(m))
}
