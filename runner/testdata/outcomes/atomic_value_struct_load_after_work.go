// atomic.Value holding a struct: a goroutine stores a config while main
// works and then loads it; main sees nil or the whole config.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	host string
	port int
}

func main() {
	var v atomic.Value
	go func() { v.Store(config{"db", 5432}) }()
	n := 0
	for j := 0; j < 200000; j++ {
		n += j & 1
	}
	if c, ok := v.Load().(config); ok {
		fmt.Println(c.host, c.port, n > 0)
	} else {
		fmt.Println("none", n > 0)
	}
}
