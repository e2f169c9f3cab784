// select cases assigning a receive to a map element and to a slice element
// (case m["a"] = <-a:, case s[0] = <-b:): which one main takes first.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	go func() { a <- 1 }()
	go func() { b <- 2 }()
	m := map[string]int{}
	s := make([]int, 1)
	for range 2 {
		select {
		case m["a"] = <-a:
			fmt.Print("a ", m["a"], " ")
		case s[0] = <-b:
			fmt.Print("b ", s[0], " ")
		}
	}
	fmt.Println()
}
