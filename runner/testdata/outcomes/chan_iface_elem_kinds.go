// Channel of interfaces carrying different dynamic kinds: an int, a
// string and a struct from three goroutines; main prints the kinds in
// arrival order.
//
// outcomes: min-reached=2
package main

import "fmt"

type pt struct{ x, y int }

func main() {
	ch := make(chan any)
	go func() { ch <- 7 }()
	go func() { ch <- "s" }()
	go func() { ch <- pt{1, 2} }()
	for range 3 {
		switch v := (<-ch).(type) {
		case int:
			fmt.Print("int ", v, " ")
		case string:
			fmt.Print("string ", v, " ")
		case pt:
			fmt.Print("pt ", v.x, v.y, " ")
		}
	}
	fmt.Println()
}
