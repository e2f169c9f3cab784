package vm

import "math/bits"

// The scheduler's bookkeeping of who can run, kept so that a step costs
// the same with ten goroutines or a million: parked goroutines are never
// looked at until something wakes them.
//
//   - runSet counts the runnable goroutines in a bit set while every
//     goroutine ID fits in one word, then in a longer bit set with a
//     Fenwick tree over its words, so the k-th runnable goroutine in ID order (the Chooser's option
//     k) and the rank of a goroutine are found in O(log n) without listing
//     the options.
//   - watch holds, in ID order, the runnable goroutines whose pending
//     operation might block (a receive, a send, a Lock…): only they are
//     checked after each step. A goroutine joins it whenever its pending
//     operation may have changed (it ran, was created or was woken). A
//     send or receive found to proceed is only looked at again once its
//     channel changed (Chan.ver), a select's waiter stopped waiting
//     (selGen), or its goroutine ran (checkWatch).

// runSet is the set of runnable goroutines, by ID. While every ID is at
// most 64 it is a word, bit id-1 for goroutine id: a step's nth and rank
// and a park's or wake's update are a few instructions, where a tree walk
// took dozens. The first goroutine beyond that turns it into a bit set
// over the IDs with a Fenwick tree over its words' counts, for good: a
// bit and an eighth of a tree entry a goroutine (a tree over the IDs
// themselves took 4 to 8 bytes each, a million goroutines' 8 MB).
type runSet struct {
	small uint64   // the set while tree is nil
	words []uint64 // the set once tree is made: bit (id-1)%64 of words[(id-1)/64]
	tree  []int32  // 1-based over words; len(tree)-1 == len(words), a power of two
	n     int      // runnable goroutines
}

// smallRunSet is how many goroutine IDs runSet.small holds.
const smallRunSet = 64

// size is the number of IDs the tree covers.
func (s *runSet) size() int { return len(s.words) * 64 }

// update adds d (±1) at goroutine id; gs is every goroutine, with id's
// new state already set, for when the tree must grow.
func (s *runSet) update(id, d int, gs []*Goroutine) {
	s.n += d
	if s.tree == nil && id <= smallRunSet {
		if d > 0 {
			s.small |= 1 << (id - 1)
		} else {
			s.small &^= 1 << (id - 1)
		}
		return
	}
	s.updateTree(id, d, gs)
}

// updateTree is update once the tree holds the set, or must.
func (s *runSet) updateTree(id, d int, gs []*Goroutine) {
	if id > s.size() {
		s.rebuild(gs)
		return
	}
	w := (id - 1) >> 6
	if d > 0 {
		s.words[w] |= 1 << ((id - 1) & 63)
	} else {
		s.words[w] &^= 1 << ((id - 1) & 63)
	}
	for i := w + 1; i < len(s.tree); i += i & -i {
		s.tree[i] += int32(d)
	}
}

// rebuild sizes the set for every goroutine in gs and fills it from their
// states, in linear time.
func (s *runSet) rebuild(gs []*Goroutine) {
	nw := max(len(s.words), 2*smallRunSet/64)
	for nw*64 < len(gs) {
		nw *= 2
	}
	if cap(s.words) >= nw {
		s.words = s.words[:nw]
		clear(s.words)
		s.tree = s.tree[:nw+1]
		clear(s.tree)
	} else {
		s.words = make([]uint64, nw)
		s.tree = make([]int32, nw+1)
	}
	for _, g := range gs {
		if g.state == gRunnable {
			s.words[(g.ID-1)>>6] |= 1 << ((g.ID - 1) & 63)
		}
	}
	for i := 1; i <= nw; i++ {
		s.tree[i] += int32(bits.OnesCount64(s.words[i-1]))
		if j := i + i&-i; j <= nw {
			s.tree[j] += s.tree[i]
		}
	}
}

// nth returns the ID of the k-th (0-based) runnable goroutine in ID order.
func (s *runSet) nth(k int) int {
	if s.tree == nil {
		x := s.small
		for ; k > 0; k-- {
			x &= x - 1 // drop the lowest
		}
		return bits.TrailingZeros64(x) + 1
	}
	pos := 0 // words before the one holding it
	for step := len(s.words); step > 0; step >>= 1 {
		if next := pos + step; next < len(s.tree) && int(s.tree[next]) <= k {
			pos = next
			k -= int(s.tree[next])
		}
	}
	return pos*64 + selectBit(s.words[pos], k) + 1
}

// selectBit returns the position of x's k-th (0-based) set bit.
func selectBit(x uint64, k int) int {
	pos := 0
	for w := 32; w >= 8; w >>= 1 {
		if c := bits.OnesCount64(x & (1<<w - 1)); k >= c {
			k -= c
			x >>= w
			pos += w
		}
	}
	for ; k > 0; k-- {
		x &= x - 1 // drop the lowest
	}
	return pos + bits.TrailingZeros64(x)
}

// rank returns how many runnable goroutines have an ID below id.
func (s *runSet) rank(id int) int {
	if s.tree == nil {
		if id > smallRunSet {
			return bits.OnesCount64(s.small)
		}
		return bits.OnesCount64(s.small & (1<<(id-1) - 1)) // IDs 1 … id-1
	}
	if id > s.size() {
		return s.n
	}
	w := (id - 1) >> 6
	r := bits.OnesCount64(s.words[w] & (1<<((id-1)&63) - 1))
	for i := w; i > 0; i -= i & -i {
		r += int(s.tree[i])
	}
	return r
}

// setState moves g to state st, keeping the run set and the watch list.
// Every change of a goroutine's state goes through here.
func (m *Machine) setState(g *Goroutine, st gState) {
	old := g.state
	g.state = st
	if g.inline || old == st {
		return
	}
	if old == gRunnable {
		m.runs.update(g.ID, -1, m.gs)
		if m.runOrder {
			m.leaveQueue(g)
		}
		if len(m.lateOf) > 0 {
			m.notLate(g)
		}
	} else if st == gRunnable {
		m.runs.update(g.ID, 1, m.gs)
		m.markRan(g) // its wait for a turn starts now (endWindow)
		if m.runOrder {
			m.enterQueue(g)
		}
		if m.firingLate > 0 {
			m.wokeLate(g)
		}
		if !g.completed {
			// A goroutine whose operation another completed has nothing
			// pending to look at until it runs: checkWatch would only drop
			// it again.
			m.touch(g)
		}
	}
}

// touch notes that g's pending operation may have changed: the next settle
// looks at it.
func (m *Machine) touch(g *Goroutine) {
	if !g.watched && !g.inline { // inlined: the goroutine that ran usually is watched
		m.watchAdd(g)
	}
}

// touchRan is touch for the goroutine whose step just ended. When its
// pending operation is none, or one look drops at once (anything but a
// send, a receive or a call of an intrinsic whose lock can say no: an
// Unlock, a WaitGroup's Done never waits), g is not added: the step's
// checkWatch would only drop it, and nothing but g's own steps changes
// which operation is pending. A goroutine alone with map operations (map
// churn) is not added and dropped at every step.
func (m *Machine) touchRan(g *Goroutine) {
	if !g.watched && !g.inline { // inlined: the goroutine that ran usually is watched
		m.touchPending(g)
	}
}

// touchPending is touchRan for a goroutine not watched.
func (m *Machine) touchPending(g *Goroutine) {
	if in := g.pending(); in != nil && (in.Op == opSend || in.Op == opRecv || in.Op == opCallIntr && in.Aux.(*callInfo).intr.lock != nil || isPrint(in)) {
		m.watchAdd(g)
	}
}

// watchAdd adds g to the watch list.
func (m *Machine) watchAdd(g *Goroutine) {
	g.watched = true
	// watch is kept in ID order (settle parks in that order, and the
	// order of a channel's waiters depends on it). A short list takes g in
	// its place (after a step it holds a handful of goroutines); in a long
	// one that would cost a move per watched goroutine (waking a million
	// receivers at a close was quadratic), so an ID below the last one
	// marks the list for sorting at the next checkWatch instead.
	n := len(m.watch)
	w := append(m.watch, watchEntry{g: g})
	m.watch = w
	if n == 0 || m.watchUnsorted || w[n-1].g.ID < g.ID {
		return
	}
	if n > maxWatchInsert {
		m.watchUnsorted = true
		return
	}
	i := n
	for ; i > 0 && w[i-1].g.ID > g.ID; i-- {
		w[i] = w[i-1] // a move per entry: no runtime call
	}
	w[i] = watchEntry{g: g}
}

// maxWatchInsert is the longest watch list touch inserts into in order.
const maxWatchInsert = 16

// runnableAt returns the goroutine that is option k of a goroutine choice.
func (m *Machine) runnableAt(k int) *Goroutine { return m.gs[m.runs.nth(k)-1] }

// lastIndex is the option index of the goroutine that ran last, or -1 if
// it cannot go on.
func (m *Machine) lastIndex() int {
	if !m.curGoesOn() {
		return -1
	}
	return m.runs.rank(m.cur.ID)
}

// curGoesOn reports whether the goroutine that ran last is among the
// options of a goroutine choice (runnable, and this machine's) and going
// on with it is what happens unless the scheduler preempts it: not after
// a runtime.Gosched (curYielded), where switching away is no preemption.
func (m *Machine) curGoesOn() bool {
	return m.cur != nil && !m.cur.inline && !m.curYielded && m.cur.state == gRunnable && m.cur.ID <= len(m.gs) && m.gs[m.cur.ID-1] == m.cur
}

// Yielded reports whether the last step was a runtime.Gosched: the next
// goroutine choice is then no preemption whichever goroutine it picks.
func (m *Machine) Yielded() bool { return m.curYielded }

// noteYield counts a goroutine that reached the spin limit in the current
// epoch (fair.go), so that the scheduler knows when the runnable goroutines
// are no longer exactly the options.
func (m *Machine) noteYield() {
	if m.yieldEpoch != m.epoch {
		m.yieldEpoch, m.nYield = m.epoch, 0
	}
	m.nYield++
}

// someYield reports whether some goroutine may yield to others now: the
// count may include goroutines that parked since, which only costs the
// slow path.
func (m *Machine) someYield() bool {
	return m.yieldEpoch == m.epoch && m.nYield > 0 || m.starved != nil
}
