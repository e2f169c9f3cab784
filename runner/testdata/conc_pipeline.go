// A three-stage pipeline over unbuffered channels; each stage preserves order.
package main

import (
	"fmt"
	"sync"
)

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func label(in <-chan int, wg *sync.WaitGroup, results *[]string) {
	defer wg.Done()
	for v := range in {
		*results = append(*results, fmt.Sprintf("sq=%d", v))
	}
}

func main() {
	for v := range square(generate(5)) {
		fmt.Println("received", v)
	}
	var wg sync.WaitGroup
	var results []string
	wg.Add(1)
	go label(square(square(generate(4))), &wg, &results)
	wg.Wait()
	fmt.Println(results, len(results))
	sum := 0
	for v := range square(generate(100)) {
		sum += v
	}
	fmt.Println("sum of squares 1..100:", sum)
	done := make(chan struct{})
	msgs := make(chan string)
	go func() {
		for m := range msgs {
			fmt.Println("printer:", m)
		}
		close(done)
	}()
	for _, m := range []string{"one", "two", "three"} {
		msgs <- m
	}
	close(msgs)
	<-done
	fmt.Println("pipeline finished")
}
