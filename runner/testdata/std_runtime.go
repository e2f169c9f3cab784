// What user programs may use of runtime and runtime/debug: goroutine
// counts, Gosched, GOMAXPROCS and NumCPU (printed only as facts that hold on
// every machine), runtime.Error on recovered runtime panics, and debug's
// settings with Go's defaults.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	block := make(chan bool)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			<-block
			done <- true
		}()
	}
	fmt.Println("goroutines with three blocked:", runtime.NumGoroutine())
	close(block)
	for i := 0; i < 3; i++ {
		<-done
	}
	runtime.Gosched()
	fmt.Println("GOMAXPROCS(0) >= 1:", runtime.GOMAXPROCS(0) >= 1, "NumCPU() >= 1:", runtime.NumCPU() >= 1)
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("GOMAXPROCS(1) returns the old value:", prev == runtime.NumCPU() || prev >= 1, "now:", runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)
	runtime.GC()
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler)

	for _, f := range []func(){
		func() { var a []int; _ = a[3] },
		func() { var m map[string]int; m["x"] = 1 },
		func() { var x any = "s"; _ = x.(int) },
		func() { panic(errors.New("plain error")) },
	} {
		func() {
			defer func() {
				r := recover()
				re, ok := r.(runtime.Error)
				if ok {
					fmt.Println("runtime.Error:", re.Error())
				} else {
					fmt.Println("not a runtime.Error:", r)
				}
			}()
			f()
		}()
	}
	fmt.Println("SetGCPercent:", debug.SetGCPercent(50), debug.SetGCPercent(100))
	fmt.Println("SetMaxStack:", debug.SetMaxStack(1<<20), debug.SetMaxStack(1000000000))
	debug.FreeOSMemory()
	st := string(debug.Stack())
	fmt.Println("Stack names main.main:", strings.Contains(st, "main.main()"), "starts with goroutine:", strings.HasPrefix(st, "goroutine "))
}
