// fmt recovers a panic in a String method and prints a %!v(PANIC=...)
// marker instead; two goroutines print such values, in either order.
package main

import (
	"fmt"
	"sync"
)

type bad int

func (b bad) String() string { panic(fmt.Sprint("bad ", int(b))) }

func main() {
	var wg sync.WaitGroup
	wg.Go(func() { fmt.Println(bad(1)) })
	wg.Go(func() { fmt.Printf("%v %d\n", bad(2), bad(2)) })
	wg.Wait()
}
