// A goroutine started in init runs concurrently with the rest of
// initialisation and main: its line comes before or after main's.
package main

import "fmt"

var done = make(chan bool)

func init() {
	go func() {
		fmt.Println("from init's goroutine")
		done <- true
	}()
}

func main() {
	fmt.Println("main")
	<-done
}
