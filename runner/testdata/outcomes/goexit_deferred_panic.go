// A deferred call that panics while runtime.Goexit unwinds: the crash
// report names only the panic (Go's printpanics skips the Goexit in
// flight), while main may or may not have printed first.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		defer func() {
			panic(fmt.Sprint("deferred, recover() = ", recover()))
		}()
		runtime.Goexit()
	}()
	fmt.Println("main")
	runtime.Gosched()
	fmt.Println("main again")
	select {}
}
