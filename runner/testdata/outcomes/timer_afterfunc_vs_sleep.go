// An AfterFunc and a Sleep of the same length: the function's goroutine and
// the sleeper wake at the same instant, so either prints first.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	time.AfterFunc(3*time.Millisecond, func() {
		fmt.Println("func")
		done <- true
	})
	time.Sleep(3 * time.Millisecond)
	fmt.Println("main")
	<-done
}
