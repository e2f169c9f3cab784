// One goroutine deletes a key while main reads it: present or missing.
package main

import "fmt"

func main() {
	m := map[string]int{"k": 1}
	done := make(chan bool)
	go func() {
		delete(m, "k")
		done <- true
	}()
	_, ok := m["k"]
	<-done
	fmt.Println("present", ok)
}
