package runner

import (
	"strings"
	"testing"
)

// TestFatalHoldsPrintAgainstPanic: a goroutine's fatal error holds
// printlock until the process ends, as Go's fatal does, so main's panic
// never prints inside it (its printpanics waits). Before, the panic
// released the lock and its message landed after "fatal error: …".
func TestFatalHoldsPrintAgainstPanic(t *testing.T) {
	p, err := Compile(`package main

import "sync"

func main() {
	var mu sync.Mutex
	ready := make(chan struct{})
	go func() {
		ready <- struct{}{}
		mu.Unlock()
	}()
	<-ready
	panic("main panics")
}
`)
	if err != nil {
		t.Fatal(err)
	}
	fatal := 0
	for seed := int64(1); seed <= 200; seed++ {
		r := p.Run(Options{Seed: seed})
		if strings.HasPrefix(r.Stderr, "fatal error: ") {
			fatal++
			if strings.Contains(r.Stderr, "panic: main panics") {
				t.Fatalf("seed %d: the panic printed inside the fatal error:\n%s", seed, r.Stderr)
			}
		}
	}
	if fatal == 0 {
		t.Fatal("no run ended in the fatal error")
	}
}
