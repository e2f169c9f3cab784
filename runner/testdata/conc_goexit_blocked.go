// runtime.Goexit: deferred calls run (a helper's too), recover returns nil
// during it, a Goexit in a deferred call ends a panic quietly, and main's
// Goexit lets the others run; one blocks forever, so all are asleep.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func viaHelper(wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() { out <- fmt.Sprint("recover in Goexit: ", recover()) }()
	func() {
		defer func() { out <- "inner deferred" }()
		runtime.Goexit()
	}()
	out <- "unreachable"
}

func abandon(wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() { out <- "outer deferred" }()
	defer runtime.Goexit() // ends the panic: the goroutine exits quietly
	panic("abandoned")
}

func main() {
	out := make(chan string, 10)
	var wg sync.WaitGroup
	wg.Add(1)
	go viaHelper(&wg, out)
	wg.Wait()
	wg.Add(1)
	go abandon(&wg, out)
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	block := make(chan int)
	go func() { time.Sleep(time.Millisecond); fmt.Println("sleeper done"); <-block }()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
