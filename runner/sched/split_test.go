package sched

import (
	"slices"
	"testing"

	"interleave/runner/vm"
)

// gnode is a goroutine choice point among goroutines 1..n, picking pick,
// with every option asked for (as DPOR would after races on all of them).
func gnode(n, pick int) *node {
	nd := &node{kind: vm.ChooseGoroutine, n: n, last: -1, pick: pick,
		broad: make([]bool, n), back: make([]bool, n), done: make([]bool, n)}
	for g := 1; g <= n; g++ {
		nd.opts = append(nd.opts, opt(g, "lock", 1, true))
		nd.back[g-1] = true
	}
	return nd
}

// TestForkMatches: a fork is taken only when the search arrives at its
// subtree with the nodes above exactly as they were forked; any change to
// a pick, what is done, a done option's broad flag, a sleep set or the
// bound makes it a different subtree, which the search then explores
// itself.
func TestForkMatches(t *testing.T) {
	build := func() *DFS {
		d := NewDFS(-1, true)
		d.start = true
		d.stack = []*node{gnode(3, 0), gnode(3, 0), gnode(2, 0)}
		return d
	}
	// arrive moves d to the subtree f forks, as backtrack does once the
	// subtree of node k's current pick is explored.
	arrive := func(d *DFS, f *DFS) {
		k := f.floor - 1
		d.stack = d.stack[:k+1]
		nd := d.stack[k]
		nd.done[nd.pick] = true
		nd.pick = f.stack[k].pick
	}
	d := build()
	f := d.Fork(1)
	if f == nil || f.floor != 2 || f.stack[1].pick != 1 {
		t.Fatalf("Fork(1) = %+v, want node 1's next alternative", f)
	}
	if d.Fork(2) != nil {
		t.Error("forked the current run's last node")
	}
	// The fork's own writes (broad at its picks, new sleep sets) do not
	// change what it is compared with.
	f.stack[0].broad[0] = true
	f.stack[1].sleep = []vm.Option{opt(1, "lock", 1, true)}
	arrive(d, f)
	if !d.Matches(f) {
		t.Fatal("fork does not match the subtree it forked")
	}
	for name, change := range map[string]func(d *DFS){
		"earlier alternative": func(d *DFS) { d.stack[1].pick = 2 },
		"done above":          func(d *DFS) { d.stack[0].done[2] = true },
		"broad of done":       func(d *DFS) { d.stack[1].broad[0] = true },
		"sleep above":         func(d *DFS) { d.stack[0].sleep = []vm.Option{opt(3, "lock", 1, true)} },
		"options above":       func(d *DFS) { d.stack[0].opts = slices.Clone(d.stack[0].opts); d.stack[0].opts[2].Obj = 7 },
		"bound":               func(d *DFS) { d.Bound = 2 },
		"depth":               func(d *DFS) { d.stack = d.stack[:1] },
	} {
		d := build()
		f := d.Fork(1)
		arrive(d, f)
		change(d)
		if d.Matches(f) {
			t.Errorf("%s: fork still matches", name)
		}
	}
}

// TestForkToSend: a fork made to be sent shares its nodes with what
// Matches reads until it is searched here; its first Next gives Matches a
// copy, so that the search's own writes (new sleep sets) do not change
// what it is compared with.
func TestForkToSend(t *testing.T) {
	d := NewDFS(-1, true)
	d.start = true
	d.stack = []*node{gnode(3, 0), gnode(3, 0), gnode(2, 0)}
	f, g := d.ForkToSend(1), d.Fork(1)
	if string(f.EncodeFork()) != string(g.EncodeFork()) {
		t.Fatal("ForkToSend and Fork encode differently")
	}
	if !f.aboveShared || &f.above[0] != f.stack[0] {
		t.Fatal("ForkToSend copied the nodes above for Matches")
	}
	if !f.Next() || f.aboveShared || &f.above[0] == f.stack[0] {
		t.Fatal("Next did not give Matches its own copy")
	}
	f.stack[0].sleep = []vm.Option{opt(1, "lock", 1, true)}
	d.stack = d.stack[:2]
	d.stack[1].done[0], d.stack[1].pick = true, f.stack[1].pick
	if !d.Matches(f) {
		t.Fatal("the fork's own search changed what Matches compares with")
	}
}
