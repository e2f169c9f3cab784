package sched

import (
	"errors"

	"interleave/runner/vm"
)

// DFS explores a program's choices systematically: a stateless depth-first
// search (as in VeriSoft and CHESS) that re-executes the program from the
// start for every schedule, following the choices of the previous run up to
// the deepest choice point with an unexplored alternative and taking that
// alternative instead.
//
// Two things keep the tree small:
//
//   - A preemption bound K (Musuvathi & Qadeer, "Iterative context bounding",
//     PLDI 2007): a goroutine choice is a preemption when the goroutine that
//     ran last could go on (ChoicePoint.Last >= 0) and another is picked.
//     Only schedules with at most K preemptions are explored; most
//     concurrency bugs need one or two.
//   - Sleep sets (Godefroid 1996): after the subtree of option t at a node
//     is explored, t sleeps in the subtrees of the node's later options
//     until an operation dependent with t runs, because running t first
//     there would only reorder independent operations already covered.
//     A run in which every allowed option sleeps is redundant and is cut
//     short (Pruned).
//
// Two options are independent when they touch different objects and
// neither touches every object (Obj -1), or both only read the same object.
// The reduction assumes, as DPOR does, that goroutines share plain memory
// only under the synchronisation the scheduler sees: steps that race on an
// unsynchronised variable may be treated as commuting. Under a preemption
// bound, a reordering that sleep sets rely on may need more preemptions
// than the schedule it stands for, and so lie outside the bound: mayPut
// lets an option sleep only where its reordering costs no more, and DPOR's
// backtracking falls back to the latest free choice point and the latest
// context switch (dpor.go).
//
// Select cases are part of the tree, and so is whether a map range produces
// an entry created during it (vm.ChooseMapNew): free, as a select's case. So
// are timer choices (timers due at
// the same instant, vm.ChooseTimer) and pool choices (whether a Get takes a
// blocked goroutine's item, vm.ChoosePool) and store-buffer choices
// (whether a load reads a value still in another goroutine's store buffer,
// vm.ChooseFlush), each pick but the first costing one preemption, and
// when Go's idle P wakes for a timer (vm.ChooseIdleWake): on time or at
// its whole-millisecond wake free, a later wake one preemption. Map iteration order is not: a DFS run
// always starts iterations at the first entry, since iteration order only
// changes output order, and branching at every range over a map would
// multiply the tree by the map's size for little gain.
//
// Before the tree, a search with FirstNatural set runs one schedule
// outside it: Go's own at GOMAXPROCS=1 (the natural run). At every
// goroutine choice it takes the goroutine Go's one P runs next
// (ChoicePoint.Natural: the one that ran last while it can go on, else
// runnext, else the run queue's head), GOMAXPROCS 1 when the program
// asks (vm.ChooseProcs), at every other choice the first option. That
// schedule costs no preemption, so an exhaustive search's tree holds it
// or one equivalent to it; a search cut short by its budget
// may never reach it: the tree picks the lowest goroutine at every free
// choice, and a program whose outcome depends on Go's run-queue order
// (gosched_run_queue_order, runq_chan_mutex_wakes) showed that order in
// none of 5,000 tree schedules. The natural run is not the tree's first
// pick at every node on purpose: taking it there changes which subtrees
// depth-first search exhausts first, and a run that ends with many
// never-run goroutines pending (wg_add_during_wait) then spends any budget
// on permutations of them (docs/design.md). The natural run changes no
// node of the tree: the search after it is the one without it.
//
// A DFS value is the Chooser of one run at a time: call Next before each
// run and Done after it.
type DFS struct {
	Bound        int  // preemption bound; negative means unbounded
	Reduce       bool // use partial-order reduction: DPOR and sleep sets
	FirstNatural bool // run Go's own schedule before the tree (see above)

	natural     bool // the current run is the natural one
	naturalDone bool // the natural run was handed out

	stack     []*node
	depth     int         // choice points seen in the current run
	pre       int         // preemptions so far in the current run
	pruned    bool        // the current run was cut short
	sleep     []vm.Option // the current run's sleep set
	taken     vm.Option   // the option of the latest goroutine choice
	takenNode *node       // its node, nil for a step with no alternative
	takenIdx  int         // its stack index, or -1
	blocked   []vm.Option // pending operations of blocked goroutines, from Block
	dpor      dpor
	replay    int  // the stack index of the node whose pick the current run changes (see racing)
	start     bool // Next has been called once

	// A search of one subtree (Fork): the nodes above it, which it
	// never backtracks, and what its current run did to them.
	floor       int
	outer       []OuterOp
	above       []node               // the nodes above as forked, for Matches
	aboveShared bool                 // above is the fork's own nodes (ForkToSend) until its first Next
	asked       map[OuterOp]struct{} // requests to the nodes above made by earlier runs (recordOuter)
	askedBack   [][]bool             // outerBack requests among them, by node and option
	mem         *forkMemory          // where a decoded fork's nodes live (DecodeFork)

	// Where Choose's new nodes come from (newNode): blocks of nodes, of
	// options and of flags, cut up as nodes are made and never reused.
	nodeBlock []node
	optBlock  []vm.Option
	flagBlock []bool

	// BoundHit reports whether the bound kept some schedule out: when
	// false after the search is exhausted, the unbounded space was covered.
	BoundHit bool
	// Diverged reports that a re-execution did not meet the choice points
	// of the run it replays: the program is not deterministic under its
	// choices, which would make the search unsound.
	Diverged bool
}

type node struct {
	kind  vm.ChoiceKind
	n     int
	opts  []vm.Option
	broad []bool // options whose step started goroutines
	back  []bool // options to explore here (DPOR's backtrack set)
	last  int
	pick  int
	pre   int    // preemptions before this choice
	done  []bool // options whose subtrees are explored
	sleep []vm.Option
}

// errPruned aborts a run whose every allowed continuation sleeps. The VM
// recovers the panic and ends the run; Done reports it as pruned.
var errPruned = errors.New("interleave: schedule pruned by sleep set")

// NewDFS returns a DFS with preemption bound (negative: unbounded) and,
// when reduce is set, sleep-set reduction.
func NewDFS(bound int, reduce bool) *DFS {
	return &DFS{Bound: bound, Reduce: reduce}
}

// Next prepares the next run and reports whether one is left to explore.
func (d *DFS) Next() bool {
	if d.FirstNatural && !d.naturalDone {
		d.naturalDone, d.natural = true, true
		return true
	}
	if d.start && len(d.stack) <= d.floor {
		return false
	}
	d.start = true
	d.copyAbove()
	d.depth, d.pre, d.pruned, d.sleep, d.takenNode, d.blocked = 0, 0, false, nil, nil, nil
	d.replay = len(d.stack) - 1
	d.dpor.reset()
	return true
}

// racing reports whether DPOR looks for races at this point of the run:
// not before the step of the node whose pick the run changes (replay).
// Every step before it is the same as in the run that first reached that
// node, with the same picks above it and so the same state, the same
// steps and the same vector clocks: each race found among them then is
// found again, and its request to explore an option (addBack) was made
// then, to this search's own nodes (a fork's requests to the nodes above
// it were made by the search that forked it before it forked), so asking
// again changes nothing. examples/cache.go at bound 1 replays about half
// of every run, with its runnable and blocked goroutines' pending
// operations checked at each step; a fork's first run also recorded those
// requests for the search above (thousands per run), which applied them
// again for nothing.
//
// (The steps keep going into the analysis, dpor.step: the races after the
// replayed part are with steps in it.)
func (d *DFS) racing() bool {
	return d.Reduce && !d.dpor.off && !d.natural && d.depth > d.replay
}

// NaturalRun reports whether the current run is the natural one (see
// DFS): Go's own schedule, before the tree.
func (d *DFS) NaturalRun() bool { return d.natural }

// WantsBlocked reports whether Block is of use before the next goroutine
// choice: the pending operations of blocked goroutines only matter to
// DPOR where it looks for races (racing).
func (d *DFS) WantsBlocked() bool { return d.racing() }

// Done ends the current run: it reports whether the run was pruned (its
// result is meaningless) and how many preemptions it made, and moves the
// search to the next schedule.
func (d *DFS) Done() (pruned bool, preemptions int) {
	if d.natural {
		d.natural = false
		return false, 0 // every pick was free, and nothing of the tree changed
	}
	pruned, preemptions = d.pruned, d.pre
	if d.Reduce && !d.dpor.off && !d.pruned && d.takenNode != nil {
		// The last step ended the program (main's return, os.Exit, a
		// fatal panic) and so disabled every goroutine that could have
		// run instead: their pending operations race with it, though no
		// later choice point is left to check them at.
		// (A goroutine stopped in front of its exit is no such
		// operation: ending it first would change nothing, as nothing
		// runs after the end to count goroutines.)
		for _, o := range d.takenNode.opts {
			if o.G != d.taken.G && o.Op != "goexit" {
				d.race(o)
			}
		}
	}
	if d.racing() && !d.pruned {
		// Every goroutine left is blocked (a deadlock): what they wait
		// for may race with steps before, though no choice point is left
		// to check it at. A goroutine that blocked in the last step was
		// never checked: in deadlock_lock_order_or_exit the goroutine's
		// Lock raced with main's, which blocked after the last choice.
		for _, o := range d.blocked {
			d.race(o)
		}
	}
	d.blocked = d.blocked[:0]
	// (A run of a fork that diverged before its subtree keeps the nodes
	// above it all the same: they are the fork's frame.)
	d.stack = d.stack[:max(d.floor, min(d.depth, len(d.stack)))]
	d.backtrack()
	return
}

// Block tells the search, before a goroutine choice, what the blocked
// goroutines wait for (Obj -1 when not a single object): their pending
// operations race too. So do they after the run's last step when it
// ended in a deadlock, for Done to check.
func (d *DFS) Block(o vm.Option) { d.blocked = append(d.blocked, o) }

// Pruned reports whether the current run was cut short.
func (d *DFS) Pruned() bool { return d.pruned }

// Exhausted reports whether the whole (bounded) space has been explored.
func (d *DFS) Exhausted() bool { return d.start && len(d.stack) <= d.floor }

// cost is the number of preemptions that picking option i at nd makes. A
// timer choice other than the first (a timer firing out of deadline order,
// or late) counts as one too: it is the runtime switching away from what
// would happen next, and without a bound dfs would try every delay.
func (nd *node) cost(i int) int {
	switch nd.kind {
	case vm.ChooseGoroutine:
		if nd.last >= 0 && i != nd.last {
			return 1
		}
	case vm.ChooseTimer, vm.ChoosePool, vm.ChooseFlush, vm.ChooseGC:
		if i != 0 {
			return 1
		}
	case vm.ChooseIdleWake:
		if i > 1 {
			return 1
		}
	}
	return 0
}

func (nd *node) asleep(i int) bool {
	for _, s := range nd.sleep {
		if s.G == nd.opts[i].G {
			return true
		}
	}
	return false
}

func (d *DFS) allowed(nd *node, i int) bool {
	return d.Bound < 0 || nd.pre+nd.cost(i) <= d.Bound
}

// Choose implements vm.Chooser. Goroutine choices must be offered for
// every step, even those with a single runnable goroutine (N == 1), and
// each followed by Stepped: the search has to see the whole execution to
// keep its sleep sets right. Select and map-iteration choices come from
// the VM as usual.
func (d *DFS) Choose(cp *vm.ChoicePoint) int {
	if d.natural {
		return naturalPick(cp)
	}
	if cp.Kind == vm.ChooseGoroutine {
		d.taken = vm.Option{}
		if d.racing() {
			for _, o := range cp.Options {
				d.race(o)
			}
			for _, o := range d.blocked {
				d.race(o)
			}
		}
		d.blocked = d.blocked[:0]
		if cp.N == 1 {
			if d.Reduce && len(d.awake(cp)) == 1 {
				d.pruned = true
				panic(errPruned)
			}
			d.taken, d.takenNode, d.takenIdx = cp.Options[0], nil, -1
			return 0
		}
	}
	i := d.depth
	d.depth++
	var nd *node
	if i < len(d.stack) {
		nd = d.stack[i]
		if nd.kind != cp.Kind || nd.n != cp.N {
			d.Diverged = true
		}
		if nd.kind == vm.ChooseGoroutine {
			nd.sleep = d.awake(cp)
		}
	} else {
		nd = d.newNode(cp)
		switch cp.Kind {
		case vm.ChooseGoroutine:
			nd.sleep = d.awake(cp)
			nd.pick = -1
			if nd.last >= 0 && !nd.asleep(nd.last) {
				nd.pick = nd.last
			} else {
				// After a Gosched the first pick is the next goroutine
				// after the one that yielded, round robin as Go's run
				// queue goes: at GOMAXPROCS=1 a loop of Gosched calls in
				// several goroutines takes turns, and this run is the
				// first dfs makes.
				from := 0
				if cp.Yielded >= 0 {
					from = cp.Yielded + 1
					if cp.YieldGoesOn {
						// A poll loop's free switch (fair.go): going
						// on first, as Go's P does.
						from = cp.Yielded
					}
				}
				for k := range nd.opts {
					j := (from + k) % cp.N
					if !nd.asleep(j) && d.allowed(nd, j) {
						nd.pick = j
						break
					}
				}
			}
			if nd.pick < 0 {
				for j := range nd.opts {
					if !nd.asleep(j) {
						d.BoundHit = true
					}
				}
				d.depth--
				d.pruned = true
				panic(errPruned)
			}
			nd.back[nd.pick] = true
			if d.dpor.off {
				nd.back = all(cp.N)
			}
		default:
			nd.pick = 0
		}
		d.stack = append(d.stack, nd)
	}
	pick := nd.pick
	if pick >= cp.N {
		pick = 0
	}
	d.pre = nd.pre + nd.cost(pick)
	if nd.kind == vm.ChooseGoroutine {
		d.taken, d.takenNode, d.takenIdx = cp.Options[pick], nd, i
	}
	return pick
}

// naturalPick is the natural run's pick at cp: the goroutine Go's one P
// runs next (which goes on when it can), GOMAXPROCS 1 when the program
// asks for the setting (the schedule is one P's), else the first option.
func naturalPick(cp *vm.ChoicePoint) int {
	switch cp.Kind {
	case vm.ChooseGoroutine:
	case vm.ChooseProcs:
		return 1
	default:
		return 0
	}
	if j := cp.Natural; j >= 0 && j < cp.N {
		return j
	}
	return max(cp.Last, 0)
}

// Replaying reports whether the next goroutine choice comes before the
// step of the node the run changes (see racing), where the run repeats
// an earlier one: the search then needs only the picked option
// (ReplayPick, ReplayChoose, ReplayTook in place of Choose), not all of
// them. The others served Choose to look for races (not there, racing)
// and to give the node its sleep set among them (awake), which it keeps
// from the earlier run: the run's sleep set arriving there is the same,
// from the same steps and the same picks, done and broad flags above.
func (d *DFS) Replaying() bool { return !d.natural && d.depth <= d.replay }

// ReplayPick is the pick of the next node while Replaying: the option to
// describe when the next goroutine choice has more than one.
func (d *DFS) ReplayPick() int { return d.stack[d.depth].pick }

// ReplayChoose is Choose for a goroutine choice among n while Replaying:
// it returns the pick, whose option ReplayTook then gives.
func (d *DFS) ReplayChoose(n int) int {
	d.taken = vm.Option{}
	d.blocked = d.blocked[:0]
	if n == 1 {
		d.takenNode, d.takenIdx = nil, -1
		return 0
	}
	i := d.depth
	d.depth++
	nd := d.stack[i]
	if nd.kind != vm.ChooseGoroutine || nd.n != n {
		d.Diverged = true
	}
	pick := nd.pick
	if pick >= n {
		pick = 0
	}
	d.pre = nd.pre + nd.cost(pick)
	d.takenNode, d.takenIdx = nd, i
	return pick
}

// ReplayTook gives the option ReplayChoose picked. A lone option that
// sleeps ends the run as in Choose.
func (d *DFS) ReplayTook(o vm.Option) {
	d.taken = o
	if d.takenNode != nil || !d.Reduce {
		return
	}
	awake := 0 // len(d.awake(cp)) in Choose
	for _, x := range d.sleep {
		if x == o {
			awake++
		}
	}
	if awake == 1 {
		d.pruned = true
		panic(errPruned)
	}
}

// awake filters the run's sleep set down to the options still pending
// unchanged at cp.
func (d *DFS) awake(cp *vm.ChoicePoint) []vm.Option {
	var out []vm.Option
	for _, x := range d.sleep {
		for _, o := range cp.Options {
			if o == x {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

// Stepped reports that the goroutine picked by the last goroutine choice
// took its step; broad says the step did more than its pending operation
// shows — it started goroutines, which ran code of their own — so it is
// treated as dependent with everything.
func (d *DFS) Stepped(broad bool, created []int) {
	if !d.Reduce || d.natural {
		return
	}
	if !d.dpor.off {
		if broad && d.racing() {
			// Only now is it known that the step touched more than its
			// operation: check it again as touching everything.
			d.race(vm.Option{G: d.taken.G, Op: "step", Obj: -1, Write: true})
		}
		if len(d.dpor.steps) >= dporMaxSteps {
			d.giveUpDPOR()
		} else {
			d.dpor.step(d.taken, d.takenIdx, broad, created)
		}
	}
	taken, nd := d.taken, d.takenNode
	var next []vm.Option
	keep := func(x vm.Option) {
		if !broad && Independent(x, taken) {
			next = append(next, x)
		}
	}
	if nd != nil {
		nd.broad[nd.pick] = broad
		for _, x := range nd.sleep {
			keep(x)
		}
		for j, done := range nd.done {
			if done && j != nd.pick && !nd.broad[j] && d.mayPut(nd, j) {
				keep(nd.opts[j])
			}
		}
	} else {
		for _, x := range d.sleep {
			keep(x)
		}
	}
	d.sleep = next
}

// mayPut reports whether option j of nd, whose subtree is explored, may
// sleep in the subtree of nd's pick under the preemption bound.
//
// A run pruned because j sleeps stands for its reordering with j's step
// moved up to nd, explored in j's subtree — but only if that reordering is
// within the bound too. It costs at most cost(j) + 1 − cost(pick) more
// than the run: j's step at nd instead of the pick's, and one preemption
// more when j's goroutine could go on after its step and the pick's
// goroutine runs next instead (removing j's step from later in the run
// adds none). Sleeping is sound whatever the run's own cost only when
// that is ≤ 0: j goes on for free and the pick preempts it. Otherwise a
// schedule within the bound could be pruned while its reordering needs
// more preemptions than the bound and is never run: two waiters released
// at once by wg.Done, both free to go first, lost the order "B A" at
// bound 0 (Coons, Musuvathi & McKinley, OOPSLA 2013, show the bound
// induces such dependences).
func (d *DFS) mayPut(nd *node, j int) bool {
	return d.Bound < 0 || nd.cost(j)+1-nd.cost(nd.pick) <= 0
}

// newNode makes the node of a new choice point cp, its goroutine
// choice's options copied (the caller may reuse its buffer). Every run
// below the node it backtracked to makes a node per choice point
// (examples/cache.go at bound 1: hundreds per run, most of the search's
// allocations), so nodes, options and their done, broad and back flags
// are cut from blocks (a flag allocated per node was a quarter of all a
// cache.go schedule allocated). A block is never reused: a fork shares
// its nodes' options (Fork), so an abandoned node's memory may still be
// read; a block lives as long as any node cut from it.
func (d *DFS) newNode(cp *vm.ChoicePoint) *node {
	const nodesPerBlock, optsPerBlock, flagsPerBlock = 32, 128, 1024
	if len(d.nodeBlock) == 0 {
		d.nodeBlock = make([]node, nodesPerBlock)
	}
	nd := &d.nodeBlock[0]
	d.nodeBlock = d.nodeBlock[1:]
	n := cp.N
	*nd = node{kind: cp.Kind, n: n, last: cp.Last, pre: d.pre}
	k := n
	if cp.Kind == vm.ChooseGoroutine {
		k = 3 * n
	}
	if len(d.flagBlock) < k {
		d.flagBlock = make([]bool, max(flagsPerBlock, k))
	}
	flags := d.flagBlock[:k:k]
	d.flagBlock = d.flagBlock[k:]
	if cp.Kind != vm.ChooseGoroutine {
		nd.done = flags
		return nd
	}
	nd.done, nd.broad, nd.back = flags[:n:n], flags[n:2*n:2*n], flags[2*n:]
	if len(d.optBlock) < n {
		d.optBlock = make([]vm.Option, max(optsPerBlock, n))
	}
	nd.opts = d.optBlock[:n:n]
	d.optBlock = d.optBlock[n:]
	copy(nd.opts, cp.Options)
	return nd
}

// backtrack moves the stack to the next unexplored schedule, or empties it.
func (d *DFS) backtrack() {
	for len(d.stack) > d.floor {
		nd := d.stack[len(d.stack)-1]
		nd.done[nd.pick] = true
		if nd.kind == vm.ChooseGoroutine {
			for j := range nd.opts {
				if nd.done[j] || nd.asleep(j) || d.Reduce && !nd.back[j] {
					continue
				}
				if !d.allowed(nd, j) {
					d.BoundHit = true
					continue
				}
				nd.pick = j
				return
			}
		} else if (nd.kind == vm.ChooseSelect || nd.kind == vm.ChooseMapNew || nd.kind == vm.ChooseProcs) && nd.pick+1 < nd.n {
			nd.pick++
			return
		} else if (nd.kind == vm.ChooseTimer || nd.kind == vm.ChoosePool || nd.kind == vm.ChooseFlush || nd.kind == vm.ChooseGC || nd.kind == vm.ChooseIdleWake) && nd.pick+1 < nd.n {
			if d.allowed(nd, nd.pick+1) {
				nd.pick++
				return
			}
			d.BoundHit = true
		}
		d.stack = d.stack[:len(d.stack)-1]
	}
}

// Independent reports whether two pending operations commute: running them
// in either order leads to the same state.
func Independent(a, b vm.Option) bool {
	if a.G == b.G {
		return false // program order
	}
	if quiet(a) || quiet(b) {
		return true
	}
	if a.Obj <= 0 || b.Obj <= 0 {
		return false // touches everything, or nothing we can name
	}
	if a.Obj != b.Obj {
		return true
	}
	return !a.Write && !b.Write
}

// quiet reports whether an operation affects no other goroutine: the exit
// of a goroutine other than main (whose exit ends the program). os.Exit,
// which ends the program from any goroutine, is "os.exit".
func quiet(o vm.Option) bool { return o.Op == "exit" && o.G != 1 }

// IsPruned reports whether a recovered panic value is the DFS abort.
func IsPruned(v any) bool { return v == errPruned }
