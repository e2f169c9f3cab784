// Iterating over a map while another goroutine writes it is a fatal error
// when the runtime notices.
package main

import "fmt"

func work() {
	s := 0
	for i := range 100 {
		s += i
	}
	_ = s
}

func main() {
	m := map[int]int{}
	for i := range 8 {
		m[i] = i
	}
	done := make(chan bool)
	go func() {
		for i := range 10 {
			m[i%8] = i
			work()
		}
		done <- true
	}()
	sum := 0
	for range 10 {
		for _, v := range m {
			sum += v
			work()
		}
	}
	<-done
	fmt.Println("done", sum > 0)
}
