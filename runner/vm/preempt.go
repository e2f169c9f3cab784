package vm

import "math"

// Forced preemption: a goroutine that runs on without a scheduling point
// while another could run is stopped, as Go's asynchronous preemption
// (sysmon, runtime/proc.go's retake) stops it.
//
// A spin on a plain variable — `for !ready {}`, `for n < 3 {}`, a flag
// read through a pointer or in a called function — has no scheduling
// point until the race detector has seen the race (then its loads are
// visible, vm/visible.go); in the first run, and always with the detector
// off, the spinner ran on until the instruction budget ended the run, and
// every strategy reported that as a failure. Real Go preempts it and the
// writer runs.
//
// Two stops, both at a block's end (chargeBlock: a branch or a return),
// both only while another goroutine is runnable or a timer is due (the
// clock advances with work, so a goroutine waiting in Sleep to set the
// flag wakes), never in a call the runtime makes inline, a panicking
// goroutine or a map write's window:
//
//   - A cycle. Every preemptEvery instructions of one step the machine
//     takes a snapshot of the goroutine at the next block end — every
//     frame's function, pc, registers and deferred calls, the count of
//     memory writes, and the count of clock reads and host calls (a call
//     that returned may have read state the registers do not show:
//     Machine.hidden) — and compares it at each block end of the next
//     cycleWindow instructions; the window's end takes the next snapshot,
//     so once a step is long the windows follow each other.
//     The same state again, with nothing written, is a cycle: the
//     goroutine will do the same thing forever until another goroutine
//     changes what it reads, so it stops there and yields (fair.go): it is
//     not offered while another goroutine can run, until a step has an
//     effect. This loses no schedule: every further turn of the cycle is
//     the same, and the state it stops in is one it passed through.
//   - A time slice. A goroutine that has run timeSlice instructions (10 ms
//     of virtual time, Go's forcePreemptNS) since another goroutine last
//     ran stops and yields the same way, whatever its state: in the middle
//     of a step, which ends spins whose state never repeats (`for !done {
//     n++ }`), or after a step (endStep), which ends spins that write at
//     every turn and so never poll (a counter of tries in a global). A computation shorter than that is never
//     interrupted, so what it does before another goroutine's next step
//     stays reachable as in Go, where a runnable goroutine waits at most a
//     time slice at GOMAXPROCS=1 and not at all with a free P.
//
// A cycle stop is not a choice of its own: the goroutine yields, and the
// strategy picks among the others as at any step (with only one other
// runnable goroutine there is nothing to choose). The first maxSlices-1
// time-slice stops leave the goroutine offered beside the others: in Go a
// goroutine woken by a long computation can wait in that P's runnext until
// sysmon preempts it, so the computation may finish first; making every
// slice stop a yield lost that order for computations longer than a slice.
// The last stop yields. Both depend only on
// counted instructions and the run's state, so runs are deterministic and
// schedule tokens replay natively and in wasm. The step that resumes from a
// cycle is a poll for the fairness rule (it performed nothing; its writes
// are counted), the step that resumes from a time slice an effect.
//
// Cost: nothing on the fast path until a step has run preemptEvery
// instructions while another goroutine could run (a single goroutine never
// arms the check); the look rides on the periodic check (checkAt). While a
// window compares, every block end is a look, and fast makes its first
// part itself (passBlockEnd): the same pc, the same frame, no write since
// the snapshot, and the register that differed at the last full
// comparison (a loop's counter) unchanged. Only a block end that passes
// all four leaves fast for the full comparison in check; a turn of a
// counting loop costs a few compares more, not a snapshot's scan.
const (
	preemptEvery = 1 << 14    // instructions of one step between cycle checks
	cycleWindow  = 1 << 10    // instructions a cycle check compares for
	timeSlice    = 10_000_000 // instructions a step runs before it is stopped (10 ms at instrCost)
	maxSlices    = 3          // time slices a goroutine may be let go on for while others wait
	maxCycleRegs = 1 << 12    // a deeper state is not compared (the time slice still stops it)
)

// Why a goroutine stopped where it has no visible operation (Goroutine.preempt).
const (
	preemptNone  uint8 = iota
	preemptCycle       // its state repeated: it yields until another step has an effect
	preemptSlice       // it ran a time slice: it yields the same way
)

// cycleSnap is a goroutine's state at a block end, for finding a cycle.
type cycleSnap struct {
	g      *Goroutine
	pc     int
	writes uint64
	hidden uint64 // clock reads and host calls (Machine.hidden)
	epoch  uint64
	panic  *panicRec
	frames []snapFrame
	regs   []Value // every frame's registers, innermost last
	locals []Value // copies of the frames' own variables (Func.locals), innermost last

	// The quick look (differs): the innermost frame's register count,
	// the registers whose value is their N (not one of Func.locals), and
	// the one of them that differed last with its N here (hint < 0: none).
	topRegs int
	plain   []int32
	hint    int32
	hintN   uint64

	// The register that differed last in same's full comparison: frame
	// miss (< 0: none), register missReg, at missR in regs and with the
	// frame's variables from missL in locals. A loop whose counter moves
	// on differs there at every turn: same looks at it first.
	miss, missReg, missR, missL int
}

type snapFrame struct {
	fn        *Func
	pc        int
	defers    *deferRec
	nregs     int
	openDefer bool
}

// beginStep starts the preemption clock for g's step, and g's time slice
// when another goroutine ran last.
func (m *Machine) beginStep(g *Goroutine) {
	if m.runG != g {
		m.runG, m.runStart, m.sliceEnd = g, m.budget, timeSlice
	}
	m.armed = false
	m.preemptAt = m.budget - preemptEvery
	m.checkAt = max(m.tickAt, m.preemptAt)
}

// check runs what is due at a block's end (chargeBlock): the periodic
// tick, and the forced preemption. It reports false when g stops here or
// the run ended; fr.pc is pc.
func (m *Machine) check(g *Goroutine, in *Instr, pc int) bool {
	if m.budget < m.tickAt && !m.tick() {
		return false
	}
	if (m.armed || m.budget < m.preemptAt) && m.preempt(g, pc) {
		m.budget += int64(in.Cost) // charged again when g resumes here
		return false
	}
	m.setCheckAt()
	return true
}

// setCheckAt sets when check runs next: at every block end while a cycle
// check compares, otherwise at the earlier of the tick and the next
// preemption look.
func (m *Machine) setCheckAt() {
	if m.armed {
		m.checkAt = math.MaxInt64
		m.armFloor = max(m.tickAt, m.armEnd)
	} else {
		m.checkAt = max(m.tickAt, m.preemptAt)
	}
}

// preempt decides at a block end of g, at pc, due for a look, whether g
// stops there.
func (m *Machine) preempt(g *Goroutine, pc int) bool {
	if m.armed {
		if m.snap.same(m, g, pc) {
			m.disarm()
			g.preempt = preemptCycle
			return true
		}
		if m.budget >= m.armEnd {
			return false
		}
		m.disarm()
	}
	m.preemptAt = m.budget - preemptEvery
	if !m.canPreempt(g) {
		return false
	}
	if m.runStart-m.budget >= m.sliceEnd {
		g.preempt = preemptSlice
		return true
	}
	if m.snap.take(m, g, pc) {
		m.armed, m.armEnd = true, m.budget-cycleWindow
	}
	return false
}

// disarm ends a cycle check.
func (m *Machine) disarm() {
	m.armed = false
	m.snap.g = nil
}

// passBlockEnd reports whether fast (and calls) may go on past a block
// end at pc, of the innermost frame whose registers are regs, with the
// budget b after the block's cost, while a cycle check compares: nothing
// else is due there (the tick, the comparing window's end) and the state
// surely differs from the snapshot's, so check would do nothing but
// compare and go on. Otherwise fast stops there and exec's check runs.
func (m *Machine) passBlockEnd(b int64, pc int, regs []Value) bool {
	return m.armed && b >= m.armFloor && m.snap.differs(m, pc, regs)
}

// canPreempt reports whether g may stop without a visible operation: it is
// a goroutine of its own (not a call the runtime makes inline), neither
// panicking nor inside a map write, and another goroutine can run or a
// timer is due.
func (m *Machine) canPreempt(g *Goroutine) bool {
	if g.inline || g.panicking() != nil || g.dying || g.exiting || g.mapOpen || g.completed || g != m.cur {
		return false
	}
	return m.runs.n > 1 || m.clockDue()
}

// clockDue reports whether the earliest timer's time has come.
func (m *Machine) clockDue() bool {
	return m.timers.Len() > 0 && m.timers[0].when <= m.clock+(m.workMark-m.budget)*instrCost
}

// take records g's state at pc for the cycle check; false when it is
// too large to compare.
func (s *cycleSnap) take(m *Machine, g *Goroutine, pc int) bool {
	n := 0
	for _, fr := range g.frames {
		n += len(fr.regs)
	}
	if n > maxCycleRegs {
		s.g = nil
		return false
	}
	s.g, s.pc, s.writes, s.hidden, s.epoch, s.panic = g, pc, m.writes, m.hidden, m.epoch, g.panicking()
	s.frames, s.regs, s.locals = s.frames[:0], s.regs[:0], s.locals[:0]
	for _, fr := range g.frames {
		s.frames = append(s.frames, snapFrame{fn: fr.fn, pc: fr.pc, defers: fr.defers, nregs: len(fr.regs), openDefer: fr.openDefer})
		s.regs = append(s.regs, fr.regs...)
		for _, l := range fr.fn.locals {
			v := fr.regs[l.reg]
			if l.deref {
				switch p := v.R.(type) {
				case *Value:
					v = copyVal(*p, l.t)
				case *byte:
					v = Value{N: uint64(*p)}
				default:
					v = Value{}
				}
			}
			s.locals = append(s.locals, v)
		}
	}
	top := g.frames[len(g.frames)-1]
	s.topRegs, s.plain, s.hint, s.miss = len(top.regs), s.plain[:0], -1, -1
	for j := range top.regs {
		if !top.fn.isLocal(j) {
			s.plain = append(s.plain, int32(j))
		}
	}
	return true
}

// differs reports whether a goroutine's state at a block end at pc, its
// innermost frame's registers regs, surely differs from the snapshot's
// (same would report false): another pc, another frame, memory written
// since (the count only grows), or the register that differed at the
// last full comparison differs still. A loop's counter differs at every
// turn, so a turn costs a few compares.
func (s *cycleSnap) differs(m *Machine, pc int, regs []Value) bool {
	return pc != s.pc || len(regs) != s.topRegs || m.writes != s.writes || s.hint >= 0 && regs[s.hint].N != s.hintN
}

// same reports whether g at pc is in the snapshot's state, with no memory
// written, no clock read and no host call made since (what a turn reads
// from outside the goroutine could differ), and no step with an effect.
func (s *cycleSnap) same(m *Machine, g *Goroutine, pc int) bool {
	if s.g != g || s.pc != pc || s.writes != m.writes || s.hidden != m.hidden || s.epoch != m.epoch || s.panic != g.panicking() || len(s.frames) != len(g.frames) {
		return false
	}
	// The innermost frame first, by N alone (what differs from one turn
	// of a loop to the next is mostly there); the register found is
	// differs' hint. Every check is also made below: this only answers
	// false sooner.
	top := len(g.frames) - 1
	fr, sf := g.frames[top], &s.frames[top]
	if fr.fn != sf.fn || fr.pc != sf.pc || len(fr.regs) != sf.nregs {
		return false
	}
	if i := s.miss; i >= 0 {
		fr := g.frames[i]
		if f := &s.frames[i]; fr.fn == f.fn && len(fr.regs) == f.nregs && !s.sameReg(fr, s.missReg, s.missR, s.missL) {
			return false
		}
	}
	base := len(s.regs) - sf.nregs
	for _, j := range s.plain {
		if was := s.regs[base+int(j)].N; fr.regs[j].N != was {
			s.hint, s.hintN = j, was
			return false
		}
	}
	r, l := 0, 0
	for i, fr := range g.frames {
		sf := &s.frames[i]
		if fr.fn != sf.fn || fr.pc != sf.pc || fr.defers != sf.defers || fr.openDefer != sf.openDefer || len(fr.regs) != sf.nregs {
			return false
		}
		for j := range fr.regs {
			if !s.sameReg(fr, j, r+j, l) {
				s.miss, s.missReg, s.missR, s.missL = i, j, r+j, l
				return false
			}
		}
		r += sf.nregs
		l += len(fr.fn.locals)
	}
	return true
}

// sameReg reports whether register j of fr holds what the snapshot's
// register at at held, its variables' copies from l on in locals.
func (s *cycleSnap) sameReg(fr *Frame, j, at, l int) bool {
	if sameValue(fr.regs[j], s.regs[at]) {
		// A variable's cell may be the same cell reused (opAlloc's C)
		// with other contents: its contents decide.
		_, cell := fr.regs[j].R.(*Value)
		return !cell || !fr.fn.isLocal(j) || sameLocal(fr, j, fr.regs[j], s.regs[at], s.locals[l:])
	}
	return sameLocal(fr, j, fr.regs[j], s.regs[at], s.locals[l:])
}

// sameLocal reports whether register j of fr, which holds cur now and
// held was in the snapshot, is one of the frame's own variables, allocated
// afresh since, with the contents it had then (saved: the snapshot's copies
// of fr's variables). Nobody else can hold its address, so which cell it
// is does not matter.
func sameLocal(fr *Frame, j int, cur, was Value, saved []Value) bool {
	for k, l := range fr.fn.locals {
		if int(l.reg) != j {
			continue
		}
		if !l.deref {
			return sameContents(cur, was, l.t)
		}
		switch p := cur.R.(type) {
		case *Value:
			_, ok := was.R.(*Value)
			return ok && sameContents(*p, saved[k], l.t)
		case *byte:
			_, ok := was.R.(*byte)
			return ok && uint64(*p) == saved[k].N
		}
		return false
	}
	return false
}

// sameContents reports whether two values of type t are equal as sameValue
// sees them, aggregates element by element.
func sameContents(a, b Value, t *Type) bool {
	switch t.Kind {
	case KStruct:
		x, y := a.Elems(), b.Elems()
		if len(x) != len(y) || len(x) != len(t.Fields) {
			return false
		}
		for i, f := range t.Fields {
			if !sameContents(x[i], y[i], f) {
				return false
			}
		}
		return true
	case KArray:
		if t.compact() {
			x, _ := a.R.([]byte)
			y, _ := b.R.([]byte)
			return string(x) == string(y)
		}
		x, y := a.Elems(), b.Elems()
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if !sameContents(x[i], y[i], t.Elem) {
				return false
			}
		}
		return true
	}
	return sameValue(a, b)
}

// sameValue reports whether two register values are the same value: equal
// scalars, the same string, the same object (pointers, slices and
// aggregates by identity: a copy is a different state, which only makes a
// cycle harder to find).
func sameValue(a, b Value) bool {
	if a.N != b.N {
		return false
	}
	switch x := a.R.(type) {
	case nil:
		return b.R == nil
	case *Value:
		y, ok := b.R.(*Value)
		return ok && x == y
	case string:
		y, ok := b.R.(string)
		return ok && x == y
	case []Value, []byte:
		return sameRef(a.R, b.R)
	}
	return sameDynamic(a.R, b.R)
}

// sameDynamic is sameRef for the rarer dynamic types, some of which Go
// cannot compare.
func sameDynamic(a, b any) (same bool) {
	defer func() {
		if recover() != nil {
			same = false // an uncomparable dynamic type
		}
	}()
	return sameRef(a, b)
}

// endStep makes g yield after a step that ended its time slice: it has run
// timeSlice instructions since another goroutine last ran, in steps with
// visible operations (a spin that writes at every turn, so that no step
// is a poll), while another could run. Go's sysmon preempts it whatever
// it does.
func (m *Machine) endStep(g *Goroutine) {
	if g.preempt == preemptNone && m.runStart-m.budget < m.sliceEnd {
		return // the usual step, inlined: nothing to do
	}
	m.endSlice(g)
}

// endSlice is endStep for a step that may have ended g's time slice.
func (m *Machine) endSlice(g *Goroutine) {
	if g.preempt == preemptNone && m.runStart-m.budget >= m.sliceEnd && g.state == gRunnable && m.canPreempt(g) {
		g.preempt = preemptSlice
	}
	if g.preempt != preemptNone {
		m.preempted(g)
	}
}

// preempted makes g, stopped by a forced preemption, yield: not offered
// while another goroutine can run, until a step has an effect (fair.go).
// A lock g holds from a lock-protected poll is seen held by the others
// while g is off: that is an effect first.
func (m *Machine) preempted(g *Goroutine) {
	if g.preempt == preemptSlice && m.sliceEnd < maxSlices*timeSlice {
		// Not the last slice: g stays offered, so the strategy may let it
		// go on (its computation ends before the others' next steps, as
		// when Go's other P is slow to take the goroutine g woke) or run
		// another; it stops again a slice later.
		m.sliceEnd += timeSlice
		return
	}
	if m.holdsPollLock(g) {
		m.effect(g)
	}
	r := g.rareRec()
	r.restartSpin(spinLimit, m.epoch)
	r.spinYields = true
	if m.ahead == g {
		m.ahead = nil
	}
	m.noteYield()
}
