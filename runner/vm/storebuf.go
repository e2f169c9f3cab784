package vm

// Store buffers: x86-TSO for race-visible plain stores.
//
// amd64 is TSO: a core's plain stores wait in its FIFO store buffer
// before they reach memory, its own loads read the newest buffered value
// of their cell, and other cores read memory. So a plain load may pass
// the same goroutine's earlier plain store to another variable, and the
// store-buffering litmus (`x = 1; r1 = y` against `y = 1; r2 = x`) ends
// with r1 == r2 == 0 in real Go. Go's memory model allows it (the
// accesses race).
//
// The model, for stores at visible sites (race-learnt, or every shared
// one when fine-grained; each word of an aggregate stored a word per
// step):
//
//   - The store writes memory at once, so the goroutine's own loads,
//     visible or not, read it and the fast path is untouched, and joins
//     the goroutine's FIFO buffer (gRare.sb). Until it is flushed, other
//     goroutines' visible loads of the cell (and atomic loads, a plain
//     MOV on amd64) read the cell's committed value (Machine.stale): the
//     value of its latest flushed store, or what it held before the
//     first buffered one. A goroutine's load of a cell it holds in its
//     own buffer reads its newest entry (store forwarding).
//   - Flushes are lazy: an entry reaches memory when a load by another
//     goroutine decides so, not at a time of its own. Such a load is a
//     choice (ChooseFlush): pick 0 flushes every buffer holding the cell,
//     FIFO, through its newest entry for the cell (the buffer whose store
//     executed last flushing last) and reads that value, which is what a
//     sequentially consistent run reads; pick 1 reads the committed
//     value. A flush is observable only by loads of other goroutines,
//     each of which makes this choice, so flushing at the first load
//     that sees the value loses no outcome a flush at an earlier moment
//     gives (the limits are in the design notes).
//   - Fences: an operation that is a LOCK-prefixed instruction or goes
//     through a runtime lock on amd64 (atomic Store, Add, Swap, CAS, And,
//     Or; sync; channel operations and select; go; goroutine exit;
//     Gosched; timers; output) drains the goroutine's buffer in the
//     step that performs it (fenceStep). Map operations are plain loads
//     and stores (mapaccess, mapassign), not buffered here and no fence.
//     A goroutine with a non-empty buffer is not parked in front of a
//     blocking operation (the lock Go takes first drains it): it stays
//     runnable, and its step drains and then parks. Its exit, and a go
//     statement, are scheduling points while its buffer is not empty.
//   - Stores of several goroutines to one cell may be buffered at once;
//     the order they reach memory in is the order of their flushes.
//   - Fairness: a load by a goroutine that has polled spinLimit-1 times
//     in a row with nothing changing flushes (no choice), as a real
//     core's buffer drains within nanoseconds; a flush counts as a write,
//     so the step is an effect.

// sbEntry is one buffered store: the cell, the value stored, and when
// (Machine.sbSeq), to order stores to one cell by different goroutines.
type sbEntry struct {
	cell *Value
	val  Value
	seq  uint64
}

// staleCell is what other goroutines read of a cell while some goroutine
// holds stores to it in its buffer.
type staleCell struct {
	committed Value // the value of the latest flushed store
	pending   int   // buffered stores to the cell, in every buffer
	// multi says stores of several goroutines were buffered at once: the
	// last flush writes its value back to memory, which holds the newest
	// store executed.
	multi bool
}

// hasSB reports whether g holds buffered stores.
func (g *Goroutine) hasSB() bool { return g.rare != nil && len(g.rare.sb) > 0 }

// sbStore buffers g's visible store into cell p, called before the store
// writes memory; sbStored records the value after it.
func (m *Machine) sbStore(g *Goroutine, p *Value) {
	if g.inline {
		return
	}
	sc := m.stale[p]
	if sc == nil {
		if m.stale == nil {
			m.stale = map[*Value]*staleCell{}
		}
		sc = &staleCell{committed: *p}
		m.stale[p] = sc
	} else if !sc.multi && m.ownEntry(g, p) < 0 {
		sc.multi = true
	}
	sc.pending++
	r := g.rareRec()
	if len(r.sb) == 0 {
		m.sbN++
	}
	m.sbSeq++
	r.sb = append(r.sb, sbEntry{cell: p, seq: m.sbSeq})
	if len(r.sb) > storeBufferCap {
		m.flushN(g, 1) // the oldest store retires, as in hardware
	}
}

// storeBufferCap bounds a goroutine's store buffer as a core's bounds it
// (Skylake's holds 56 stores): a loop that stores without a fence keeps at
// most this many stores unseen, its oldest reaching memory as a new one
// joins. Unbounded, a writer's loop of copies grew a buffer of tens of
// thousands of entries, scanned by every load of its own (ownEntry), and
// ran the wasm test process out of its 4 GB.
const storeBufferCap = 56

// sbStored records the value g's store just wrote into p (sbStore).
func (m *Machine) sbStored(g *Goroutine, p *Value) {
	if g.inline {
		return
	}
	sb := g.rare.sb
	sb[len(sb)-1].val = *p
}

// ownEntry is the index of g's newest buffered store to p, or -1.
func (m *Machine) ownEntry(g *Goroutine, p *Value) int {
	if !g.hasSB() {
		return -1
	}
	sb := g.rare.sb
	for i := len(sb) - 1; i >= 0; i-- {
		if sb[i].cell == p {
			return i
		}
	}
	return -1
}

// staleRead is what g's visible load of cell p reads when some store
// buffer holds p (reported true; false: p is in none, the load reads
// memory). g's own newest buffered store to p, if any; otherwise the
// Chooser decides between the committed value (ChooseFlush's pick 1) and
// flushing every buffer holding p through p, the buffer whose store to p
// executed last flushing last, so that the load reads what a sequentially
// consistent run would (pick 0).
func (m *Machine) staleRead(g *Goroutine, p *Value) (Value, bool) {
	sc := m.stale[p]
	if sc == nil {
		return Value{}, false
	}
	own := g
	if g.inline && m.cur != nil {
		own = m.cur // a call made for the runtime, on the goroutine's behalf
	}
	if i := m.ownEntry(own, p); i >= 0 {
		return own.rare.sb[i].val, true
	}
	if !g.inline && !m.sbMustFlush(g) && m.choose(ChooseFlush, 2, nil, -1) == 1 {
		if m.cfg.Trace {
			m.event(g, "stale", m.objID(p), int32(g.Line()))
		}
		return sc.committed, true
	}
	for {
		// The holder whose store to p is the oldest of the holders'
		// newest ones flushes first.
		var first *Goroutine
		var seq uint64
		for _, h := range m.gs {
			if i := m.ownEntry(h, p); i >= 0 && (first == nil || h.rare.sb[i].seq < seq) {
				first, seq = h, h.rare.sb[i].seq
			}
		}
		if first == nil {
			return sc.committed, true
		}
		m.flushThrough(first, p)
	}
}

// sbMustFlush reports whether g has polled so often with nothing changing
// that the buffers it waits on must have drained (fairness).
func (m *Machine) sbMustFlush(g *Goroutine) bool {
	r := g.rare
	return r != nil && r.spinEpoch == m.epoch && r.spin >= spinLimit-1
}

// flushThrough flushes owner's buffer, oldest first, up to and including
// its newest entry for cell p.
func (m *Machine) flushThrough(owner *Goroutine, p *Value) {
	if i := m.ownEntry(owner, p); i >= 0 {
		m.flushN(owner, i+1)
	}
}

// drainSB flushes every entry of g's buffer: g performs a fence.
func (m *Machine) drainSB(g *Goroutine) {
	if g.hasSB() {
		m.flushN(g, len(g.rare.sb))
	}
}

// flushN flushes the n oldest entries of g's buffer.
func (m *Machine) flushN(g *Goroutine, n int) {
	r := g.rare
	for _, e := range r.sb[:n] {
		if sc := m.stale[e.cell]; sc != nil {
			sc.committed = e.val
			if sc.pending--; sc.pending == 0 {
				if sc.multi {
					*e.cell = sc.committed
				}
				delete(m.stale, e.cell)
			}
		}
	}
	m.writes++ // others see memory change: an effect for the fairness rule
	rest := copy(r.sb, r.sb[n:])
	clear(r.sb[rest:])
	r.sb = r.sb[:rest]
	if rest == 0 {
		m.sbN--
	}
}

// fenceStep drains g's buffer at the start of its step when the step's
// operation is a fence on amd64 (see the top of this file).
func (m *Machine) fenceStep(g *Goroutine) {
	if !g.hasSB() || g.preempt != preemptNone {
		return
	}
	if in := g.pending(); in == nil || g.completed || g.exiting || isFence(in) {
		m.drainSB(g)
	}
}

// isFence reports whether the visible operation in drains the store
// buffer of the goroutine performing it: everything but plain loads and
// stores, map operations, the runtime's plain reads (an atomic load, len
// of a channel, NumGoroutine, a range read) and a forced preemption.
func isFence(in *Instr) bool {
	switch in.Op {
	case opLoadV, opStoreV, opMapLookup, opMapUpdate, opMapNext:
		// A map's reads and writes (mapaccess, mapassign) are plain
		// loads and stores: real Go reaches the store-buffering outcome
		// with a map write between the store and the load
		// (sb_map_write).
		return false
	case opConvert:
		return false // string(b): a range read
	case opCallBuilt:
		ci := in.Aux.(*callInfo)
		return ci.builtin != "len" && ci.builtin != "delete"
	case opCallIntr:
		ci := in.Aux.(*callInfo)
		if in.K == kRangeV {
			return ci.intr.rangeWrite
		}
		return !ci.intr.noFence
	}
	return true
}

// sbOption adjusts g's option o for the store buffers: a fence that
// drains a non-empty buffer writes every buffered cell, and a load or
// store of a cell another goroutine holds in its buffer may flush that
// buffer: both count as touching everything.
func (m *Machine) sbOption(o *Option, g *Goroutine) {
	in := g.pending()
	if in == nil {
		if g.exiting && g.hasSB() {
			o.Obj, o.Write = -1, true
		}
		return
	}
	if g.hasSB() && g.preempt == preemptNone && isFence(in) {
		o.Obj, o.Write = -1, true
		return
	}
	if len(m.stale) == 0 {
		return
	}
	var p *Value
	regs := g.top().regs
	switch in.Op {
	case opLoadV:
		p = regs[in.B].Ptr()
		if t, _ := in.Aux.(*Type); t != nil && t.IsAggregate() && p != nil {
			fr := g.top()
			p, _ = wordAt(p, t, m.wordIndex(g, fr, fr.pc))
		}
	case opCallIntr:
		ci := in.Aux.(*callInfo)
		if ci.intr.noFence && ci.intr.Visible == "atomic" && len(ci.args) > 0 {
			p = regs[ci.args[0]].Ptr()
		}
	}
	if p == nil {
		return
	}
	if sc := m.stale[p]; sc != nil && in.Op != opStoreV && m.ownEntry(g, p) < 0 {
		o.Obj, o.Write = -1, true
	}
}

// staleLoad is exec's visible load of a scalar (in, at pc) when some
// store buffer is not empty: when the cell is another goroutine's
// buffered one and the load reads its committed value, it performs the
// load and reports true; otherwise exec performs it.
func (m *Machine) staleLoad(g *Goroutine, in *Instr, regs []Value, pc int) bool {
	p := regs[in.B].Ptr()
	if p == nil || in.Aux.(*Type).IsAggregate() {
		return false
	}
	v, ok := m.staleRead(g, p)
	if !ok {
		return false
	}
	if m.race != nil && in.K == 0 {
		m.raceLoad(g, p, pc)
	}
	regs[in.A] = v
	return true
}

// bufferedStore is exec's visible store of a scalar (in, at pc): it
// performs the store as exec would and buffers it, and reports true;
// false leaves the store to exec (an aggregate, a nil or byte pointer, a
// goroutine running a call for the runtime).
func (m *Machine) bufferedStore(g *Goroutine, in *Instr, regs []Value, pc int) bool {
	p := regs[in.A].Ptr()
	if p == nil || g.inline || in.Aux.(*Type).IsAggregate() {
		return false
	}
	if in.K == 0 || in.K == kPrivateStore {
		m.writes++
		if in.K == kPrivateStore {
			m.privWrites++
		}
	}
	if m.race != nil && in.K&kCannotRace == 0 {
		m.raceStore(g, p, pc)
	}
	m.sbStore(g, p)
	*p = regs[in.B]
	m.sbStored(g, p)
	return true
}
