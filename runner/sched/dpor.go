package sched

import (
	"slices"

	"interleave/runner/vm"
)

// Dynamic partial-order reduction (Flanagan & Godefroid, POPL 2005). While
// a run goes on, every pending operation — of runnable goroutines and of
// blocked ones — is checked against the steps already taken: the latest
// step of another goroutine that is dependent with it and does not happen
// before it (by vector clocks over the dependence relation) is a race, and
// the search must also try running the pending goroutine at the state
// before that step. Only those alternatives are explored, instead of every
// runnable goroutine at every choice point; sleep sets remove the
// remaining redundancy.
//
// With a preemption bound, reversing a race may need a preemption the
// bound forbids; then the goroutine is also tried at the latest earlier
// choice point where picking it is free (freeBefore) and at the latest
// context switch before the racing step (markSwitch: the conservative
// point of Coons, Musuvathi & McKinley, "Bounded partial-order reduction",
// OOPSLA 2013).

// dpor is the per-run state of the race analysis. It is reset, not
// reallocated, between runs: a DFS run of examples/cache.go takes some
// 6,000 steps, and a vector clock allocated per step made the analysis the
// search's largest source of garbage.
type dpor struct {
	steps     []dporStep
	arena     []int32  // every step's vector clock, back to back; written once
	clock     []span   // goroutine → its vector clock after its latest step
	all       []int32  // join of every step's clock
	lastW     []int    // object → 1 + its latest writing step, 0 if none
	reads     [][]read // object → each goroutine's latest read step since lastW
	lastBroad int      // latest step dependent with everything, or -1
	lastDep   []int    // goroutine → its latest step that is not quiet, or -1
	off       bool     // the run grew too long to analyse
	points    points   // the run's fallback points, indexed on demand
}

// points indexes the current run's stack for the bound fallback: its free
// choice points and context switches (freeBefore, markSwitch). The nodes
// below the run's depth keep their picks for the rest of the run, so the
// index grows from the top as far as a lookup needs and is rebuilt for
// each run. Scanning the stack back from the racing node instead made a
// run quadratic in its length: tear_send_handoff, whose runs are tens of
// thousands of choice points with a race at many of them, spent minutes
// in the scans of one run.
type points struct {
	switchUpTo []int     // index → the latest context switch at or before it, or -1; its length is how far the index goes
	free       [][]int32 // goroutine → free choice points offering it, ascending
}

// Objects are the machine's numbers (vm's objID: 1, 2, … in order of
// first use in the run), so the tables by object are slices, not maps: a
// map lookup per pending operation and step was a quarter of the
// analysis's time in wasm, where an integer key's map access is a chain
// of calls.

// span is a vector clock in the arena: entry i is the number of steps of
// goroutine i that happen before (indices past n are 0).
type span struct{ off, n int32 }

// read is a goroutine's latest read of an object.
type read struct{ g, step int }

// dporMaxSteps bounds the steps of a run that DPOR analyses: its vector
// clocks take memory per step and goroutine. Beyond it the search falls
// back to trying every option at every choice point of the run (sleep sets
// still apply).
const dporMaxSteps = 200_000

// giveUpDPOR stops the race analysis for the current run; every choice
// point of the run, earlier ones included, explores all its options.
func (d *DFS) giveUpDPOR() {
	if d.dpor.off {
		return
	}
	d.dpor = dpor{off: true}
	d.allBack(len(d.stack))
}

// allBack has the first n nodes of the stack explore all their options.
func (d *DFS) allBack(n int) {
	if d.floor > 0 {
		d.outer = append(d.outer, OuterOp{Kind: outerGiveUp, Node: min(n, d.floor)})
	}
	for i := d.floor; i < n; i++ {
		if nd := d.stack[i]; nd.kind == vm.ChooseGoroutine {
			nd.back = all(nd.n)
		}
	}
}

func all(n int) []bool {
	b := make([]bool, n)
	for i := range b {
		b[i] = true
	}
	return b
}

type dporStep struct {
	g     int
	node  int // stack index of its choice point, -1 if it had no alternative
	clock span
}

// reset empties the analysis for a new run, keeping its buffers.
func (s *dpor) reset() {
	if s.off {
		*s = dpor{}
	}
	s.steps, s.arena, s.clock, s.all = s.steps[:0], s.arena[:0], s.clock[:0], s.all[:0]
	clear(s.lastW)
	for i := range s.reads {
		s.reads[i] = s.reads[i][:0]
	}
	s.lastBroad = -1
	s.lastDep = s.lastDep[:0]
	s.points.switchUpTo = s.points.switchUpTo[:0]
	for g := range s.points.free {
		s.points.free[g] = s.points.free[g][:0]
	}
}

// indexPoints extends the run's fallback index to stack indices below n.
func (d *DFS) indexPoints(n int) {
	p := &d.dpor.points
	for i := len(p.switchUpTo); i < n; i++ {
		last := -1
		if i > 0 {
			last = p.switchUpTo[i-1]
		}
		nd := d.stack[i]
		if nd.kind == vm.ChooseGoroutine && nd.pick != nd.last {
			last = i
		}
		p.switchUpTo = append(p.switchUpTo, last)
		if nd.kind == vm.ChooseGoroutine && nd.last < 0 {
			for _, o := range nd.opts {
				for len(p.free) <= o.G {
					p.free = append(p.free, nil)
				}
				p.free[o.G] = append(p.free[o.G], int32(i))
			}
		}
	}
}

// clockOf is goroutine g's vector clock (empty before its first step).
func (s *dpor) clockOf(g int) []int32 {
	if g >= len(s.clock) {
		return nil
	}
	c := s.clock[g]
	return s.arena[c.off : c.off+c.n]
}

func (s *dpor) setClock(g int, c span) {
	for len(s.clock) <= g {
		s.clock = append(s.clock, span{})
	}
	s.clock[g] = c
}

func (s *dpor) stepClock(i int) []int32 {
	c := s.steps[i].clock
	return s.arena[c.off : c.off+c.n]
}

// join makes a the pointwise maximum of a and b.
func join(a, b []int32) []int32 {
	if len(b) > len(a) {
		a = append(a, make([]int32, len(b)-len(a))...)
	}
	for i, x := range b {
		if x > a[i] {
			a[i] = x
		}
	}
	return a
}

// hb reports whether step i happens before the next operation of g.
func (s *dpor) hb(i, g int) bool {
	c := s.clockOf(g)
	gi := s.steps[i].g
	return gi < len(c) && int(c[gi]) >= i+1
}

// step records the step just taken: o by goroutine o.G, at stack index
// node; broad when it started the goroutines created. Its clock is built
// in place at the arena's end, as long as the longest clock so far (all's
// length: every clock is shorter) and then cut after its last nonzero
// entry, so no longer than the join of the clocks it is made of: no
// copy through a buffer, no join that grows it (examples/cache.go's dfs
// runs this at every one of its ~7,000 steps a run).
func (s *dpor) step(o vm.Option, node int, broad bool, created []int) {
	k := len(s.steps)
	q := quiet(o)
	off, n := len(s.arena), max(len(s.all), o.G+1)
	s.arena = slices.Grow(s.arena, n)[:off+n]
	c := s.arena[off:]
	own := s.clockOf(o.G)
	copy(c, own)
	clear(c[len(own):])
	switch {
	case q:
	case broad || o.Obj <= 0:
		joinInto(c, s.all)
		s.lastBroad = k
	default:
		if s.lastBroad >= 0 {
			joinInto(c, s.stepClock(s.lastBroad))
		}
		if w := s.writer(o.Obj); w >= 0 {
			joinInto(c, s.stepClock(w))
		}
		if o.Write {
			s.grow(o.Obj)
			rs := s.reads[o.Obj]
			for _, r := range rs {
				joinInto(c, s.stepClock(r.step))
			}
			s.lastW[o.Obj] = k + 1
			s.reads[o.Obj] = rs[:0]
		} else {
			s.addRead(o.Obj, o.G, k)
		}
	}
	c[o.G] = int32(k + 1)
	for n > o.G+1 && c[n-1] == 0 {
		n--
	}
	c = c[:n]
	s.arena = s.arena[:off+n]
	if !q {
		for len(s.lastDep) <= o.G {
			s.lastDep = append(s.lastDep, -1)
		}
		s.lastDep[o.G] = k
	}
	sp := span{off: int32(off), n: int32(n)}
	s.steps = append(s.steps, dporStep{g: o.G, node: node, clock: sp})
	s.setClock(o.G, sp)
	s.all = join(s.all, c)
	for _, g := range created {
		s.setClock(g, sp) // clocks in the arena never change: sharing is safe
	}
}

// joinInto makes a the pointwise maximum of a and b, b no longer than a.
func joinInto(a, b []int32) {
	a = a[:len(b)]
	for i, x := range b {
		if x > a[i] {
			a[i] = x
		}
	}
}

// grow makes the tables by object reach obj.
func (s *dpor) grow(obj int) {
	if obj >= len(s.lastW) {
		n := max(obj+1, 2*len(s.lastW))
		s.lastW = append(s.lastW, make([]int, n-len(s.lastW))...)
		s.reads = append(s.reads, make([][]read, n-len(s.reads))...)
	}
}

// writer is the latest step that wrote obj, or -1.
func (s *dpor) writer(obj int) int {
	if obj >= len(s.lastW) {
		return -1
	}
	return s.lastW[obj] - 1
}

// readsOf is each goroutine's latest read of obj since its latest write.
func (s *dpor) readsOf(obj int) []read {
	if obj >= len(s.reads) {
		return nil
	}
	return s.reads[obj]
}

// addRead records goroutine g's read of obj at step k.
func (s *dpor) addRead(obj, g, k int) {
	s.grow(obj)
	rs := s.reads[obj]
	for i := range rs {
		if rs[i].g == g {
			rs[i].step = k
			return
		}
	}
	s.reads[obj] = append(rs, read{g: g, step: k})
}

// race finds the latest step that races with pending operation o and adds
// o's goroutine to the backtrack set of the choice point before it.
func (d *DFS) race(o vm.Option) {
	s := &d.dpor
	if quiet(o) {
		return
	}
	latest := -1
	consider := func(i int) {
		if i > latest && s.steps[i].g != o.G && !s.hb(i, o.G) {
			latest = i
		}
	}
	if o.Obj <= 0 {
		for _, i := range s.lastDep {
			if i >= 0 {
				consider(i)
			}
		}
	} else {
		if s.lastBroad >= 0 {
			consider(s.lastBroad)
		}
		if w := s.writer(o.Obj); w >= 0 {
			consider(w)
		}
		if o.Write {
			for _, r := range s.readsOf(o.Obj) {
				consider(r.step)
			}
		}
	}
	if latest < 0 {
		return
	}
	ni := s.steps[latest].node
	if ni < 0 {
		return // the step had no alternative: nothing ran instead of it
	}
	nd := d.stack[ni]
	for j, x := range nd.opts {
		if x.G == o.G {
			d.addBack(ni, j)
			return
		}
	}
	for j := range nd.opts {
		d.addBack(ni, j)
	}
}

// addBack asks for option j to be explored at stack index ni; when the
// bound forbids it there, its goroutine is tried at the latest earlier free
// choice point offering it (freeBefore). The fallback is looked for only
// then, and once per option of a node: back stays set until the node
// leaves the stack. (A node above a fork's subtree is the adopting
// search's to change; the fork records the request, with the fallback
// found on its copy of the nodes above, which are the adopting search's.)
func (d *DFS) addBack(ni, j int) {
	nd := d.stack[ni]
	if ni < d.floor {
		f := -1
		if !d.allowed(nd, j) && !d.askedBefore(ni, j) {
			f = d.freeBefore(ni, nd.opts[j].G)
		}
		d.backAt(ni, j, f)
		return
	}
	if nd.back[j] {
		return
	}
	f := -1
	if !d.allowed(nd, j) {
		f = d.freeBefore(ni, nd.opts[j].G)
	}
	d.backAt(ni, j, f)
}

// freeBefore is the latest choice point of the current run before stack
// index ni that offers goroutine g at no preemption cost (a goroutine
// choice with no goroutine that could go on), or -1. It looks at the whole
// run, the part replayed from an earlier run included: a race found in the
// run's new part may be with a step of the replayed part, and the point
// where reversing it is free may lie above the node the run changed
// (testdata/dfsorder/prefix_fallback: only the run new below that node was
// searched, and bound 0 never read x before its store).
func (d *DFS) freeBefore(ni, g int) int {
	d.indexPoints(ni)
	if g >= len(d.dpor.points.free) {
		return -1
	}
	free := d.dpor.points.free[g]
	k, _ := slices.BinarySearch(free, int32(ni))
	if k == 0 {
		return -1
	}
	return int(free[k-1])
}

// backAt is addBack with its fallback f (freeBefore) found: when the bound
// forbids option j at ni, its goroutine is tried at f instead. A node above
// a fork's subtree is not the fork's to change: the request is recorded
// for the search that adopts the fork, which decides on its own nodes.
func (d *DFS) backAt(ni, j, f int) {
	if ni < d.floor {
		d.recordOuter(OuterOp{Kind: outerBack, Node: ni, Opt: j, Free: f})
		return
	}
	nd := d.stack[ni]
	if nd.back[j] {
		return
	}
	nd.back[j] = true
	if d.allowed(nd, j) {
		return
	}
	g := nd.opts[j].G
	if f >= 0 {
		d.mark(f, g)
	}
	d.markSwitch(ni, g)
}

// markSwitch is the bound fallback of Coons, Musuvathi & McKinley
// ("Bounded partial-order reduction", OOPSLA 2013): goroutine g, whose
// race with the step at stack index ni the bound forbids reversing there,
// is also tried at the run's latest context switch before ni, where the
// goroutine that steps at ni began to run (the bound forbids the reversal
// only when it went on there). Picking g there costs no more than the
// switch that was made (a preemption for a preemption, free where the
// switch was free); when g is not offered there (the running goroutine
// made it ready), every option is tried there. The latest free point
// offering g (freeBefore) is not enough: when that switch was a
// preemption, g goes before every step since the free point and not only
// before the racing one (testdata/dfsorder/fallback_after_switch: bound 1
// never had P read y after U's store and x before T's, which needs P in
// place of T where T preempted U). The switch is found on the search's
// own stack, whose nodes above a fork's subtree are those the fork saw.
func (d *DFS) markSwitch(ni, g int) {
	if ni == 0 {
		return
	}
	d.indexPoints(ni)
	c := d.dpor.points.switchUpTo[ni-1]
	if c < 0 {
		return
	}
	nd := d.stack[c]
	for _, o := range nd.opts {
		if o.G == g {
			d.mark(c, g)
			return
		}
	}
	for _, o := range nd.opts {
		d.mark(c, o.G)
	}
}

// mark has goroutine g's options explored at stack index f.
func (d *DFS) mark(f, g int) {
	if f < d.floor {
		d.recordOuter(OuterOp{Kind: outerMark, Node: f, G: g})
		return
	}
	for jj, x := range d.stack[f].opts {
		if x.G == g {
			d.stack[f].back[jj] = true
		}
	}
}
