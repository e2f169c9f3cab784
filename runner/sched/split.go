package sched

import (
	"slices"

	"interleave/runner/vm"
)

// Splitting a DFS search across workers.
//
// A node's next alternative (the option backtrack will pick there once
// everything below its current pick is explored) heads a subtree that the
// sequential search reaches later. How that subtree is searched depends
// only on the nodes above it — their picks, what is done there and which of
// those steps started goroutines (both feed the sleep sets), the sleep sets
// themselves — and none of that changes before the search gets there,
// unless a run in between asks that node for another alternative that
// comes first. So another worker can search the subtree ahead of time on a
// copy of the nodes above (Fork). It records, for each of its runs, what
// the run did to the nodes above (ForkRun.Outer: DPOR's requests for
// alternatives there, and giving up DPOR). When the sequential search gets
// to the subtree and finds the nodes above as the copy had them (Matches),
// it takes the recorded runs one by one in place of running them (Replay),
// applying their requests to its own nodes exactly as the runs would have,
// and then leaves the subtree (EndFork). Every schedule, every count and
// the verdict are therefore the sequential search's, whatever the number
// of workers; a fork that does not match is simply not used.

// outerKind is what a forked run did to a node above its subtree.
type outerKind uint8

const (
	outerBack   outerKind = iota // addBack(Node, Opt); Free is its bound fallback
	outerMark                    // the bound fallback marked goroutine G at Node
	outerGiveUp                  // DPOR gave up: every node explores every option
)

// OuterOp is one effect of a forked run on the nodes above its subtree.
type OuterOp struct {
	Kind outerKind `json:"k"`
	Node int       `json:"n"`
	Opt  int       `json:"o,omitempty"`
	G    int       `json:"g,omitempty"`
	Free int       `json:"f,omitempty"`
}

// ForkRun is what a forked run left for the search that takes it.
type ForkRun struct {
	Pruned   bool      `json:"pruned,omitempty"`
	Pre      int       `json:"pre,omitempty"`
	Outer    []OuterOp `json:"outer,omitempty"`
	BoundHit bool      `json:"boundHit,omitempty"`
	Diverged bool      `json:"diverged,omitempty"`
}

// recordOuter records a request of the current run to a node above the
// fork's subtree, unless an earlier run of the fork made it already: the
// search that adopts the fork applies the runs' requests in order, and a
// request it has applied once is a no-op the second time (backAt returns
// at once when the option is already asked for, whatever the fallback;
// mark only sets flags). Runs of a program like examples/cache.go repeat
// the same thousands of requests, so this keeps the record small.
//
// Requests for an option (outerBack) are by far the most (one per node
// above, thousands per run), so they are remembered in a flag per node
// and option rather than in the map, which costs a hash per request.
func (d *DFS) recordOuter(op OuterOp) {
	if op.Kind == outerBack && op.Node < len(d.stack) && op.Opt < len(d.stack[op.Node].done) {
		if d.askedBack == nil {
			d.askedBack = make([][]bool, d.floor)
		}
		flags := d.askedBack[op.Node]
		if flags == nil {
			flags = make([]bool, len(d.stack[op.Node].done))
			d.askedBack[op.Node] = flags
		}
		if flags[op.Opt] {
			return
		}
		flags[op.Opt] = true
		d.outer = append(d.outer, op)
		return
	}
	key := op
	key.Free = 0
	if _, ok := d.asked[key]; ok {
		return
	}
	if d.asked == nil {
		d.asked = map[OuterOp]struct{}{}
	}
	d.asked[key] = struct{}{}
	d.outer = append(d.outer, op)
}

// askedBefore reports whether an earlier request of the fork asked for
// option opt at node ni above its subtree (recordOuter would drop this one).
func (d *DFS) askedBefore(ni, opt int) bool {
	return ni < len(d.askedBack) && opt < len(d.askedBack[ni]) && d.askedBack[ni][opt]
}

// Len is the number of nodes on the stack.
func (d *DFS) Len() int { return len(d.stack) }

// Floor is the number of nodes above a forked subtree (0 for a whole
// search).
func (d *DFS) Floor() int { return d.floor }

// nextAlt is the option backtrack would pick at nd after its current pick,
// with no side effects; -1 if none.
func (d *DFS) nextAlt(nd *node) int {
	switch nd.kind {
	case vm.ChooseGoroutine:
		for j := range nd.opts {
			if j == nd.pick || nd.done[j] || nd.asleep(j) || d.Reduce && !nd.back[j] || !d.allowed(nd, j) {
				continue
			}
			return j
		}
	case vm.ChooseSelect, vm.ChooseMapNew, vm.ChooseProcs:
		if nd.pick+1 < nd.n {
			return nd.pick + 1
		}
	case vm.ChooseTimer, vm.ChoosePool, vm.ChooseFlush, vm.ChooseGC, vm.ChooseIdleWake:
		if nd.pick+1 < nd.n && d.allowed(nd, nd.pick+1) {
			return nd.pick + 1
		}
	}
	return -1
}

// HasAlt reports whether Fork(k) would fork something, without the copy.
func (d *DFS) HasAlt(k int) bool {
	return k >= d.floor && k < len(d.stack)-1 && d.nextAlt(d.stack[k]) >= 0
}

// Fork returns a search of the subtree under node k's next alternative, on
// a copy of the nodes down to k, or nil when node k has none (or is not a
// node strictly above the current run's last one, within this search's
// own part). Call it between runs (after Done).
//
// The copy is cheap because a fork never changes most of a node above its
// subtree: opts never change; back is read only below the floor (requests
// above it are recorded, not made); sleep is only ever replaced, never
// written in place. done and broad are copied: the search that forked
// writes them in place later, and the fork writes broad at its picks.
// The stacks are thousands of nodes deep in a program like
// examples/cache.go, so a fork allocates its nodes in one block.
func (d *DFS) Fork(k int) *DFS { return d.fork(k, true) }

// ForkToSend is Fork for a fork that is meant to be encoded (EncodeFork)
// and searched elsewhere. Until it is searched here, nothing writes its
// nodes above the subtree, so Matches reads them as they are: the second
// copy that Fork makes for Matches (the fork's own search replaces their
// sleep sets as it passes) is made only by its first Next. So it may be
// searched here only on the goroutine that calls Matches with it (the
// page's lead, which searches forks nobody took while it waits). A fork
// of examples/cache.go has about 4,000 nodes and searches one or two
// runs.
func (d *DFS) ForkToSend(k int) *DFS { return d.fork(k, false) }

func (d *DFS) fork(k int, searched bool) *DFS {
	if k < d.floor || k >= len(d.stack)-1 {
		return nil
	}
	j := d.nextAlt(d.stack[k])
	if j < 0 {
		return nil
	}
	f := &DFS{Bound: d.Bound, Reduce: d.Reduce, floor: k + 1}
	nodes := make([]node, k+1)
	f.stack = make([]*node, k+1)
	total := 0
	for _, nd := range d.stack[:k+1] {
		total += 2 * len(nd.done)
	}
	block := make([]bool, total) // every node's done and broad: one allocation, not thousands
	for i, nd := range d.stack[:k+1] {
		c := &nodes[i]
		*c = *nd
		n := len(nd.done)
		flags := block[: 2*n : 2*n]
		block = block[2*n:]
		c.done = flags[:n:n]
		copy(c.done, nd.done)
		if nd.broad != nil {
			c.broad = flags[n:]
			copy(c.broad, nd.broad)
		}
		f.stack[i] = c
	}
	top := f.stack[k]
	top.done[top.pick] = true
	top.pick = j
	// Matches compares with the nodes as forked. Their done never
	// changes afterwards; the fork writes broad only at a node's pick,
	// which Matches does not read (it is not done); the fork replaces
	// sleep, so the copy keeps the slice as it was.
	f.above, f.aboveShared = nodes, true
	if searched {
		f.copyAbove()
	}
	return f
}

// copyAbove gives Matches its own copy of the nodes above a fork, which
// shared them with the fork's search until now (ForkToSend).
func (d *DFS) copyAbove() {
	if d.aboveShared {
		d.above, d.aboveShared = slices.Clone(d.above), false
	}
}

// Matches reports whether f (from Fork) searches the subtree the search is
// about to enter: the nodes above it are as f had them.
func (d *DFS) Matches(f *DFS) bool {
	if len(d.stack) != f.floor || f.Bound != d.Bound || f.Reduce != d.Reduce {
		return false
	}
	for i, a := range d.stack {
		b := f.above[i]
		if a.kind != b.kind || a.n != b.n || a.last != b.last || a.pick != b.pick || a.pre != b.pre ||
			!slices.Equal(a.opts, b.opts) || !slices.Equal(a.done, b.done) || !slices.Equal(a.sleep, b.sleep) {
			return false
		}
		for j := range a.broad { // goroutine choices only
			if a.done[j] && a.broad[j] != b.broad[j] {
				return false
			}
		}
	}
	return true
}

// openStep is the index of the goroutine choice whose step may still be
// under way at node k: k itself, or the nearest goroutine choice above a
// choice made inside a step or as it ends (a select's case, a timer that
// fires after it, a collection's batch), whose broad flag the fork's runs
// set (a timer that fires there may start an AfterFunc's goroutine, a
// collection a finalizer's). -1 if none.
func openStep(stack []*node, k int) int {
	for i := k; i >= 0; i-- {
		if stack[i].kind == vm.ChooseGoroutine {
			return i
		}
	}
	return -1
}

// Record is what the run just ended (Done or Replay) left for the search
// that adopts this fork.
func (d *DFS) Record(pruned bool, pre int) ForkRun {
	r := ForkRun{Pruned: pruned, Pre: pre, Outer: d.outer, BoundHit: d.BoundHit, Diverged: d.Diverged}
	d.outer = nil
	return r
}

// Recycle says that r, the last Record, was sent elsewhere as bytes and
// is not kept: the next run writes its requests over r's memory (a run of
// examples/cache.go makes thousands; a remote made them anew every run).
func (d *DFS) Recycle(r ForkRun) {
	if d.outer == nil {
		d.outer = r.Outer[:0]
	}
}

// Replay takes a run of an adopted fork (one that Matches) in place of
// running it: its effects on this search's nodes, its flags. Call it where
// Done would be called, after Next; the last run of the fork is followed
// by EndFork.
func (d *DFS) Replay(r ForkRun) (pruned bool, preemptions int) {
	for _, op := range r.Outer {
		switch op.Kind {
		case outerBack:
			d.backAt(op.Node, op.Opt, op.Free)
		case outerMark:
			d.mark(op.Node, op.G)
		case outerGiveUp:
			d.allBack(op.Node)
		}
	}
	d.BoundHit = d.BoundHit || r.BoundHit
	d.Diverged = d.Diverged || r.Diverged
	return r.Pruned, r.Pre
}

// EndFork leaves the subtree of adopted fork f, whose runs have all been
// replayed, as Done would after its last run.
func (d *DFS) EndFork(f *DFS) {
	k := f.floor - 1
	d.stack = d.stack[:k+1]
	if i := openStep(d.stack, k); i >= 0 {
		nd := d.stack[i]
		nd.broad[nd.pick] = f.stack[i].broad[nd.pick]
	}
	d.BoundHit = d.BoundHit || f.BoundHit
	d.Diverged = d.Diverged || f.Diverged
	d.backtrack()
}
