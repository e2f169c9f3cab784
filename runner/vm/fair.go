package vm

import (
	"math/bits"
	"strings"
)

// Fairness: no strategy may let one goroutine spin forever while another
// could run.
//
// A spin-wait — `for atomic.LoadInt32(&flag) == 0 {}`, `for len(ch) < n {}`,
// a select with default in a loop, `for !mu.TryLock() {}`, a failing
// compare-and-swap loop — is a goroutine repeating a visible operation that
// changes nothing. Go's scheduler preempts it and the goroutine it waits for
// runs; a strategy that keeps picking the spinner (PCT's highest priority,
// dfs's "go on without preempting") would instead run it until the
// instruction budget ends the run, and dfs would explore ever longer spins.
//
// The rule (after CHESS's fair scheduling, Musuvathi & Qadeer, PLDI 2008):
// a step is a *poll* when its visible operation changes nothing another
// goroutine can see — a map read or a step of a range over a map, len(ch),
// an atomic load, runtime.NumGoroutine, a racy load made
// visible, a select that will take default, a compare-and-swap or TryLock
// that will fail — and it starts no goroutine. Every other step is an
// effect and advances the machine's epoch. A goroutine that has made
// spinLimit polls in a row with the epoch unchanged, and whose state at a
// poll is the same as at an earlier poll of the epoch (a cycle), yields: it
// is not offered to the strategy while another runnable goroutine is,
// until some step has an effect. If every runnable goroutine yields (a
// livelock, or a wait for the clock, which advances with work), all are
// offered again.
//
// The rule only removes schedules in which a goroutine goes on polling,
// fruitlessly, in a cycle — every turn the same frames, pcs, registers and
// deferred calls, with nothing written and nothing else read — while
// another goroutine is ready and never runs: every further turn is the
// same as one it made, so what it can do next is the same too. A poll loop
// whose state moves on — a bounded loop summing 20 atomic loads, a retry
// loop counting its tries — is no cycle: it ends by itself, and what it
// computes before the others run is an outcome (audit16: Go prints the sum
// of 20 loads of a flag another goroutine sets as 0 in 95% of its runs;
// the rule used to make the loop yield at its 8th load, so the sum was
// never below 3). Its spinLimit-th poll is a free switch (no preemption
// either way, as after a Gosched), where the rule used to make it yield;
// from its aheadAfter-th poll such a goroutine runs ahead:
// the others yield to it (m.ahead), so its polls follow one another with
// no choice in between (stepOn), until they end by themselves, repeat a
// state, or reach the cap (spinCap polls since its own last effect,
// gRare.streak, over epochs others end; spinCapAgain at a site where a
// loop did not end by itself before) — then it yields, so that a loop
// that never ends (`for !done.Load() { n++ }`) cannot starve the others.
// A bounded loop of more than spinCap fruitless polls while the others
// wait loses the outcome of finishing first (known limit). The state is
// taken at the spinLimit-th, 2·spinLimit-th, 4·spinLimit-th… poll and
// compared at every poll in between, so a cycle of any length of polls is
// found. The rule depends only on the run's state, so runs stay
// deterministic and tokens replay.
const (
	spinLimit = 8    // polls in a row before the cycle check starts
	spinCap   = 1024 // polls in a row after which g yields, cycle or not
	// spinCapAgain is spinCap at a poll site where a goroutine reached
	// spinCap before in the run: a loop that did not end by itself there.
	spinCapAgain = 128
	// aheadAfter is the poll from which a goroutine whose state moves on
	// runs ahead: until then the others may run between any two polls.
	aheadAfter = spinLimit + 1
)

// yielding reports whether the fairness rule keeps g from being offered:
// g yields, or another goroutine runs ahead.
func (m *Machine) yielding(g *Goroutine) bool {
	if s := m.starved; s != nil && s != g && s.state == gRunnable {
		return true
	}
	if a := m.ahead; a != nil && a != g && m.aheadEpoch == m.epoch && a.state == gRunnable {
		return true
	}
	r := g.rare
	return r != nil && r.spinYields && r.spinEpoch == m.epoch && !m.holdsPollLock(g)
}

// starveWindow is how many steps a runnable goroutine may go without a
// turn before the others yield to it: it is starved once it could run for
// a whole window (at most two) without taking a step (endWindow).
const starveWindow = 1 << 17

// endWindow ends a window of starveWindow steps: a goroutine that was
// runnable throughout the window and the one before, without stepping, is
// starved, and the others yield to it until it has taken a step.
//
// Go's scheduler preempts a goroutine that has run for 10 ms (sysmon's
// forcePreemptNS) and takes the run queue in order, and at GOMAXPROCS=2
// the others run meanwhile anyway, so no runnable goroutine waits for
// good. Without this rule, goroutines looping forever with an effect at
// every turn (`for { mu.Lock(); n++; mu.Unlock() }`, or two of them
// handing values back and forth), which the poll rule never makes yield,
// could be picked at every step by dfs (going on is free) and by PCT (the
// highest priority) while main waited at its return: such a schedule
// never ends, and the run reported the instruction budget or the memory
// cap as the program's failure where Go prints main's line and exits 0.
// A wait of one to two windows, 131,072 to 262,144 steps, is about Go's
// 10 ms slice for operations like these (tens to hundreds of nanoseconds
// each), so what a goroutine does in Go before one it woke runs (within
// a slice) stays reachable. The switch to the starved goroutine is no
// preemption (the others are not offered). The time slice (preempt.go)
// is the other bound: it stops one goroutine that ran 10^7 instructions
// since another ran, but two goroutines taking turns never reach it.
func (m *Machine) endWindow() {
	if m.starved == nil && m.runs.n > 1 {
		if m.runs.tree == nil {
			if s := m.runs.small &^ (m.ranMask | m.ranPrev); s != 0 {
				m.starved = m.gs[bits.TrailingZeros64(s)]
			}
		} else {
			m.starved = m.starvedIn()
		}
	}
	m.ranPrev, m.ranMask = m.ranMask, 0
	m.ranPrevWords, m.ranWords = m.ranWords, m.ranPrevWords
	clear(m.ranWords)
}

// starvedIn is endWindow's look once the run set is a tree (IDs past
// 64): the runnable goroutine of lowest ID that neither stepped nor
// became runnable in this window or the one before, or nil. A look every
// window at a word per 64 IDs.
func (m *Machine) starvedIn() *Goroutine {
	for i, w := range m.runs.words {
		ran := m.ranMask | m.ranPrev
		if i > 0 {
			ran = ranWord(m.ranWords, i) | ranWord(m.ranPrevWords, i)
		}
		if s := w &^ ran; s != 0 {
			return m.gs[i*64+bits.TrailingZeros64(s)]
		}
	}
	return nil
}

// ranWord is ws[i], or 0 past its end (a window in which no goroutine of
// that word ran).
func ranWord(ws []uint64, i int) uint64 {
	if i < len(ws) {
		return ws[i]
	}
	return 0
}

// markRan notes that g stepped or became runnable in this window.
func (m *Machine) markRan(g *Goroutine) {
	if g.ID <= smallRunSet {
		m.ranMask |= 1 << (g.ID - 1)
		return
	}
	m.markRanWord(g.ID - 1)
}

// markRanWord is markRan for an ID past 64 (i = ID-1).
func (m *Machine) markRanWord(i int) {
	w := i / 64
	if w >= len(m.ranWords) {
		m.ranWords = append(m.ranWords, make([]uint64, w+1-len(m.ranWords))...)
	}
	m.ranWords[w] |= 1 << (i % 64)
}

// mayRunAhead reports whether g may run ahead once its current step is
// counted: it polled on in this epoch, without yielding, to aheadAfter-1
// polls or more. A step's quick look (stopAt) before countStep says.
func (m *Machine) mayRunAhead(g *Goroutine) bool {
	r := g.rare
	return r != nil && r.spinEpoch == m.epoch && r.spin >= aheadAfter-1 && !r.spinYields
}

// runsAhead reports whether g runs ahead now: its steps go on, one after
// the other, with no choice in between (stepOn), as when it is the only
// goroutine that can run.
func (m *Machine) runsAhead(g *Goroutine) bool {
	return m.ahead == g && m.aheadEpoch == m.epoch && g.state == gRunnable
}

// FreeSwitch reports whether the last step was a poll loop's free switch
// (its spinLimit-th poll): Yielded, with g going on first.
func (m *Machine) FreeSwitch() bool { return m.curFree }

// MergedSteps counts the steps so far that a goroutine running ahead took
// right after its last one, with no choice in between: a caller stepping
// the machine by hand (StepChoice) sees them as part of the step it asked
// for, which may then have touched more than its option says.
func (m *Machine) MergedSteps() int { return m.merged }

// effect ends the epoch: g's step changed something others can see. A
// spin count counts only in the epoch it was taken in (every reader
// compares spinEpoch with m.epoch first), so the new epoch voids g's count
// with every other goroutine's: nothing is reset.
func (m *Machine) effect(g *Goroutine) {
	m.epoch++
}

// countSpin updates g's spin count after a step; poll says the step was a
// fruitless poll that started no goroutine and wrote nothing.
func (m *Machine) countSpin(g *Goroutine, poll bool) {
	if !poll || g.state != gRunnable {
		m.effect(g)
		g.endStreak()
		return
	}
	r := g.rareRec()
	r.streak++
	if r.spinEpoch != m.epoch {
		r.restartSpin(1, m.epoch)
		return
	}
	r.spin++
	if h := m.pollHoldOf(g); h != nil {
		// g does not yield holding a lock it took at a poll: others
		// would see it held where they could have seen it free. It
		// yields at the unlock; if it polls on and on holding it,
		// its lock counts as the effect it was after all, and the
		// state is constant from here on while g polls.
		if r.spin-h.spin >= 2*spinLimit {
			m.effect(g)
		}
		return
	}
	if r.spin < spinLimit {
		return
	}
	// Once g yields, its cycle check goes on only while it is the one
	// goroutine that can run and a timer is pending (idle).
	idle := m.runs.n == 1 && m.timers.Len() > 0
	if r.spinYields && !idle {
		return
	}
	cycle := m.spinCycle(g)
	switch {
	case r.spinYields:
	case cycle || m.capped(g, r):
		r.spinYields = true
		m.noteYield()
		if !cycle {
			m.noteCapped(g)
		}
		if m.ahead == g {
			m.ahead = nil
		}
	case m.ahead == g && m.aheadEpoch == m.epoch:
		if fr := g.top(); fr.fn != m.aheadFn || fr.pc != m.aheadPC {
			// g left its loop: its next operation is another one (a
			// poll of another site, an effect). The others are offered
			// before it, as they would be had it run alone: in Go a
			// goroutine may be switched out right after a loop.
			m.ahead = nil
		}
	case r.spin < aheadAfter:
		// Its state moves on, and the others may still run between any
		// two of its polls. At the spinLimit-th, switching to another
		// goroutine or going on with g is no preemption either way, as
		// after a Gosched (dfs's first pick there is g, FreeSwitch):
		// the point where the rule used to make g yield stays free.
		if r.spin == spinLimit {
			m.curYielded, m.curFree = true, true
		}
	default:
		// Its state moves on: g runs ahead, alone, while its next
		// operation is the poll it stopped at now (its loop's), until
		// its polls repeat a state or reach the cap (capped).
		fr := g.top()
		m.ahead, m.aheadEpoch, m.aheadFn, m.aheadPC = g, m.epoch, fr.fn, fr.pc
		m.noteYield() // the others are no longer all offered
	}
	if cycle && idle {
		// Every further turn is the same until a timer fires (no one
		// else can run, and nothing g reads changes), so the clock skips
		// to the earliest timer at once, as if g had spun until then:
		// a `for !flag.Load() {}` waiting for a goroutine in Sleep(1ms)
		// took a million instructions in 200,000 steps to get there.
		m.skipToTimer()
	}
}

// spinCycle reports whether g, polling on in this epoch, is in the state
// (preempt.go's cycleSnap: frames, pcs, registers, defers) it was in at an
// earlier poll of the epoch, with nothing written, no clock read and no
// host call made in between. The state is taken at the first poll counted
// from the 8th on, again at the first from twice that count on, and so on
// (polls under a lock-protected poll's lock are counted but never looked
// at), and compared at every poll in between, so a cycle of any length of
// polls is found.
func (m *Machine) spinCycle(g *Goroutine) bool {
	r, pc := g.rare, g.top().pc
	if r.spinSnap == nil {
		r.spinSnap = &cycleSnap{}
	}
	if r.spin >= r.snapAt {
		r.spinSnap.take(m, g, pc)
		r.snapAt = 2 * r.spin
		return false
	}
	return r.spinSnap.same(m, g, pc)
}

// pollSite is where a poll loop polls: the function and pc of the
// operation a goroutine stops at after a poll.
type pollSite struct {
	fn *Func
	pc int
}

// capped reports whether g, polling on with its state moving on, has
// polled as long as the rule lets it: spinCap fruitless polls since its own
// last effect, or spinCapAgain at a site where a goroutine reached the cap
// before in this run. A bounded loop of up to spinCap polls (`for i := 0;
// i < 1000; i++ { if done.Load() { … } }`) so ends by itself the first
// time, as in Go, while a loop that never ends by itself (a barrier's spin
// with a counter, entered thousands of times in a litmus test) costs
// spinCap polls once and spinCapAgain after that.
func (m *Machine) capped(g *Goroutine, r *gRare) bool {
	n := max(r.spin, r.streak)
	if n < spinCapAgain {
		return false
	}
	if n >= spinCap {
		return true
	}
	fr := g.top()
	return m.cappedSites[pollSite{fr.fn, fr.pc}]
}

// noteCapped remembers g's poll site as one where a goroutine reached the
// cap (capped).
func (m *Machine) noteCapped(g *Goroutine) {
	if m.cappedSites == nil {
		m.cappedSites = map[pollSite]bool{}
	}
	fr := g.top()
	m.cappedSites[pollSite{fr.fn, fr.pc}] = true
}

// restartSpin starts g's spin count at n in epoch.
func (r *gRare) restartSpin(n int32, epoch uint64) {
	r.spin, r.spinEpoch, r.snapAt, r.spinYields = n, epoch, spinLimit, false
}

// skipToTimer advances the clock to the earliest pending timer as work:
// the instructions a spinning goroutine would have run until then are
// taken from the budget, so the instruction budget, the time slice and the
// clock are as if it had run them (syncClock folds them into the clock),
// and the timer fires at the next scheduling point.
func (m *Machine) skipToTimer() {
	t := m.nextTimer()
	if t == nil {
		return
	}
	m.syncClock()
	if d := t.when - m.clock; d > 0 {
		m.budget -= (d + instrCost - 1) / instrCost
		m.syncClock()
	}
}

// Lock-protected polls. `for { mu.Lock(); r := ready; mu.Unlock(); if r
// { break } }` changes nothing either, nor does the same loop under an
// RWMutex's read lock or write lock, or one that takes the lock with a
// TryLock that succeeds; but each lock and unlock changes the lock: taken
// alone they are effects, so the spinner never yielded and PCT and dfs ran
// it to the instruction budget. A lock that will not wait (a Lock or
// TryLock of a free Mutex; an RWMutex Lock or TryLock with no writer and no
// reader; an RLock or TryRLock with no writer announced), in a step that
// writes no memory, and the same goroutine's matching unlock of it in the
// same epoch, writing nothing, leave every state as before: the pair is
// one poll, counted at the unlock. Within the epoch nobody else changed
// the lock (that would be an effect), so the unlock undoes exactly what the
// lock did: a Mutex is free again, an RWMutex has its readers count back
// and no writer announced meanwhile. (A goroutine that tried the lock
// meanwhile and parked is in front of its lock again, as before: parking
// is the scheduler's state, not the program's; it is runnable when the
// spinner yields, and takes the lock.) Between the two the lock is held,
// which others can observe (TryLock fails, Lock waits, a writer's Lock
// announces and waits), so g never yields holding it: it yields at the
// unlock, or, when it polls on holding the lock, the lock becomes an effect
// after all (countSpin). Writes are counted by the machine (m.writes) with
// or without the race detector.

// Lock kinds of a lock-protected poll: the unlock must match the lock.
const (
	pollMutex   = iota // sync.Mutex Lock/TryLock … Unlock
	pollRWWrite        // sync.RWMutex Lock/TryLock … Unlock
	pollRWRead         // sync.RWMutex RLock/TryRLock … RUnlock
)

// pollHold is a lock g took, in epoch epoch, at a step that may be the
// first half of a lock-protected poll.
type pollHold struct {
	g     *Goroutine
	p     *Value
	kind  uint8
	epoch uint64
	spin  int32 // g's spin count when it took the lock
	// seenBy made failing tries of the lock while it was held: half of
	// the poll, a state that ends at the unlock (seesPollLock).
	seenBy []*Goroutine
}

// holdsPollLock reports whether g holds a lock it took at a poll in the
// current epoch.
func (m *Machine) holdsPollLock(g *Goroutine) bool {
	return m.pollHoldOf(g) != nil
}

// pollHoldOf is the lock g took at a poll in the current epoch and holds,
// nil if none.
func (m *Machine) pollHoldOf(g *Goroutine) *pollHold {
	for i := range m.pollHeld {
		if h := &m.pollHeld[i]; h.g == g && h.epoch == m.epoch {
			return h
		}
	}
	return nil
}

// pollPairOf says, for the intrinsic of this name, whether its call may be
// half of a lock-protected poll: 0 if not, else its lock kind + 1, and
// whether it is the lock's half (acquire). Computed once, at registration,
// so a step's probe costs no string comparisons.
func pollPairOf(name string) (pair uint8, acquire bool) {
	switch name {
	case "(*sync.Mutex).Lock", "(*sync.Mutex).TryLock":
		return pollMutex + 1, true
	case "(*sync.Mutex).Unlock":
		return pollMutex + 1, false
	case "(*sync.RWMutex).Lock", "(*sync.RWMutex).TryLock":
		return pollRWWrite + 1, true
	case "(*sync.RWMutex).Unlock":
		return pollRWWrite + 1, false
	case "(*sync.RWMutex).RLock", "(*sync.RWMutex).TryRLock":
		return pollRWRead + 1, true
	case "(*sync.RWMutex).RUnlock":
		return pollRWRead + 1, false
	}
	return 0, false
}

// lockPair reports whether g's pending step may be half of a
// lock-protected poll: a lock that will not wait (acquire), or the unlock
// of one g took at such a lock in this epoch. in is g's pending
// instruction, a call of an intrinsic with pair set.
func (m *Machine) lockPair(g *Goroutine, in *Instr) (p *Value, kind uint8, acquire, ok bool) {
	ci := in.Aux.(*callInfo)
	kind, acquire = ci.intr.pair-1, ci.intr.acquire
	if !acquire && len(m.pollHeld) == 0 {
		return nil, 0, false, false // nothing held: no unlock can pair
	}
	if m.lockOff(ci) {
		return nil, 0, false, false
	}
	if len(ci.args) != 1 {
		return nil, 0, false, false
	}
	if p = g.top().regs[ci.args[0]].Ptr(); p == nil {
		return nil, 0, false, false
	}
	if !acquire {
		for _, h := range m.pollHeld {
			if h.g == g && h.p == p && h.kind == kind && h.epoch == m.epoch {
				return p, kind, false, true
			}
		}
		return nil, 0, false, false
	}
	switch kind {
	case pollMutex:
		ok = !m.sync.mutex(p).locked
	case pollRWWrite:
		st := m.sync.rw(p)
		ok = !st.wHeld && st.readers == 0
	default:
		ok = !m.sync.rw(p).pending
	}
	return p, kind, true, ok
}

// seesPollLock returns the index in pollHeld of the lock g's pending
// TryLock or TryRLock fails on because another goroutine holds it at a
// lock-protected poll, or -1. Such a try is a fruitless poll while the
// other holds the lock; but the lock is free again at the other's unlock,
// which is no effect, and the try may succeed then: the unlock resets the
// spin count of every goroutine that tried meanwhile (countStep). Without
// that, both would yield, and a strategy that then picks the other on and
// on (dfs with no preemption left) would never let g take the lock.
func (m *Machine) seesPollLock(g *Goroutine) int {
	in := g.pending()
	if in == nil || in.Op != opCallIntr {
		return -1
	}
	ci := in.Aux.(*callInfo)
	if v := ci.intr.Visible; v != "trylock" && v != "tryrlock" {
		return -1
	}
	args := m.scratchArgs(g.top().regs, ci.args)
	if len(args) != 1 {
		return -1
	}
	p := args[0].Ptr()
	for i, h := range m.pollHeld {
		if h.p == p && h.g != g && h.epoch == m.epoch {
			return i
		}
	}
	return -1
}

// spinProbe is what Step learns about a step before running it, for
// countStep after it. It lives in the Machine (m.probe), so a step copies
// no probe around.
type spinProbe struct {
	poll    bool // the pending operation changes nothing
	pair    bool // it is half of a lock-protected poll (p, kind, acquire)
	acquire bool
	kind    uint8
	sees    int // index in pollHeld of another's lock a failing try sees held, or -1
	p       *Value
	ngs     int    // goroutines before the step: one started is an effect
	writes  uint64 // memory writes before the step: one is an effect
}

// sharedWrites counts the writes another goroutine may see: every counted
// write but those into a private slice's array (private.go).
func (m *Machine) sharedWrites() uint64 { return m.writes - m.privWrites }

// probeSpin looks at g's pending step before Step runs it; in is g's
// pending instruction (g.pending()) when the caller has it at hand, else
// nil. Every store is counted (m.writes) by fast and exec alike, an
// increment on the store's path, so probing costs the step nothing but
// this look at its operation.
func (m *Machine) probeSpin(g *Goroutine, in *Instr) {
	pr := &m.probe
	// The operation g performs: none when another goroutine completed it
	// (g only returns from it) or g is inside a map write's window.
	if g.mapOpen || g.completed {
		in = nil
	} else if in == nil {
		in = g.pending()
	}
	if in != nil && (in.Op == opSend || in.Op == opRecv) && g.preempt != preemptCycle {
		// A send or receive changes its channel: neither a poll nor half
		// of a lock pair, and countStep reads nothing else then.
		pr.poll, pr.pair = false, false
		g.endStreak()
		return
	}
	pr.ngs, pr.writes, pr.sees, pr.pair = len(m.gs), m.sharedWrites(), -1, false
	if in != nil && in.Op == opCallIntr && g.preempt != preemptCycle {
		// isPoll's question without the call for the calls that cannot
		// poll (Lock, Unlock, Add…), then lockPair's.
		if ci := in.Aux.(*callInfo); !ci.mayPoll {
			pr.poll = false
			if ci.intr.pair != 0 {
				pr.p, pr.kind, pr.acquire, pr.pair = m.lockPair(g, in)
			}
			if !pr.pair {
				g.endStreak()
			}
			return
		}
	}
	switch {
	case in == nil:
		pr.poll = false
	case in.Op == opMapLookup && len(m.words) == 0:
		pr.poll = in.K == 0 // isPoll's answer, without the call
	default:
		pr.poll = in.Op != opSend && in.Op != opRecv && m.isPoll(g, in) // a send or receive changes its channel
	}
	if g.preempt == preemptCycle {
		// Resuming from a cycle performs nothing (preempt.go).
		pr.poll = true
	}
	if pr.poll {
		if len(m.pollHeld) > 0 {
			pr.sees = m.seesPollLock(g)
		}
		return
	}
	if in != nil && in.Op == opCallIntr && in.Aux.(*callInfo).intr.pair != 0 {
		pr.p, pr.kind, pr.acquire, pr.pair = m.lockPair(g, in)
	}
	if !pr.pair {
		g.endStreak()
	}
}

// endStreak ends g's streak of fruitless polls (gRare.streak): its step is
// an effect. probeSpin says so before a step that is neither a poll nor
// half of a lock pair, so that countStep, on every step's path, stays
// small enough to be inlined; countSpin for a poll that wrote after all.
func (g *Goroutine) endStreak() {
	if r := g.rare; r != nil {
		r.streak = 0
	}
}

// countStep counts g's step, probed by probeSpin, for the fairness rule.
// Small enough to be inlined into every step: a step that is neither a
// poll nor half of a lock pair only ends the epoch.
func (m *Machine) countStep(g *Goroutine) {
	if m.probe.poll || m.probe.pair {
		m.countPoll(g)
		return
	}
	m.epoch++ // effect: what countSpin does for a step that is no poll
}

// countPoll is countStep of a poll or half of a lock pair.
func (m *Machine) countPoll(g *Goroutine) {
	pr := &m.probe
	if pr.poll && len(m.words) > 0 && m.midCopy(g) {
		// g stopped between two words of a visible aggregate load
		// (words.go): the copy is one poll, counted at its last word.
		// Counted per word, a copy of more than spinLimit words made
		// g yield inside it, and a writer's stores could never land
		// after its 8th word while the writer could run.
		return
	}
	clean := len(m.gs) == pr.ngs && m.sharedWrites() == pr.writes && g.state == gRunnable
	switch {
	case pr.pair && clean && pr.acquire:
		// Counted at the unlock. Holds of past epochs are dropped here:
		// their unlocks are effects whatever happens.
		keep := m.pollHeld[:0]
		for _, h := range m.pollHeld {
			if h.epoch == m.epoch {
				keep = append(keep, h)
			}
		}
		spin := int32(0)
		if g.rare != nil && g.rare.spinEpoch == m.epoch {
			spin = g.rare.spin
		}
		m.pollHeld = append(keep, pollHold{g: g, p: pr.p, kind: pr.kind, epoch: m.epoch, spin: spin})
	case pr.pair && !pr.acquire:
		for i, h := range m.pollHeld {
			if h.g == g && h.p == pr.p && h.kind == pr.kind && h.epoch == m.epoch {
				// Those whose tries failed on it see it free now.
				for _, o := range h.seenBy {
					if o.rare != nil {
						o.rare.restartSpin(0, o.rare.spinEpoch)
					}
				}
				m.pollHeld = append(m.pollHeld[:i], m.pollHeld[i+1:]...)
				break
			}
		}
		m.countSpin(g, clean)
	default:
		m.countSpin(g, pr.poll && clean)
		if pr.sees >= 0 && pr.poll && clean {
			h := &m.pollHeld[pr.sees]
			h.seenBy = append(h.seenBy, g)
		}
	}
}

// isPoll reports whether g's pending visible operation in (neither
// completed by another goroutine nor inside a map write) will change
// nothing another goroutine can observe.
func (m *Machine) isPoll(g *Goroutine, in *Instr) bool {
	if len(m.words) > 0 && m.copyingSent(g) {
		return false // its receive is made: it copies a sender's operand (recvWords)
	}
	regs := g.top().regs
	switch in.Op {
	case opMapLookup:
		return in.K == 0
	case opMapNext:
		// A step of a range over a map reads it; the iterator is g's own.
		return true
	case opLoadV:
		return true
	case opCallBuilt:
		return in.Aux.(*callInfo).builtin == "len"
	case opSelect:
		si := in.Aux.(*selectInfo)
		return !si.blocking && !m.selectReady(si, regs)
	case opCallIntr:
		ci := in.Aux.(*callInfo)
		if !ci.mayPoll {
			return false // Lock, Unlock, Add…: no arguments to gather
		}
		return m.intrinsicPolls(g, ci, m.scratchArgs(regs, ci.args))
	}
	return false
}

// mayPoll reports whether a visible intrinsic of this kind can be a poll:
// the kinds intrinsicPolls looks at. A call site keeps the answer
// (callInfo.mayPoll): isPoll asks before every step.
func mayPoll(visible string) bool {
	switch visible {
	case "gosched", "numgoroutine", "atomic", "trylock", "tryrlock", "sleep",
		"chan.send", "chan.recv", "select", "chan.len", "gc":
		return true
	}
	return false
}

// intrinsicPolls reports whether a call of a visible intrinsic will change
// nothing: an atomic load; a compare-and-swap whose comparison fails, of
// any width, atomic.Pointer or atomic.Value; a Swap, Store, And or Or that
// writes the value already there; a TryLock or TryRLock that will fail,
// of a Mutex or an RWMutex.
func (m *Machine) intrinsicPolls(g *Goroutine, ci *callInfo, args []Value) bool {
	intr := ci.intr
	if intr.Visible == "" || ci.lock != nil && m.cfg.DisabledLocks[ci.lock.id] {
		return false
	}
	switch intr.Visible {
	case "gosched", "numgoroutine":
		return true
	case "gc":
		// A collection with no finalizer or cleanup registered queues
		// nothing (final.go).
		return m.fin == nil || len(m.fin.fins) == 0 && len(m.fin.cleanups) == 0
	case "chan.send", "chan.recv", "select", "chan.len":
		return reflectChanPolls(m, intr, args)
	case "sleep":
		// Sleep(d) with d <= 0 returns at once (time/sleep.go): a
		// positive one parks, an effect.
		return len(args) == 1 && int64(args[0].N) <= 0
	case "atomic":
		if intr.Obj == nil || len(args) == 0 {
			return false
		}
		m.peek.set(m, g, ci, 0)
		if _, write := intr.Obj(&m.peek, args); !write {
			return true
		}
		p := args[0].Ptr()
		if p == nil {
			return false // a nil dereference panics: an effect
		}
		return atomicUnchanged(intr.Name, p, args)
	case "trylock":
		if len(args) == 1 {
			if p := args[0].Ptr(); p != nil {
				switch intr.Name {
				case "(*sync.Mutex).TryLock":
					return m.sync.mutex(p).locked
				case "(*sync.RWMutex).TryLock":
					st := m.sync.rw(p)
					return st.wHeld || st.readers != 0
				}
			}
		}
	case "tryrlock":
		if len(args) == 1 {
			if p := args[0].Ptr(); p != nil {
				return m.sync.rw(p).pending
			}
		}
	}
	return false
}

// atomicUnchanged reports whether the writing atomic operation name on the
// cell p with args will leave the cell as it is (and panic nowhere).
func atomicUnchanged(name string, p *Value, args []Value) bool {
	op := strings.TrimPrefix(name, "sync/atomic.")
	switch {
	case strings.HasPrefix(op, "CompareAndSwap") && len(args) == 3:
		return p.N != args[1].N
	case (strings.HasPrefix(op, "Swap") || strings.HasPrefix(op, "Store")) && len(args) == 2:
		return p.N == args[1].N
	case strings.HasPrefix(op, "And") && len(args) == 2:
		return p.N&args[1].N == p.N
	case strings.HasPrefix(op, "Or") && len(args) == 2:
		return p.N|args[1].N == p.N
	case op == "casAny" && len(args) == 3:
		return !casAnyMatches(*p, args[1])
	case (op == "swapAny" || op == "storeAny") && len(args) == 2:
		return sameAny(*p, args[1])
	case op == "valueCompareAndSwap" && len(args) == 3:
		// Fails without panicking: old and new of one type, a value of that
		// type stored, and not the one expected. Comparing may panic (an
		// uncomparable old); say no then, and let the step run.
		old, nw, cur := args[1].Iface(), args[2].Iface(), p.Iface()
		if cur == nil || nw == nil || cur.T != nw.T || old != nil && old.T != nw.T {
			return false
		}
		if old == nil {
			return true
		}
		return !sameAny(*p, args[1]) && comparableScalar(old.T)
	}
	return false
}

// comparableScalar reports whether values of t compare by their word, so
// that sameAny's answer is ==.
func comparableScalar(t *Type) bool {
	switch t.Kind {
	case KBool, KInt, KInt8, KInt16, KInt32, KInt64, KUint, KUint8, KUint16, KUint32, KUint64, KUintptr, KPointer, KChan:
		return true
	}
	return false
}
