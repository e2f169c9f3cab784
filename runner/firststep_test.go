package runner

import (
	"testing"

	"interleave/runner/vm"
)

// firstSeen is a Chooser that runs the lowest goroutine at every choice
// and records each goroutine's option the first time one is listed,
// before the goroutine has run.
type firstSeen struct {
	m     *vm.Machine
	first map[int]vm.Option
}

func (f *firstSeen) Choose(cp *vm.ChoicePoint) int {
	if cp.Kind == vm.ChooseGoroutine {
		for _, o := range f.m.AppendRunnable(nil) {
			if _, ok := f.first[o.G]; !ok {
				f.first[o.G] = o
			}
		}
	}
	return 0
}

// TestFirstStepDescribed checks how the reduction sees the first step of a
// goroutine that has not run (vm/firststep.go): by the operation its
// function begins with, when the go statement's operands name its object,
// and as touching everything when code runs before it.
func TestFirstStepDescribed(t *testing.T) {
	p, err := Compile(`package main

import "sync"

var (
	mu sync.Mutex
	wg sync.WaitGroup
	n  int
)

func work() int { n++; return n }

func main() {
	ch := make(chan int, 1)
	wg.Add(3)
	go func() { mu.Lock(); mu.Unlock(); wg.Done() }()
	go wg.Done()
	go func() { defer wg.Done(); ch <- 1 }()
	go func() {
		if work() > 0 {
			mu.Lock()
			mu.Unlock()
		}
	}()
	wg.Wait()
	<-ch
}
`)
	if err != nil {
		t.Fatal(err)
	}
	f := &firstSeen{first: map[int]vm.Option{}}
	f.m = p.newMachine(Options{}, f)
	f.m.Run()
	want := []struct {
		g   int
		op  string
		obj bool // names one object (else -1, everything)
	}{
		{2, "lock", true},   // its function begins with mu.Lock()
		{3, "wg.add", true}, // go wg.Done(): Done begins with Add(-1)
		{4, "chan", true},   // a defer, then the send
		{5, "step", false},  // work() runs first: not known
	}
	for _, w := range want {
		o, ok := f.first[w.g]
		if !ok {
			t.Errorf("goroutine %d never listed", w.g)
			continue
		}
		if o.Op != w.op || (o.Obj > 0) != w.obj {
			t.Errorf("goroutine %d's first step = %+v, want op %q (one object: %v)", w.g, o, w.op, w.obj)
		}
	}
	if a, b := f.first[2].Obj, f.first[3].Obj; a == b {
		t.Errorf("the Lock's and the Add's objects are both %d", a)
	}
}
