// runtime.Goexit runs the goroutine's deferred calls (recover returns
// nil in them) while main prints; main then counts goroutines after the
// deferred close(done), before or after the goroutine is gone.
//
// outcomes: min-reached=2 real-runs=150
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("d1")
		defer func() { fmt.Println("r", recover()) }()
		fmt.Println("g")
		runtime.Goexit()
	}()
	fmt.Println("m")
	<-done
	fmt.Println("end", runtime.NumGoroutine())
}
