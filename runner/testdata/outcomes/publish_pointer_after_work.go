// Publishing a pointer through a plain global: main works a while and then
// looks; it sees nil, or the published config.
//
// outcomes: min-reached=2
package main

import "fmt"

type config struct {
	name string
	port int
}

var cfg *config

func main() {
	go func() { cfg = &config{"srv", 80} }()
	s := 0
	for j := 0; j < 200000; j++ {
		s += j & 3
	}
	if c := cfg; c != nil {
		fmt.Println(c.name, c.port, s > 0)
	} else {
		fmt.Println("nil", s > 0)
	}
}
