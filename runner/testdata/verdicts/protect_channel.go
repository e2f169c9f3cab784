// A worker fills in a result and hands it back over a channel.
package main

import "fmt"

func main() {
	var result int
	done := make(chan bool)
	go func() {
		result = 42
		done <- true
	}()
	<-done
	result++
	fmt.Println(result)
}
