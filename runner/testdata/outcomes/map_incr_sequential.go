// Two goroutines update map entries one after the other (the channel orders
// them), with every read-modify-write form gc lowers to one mapassign:
// the result never depends on the schedule.
package main

import "fmt"

func main() {
	m := map[string]int{}
	s := map[string][]int{}
	turn := make(chan struct{})
	done := make(chan struct{})
	work := func(id int) {
		m["inc"]++
		m["add"] += 10
		m["sub"] -= id
		s["list"] = append(s["list"], id)
	}
	go func() {
		work(1)
		close(turn)
	}()
	go func() {
		<-turn
		work(2)
		close(done)
	}()
	<-done
	fmt.Println(m["inc"], m["add"], m["sub"], s["list"])
}
