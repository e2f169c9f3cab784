// Each of two workers recovers its own panic and reports it on a channel;
// one worker panics, the other does not. The reports arrive in either
// order and the program exits 0.
package main

import "fmt"

func work(id int, fail bool, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint(id, " recovered ", r)
			return
		}
		out <- fmt.Sprint(id, " ok")
	}()
	if fail {
		var m map[string]int
		m["x"] = id
	}
}

func main() {
	out := make(chan string)
	go work(1, true, out)
	go work(2, false, out)
	fmt.Println(<-out)
	fmt.Println(<-out)
}
