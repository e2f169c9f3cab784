// Closing a channel ends range loops and makes receives return the zero value.
package main

import "fmt"

type Msg struct {
	ID   int
	Body string
}

func producer(n int) <-chan Msg {
	ch := make(chan Msg)
	go func() {
		for i := 1; i <= n; i++ {
			ch <- Msg{i, fmt.Sprintf("message-%d", i)}
		}
		close(ch)
	}()
	return ch
}

func main() {
	for m := range producer(3) {
		fmt.Printf("%+v\n", m)
	}
	ch := producer(2)
	for {
		m, ok := <-ch
		fmt.Printf("ok=%v msg=%+v\n", ok, m)
		if !ok {
			break
		}
	}
	m, ok := <-ch
	fmt.Println("again:", m, ok)
	done := make(chan struct{})
	results := make(chan int, 10)
	for i := 0; i < 3; i++ {
		go func() {
			<-done // every waiter is released by one close
			results <- i
		}()
	}
	close(done)
	sum := 0
	for range 3 {
		sum += <-results
	}
	fmt.Println("released waiters, sum of ids:", sum)
	bc := make(chan float64, 3)
	bc <- 1.5
	bc <- 2.5
	close(bc)
	v1, ok1 := <-bc
	v2, ok2 := <-bc
	v3, ok3 := <-bc
	fmt.Println(v1, ok1, v2, ok2, v3, ok3)
	var recvOnly <-chan int = make(chan int)
	fmt.Printf("%T %T\n", recvOnly, make(chan<- string))
}
