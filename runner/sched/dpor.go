package sched

import "interleave/runner/vm"

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
// choice point where picking it is free (Coons, Musuvathi & McKinley,
// "Bounded partial-order reduction", OOPSLA 2013, do this more precisely).

// dpor is the per-run state of the race analysis.
type dpor struct {
	steps     []dporStep
	clock     map[int][]int       // goroutine → vector clock after its latest step
	all       []int               // join of every step's clock
	lastW     map[int]int         // object → latest writing step
	reads     map[int]map[int]int // object → goroutine → its latest read step since lastW
	lastBroad int                 // latest step dependent with everything, or -1
	lastDep   map[int]int         // goroutine → its latest step that is not quiet
	free      map[int][]int       // goroutine → stack indices of free choice points offering it
	off       bool                // the run grew too long to analyse
}

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
	clock []int
}

func (s *dpor) reset() {
	*s = dpor{
		clock: map[int][]int{}, lastW: map[int]int{}, reads: map[int]map[int]int{},
		lastBroad: -1, lastDep: map[int]int{}, free: map[int][]int{},
	}
}

func join(a, b []int) []int {
	if len(b) > len(a) {
		a = append(a, make([]int, len(b)-len(a))...)
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
	c := s.clock[g]
	gi := s.steps[i].g
	return gi < len(c) && c[gi] >= i+1
}

// step records the step just taken: o by goroutine o.G, at stack index
// node; broad when it started the goroutines created.
func (s *dpor) step(o vm.Option, node int, broad bool, created []int) {
	k := len(s.steps)
	c := append([]int(nil), s.clock[o.G]...)
	everything := broad || !quiet(o) && o.Obj <= 0
	switch {
	case quiet(o):
	case everything:
		c = join(c, s.all)
		s.lastBroad = k
	default:
		if s.lastBroad >= 0 {
			c = join(c, s.steps[s.lastBroad].clock)
		}
		if w, ok := s.lastW[o.Obj]; ok {
			c = join(c, s.steps[w].clock)
		}
		if o.Write {
			for _, r := range s.reads[o.Obj] {
				c = join(c, s.steps[r].clock)
			}
			s.lastW[o.Obj] = k
			delete(s.reads, o.Obj)
		} else {
			if s.reads[o.Obj] == nil {
				s.reads[o.Obj] = map[int]int{}
			}
			s.reads[o.Obj][o.G] = k
		}
	}
	if o.G >= len(c) {
		c = append(c, make([]int, o.G+1-len(c))...)
	}
	c[o.G] = k + 1
	if !quiet(o) {
		s.lastDep[o.G] = k
	}
	s.steps = append(s.steps, dporStep{g: o.G, node: node, clock: c})
	s.clock[o.G] = c
	s.all = join(s.all, c)
	for _, g := range created {
		s.clock[g] = append([]int(nil), c...)
	}
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
			consider(i)
		}
	} else {
		if s.lastBroad >= 0 {
			consider(s.lastBroad)
		}
		if w, ok := s.lastW[o.Obj]; ok {
			consider(w)
		}
		if o.Write {
			for _, r := range s.reads[o.Obj] {
				consider(r)
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

// addBack asks for option j to be explored at stack index ni.
func (d *DFS) addBack(ni, j int) {
	d.backAt(ni, j, d.freeBefore(ni, d.stack[ni].opts[j].G))
}

// freeBefore is the latest choice point of the run before stack index ni
// that offers goroutine g at no preemption cost, or -1.
func (d *DFS) freeBefore(ni, g int) int {
	free := d.dpor.free[g]
	for k := len(free) - 1; k >= 0; k-- {
		if f := free[k]; f < ni {
			return f
		}
	}
	return -1
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
	if d.allowed(nd, j) || f < 0 {
		return
	}
	d.mark(f, nd.opts[j].G)
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
