// A deferred call writes what main reads.
package main

import "time"

type stats struct{ calls int }

func (s *stats) record() { s.calls++ }

func handle(s *stats) {
	defer s.record()
	println("handling")
}

func main() {
	s := &stats{}
	go handle(s)
	time.Sleep(10 * time.Millisecond)
	println("calls:", s.calls)
}
