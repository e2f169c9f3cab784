// Two workers take jobs from a channel; the order of results is the
// scheduler's, the sum is not.
package main

import "fmt"

func main() {
	jobs := make(chan int)
	results := make(chan int)
	for range 2 {
		go func() {
			for j := range jobs {
				results <- j * 10
			}
		}()
	}
	go func() {
		jobs <- 1
		jobs <- 2
		close(jobs)
	}()
	a, b := <-results, <-results
	fmt.Println(a, b)
}
