// A channel of functions: two goroutines send closures over their own id;
// main calls them in arrival order.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	ch := make(chan func() string)
	for _, id := range []string{"a", "b"} {
		go func() { ch <- func() string { return id } }()
	}
	f, g := <-ch, <-ch
	fmt.Println(f(), g())
}
