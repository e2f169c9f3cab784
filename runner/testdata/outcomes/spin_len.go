// Fairness: main polls len(ch) until two goroutines have sent.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 2; i++ {
		go func() { ch <- i }()
	}
	for len(ch) < 2 {
	}
	fmt.Println(<-ch + <-ch)
}
