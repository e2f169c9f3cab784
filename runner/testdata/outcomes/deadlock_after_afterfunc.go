// main blocks forever on a channel nobody sends on, while an AfterFunc is
// still pending: Go does not report the deadlock until the timer has fired
// and its function has run; then all goroutines are asleep.
package main

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(10*time.Millisecond, func() { fmt.Println("timer fired") })
	go func() { fmt.Println("helper exits") }()
	ch := make(chan int)
	<-ch
}
