package sched

import (
	"reflect"
	"slices"
	"testing"

	"interleave/runner/vm"
)

// TestForkEncoding: a fork sent to another worker (EncodeFork, DecodeFork)
// arrives with every node above its subtree as it was — kinds, counts,
// picks, preemptions, options, done and broad flags, sleep sets — for
// goroutine, select and timer choices, and with the bound and floor; and
// damaged bytes are refused (or decoded) without a panic.
func TestForkEncoding(t *testing.T) {
	d := NewDFS(1, true)
	d.start = true
	g := gnode(3, 0)
	g.broad[0] = true
	g.sleep = []vm.Option{opt(2, "lock", 1, true)}
	g2 := gnode(2, 1)
	g2.last, g2.pre = 0, 1
	g2.opts[1] = opt(2, "chan receive", 9, false)
	sel := &node{kind: vm.ChooseSelect, n: 3, pick: 1, last: -1, done: []bool{true, false, false}}
	tim := &node{kind: vm.ChooseTimer, n: 2, pick: 0, last: -1, done: make([]bool, 2)}
	d.stack = []*node{g, sel, g2, tim, gnode(2, 0), gnode(2, 0)}
	f := d.Fork(4)
	if f == nil {
		t.Fatal("no fork")
	}
	b := f.EncodeFork()
	check := func(got *DFS, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if got.Bound != f.Bound || got.Reduce != f.Reduce || got.floor != f.floor || len(got.stack) != len(f.stack) {
			t.Fatalf("decoded %+v, want %+v", got, f)
		}
		for i, a := range f.stack {
			b := got.stack[i]
			if a.kind != b.kind || a.n != b.n || a.last != b.last || a.pick != b.pick || a.pre != b.pre ||
				!slices.Equal(a.opts, b.opts) || !slices.Equal(a.done, b.done) || !slices.Equal(a.broad, b.broad) ||
				!slices.Equal(a.sleep, b.sleep) || (a.sleep == nil) != (b.sleep == nil) || len(b.back) != b.n || slices.Contains(b.back, true) {
				t.Errorf("node %d: decoded %+v, want %+v", i, *b, *a)
			}
		}
	}
	// Decoded into the memory of an earlier decoded fork whose nodes its
	// search changed, the fork is the same.
	old, err := DecodeFork(b, nil)
	check(old, err)
	for _, nd := range old.stack {
		nd.pick, nd.n = 0, 7
		for i := range nd.opts {
			nd.opts[i] = opt(9, "junk", 9, true)
		}
		for i := range nd.done {
			nd.done[i], nd.back[i] = !nd.done[i], true
		}
	}
	got, err := DecodeFork(b, old)
	check(got, err)
	if old.mem != nil {
		t.Error("the memory reused stays with the old fork")
	}
	// The end of the subtree's search comes back to the fork.
	got.stack[4].broad[got.stack[4].pick] = true
	got.BoundHit = true
	f.SetEnd(got.End())
	if !f.stack[4].broad[f.stack[4].pick] || !f.BoundHit || f.Diverged {
		t.Errorf("SetEnd(End()) did not carry the end over: %+v", f.stack[4])
	}
	for n := range b {
		DecodeFork(b[:n], nil) // must not panic
		for _, x := range []byte{0, 1, 0x7f, 0x80, 0xff} {
			c := slices.Clone(b)
			c[n] = x
			if f, err := DecodeFork(c, nil); err == nil && f.floor != len(f.stack) {
				t.Fatalf("byte %d = %#x: a fork with %d nodes and floor %d", n, x, len(f.stack), f.floor)
			}
		}
	}
	if _, err := DecodeFork(b[:len(b)-1], nil); err == nil {
		t.Error("a truncated fork was accepted")
	}
}

// TestForkRunOuter: a forked run's requests to the nodes above cross to
// the lead intact (AppendOuter, DecodeOuter), of every kind, and damaged
// requests are refused.
func TestForkRunOuter(t *testing.T) {
	r := ForkRun{Pruned: true, Pre: 1, BoundHit: true, Diverged: true, Outer: []OuterOp{
		{Kind: outerBack, Node: 4000, Opt: 1, Free: -1}, {Kind: outerBack, Node: 3, Opt: 2, Free: 1},
		{Kind: outerMark, Node: 1, G: 7}, {Kind: outerGiveUp, Node: 5},
	}}
	b := r.AppendOuter([]byte{9})
	if b[0] != 9 {
		t.Fatal("AppendOuter did not append")
	}
	got, err := DecodeOuter(b[1:])
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, r.Outer) {
		t.Errorf("round trip: %+v, want %+v", got, r.Outer)
	}
	if _, err := DecodeOuter([]byte{9}); err == nil {
		t.Error("a request of an unknown kind was accepted")
	}
	for n := 1; n < len(b)-1; n++ {
		DecodeOuter(b[1:n]) // must not panic
	}
}

// TestForkEndOpenStep: a fork whose top is a timer choice made as a
// goroutine's step ends (a timer fired early may start an AfterFunc's
// goroutine, making that step broad) carries the broad flag of that step's
// goroutine choice back, locally (EndFork) and over the wire (End,
// SetEnd): the search's later sleep sets depend on it, and without it a
// split search pruned a schedule one worker runs.
func TestForkEndOpenStep(t *testing.T) {
	d := NewDFS(2, true)
	d.start = true
	tim := &node{kind: vm.ChooseTimer, n: 2, pick: 0, last: -1, done: make([]bool, 2)}
	d.stack = []*node{gnode(2, 0), gnode(2, 1), tim, gnode(2, 0)}
	f := d.Fork(2)
	if f == nil {
		t.Fatal("no fork")
	}
	f.stack[1].broad[f.stack[1].pick] = true // the fork's runs saw the step start a goroutine
	remote := d.Fork(2)
	remote.SetEnd(f.End())
	if !remote.stack[1].broad[remote.stack[1].pick] {
		t.Error("End/SetEnd lost the broad flag of the step under way at the fork's top")
	}
	d.stack = d.stack[:3]
	d.EndFork(f)
	if !d.stack[1].broad[d.stack[1].pick] {
		t.Error("EndFork lost the broad flag of the step under way at the fork's top")
	}
}
