package vm

import "math"

// Go's run queue at GOMAXPROCS=1, kept for dfs's natural run (the one
// schedule it runs before its tree: at every goroutine choice the
// goroutine Go's one P would run next, ChoicePoint.Natural). It decides
// no outcome and nothing of any other run: a machine keeps it only when
// asked (TrackRunOrder), and the token records picks by ID order as
// always.
//
// What runtime/proc.go does with one P:
//
//   - A goroutine made runnable (newproc for a go statement; ready for a
//     wake by a send, a receive, a close, an Unlock, a Done, a timer) goes
//     into runnext (runqput with next=true); the goroutine that was there
//     is kicked to the tail of the local run queue.
//   - When the running goroutine stops, the P runs runnext, else the head
//     of its local queue, else the global queue's goroutines, which it
//     moves to its local queue in order (globrunqget).
//   - runtime.Gosched and a preemption put the running goroutine at the
//     tail of the global queue (goschedImpl): every goroutine in the
//     local queue runs first, those made runnable later included.
//
// Each runnable goroutine has a key (runKey): its place in that order, a
// stamp from one sequence, plus runGlobalGap in the global queue. The
// local queue's keys start at runBase; taking a goroutine from the global
// queue moves runBase up by the gap, which makes the whole global queue
// local, in order. runnext is a pointer beside the keys. The keys stay in
// order while a run makes fewer than 2^40 state changes and takes from
// the global queue fewer than 2^23 times (an explored run's step budget
// allows far fewer); past that only the natural option would be off.
//
// Left out: every 61st schedule Go looks at the global queue first;
// a goroutine the machine parks in front of an operation that cannot
// proceed while it waits in the queue (a Lock of a mutex another
// goroutine holds for a step) is a waiter of that operation here, where
// Go's goroutine has not run yet, so an Unlock wakes one such goroutine
// at a time and the others wait for the next (runq_chan_mutex_wakes holds
// the mutex across a blocking wait, so its waiters are real ones).

// TrackRunOrder makes the machine keep Go's run-queue order, so that its
// goroutine choices report ChoicePoint.Natural (drive reads it with
// Natural). Call it before Start.
func (m *Machine) TrackRunOrder() { m.runOrder = true }

// runGlobalGap separates the global queue's keys from the local queue's.
const runGlobalGap = 1 << 40

// runParked marks the key of a goroutine parked while it waited in the
// queue (leaveQueue): it keeps its place.
const runParked = 1 << 63

// leaveQueue notes that g stops being runnable. The goroutine whose step
// it is blocked or ended; any other was parked by the machine while it
// waited in the queue, in front of an operation that cannot proceed now
// (a Lock of a mutex another goroutine took meanwhile). In Go such a
// goroutine has not run: it is still in the run queue, and blocks only
// if the operation still cannot proceed when its turn comes. So it keeps
// its key, marked, and takes its place again when woken (enterQueue).
func (m *Machine) leaveQueue(g *Goroutine) {
	if g != m.cur {
		m.runKey[g.ID-1] |= runParked
		return
	}
	if m.runNext == g {
		m.runNext = nil
	}
}

// enterQueue notes that g became runnable: woken, it goes into runnext
// (queueNext), unless it was parked from its place in the queue.
func (m *Machine) enterQueue(g *Goroutine) {
	if k := m.runKey[g.ID-1]; k&runParked != 0 {
		m.runKey[g.ID-1] = k &^ runParked
		return
	}
	m.queueNext(g)
}

// queueNext puts g, just made runnable, into runnext, as newproc and
// ready do; the goroutine there goes to the tail of the local queue.
func (m *Machine) queueNext(g *Goroutine) {
	if old := m.runNext; old != nil && old != g {
		k := &m.runKey[old.ID-1]
		*k = *k&runParked | (m.runBase + m.runSeq)
		m.runSeq++
	}
	m.runKey[g.ID-1] = m.runBase + m.runSeq
	m.runSeq++
	m.runNext = g
}

// queueGlobal puts runnable g at the tail of the global queue: it yielded
// (Gosched) or was preempted.
func (m *Machine) queueGlobal(g *Goroutine) {
	m.runKey[g.ID-1] = m.runBase + runGlobalGap + m.runSeq
	m.runSeq++
	if m.runNext == g {
		m.runNext = nil
	}
}

// takeTurn notes that g takes the next step: the goroutine that ran last,
// if it could go on, goes to the global queue (a yield or a preemption);
// g leaves runnext, and taking it from the global queue moves that queue
// to the local one.
func (m *Machine) takeTurn(g *Goroutine) {
	if c := m.cur; c != nil && c != g && c.state == gRunnable && !c.inline && c.ID <= len(m.gs) && m.gs[c.ID-1] == c {
		m.queueGlobal(c)
	}
	if m.runNext == g {
		m.runNext = nil
	}
	if m.runKey[g.ID-1] >= m.runBase+runGlobalGap {
		m.runBase += runGlobalGap
	}
}

// Natural is the index among opts (a goroutine choice's options, in ID
// order) of the goroutine Go's one P runs next: last (the goroutine that
// ran last, which goes on) when it is an option, else the one in runnext,
// else the first in the run queue. The goroutine that ran last and
// yielded is at the tail of the global queue. -1 when opts is empty.
func (m *Machine) Natural(opts []Option, last int) int {
	if last >= 0 {
		return last
	}
	best, bestKey := -1, uint64(math.MaxUint64)
	for i, o := range opts {
		if m.runNext != nil && o.G == m.runNext.ID {
			return i
		}
		k := uint64(math.MaxUint64) // the goroutine that yielded: the tail
		if m.cur == nil || o.G != m.cur.ID {
			k = m.runKey[o.G-1]
		}
		if best < 0 || k < bestKey {
			best, bestKey = i, k
		}
	}
	return best
}
