// OnceFunc's first call re-panics f's panic: "[recovered, repanicked]".
package main

import "sync"

func main() {
	f := sync.OnceFunc(func() { panic("boom") })
	f()
}
