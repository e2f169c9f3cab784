// Two producers send two values each into one channel; the consumer prints
// them in arrival order. Each producer's own values stay in order.
package main

import "fmt"

func main() {
	ch := make(chan string)
	for _, p := range []string{"a", "b"} {
		go func() {
			ch <- p + "1"
			ch <- p + "2"
		}()
	}
	for range 4 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
}
