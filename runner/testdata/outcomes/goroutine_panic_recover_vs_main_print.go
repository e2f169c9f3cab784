// Each of two goroutines panics and recovers, reporting over a channel;
// the reports arrive in either order.
package main

import "fmt"

func main() {
	out := make(chan string)
	for _, n := range []string{"x", "y"} {
		go func() {
			defer func() { out <- fmt.Sprint(n, ":", recover()) }()
			var m map[string]int
			m[n] = 1
		}()
	}
	fmt.Println(<-out)
	fmt.Println(<-out)
}
