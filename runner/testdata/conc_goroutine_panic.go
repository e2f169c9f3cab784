// A panic in a goroutine kills the whole program; main's deferred calls do not run.
package main

import "fmt"

func process(items []string, idx int) string {
	return items[idx]
}

func main() {
	defer fmt.Println("main deferred (never printed)")
	items := []string{"a", "b"}
	done := make(chan bool)
	go func() {
		defer fmt.Println("worker deferred print runs")
		for i := 0; i < 3; i++ {
			fmt.Println("worker got", process(items, i))
		}
		done <- true
	}()
	<-done
	fmt.Println("never printed")
}
