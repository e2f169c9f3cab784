// clear(m) in one goroutine, a read and len in main: the read runs before or
// after the clear (or Go detects the concurrent read and write).
package main

import "fmt"

func main() {
	m := map[string]string{"a": "x", "b": "y"}
	done := make(chan bool)
	go func() {
		clear(m)
		done <- true
	}()
	v, ok := m["a"]
	<-done
	fmt.Printf("%q %v %d\n", v, ok, len(m))
}
