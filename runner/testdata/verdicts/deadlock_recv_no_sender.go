// The producer sends two values; main receives three.
package main

import "fmt"

func main() {
	results := make(chan int)
	go func() {
		for i := 0; i < 2; i++ {
			results <- i
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
}
