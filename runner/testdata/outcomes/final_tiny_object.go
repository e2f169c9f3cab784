// A pointer-free object under 16 bytes shares a tiny allocator block: its
// finalizer may never run.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	n := new(int)
	runtime.SetFinalizer(n, func(*int) { fmt.Println("finalizer") })
	n = nil
	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("end")
}
