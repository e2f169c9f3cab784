// A goroutine waits on time.After: the pending timer keeps the program from
// being deadlocked while main waits on a channel nobody sends on. After it
// fires and the goroutine ends, every goroutine is asleep.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		<-time.After(5 * time.Millisecond)
		fmt.Println("timer fired")
	}()
	fmt.Println("main waits")
	<-make(chan int)
}
