// Fan-in with select over several channels and a quit signal; totals are order-free.
package main

import (
	"fmt"
	"sort"
)

func source(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return ch
}

func main() {
	a, b, c := source("a", 3), source("b", 4), source("c", 2)
	var got []string
	for a != nil || b != nil || c != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // a nil channel is never selected again
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, v)
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			got = append(got, v)
		}
	}
	sort.Strings(got)
	fmt.Println(len(got), got)
	quit := make(chan struct{})
	nums := make(chan int)
	sum := make(chan int)
	go func() {
		total := 0
		for {
			select {
			case n := <-nums:
				total += n
			case <-quit:
				sum <- total
				return
			}
		}
	}()
	for i := 1; i <= 10; i++ {
		nums <- i
	}
	close(quit)
	fmt.Println("total:", <-sum)
	reqs := make(chan chan int)
	go func() {
		next := 100
		for reply := range reqs {
			reply <- next
			next++
		}
	}()
	for i := 0; i < 3; i++ {
		reply := make(chan int)
		reqs <- reply
		fmt.Println("id", <-reply)
	}
	close(reqs)
}
