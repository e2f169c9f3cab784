// singleflight Do whose function panics: the caller's goroutine panics
// with singleflight's re-panicked value; main's print may come first.
package main

import (
	"fmt"
	"time"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	go func() {
		g.Do("k", func() (any, error) { panic("boom") })
	}()
	fmt.Println("main")
	time.Sleep(20 * time.Millisecond)
	fmt.Println("unreachable?")
}
