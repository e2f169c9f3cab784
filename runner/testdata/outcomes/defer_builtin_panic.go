// `defer panic(v)`: the panic builtin as a deferred call, in two
// goroutines that recover it in an outer deferred func; the order of the
// recovered values shows which ran first.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	out := make(chan any)
	for _, name := range []string{"a", "b"} {
		go func() {
			defer func() { out <- recover() }()
			defer panic(name)
		}()
	}
	fmt.Println(<-out, <-out)
}
