package vm

import (
	"math/bits"
	"slices"
	"strings"
	"unsafe"
)

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
// one when fine-grained): a scalar's cell; a byte of compact storage (a
// []byte or [N]bool element); each word of an aggregate, stored a word per
// step, a chunk of up to 8 bytes of a byte array being one store; an
// aggregate of one word as its word; the words a visible copy, clear or
// append writes in place, first to last (sbRangeBegin); reflect.Copy's,
// Value.Set's and SetZero's typedmemmove and a Swapper's two stores
// (sbWrite, sbStorePtr):
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
//     value; when one goroutine holds several stores to the cell, pick
//     1+j flushes it through its j-th newest but one and reads that
//     (an older store reaching memory while a newer waits:
//     sb_older_value, sb_older_value_byte). A flush is
//     observable only by loads of other goroutines, each of which makes
//     this choice, so flushing at the first load that sees the value
//     loses no outcome a flush at an earlier moment
//     gives (the limits are in the design notes).
//   - Fences: an operation that is a LOCK-prefixed instruction or goes
//     through a runtime lock on amd64 (atomic Store, Add, Swap, CAS, And,
//     Or; sync; channel operations and select; go; goroutine exit;
//     Gosched; timers; output) drains the goroutine's buffer in the
//     step that performs it (fenceStep). Map operations are plain loads
//     and stores (mapaccess, mapassign), no fence; a map write is
//     performed at once but keeps its place in the writer's buffer order
//     (sbMapWrite, sbMapSeen).
//     A goroutine with a non-empty buffer is not parked in front of a
//     blocking operation (the lock Go takes first drains it): it stays
//     runnable, and its step drains and then parks. Its exit, and a go
//     statement, are scheduling points while its buffer is not empty.
//   - Stores of several goroutines to one cell may be buffered at once;
//     the order they reach memory in is the order of their flushes.
//   - Range reads (the runtime's, reflect's and fmt's reads on the host:
//     copy's and append's source, string(b), reflect.Copy, a printed
//     variable) at a visible site read each buffered word as a visible
//     load does (sbReadSpans, sbLoadPtr, at the end of this file).
//   - Fairness: a load by a goroutine that has polled spinLimit-1 times
//     in a row with nothing changing flushes (no choice), as a real
//     core's buffer drains within nanoseconds; a flush counts as a write,
//     so the step is an effect.

// sbEntry is one buffered store: the cell or the bytes stored into, the
// value stored, and when (Machine.sbSeq), to order stores to one cell by
// different goroutines.
type sbEntry struct {
	cell *Value // a word's cell; nil for a store into compact byte storage
	// bytes are the one to eight bytes of compact storage (a []byte or
	// [N]bool element, a chunk of a byte array) one store wrote, when
	// cell is nil.
	bytes []byte
	val   Value // the value stored; for bytes, N holds them, byte j at bits 8j
	seq   uint64
	// mp is a map g wrote while its buffer held earlier stores (cell
	// and bytes are nil): the write is in memory at once, and marks where
	// it stands in the buffer's order (sbMapWrite).
	mp *Map
}

// holds reports whether e stored into the cell or byte at k.
func (e *sbEntry) holds(k unsafe.Pointer) bool {
	if e.cell != nil {
		return unsafe.Pointer(e.cell) == k
	}
	return e.byteIndex(k) >= 0
}

// byteIndex is the index in e.bytes of the byte at k, or -1.
func (e *sbEntry) byteIndex(k unsafe.Pointer) int {
	if len(e.bytes) == 0 {
		return -1
	}
	if d := uintptr(k) - uintptr(unsafe.Pointer(&e.bytes[0])); d < uintptr(len(e.bytes)) {
		return int(d)
	}
	return -1
}

// staleCell is what other goroutines read of a cell, or of one byte of
// compact storage, while some goroutine holds stores to it in its buffer.
type staleCell struct {
	committed Value // the value of the latest flushed store (a byte: in N)
	pending   int   // buffered stores to the cell, in every buffer
	// multi says stores of several goroutines were buffered at once, or
	// a store reached memory at once while others were buffered: the last
	// flush writes its value back to memory, which holds the newest store
	// executed.
	multi bool
}

// hasSB reports whether g holds buffered stores.
func (g *Goroutine) hasSB() bool { return g.rare != nil && len(g.rare.sb) > 0 }

// staleOf is the record of the cell or byte at k some buffer holds, making
// it if need be with committed, the value memory holds before the store
// that g is about to buffer.
func (m *Machine) staleOf(g *Goroutine, k unsafe.Pointer, committed Value) *staleCell {
	sc := m.stale[k]
	if sc == nil {
		if m.stale == nil {
			m.stale = map[unsafe.Pointer]*staleCell{}
		}
		sc = &staleCell{committed: committed}
		m.stale[k] = sc
	} else if !sc.multi && m.ownEntry(g, k) < 0 {
		sc.multi = true
	}
	sc.pending++
	return sc
}

// sbJoin appends e to g's buffer; the oldest store retires when the buffer
// is full.
func (m *Machine) sbJoin(g *Goroutine, e sbEntry) {
	r := g.rareRec()
	if len(r.sb) == 0 {
		m.sbN++
	}
	m.sbSeq++
	e.seq = m.sbSeq
	r.sb = append(r.sb, e)
	if len(r.sb) > storeBufferCap {
		m.flushN(g, 1) // the oldest store retires, as in hardware
	}
}

// sbStore buffers g's visible store into cell p, called before the store
// writes memory; sbStored records the value after it.
func (m *Machine) sbStore(g *Goroutine, p *Value) {
	if g.inline {
		return
	}
	m.staleOf(g, unsafe.Pointer(p), *p)
	m.sbJoin(g, sbEntry{cell: p})
}

// sbStoreBytes buffers g's visible store into the one to eight bytes b of
// compact storage (one store, as a MOVB or a MOVQ of a chunk), called
// before the store writes them; sbStored records the value after it.
func (m *Machine) sbStoreBytes(g *Goroutine, b []byte) {
	if g.inline {
		return
	}
	for j := range b {
		m.staleOf(g, unsafe.Pointer(&b[j]), Value{N: uint64(b[j])})
	}
	m.sbJoin(g, sbEntry{bytes: b})
}

// storeBufferCap bounds a goroutine's store buffer as a core's bounds it
// (Skylake's holds 56 stores): a loop that stores without a fence keeps at
// most this many stores unseen, its oldest reaching memory as a new one
// joins. Unbounded, a writer's loop of copies grew a buffer of tens of
// thousands of entries, scanned by every load of its own (ownEntry), and
// ran the wasm test process out of its 4 GB.
const storeBufferCap = 56

// sbStored records the value g's store just wrote (sbStore, sbStoreBytes).
func (m *Machine) sbStored(g *Goroutine) {
	if g.inline {
		return
	}
	m.sbFill(g.rare.sb[len(g.rare.sb)-1:])
}

// sbFill records, in each of es, the value its store wrote.
func (m *Machine) sbFill(es []sbEntry) {
	for i := range es {
		e := &es[i]
		if e.cell != nil {
			e.val = *e.cell
			continue
		}
		var n uint64
		for j, c := range e.bytes {
			n |= uint64(c) << (8 * j)
		}
		e.val = Value{N: n}
	}
}

// ownEntry is the index of g's newest buffered store to the cell or byte
// at k, or -1.
func (m *Machine) ownEntry(g *Goroutine, k unsafe.Pointer) int {
	if !g.hasSB() {
		return -1
	}
	sb := g.rare.sb
	for i := len(sb) - 1; i >= 0; i-- {
		if sb[i].holds(k) {
			return i
		}
	}
	return -1
}

// sbOwner is the goroutine whose buffer g's loads forward from: a call
// made for the runtime runs on the goroutine's behalf.
func (m *Machine) sbOwner(g *Goroutine) *Goroutine {
	if g.inline && m.cur != nil {
		return m.cur
	}
	return g
}

// flushCell flushes every buffer holding the cell or byte at k through its
// newest store to it, the buffer whose store executed last flushing last,
// so that memory holds what a sequentially consistent run would.
func (m *Machine) flushCell(k unsafe.Pointer) {
	for {
		// The holder whose store to k is the oldest of the holders'
		// newest ones flushes first.
		var first *Goroutine
		var seq uint64
		for _, h := range m.gs {
			if i := m.ownEntry(h, k); i >= 0 && (first == nil || h.rare.sb[i].seq < seq) {
				first, seq = h, h.rare.sb[i].seq
			}
		}
		if first == nil {
			return
		}
		m.flushN(first, m.ownEntry(first, k)+1)
	}
}

// staleRead is what g's visible load of cell p reads when some store
// buffer holds p (reported true; false: p is in none, the load reads
// memory). g's own newest buffered store to p, if any; otherwise the
// Chooser decides (ChooseFlush): pick 0 flushes every buffer holding p
// through p (flushCell), reading what a sequentially consistent run
// would; pick 1 reads the committed value; when one goroutine holds
// several stores to p, pick 1+j flushes its buffer through its j-th newest
// store to p but one, and reads that value (an older store reaching memory
// while a newer waits).
func (m *Machine) staleRead(g *Goroutine, p *Value) (Value, bool) {
	k := unsafe.Pointer(p)
	sc := m.stale[k]
	if sc == nil {
		return Value{}, false
	}
	own := m.sbOwner(g)
	if i := m.ownEntry(own, k); i >= 0 {
		return own.rare.sb[i].val, true
	}
	if g.inline || m.sbMustFlush(g) {
		m.flushCell(k)
		return sc.committed, true
	}
	older := 0 // the sole holder's stores to p before its newest
	if !sc.multi {
		older = sc.pending - 1
	}
	pick := m.choose(ChooseFlush, 2+older, nil, -1)
	if pick == 0 {
		m.flushCell(k)
		return sc.committed, true
	}
	if m.cfg.Trace {
		m.event(g, "stale", m.objID(k), int32(g.Line()))
	}
	if pick >= 2 {
		m.flushOlder(k, pick-1)
	}
	return sc.committed, true
}

// flushOlder flushes the buffer of the one goroutine holding stores to
// the cell at k through its j-th newest store to it but one (j >= 1).
func (m *Machine) flushOlder(k unsafe.Pointer, j int) {
	for _, h := range m.gs {
		if !h.hasSB() {
			continue
		}
		sb := h.rare.sb
		for i := len(sb) - 1; i >= 0; i-- {
			if sb[i].holds(k) {
				if j == 0 {
					m.flushN(h, i+1)
					return
				}
				j--
			}
		}
	}
}

// staleBytes is staleRead for a load of the one to eight bytes b of
// compact storage (one load: a byte element, a chunk of an array): it
// writes into out what the load reads and reports true, or reports false
// when no buffer holds any of them (the load reads memory). One choice
// covers the load (ChooseFlush): pick 0 flushes every buffer holding a
// byte g's own does not (flushCell) and reads what a sequentially
// consistent run reads; pick 1 reads the bytes' committed values; when
// one goroutine alone holds stores to them (olderBytes), pick 1+j
// flushes its buffer through its j-th newest such store but one and
// reads that (an older store reaching memory while a newer waits:
// sb_older_value_byte).
func (m *Machine) staleBytes(g *Goroutine, b, out []byte) bool {
	own := m.sbOwner(g)
	any := false
	var theirs uint8 // bit j: b[j] is held by a buffer, not by g's own
	for j := range b {
		k := unsafe.Pointer(&b[j])
		if m.stale[k] != nil {
			any = true
			if m.ownEntry(own, k) < 0 {
				theirs |= 1 << j
			}
		}
	}
	if !any {
		return false
	}
	if theirs != 0 {
		m.chooseBytes(g, own, b, theirs)
	}
	for j := range b {
		k := unsafe.Pointer(&b[j])
		sc := m.stale[k]
		switch i := m.ownEntry(own, k); {
		case i >= 0:
			e := &own.rare.sb[i]
			out[j] = byte(e.val.N >> (8 * e.byteIndex(k)))
		case sc != nil:
			out[j] = byte(sc.committed.N)
		default:
			out[j] = b[j]
		}
	}
	return true
}

// chooseBytes makes g's choice for its load of bytes b, of which those in
// the mask theirs are held by other goroutines' buffers (staleBytes), and
// performs the flushes it picks; the load then reads the committed values.
func (m *Machine) chooseBytes(g, own *Goroutine, b []byte, theirs uint8) {
	flush := g.inline || m.sbMustFlush(g)
	if !flush {
		h, older := m.olderBytes(own, b, theirs)
		pick := m.choose(ChooseFlush, 2+older, nil, -1)
		if pick >= 1 {
			if m.cfg.Trace {
				m.event(g, "stale", m.objID(unsafe.Pointer(&b[bits.TrailingZeros8(theirs)])), int32(g.Line()))
			}
			if pick >= 2 {
				m.flushBytesOlder(h, b, theirs, pick-1)
			}
			return
		}
	}
	for j := range b {
		if theirs&(1<<j) != 0 {
			m.flushCell(unsafe.Pointer(&b[j]))
		}
	}
}

// olderBytes is the one goroutine other than own whose buffer holds
// stores to the bytes of b in the mask theirs, and how many of its
// stores to them precede its newest, when no other goroutine holds any
// of them (as staleRead offers a sole holder's older stores of a cell);
// otherwise nil and 0: only the newest is offered.
func (m *Machine) olderBytes(own *Goroutine, b []byte, theirs uint8) (*Goroutine, int) {
	for j := range b {
		if theirs&(1<<j) != 0 && m.stale[unsafe.Pointer(&b[j])].multi {
			return nil, 0
		}
	}
	var h *Goroutine
	n := 0
	for _, o := range m.gs {
		if o == own || !o.hasSB() {
			continue
		}
		c := 0
		for i := range o.rare.sb {
			if touchesBytes(&o.rare.sb[i], b, theirs) {
				c++
			}
		}
		if c == 0 {
			continue
		}
		if h != nil {
			return nil, 0
		}
		h, n = o, c
	}
	if h == nil {
		return nil, 0
	}
	return h, n - 1
}

// touchesBytes reports whether e stored into a byte of b in the mask.
func touchesBytes(e *sbEntry, b []byte, mask uint8) bool {
	if len(e.bytes) == 0 {
		return false
	}
	for j := range b {
		if mask&(1<<j) != 0 && e.byteIndex(unsafe.Pointer(&b[j])) >= 0 {
			return true
		}
	}
	return false
}

// flushBytesOlder flushes h's buffer through its j-th newest store to the
// bytes of b in the mask but one (j >= 1; olderBytes).
func (m *Machine) flushBytesOlder(h *Goroutine, b []byte, mask uint8, j int) {
	sb := h.rare.sb
	for i := len(sb) - 1; i >= 0; i-- {
		if touchesBytes(&sb[i], b, mask) {
			if j == 0 {
				m.flushN(h, i+1)
				return
			}
			j--
		}
	}
}

// sbMustFlush reports whether g has polled so often with nothing changing
// that the buffers it waits on must have drained (fairness).
func (m *Machine) sbMustFlush(g *Goroutine) bool {
	r := g.rare
	return r != nil && r.spinEpoch == m.epoch && r.spin >= spinLimit-1
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
	for i := range r.sb[:n] {
		e := &r.sb[i]
		if e.mp != nil {
			m.sbMaps--
			continue
		}
		if e.cell != nil {
			if sc := m.stale[unsafe.Pointer(e.cell)]; sc != nil {
				sc.committed = e.val
				if sc.pending--; sc.pending == 0 {
					if sc.multi {
						*e.cell = sc.committed
					}
					delete(m.stale, unsafe.Pointer(e.cell))
				}
			}
			continue
		}
		for j := range e.bytes {
			k := unsafe.Pointer(&e.bytes[j])
			if sc := m.stale[k]; sc != nil {
				sc.committed = Value{N: uint64(byte(e.val.N >> (8 * j)))}
				if sc.pending--; sc.pending == 0 {
					if sc.multi {
						e.bytes[j] = byte(sc.committed.N)
					}
					delete(m.stale, k)
				}
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
	if in := g.pending(); in == nil || g.completed || g.exiting || m.fences(g, in) {
		m.drainSB(g)
	}
}

// fences reports whether g's pending visible operation in drains its store
// buffer: isFence, unless the operation returns on one of Go's lock-free
// fast paths, which are plain loads on amd64 (lockFree).
func (m *Machine) fences(g *Goroutine, in *Instr) bool {
	return isFence(in) && !m.lockFree(g, in)
}

// lockFree reports whether in, pending for g, returns on a fast path of
// Go's that takes no lock and makes no locked instruction, so a store
// still in g's buffer stays there (audit13; real Go shows both old values
// through each): a select of one case and a default that finds the
// channel not ready to send (chansend: !block, not closed, full) or with
// nothing to receive, closed or not (chanrecv: !block, empty); a
// Mutex.TryLock that finds the lock held, an RWMutex.TryRLock that finds
// a writer (one load of the state word); a WaitGroup.Wait with the
// counter at zero (one atomic load). A timer's channel is left a fence:
// Go's empty() may run the timer under its lock first.
func (m *Machine) lockFree(g *Goroutine, in *Instr) bool {
	regs := g.top().regs
	switch in.Op {
	case opSelect:
		si := in.Aux.(*selectInfo)
		if si.blocking || len(si.chans) != 1 {
			return false
		}
		ch, _ := regs[si.chans[0]].R.(*Chan)
		switch {
		case ch == nil:
			return true
		case ch.timer != nil:
			return false
		case si.dirSend[0]:
			return !ch.closed && !ch.canSend()
		}
		return len(ch.buf) == 0 && !hasLive(ch.sendq)
	case opCallIntr:
		ci := in.Aux.(*callInfo)
		intr := ci.intr
		if ci.lock != nil && m.cfg.DisabledLocks[ci.lock.id] || len(ci.args) != 1 {
			return false
		}
		p := regs[ci.args[0]].Ptr()
		if p == nil {
			return false
		}
		switch intr.Name {
		case "(*sync.Mutex).TryLock":
			return m.sync.mutex(p).locked
		case "(*sync.RWMutex).TryRLock":
			return m.sync.rw(p).pending
		case "(*sync.WaitGroup).Wait":
			st := m.sync.wg(p)
			return st.n == 0 && !st.released[g]
		}
	}
	return false
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
		if in.K == kRangeV && isRangeWrite(ci) {
			return false // its stores join the buffer (sbRangeBegin)
		}
		return ci.builtin != "len" && ci.builtin != "delete"
	case opCallIntr:
		ci := in.Aux.(*callInfo)
		if in.K == kRangeV {
			return ci.intr.rangeWrite && !ci.intr.sbWrite
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
	if g.hasSB() && g.preempt == preemptNone && m.fences(g, in) {
		o.Obj, o.Write = -1, true
		return
	}
	if m.sbMaps > 0 && m.mapFlushes(g, in) {
		o.Obj, o.Write = -1, true
		return
	}
	if len(m.stale) == 0 {
		return
	}
	var p *Value
	var chunk []byte
	regs := g.top().regs
	switch in.Op {
	case opLoadV:
		if b, _ := regs[in.B].R.(*byte); b != nil {
			chunk = unsafe.Slice(b, 1)
			break
		}
		p = regs[in.B].Ptr()
		if t, _ := in.Aux.(*Type); t != nil && t.IsAggregate() && p != nil {
			fr := g.top()
			p, chunk = wordAt(p, t, m.wordIndex(g, fr, fr.pc))
		}
	case opCallIntr:
		ci := in.Aux.(*callInfo)
		if ci.intr.noFence && ci.intr.Visible == "atomic" && len(ci.args) > 0 {
			p = regs[ci.args[0]].Ptr()
		}
	}
	if p != nil && m.othersHold(g, unsafe.Pointer(p)) {
		o.Obj, o.Write = -1, true
	}
	for j := range chunk {
		if m.othersHold(g, unsafe.Pointer(&chunk[j])) {
			o.Obj, o.Write = -1, true
			break
		}
	}
}

// othersHold reports whether a goroutine other than g holds a store to the
// cell or byte at k in its buffer, and g none: g's load of it may flush.
func (m *Machine) othersHold(g *Goroutine, k unsafe.Pointer) bool {
	return m.stale[k] != nil && m.ownEntry(g, k) < 0
}

// staleLoad is exec's visible load of a scalar or of a byte of compact
// storage (in, at pc) when some store buffer is not empty: when another
// goroutine's buffer holds it, it performs the load as staleRead or
// staleBytes says and reports true; otherwise exec performs it.
func (m *Machine) staleLoad(g *Goroutine, in *Instr, regs []Value, pc int) bool {
	if b, _ := regs[in.B].R.(*byte); b != nil {
		var out [1]byte
		if !m.staleBytes(g, unsafe.Slice(b, 1), out[:]) {
			return false
		}
		if m.race != nil {
			m.raceByte(g, b, pc, false)
		}
		regs[in.A] = Value{N: uint64(out[0])}
		return true
	}
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

// bufferedStore is exec's visible store of a scalar or of a byte of
// compact storage (in, at pc): it performs the store as exec would and
// buffers it, and reports true; false leaves the store to exec (an
// aggregate, a nil pointer, a goroutine running a call for the runtime).
func (m *Machine) bufferedStore(g *Goroutine, in *Instr, regs []Value, pc int) bool {
	if g.inline {
		return false
	}
	p := regs[in.A].Ptr()
	b, _ := regs[in.A].R.(*byte)
	if p == nil && b == nil || in.Aux.(*Type).IsAggregate() {
		return false
	}
	if in.K == 0 || in.K == kPrivateStore {
		m.writes++
		if in.K == kPrivateStore {
			m.privWrites++
		}
	}
	if b != nil {
		if m.race != nil {
			m.raceByte(g, b, pc, true)
		}
		m.sbStoreBytes(g, unsafe.Slice(b, 1))
		*b = byte(regs[in.B].N)
		m.sbStored(g)
		return true
	}
	if m.race != nil && in.K&kCannotRace == 0 {
		m.raceStore(g, p, pc)
	}
	m.sbStore(g, p)
	*p = regs[in.B]
	m.sbStored(g)
	return true
}

// rangeDest is where the visible range write ci (copy, append or clear of
// a slice) writes in memory others may see: elements of type et, or
// compact bytes. Both are empty when it writes nothing others can see yet
// (an append into a new array); ok is false when this cannot say (an
// append of structs or arrays, which replaces its elements' cells).
func rangeDest(ci *callInfo, regs []Value) (vals []Value, et *Type, bs []byte, ok bool) {
	arg := func(i int) Value { return regs[ci.args[i]] }
	t := ci.types[0]
	dst := arg(0)
	lo, hi := 0, seqLen(dst)
	switch ci.builtin {
	case "copy":
		n := 0
		if ci.types[1].Kind == KString {
			n = len(arg(1).Str())
		} else {
			n = seqLen(arg(1))
		}
		hi = min(hi, n)
	case "append":
		n := len(ci.listed)
		if ci.listed == nil && len(ci.args) > 1 {
			if s, isStr := arg(1).R.(string); isStr {
				n = len(s)
			} else {
				n = seqLen(arg(1))
			}
		}
		if lo, hi = hi, hi+n; hi > seqCap(dst) || n == 0 {
			return nil, nil, nil, true // a new array, or nothing written
		}
	case "clear":
	default:
		return nil, nil, nil, false
	}
	if t.compact() {
		return nil, nil, bytesOf(dst)[lo:hi], true
	}
	return dst.Elems()[lo:hi], t.Elem, nil, true
}

// rangeWord is word w of a range write's destination (rangeDest): a cell,
// or a chunk of up to eight bytes; n is how many words it has.
func rangeWord(vals []Value, et *Type, bs []byte, w int) (cell *Value, chunk []byte) {
	if bs != nil {
		return nil, bs[8*w : min(8*w+8, len(bs))]
	}
	wc := wordCount(et)
	return wordAt(&vals[w/wc], et, w%wc)
}

func rangeWords(vals []Value, et *Type, bs []byte) int {
	if bs != nil {
		return (len(bs) + 7) / 8
	}
	if len(vals) == 0 {
		return 0
	}
	return len(vals) * wordCount(et)
}

// sbRange is a visible range write's place in its goroutine's buffer,
// between sbRangeBegin and sbRangeEnd.
type sbRange struct {
	vals   []Value
	et     *Type
	bs     []byte
	direct int // the words, first to last, that reached memory at once
	joined int // the words after them, buffered
}

// sbRangeBegin buffers the words g's visible range write ci is about to
// write, as the stores of a memmove, first to last: a range write is no
// fence. Of more words than the buffer holds, the earlier ones reach
// memory at once, after everything g had buffered. A destination it
// cannot tell drains g's buffer instead. sbRangeEnd records the values
// written.
func (m *Machine) sbRangeBegin(g *Goroutine, ci *callInfo, regs []Value) sbRange {
	vals, et, bs, ok := rangeDest(ci, regs)
	if !ok {
		m.drainSB(g)
		return sbRange{}
	}
	return m.sbSpanBegin(g, sbSpan{vals: vals, et: et, bs: bs})
}

// sbSpanBegin is sbRangeBegin for a range write into the words of s.
func (m *Machine) sbSpanBegin(g *Goroutine, s sbSpan) sbRange {
	vals, et, bs := s.vals, s.et, s.bs
	r := sbRange{vals: vals, et: et, bs: bs}
	n := rangeWords(vals, et, bs)
	if n > storeBufferCap {
		m.drainSB(g)
		r.direct = n - storeBufferCap
	}
	for w := r.direct; w < n; w++ {
		cell, chunk := rangeWord(vals, et, bs, w)
		switch {
		case cell != nil:
			m.sbStore(g, cell)
		case chunk != nil:
			m.sbStoreBytes(g, chunk)
		default:
			continue
		}
		r.joined++
	}
	return r
}

// sbRangeEnd records the values g's range write (sbRangeBegin) wrote.
func (m *Machine) sbRangeEnd(g *Goroutine, r sbRange) {
	if r.joined > 0 {
		sb := g.rare.sb
		m.sbFill(sb[len(sb)-r.joined:])
	}
	if len(m.stale) == 0 {
		return
	}
	// A word written at once that others hold buffered stores to: it is
	// in memory first, theirs reach memory after it.
	for w := range r.direct {
		cell, chunk := rangeWord(r.vals, r.et, r.bs, w)
		if cell != nil {
			m.committedNow(unsafe.Pointer(cell), *cell)
		}
		for j := range chunk {
			m.committedNow(unsafe.Pointer(&chunk[j]), Value{N: uint64(chunk[j])})
		}
	}
}

// sbStorePtr is storePtr for a store g makes on the host at a visible
// site (reflect's typedmemmove, a Swapper's swap): the words of the value
// of type t that p points at (a cell, or a byte of compact storage) join
// g's store buffer, first to last, as the runtime's plain stores. A
// destination not laid out as t says, which storeInto replaces rather than
// fills, drains g's buffer and is written at once.
func (m *Machine) sbStorePtr(g *Goroutine, p, x Value, t *Type) {
	var s sbSpan
	if b, ok := p.R.(*byte); ok {
		s.bs = unsafe.Slice(b, 1)
	} else if c := p.Ptr(); c != nil && laidOut(*c, t) {
		s.vals, s.et = unsafe.Slice(c, 1), t
	}
	if g.inline || s.bs == nil && s.vals == nil {
		if !g.inline {
			m.drainSB(g)
		}
		storePtr(p, x, t)
		return
	}
	r := m.sbSpanBegin(g, s)
	storePtr(p, x, t)
	m.sbRangeEnd(g, r)
}

// laidOut reports whether the cell value v holds a value of type t whose
// words storeInto fills in place: a scalar, or an aggregate already
// holding its elements.
func laidOut(v Value, t *Type) bool {
	switch {
	case !t.IsAggregate():
		return true
	case t.compact():
		return len(bytesOf(v)) > 0
	}
	return len(v.Elems()) > 0
}

// committedNow records a store that reached memory at once into the cell
// or byte at k, v, while other goroutines may hold stores to it.
func (m *Machine) committedNow(k unsafe.Pointer, v Value) {
	if sc := m.stale[k]; sc != nil {
		sc.committed, sc.multi = v, true
	}
}

// isRangeWrite reports whether the builtin call ci writes a range of a
// slice's elements: copy, append, clear of a slice.
func isRangeWrite(ci *callInfo) bool {
	switch ci.builtin {
	case "copy", "append":
		return true
	case "clear":
		return ci.types[0].Kind == KSlice
	}
	return false
}

// sbMapWrite records g's write of map mp in g's buffer, behind the stores
// g buffered before it. A map write is no fence (sb_map_write) but its
// stores are plain ones, which reach memory after the earlier ones (TSO):
// the VM performs it at once, so another goroutine that looks at mp first
// flushes g's buffer through the write (sbMapSeen), and so never sees the
// map written and an earlier store not (sb_map_message). Nothing is
// recorded when g buffers nothing.
func (m *Machine) sbMapWrite(g *Goroutine, mp *Map) {
	if g.inline || !g.hasSB() || mp == nil {
		return
	}
	m.sbMaps++
	m.sbJoin(g, sbEntry{mp: mp})
}

// sbMapSeen flushes, before g reads or writes map mp, every other
// goroutine's buffer through its newest write of mp (sbMapWrite).
func (m *Machine) sbMapSeen(g *Goroutine, mp *Map) {
	if m.sbMaps == 0 || mp == nil {
		return
	}
	own := m.sbOwner(g)
	for _, h := range m.gs {
		if i := m.mapEntry(h, mp); i >= 0 && h != own {
			m.flushN(h, i+1)
		}
	}
}

// mapEntry is the index of h's newest buffered write of map mp (nil: of
// any map), or -1.
func (m *Machine) mapEntry(h *Goroutine, mp *Map) int {
	if !h.hasSB() {
		return -1
	}
	sb := h.rare.sb
	for i := len(sb) - 1; i >= 0; i-- {
		if sb[i].mp != nil && (sb[i].mp == mp || mp == nil) {
			return i
		}
	}
	return -1
}

// othersWroteMap reports whether a goroutine other than g holds a write of
// map mp (nil: of any map) in its buffer: g's operation on mp flushes it.
func (m *Machine) othersWroteMap(g *Goroutine, mp *Map) bool {
	if m.sbMaps == 0 {
		return false
	}
	for _, h := range m.gs {
		if h != g && m.mapEntry(h, mp) >= 0 {
			return true
		}
	}
	return false
}

// mapFlushes reports whether g's visible operation in may flush another
// goroutine's buffer through its write of a map (sbMapSeen): an operation
// on a map another goroutine wrote behind buffered stores, or a map
// operation of an intrinsic while any did.
func (m *Machine) mapFlushes(g *Goroutine, in *Instr) bool {
	if mp := opMap(in, g.top().regs); mp != nil {
		return m.othersWroteMap(g, mp)
	}
	return intrMapOp(in) && m.othersWroteMap(g, nil)
}

// intrMapOp reports whether the visible operation in is a map operation
// made by an intrinsic (maps.Clone, reflect's), which flushes the buffers
// of other goroutines that wrote the map (sbMapSeen).
func intrMapOp(in *Instr) bool {
	if in.Op != opCallIntr {
		return false
	}
	ci := in.Aux.(*callInfo)
	return strings.HasPrefix(ci.intr.Visible, "map.") || in.K == kRangeV && ci.intr.Name == "reflect.mapLen"
}

// opMap is the map the visible operation in reads or writes, or nil.
func opMap(in *Instr, regs []Value) *Map {
	switch in.Op {
	case opMapLookup, opMapUpdate:
		mp, _ := regs[in.B].R.(*Map)
		return mp
	case opMapNext:
		if it, _ := regs[in.B].R.(*mapIter); it != nil {
			return it.m
		}
	case opCallBuilt:
		if ci := in.Aux.(*callInfo); ci.builtin == "len" && len(ci.args) > 0 {
			mp, _ := regs[ci.args[0]].R.(*Map)
			return mp
		}
	}
	return nil
}

// Range reads: the loads the runtime, reflect and fmt make on the host
// (copy's and append's memmove of the source, growslice's of the old
// elements, string(b), reflect.Copy, fmt's read of a variable it prints)
// are plain loads on amd64, which pass the reader's buffered stores and do
// not see other goroutines' buffered ones. At a visible range site each
// word they read that a store buffer holds is read as a visible load
// reads it (staleRead, staleBytes: one ChooseFlush choice per word another
// goroutine holds, first to last): memory is patched to that value for
// the host operation and put back after it (sbPatch).

// sbSpan is a range of slice elements a range read reads: cells of
// elements of type et, or compact bytes.
type sbSpan struct {
	vals []Value
	et   *Type
	bs   []byte
}

// sbPatch is a cell or byte a range read patched to the value its reader
// reads; mem is what memory held, put back after the read.
type sbPatch struct {
	cell *Value
	b    *byte
	mem  Value
}

// sbReadSpans patches memory so that g's range read of the words of spans
// reads what g's visible loads of them would (see above), appending to
// patches what it changed. Nothing is done while every buffer is empty.
func (m *Machine) sbReadSpans(g *Goroutine, spans []sbSpan, patches []sbPatch) []sbPatch {
	if len(m.stale) == 0 {
		return patches
	}
	for _, s := range spans {
		n := rangeWords(s.vals, s.et, s.bs)
		if len(m.stale) < n && (s.bs != nil || !s.et.IsAggregate()) {
			// Fewer buffered cells than words: look for them.
			for _, w := range m.heldWords(s) {
				cell, chunk := rangeWord(s.vals, s.et, s.bs, w)
				patches = m.sbReadWord(g, cell, chunk, patches)
			}
			continue
		}
		for w := range n {
			cell, chunk := rangeWord(s.vals, s.et, s.bs, w)
			patches = m.sbReadWord(g, cell, chunk, patches)
		}
	}
	return patches
}

// heldWords lists, ascending, the words of s, a span of compact bytes or
// of scalar cells, that hold a cell or byte some buffer holds.
func (m *Machine) heldWords(s sbSpan) []int {
	var lo, size, n uintptr
	if s.bs != nil {
		lo, size, n = uintptr(unsafe.Pointer(&s.bs[0])), 1, uintptr(len(s.bs))
	} else if len(s.vals) > 0 {
		lo, size, n = uintptr(unsafe.Pointer(&s.vals[0])), unsafe.Sizeof(Value{}), uintptr(len(s.vals))
	}
	var ws []int
	for k := range m.stale {
		if d := uintptr(k) - lo; d < n*size && d%size == 0 {
			w := int(d / size)
			if s.bs != nil {
				w /= 8 // a chunk of 8 bytes
			}
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return slices.Compact(ws)
}

// sbReadWord patches one word, a cell or a chunk of compact bytes, for g's
// range read (sbReadSpans).
func (m *Machine) sbReadWord(g *Goroutine, cell *Value, chunk []byte, patches []sbPatch) []sbPatch {
	switch {
	case cell != nil:
		if m.stale[unsafe.Pointer(cell)] == nil {
			break
		}
		if v, ok := m.staleRead(g, cell); ok {
			patches = append(patches, sbPatch{cell: cell, mem: *cell})
			*cell = v
		}
	case chunk != nil:
		var out [8]byte
		if m.staleBytes(g, chunk, out[:len(chunk)]) {
			for j := range chunk {
				patches = append(patches, sbPatch{b: &chunk[j], mem: Value{N: uint64(chunk[j])}})
				chunk[j] = out[j]
			}
		}
	}
	return patches
}

// sbUnpatch puts back what memory held before a range read's patches
// (sbReadSpans), but for the words the operation itself wrote (written,
// its destination: they hold its stores now).
func sbUnpatch(patches []sbPatch, written sbSpan) {
	for i := len(patches) - 1; i >= 0; i-- {
		p := &patches[i]
		if p.cell != nil {
			if !written.holdsCell(p.cell) {
				*p.cell = p.mem
			}
			continue
		}
		if !written.holdsByte(p.b) {
			*p.b = byte(p.mem.N)
		}
	}
}

// holdsCell reports whether the cell c is one of the span's words.
func (s sbSpan) holdsCell(c *Value) bool {
	if len(s.vals) == 0 {
		return false
	}
	if !s.et.IsAggregate() {
		lo := uintptr(unsafe.Pointer(&s.vals[0]))
		d := uintptr(unsafe.Pointer(c)) - lo
		return d < uintptr(len(s.vals))*unsafe.Sizeof(Value{})
	}
	for w := range rangeWords(s.vals, s.et, nil) {
		if cell, _ := rangeWord(s.vals, s.et, nil, w); cell == c {
			return true
		}
	}
	return false
}

// holdsByte reports whether the byte b is in one of the span's words.
func (s sbSpan) holdsByte(b *byte) bool {
	if len(s.bs) > 0 {
		d := uintptr(unsafe.Pointer(b)) - uintptr(unsafe.Pointer(&s.bs[0]))
		return d < uintptr(len(s.bs))
	}
	if len(s.vals) == 0 || !s.et.IsAggregate() {
		return false
	}
	for w := range rangeWords(s.vals, s.et, nil) {
		if _, chunk := rangeWord(s.vals, s.et, nil, w); len(chunk) > 0 {
			d := uintptr(unsafe.Pointer(b)) - uintptr(unsafe.Pointer(&chunk[0]))
			if d < uintptr(len(chunk)) {
				return true
			}
		}
	}
	return false
}

// rangeSources lists what the visible builtin ci reads in memory others
// may write: copy's source, append's appended slice, and, when append
// outgrows its array, the elements growslice copies (a string is
// immutable: nothing).
func rangeSources(ci *callInfo, regs []Value, out []sbSpan) []sbSpan {
	arg := func(i int) Value { return regs[ci.args[i]] }
	t := ci.types[0]
	span := func(v Value, n int) sbSpan {
		if t.compact() {
			return sbSpan{bs: bytesOf(v)[:n]}
		}
		return sbSpan{vals: v.Elems()[:n], et: t.Elem}
	}
	switch ci.builtin {
	case "copy":
		if ci.types[1].Kind == KString {
			return out
		}
		n := min(seqLen(arg(0)), seqLen(arg(1)))
		if n > 0 {
			out = append(out, span(arg(1), n))
		}
	case "append":
		dst := arg(0)
		add, src := len(ci.listed), false
		if ci.listed == nil && len(ci.args) > 1 {
			if s, isStr := arg(1).R.(string); isStr {
				add = len(s)
			} else {
				add, src = seqLen(arg(1)), true
			}
		}
		if add == 0 {
			return out
		}
		if n := seqLen(dst); n > 0 && n+add > seqCap(dst) {
			out = append(out, span(dst, n)) // growslice's copy
		}
		if src {
			out = append(out, span(arg(1), add))
		}
	}
	return out
}

// convertSource is what the visible conversion string(b) or string(r)
// reads in memory others may write.
func convertSource(ci *convInfo, v Value) sbSpan {
	if ci.from.compact() {
		return sbSpan{bs: bytesOf(v)}
	}
	s, _ := v.R.([]Value)
	return sbSpan{vals: s, et: ci.from.Elem}
}

// sbLoadPtr is loadPtr for a range read of g's at a visible site: what g's
// visible load of the cell, byte or aggregate p points at reads while
// store buffers hold some of it.
func (m *Machine) sbLoadPtr(g *Goroutine, p Value, t *Type) Value {
	if len(m.stale) == 0 {
		return loadPtr(p, t)
	}
	if b, ok := p.R.(*byte); ok {
		var out [1]byte
		if m.staleBytes(g, unsafe.Slice(b, 1), out[:]) {
			return Value{N: uint64(out[0])}
		}
		return Value{N: uint64(*b)}
	}
	c := p.Ptr()
	if t == nil || !t.IsAggregate() {
		if v, ok := m.staleRead(g, c); ok {
			return v
		}
		return *c
	}
	var patches []sbPatch
	for w := range wordCount(t) {
		cell, chunk := wordAt(c, t, w)
		patches = m.sbReadWord(g, cell, chunk, patches)
	}
	v := copyVal(*c, t)
	sbUnpatch(patches, sbSpan{})
	return v
}

// rangeBuiltin is builtin for a visible range access (kRangeV): its reads
// of memory read what g's loads would while store buffers hold stores
// (sbReadBuiltin), and a range write's stores join g's buffer
// (sbRangeBegin).
func (m *Machine) rangeBuiltin(g *Goroutine, ci *callInfo, regs []Value, in *Instr) (Value, bool) {
	var patches []sbPatch
	var written sbSpan
	if len(m.stale) > 0 {
		patches, written = m.sbReadBuiltin(g, ci, regs)
	}
	var sr sbRange
	buffered := !g.inline && isRangeWrite(ci)
	if buffered {
		sr = m.sbRangeBegin(g, ci, regs)
	}
	v, ok := m.builtin(g, ci, regs, in)
	if buffered {
		m.sbRangeEnd(g, sr)
	}
	if patches != nil {
		sbUnpatch(patches, written)
	}
	return v, ok
}

// sbReadBuiltin patches memory for the range read of g's visible builtin
// ci (rangeSources), returning the patches and the words ci writes in
// place, which keep their new values after it (sbUnpatch).
func (m *Machine) sbReadBuiltin(g *Goroutine, ci *callInfo, regs []Value) ([]sbPatch, sbSpan) {
	if ci.builtin != "copy" && ci.builtin != "append" {
		return nil, sbSpan{}
	}
	var spans [2]sbSpan
	patches := m.sbReadSpans(g, rangeSources(ci, regs, spans[:0]), nil)
	if patches == nil {
		return nil, sbSpan{}
	}
	vals, et, bs, _ := rangeDest(ci, regs)
	return patches, sbSpan{vals: vals, et: et, bs: bs}
}

// sbCallReading calls intr, an intrinsic that reads its slice arguments'
// elements on the host (argsRead), at a visible site while store buffers
// hold stores: with memory patched to what the caller's loads read
// (sbReadSliceArgs).
func (m *Machine) sbCallReading(c *Ctx, intr *Intrinsic, args []Value) Value {
	patches := m.sbReadSliceArgs(c.G, c.Call, args)
	v := intr.Fn(c, args)
	sbUnpatch(patches, sbSpan{})
	return v
}

// sbReadSliceArgs patches memory for the range read of g's visible call
// ci of an intrinsic that reads its slice arguments' elements on the host
// (argsRead).
func (m *Machine) sbReadSliceArgs(g *Goroutine, ci *callInfo, args []Value) []sbPatch {
	var patches []sbPatch
	for i, t := range ci.types {
		if i >= len(args) || t == nil || t.Kind != KSlice || seqLen(args[i]) == 0 {
			continue
		}
		s := sbSpan{bs: bytesOf(args[i])}
		if !t.compact() {
			s = sbSpan{vals: args[i].Elems(), et: t.Elem}
		}
		patches = m.sbReadSpans(g, []sbSpan{s}, patches)
	}
	return patches
}
