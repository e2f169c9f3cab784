// The consumer stops after one value; the producer sends another.
package main

import "fmt"

func main() {
	jobs := make(chan int)
	done := make(chan bool)
	go func() {
		fmt.Println(<-jobs)
		done <- true
	}()
	jobs <- 1
	<-done
	jobs <- 2
}
