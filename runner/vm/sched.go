package vm

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"
)

// Run executes the program to its end under the configured Chooser.
// progressSteps is how many scheduler steps pass between calls of
// Config.Progress from the scheduler, for runs whose time goes into
// scheduling many goroutines rather than into instructions.
const progressSteps = 1 << 12

func (m *Machine) Run() {
	defer func() {
		if r := recover(); r != nil {
			m.internal(fmt.Sprint(r))
		}
	}()
	m.Start()
	m.inRun = true
	defer func() { m.inRun = false; m.prog.hintPicks(len(m.choices.Picks)) }()
	for m.loops = 1; !m.done; m.loops++ {
		if m.loops%progressSteps == 0 && m.cfg.Progress != nil {
			m.cfg.Progress(m)
		}
		if !m.someYield() {
			// The fast path, exact while no goroutine yields to others
			// (fair.go): the runnable goroutines are the options.
			k := m.runs.n
			if k == 0 {
				break
			}
			if k == 1 {
				// Usually the goroutine that ran last goes on alone (one
				// goroutine's map churn, a producer whose consumer is
				// parked): no walk of the run set to find it.
				if g := m.cur; g != nil && g.state == gRunnable && !g.inline && g.ID <= len(m.gs) && m.gs[g.ID-1] == g {
					m.step(g)
					continue
				}
				m.step(m.runnableAt(0)) // the run set holds runnable goroutines
				continue
			}
			if m.nChooser != nil {
				m.step(m.chooseN(k))
				continue
			}
			// Choosers that look only at goroutine IDs get no option
			// list: describing every runnable goroutine's next operation
			// at every step would cost more than the step.
			var opts []Option
			if !m.idsOnly {
				opts = m.Runnable()
			}
			pick := m.choose(ChooseGoroutine, k, opts, m.lastIndex())
			m.step(m.runnableAt(pick))
			continue
		}
		if m.nChooser != nil || m.idsOnly {
			// Choosers that need no option's operation: the goroutines
			// offered, by ID only, into one buffer (two readers of a
			// shared map, yielding to each other for good once both
			// polled to the cap, paid an option list per step: 220 ns a
			// lookup, 93 ns without it).
			opts := m.offered()
			if len(opts) == 0 {
				break
			}
			pick := 0
			if len(opts) > 1 {
				last := m.offeredLast(opts)
				if m.nChooser != nil {
					pick = m.drawN(len(opts)) // Choose's pick, as chooseN's
					m.record(ChooseGoroutine, pick, last)
				} else {
					pick = m.choose(ChooseGoroutine, len(opts), opts, last)
				}
			}
			m.Step(opts[pick].G)
			continue
		}
		// With one goroutine able to run there is nothing to choose; skip
		// describing the options.
		if g := m.soleRunnable(); g != nil {
			m.Step(g.ID)
			continue
		}
		opts := m.Runnable()
		if len(opts) == 0 {
			break
		}
		pick := 0
		if len(opts) > 1 {
			pick = m.choose(ChooseGoroutine, len(opts), opts, m.offeredLast(opts))
		}
		m.Step(opts[pick].G)
	}
}

// Start creates the main goroutine and runs it to its first visible step.
func (m *Machine) Start() {
	if len(m.gs) > 0 {
		return
	}
	g := m.newGoroutine(m.start, nil, nil)
	g.site = mainSite
	if m.runOrder {
		m.takeTurn(g)
	}
	m.cur = g
	m.beginStep(g)
	m.exec(g, false)
	m.endStep(g)
	m.touchRan(g)
	m.settle()
}

// Step lets goroutine id perform its pending visible operation and run on to
// its next one.
func (m *Machine) Step(id int) {
	if m.done || id < 1 || id > len(m.gs) {
		return
	}
	if g := m.gs[id-1]; g.state == gRunnable {
		m.step(g)
	}
}

// step is Step for runnable g, when the run has not ended.
func (m *Machine) step(g *Goroutine) {
	m.stepNo++
	if g == m.starved {
		m.starved = nil
	}
	m.markRan(g)
	if m.stepNo&(starveWindow-1) == 0 {
		m.endWindow()
	}
	if m.runOrder {
		m.takeTurn(g)
	}
	m.cur = g
	m.curYielded, m.curFree = false, false // set again if this step is a Gosched or a free switch
	var r int
	in := g.pendingOwn()
	if in != nil && (in.Op == opSend || in.Op == opRecv) && g.preempt == preemptNone && m.sbN == 0 {
		// The usual step of goroutines passing values over channels: g
		// performs its pending send or receive. What the general path
		// below does then, without looking at the operation twice:
		// probeSpin's answer for a send or receive (no poll, no pair),
		// no store buffered to fence, the grant given and taken by
		// the operation (chanStep's takeGrant), and chanStep's work.
		m.probe.poll, m.probe.pair = false, false
		g.endStreak()
		m.beginStep(g)
		if m.inRun {
			m.stepping = g
		}
		m.stopCh = nil
		r = chanStepDone
		if m.chanOp(g, in, g.top().regs) {
			r = m.chanRunOn(g)
		}
	} else {
		m.probeSpin(g, in)
		// At a forced preemption point there is nothing to perform: g
		// runs on to its next visible operation, which needs a grant
		// of its own.
		if m.sbN > 0 {
			m.fenceStep(g) // before g.preempt is cleared: a forced stop performs nothing
		}
		g.granted = g.preempt == preemptNone
		g.preempt = preemptNone
		m.beginStep(g)
		if m.inRun || m.runs.n > 1 && m.mayRunAhead(g) {
			// Forced steps go on in exec (stepOn); by hand, only those of
			// a goroutine running ahead (fair.go).
			m.stepping = g
		}
		r = m.chanStep(g, in)
	}
	switch r {
	case chanStepNone:
		m.exec(g, false)
	case chanStepStopped:
		m.exec(g, true)
	}
	m.stepping = nil
	g.granted = false
	if m.stepEnded {
		m.stepEnded = false // stepOn did what follows
		return
	}
	m.countStep(g)
	m.endStep(g)
	m.touchRan(g)
	if len(m.timers) == 0 && len(m.watch) > 0 && !m.done {
		// settle's usual case, without its call: nothing to fire, the
		// watched goroutines to check, and someone runnable after. When
		// nobody is, the watch list is empty (checkWatch keeps only
		// runnable goroutines) and settle goes on from there.
		m.syncClock()
		m.checkWatch()
		if m.runs.n > 0 || m.done {
			return
		}
	}
	m.settle()
}

// pendingOwn returns the instruction g is stopped at when g performs it
// itself: not completed by another goroutine, outside a map write's
// window, not dying (what probeSpin and chanStep look at). nil otherwise.
func (g *Goroutine) pendingOwn() *Instr {
	if g.mapOpen || g.completed {
		return nil
	}
	return g.pending()
}

// chanStep results.
const (
	chanStepNone    = iota // nothing done: exec performs the step
	chanStepDone           // the step is done: g stopped at its next channel operation, parked or ended
	chanStepStopped        // g performed its operation and fast stopped at g's pc: exec goes on from there
)

// chanStep performs g's granted step when it begins at a send or receive,
// or at a call of a visible intrinsic (a Mutex's Lock or Unlock…), and
// runs g on with fast; when fast stops at g's next send, receive, select
// or visible intrinsic call, which waits for a grant of its own, the step
// is done. This is every step of goroutines passing values over channels
// or taking turns at a lock, and it does what exec would do (its opSend,
// opRecv and opCallIntr cases, frameState, fast, takeGrant without a
// grant) without exec's large frame, which spills its variables around
// every call. Anything else is left to exec, at the pc where fast stopped
// (chanStepStopped), or from the start (chanStepNone).
//
// in is g's pending instruction when step found it (pendingOwn), else nil.
func (m *Machine) chanStep(g *Goroutine, in *Instr) int {
	m.stopCh = nil
	if !g.granted || len(g.frames) == 0 || m.done || g.dying {
		return chanStepNone
	}
	fr := g.top()
	if in == nil {
		in = &fr.fn.Code[fr.pc]
	}
	if op := in.Op; op == opSend || op == opRecv {
		g.granted = false // takeGrant's granted case
		if !m.chanOp(g, in, fr.regs) {
			return chanStepDone
		}
	} else if op != opCallIntr {
		return chanStepNone
	} else if r := m.intrStep(g, fr, in); r != chanStepStopped {
		return r // not performed (chanStepNone), or g stopped in the call
	}
	return m.chanRunOn(g)
}

// chanRunOn is chanStep after g performed its operation and goes on: it
// runs g with fast to its next visible operation and says whether the
// step is done there (chanStepDone) or exec goes on (chanStepStopped).
func (m *Machine) chanRunOn(g *Goroutine) int {
	if len(g.frames) == 0 || m.done || g.state != gRunnable || g.dying { // frameState
		return chanStepDone
	}
	fr := g.top()
	code, regs := fr.fn.Code, fr.regs
	pc := m.fast(code, regs, fr.pc)
	fr.pc = pc
	in := &code[pc]
	// takeGrant without a grant (g has none left: the operation took
	// it), stopAt without stepOn.
	if op := in.Op; (op == opSend || op == opRecv || op == opSelect) && !g.inline && (m.runs.n != 1 && !m.mayRunAhead(g) || m.stepping != g) {
		// What the step's checkWatch would find looking at g's
		// operation, while its channel is as it is now.
		if c := bufferedRoom(in, regs); c != nil {
			m.stopCh, m.stopVer = c, c.ver
		}
		return chanStepDone
	} else if op == opCallIntr && m.stopsAtIntr(g, in) {
		// An unlock (no lock that can say no): look's verdict is drop.
		if in.Aux.(*callInfo).intr.lock == nil {
			m.stopCh, m.stopVer = &dropStop, 0
		}
		return chanStepDone
	}
	return chanStepStopped
}

// intrStep performs, for chanStep, g's granted call of a visible
// intrinsic in (a Mutex's Lock or Unlock…) as exec's case would, and
// reports chanStepStopped when g goes on after it, chanStepDone when it
// stopped in the call (blocked, asked to come back, the run ended), and
// chanStepNone for a call it leaves to exec: one that does not take the
// grant (a switched-off lock site), or fmt's range access, which asks for
// its own (rangeGrant).
func (m *Machine) intrStep(g *Goroutine, fr *Frame, in *Instr) int {
	ci := in.Aux.(*callInfo)
	if in.K == kRangeV || ci.intr.Visible == "" || m.lockOff(ci) {
		return chanStepNone
	}
	if op := ci.intr.mutexOp; op != 0 && !g.completed {
		// callIntrinsicArgs of a Mutex's Lock or Unlock, without the
		// arguments gathered and the context.
		g.granted = false // takeGrant's granted case
		p := fr.regs[ci.args[0]].Ptr()
		if op == mutexLockOp {
			if !m.mutexLock(g, p, in.Line) {
				m.park(g, ci.intr.wait, p, in.Line) // the Ctx's Block
				return chanStepDone
			}
		} else {
			m.mutexUnlock(g, p, in.Line)
		}
		if m.done || g.dying || g.state != gRunnable { // a fatal error being printed or waited for (fatalPrint)
			return chanStepDone
		}
		setResult(fr.regs, in, Value{})
		fr.pc++
		return chanStepStopped
	}
	// exec's case: g holds the grant, which callIntrinsicArgs takes.
	if m.callIntrinsic(g, ci.intr, ci, fr.regs, in) == intrStop {
		return chanStepDone
	}
	return chanStepStopped
}

// stopsAtIntr reports whether g, stopped by fast at the intrinsic call in
// after chanStep performed its operation, stops there for good: a visible
// call without the grant (callIntrinsic's stop), where stepOn does not
// begin the next step at once.
func (m *Machine) stopsAtIntr(g *Goroutine, in *Instr) bool {
	ci := in.Aux.(*callInfo)
	return in.K != kRangeV && ci.intr.Visible != "" && !m.lockOff(ci) && !g.granted && !g.inline && (m.runs.n != 1 && !m.mayRunAhead(g) || m.stepping != g)
}

// stepOn is called when g, running a step (Step), reaches its next visible
// operation while it is the only runnable goroutine. It ends the step as
// Step would, and when g is still the only goroutine that can run, so that
// Run's loop would step it next with nothing to choose, it begins that step
// here, as Run and Step would, and reports true: g performs the operation
// without leaving exec. Everything observable (steps, the fairness
// counts, timers, parking, Progress's cadence) is as with the loop.
// Otherwise it reports false, and Step, which exec returns to, knows the
// step has ended (stepEnded). A goroutine running ahead (fair.go) goes on
// the same way while the others yield to it, by hand (StepChoice) too.
func (m *Machine) stepOn(g *Goroutine) bool {
	m.countStep(g)
	m.endStep(g)
	// g stopped at its next visible operation, which nothing below moves
	// (settle may park g, which the check after it sees).
	in := g.pending()
	if !g.watched && !g.inline && in != nil && (in.Op == opSend || in.Op == opRecv || in.Op == opCallIntr && in.Aux.(*callInfo).intr.lock != nil || isPrint(in)) {
		m.watchAdd(g) // touchRan
	}
	if len(m.timers) == 0 && len(m.watch) == 0 && m.runs.n > 0 {
		m.syncClock() // settle, with nothing to fire, check or park
	} else {
		m.settle()
	}
	// Run's loop: its next turn would step g alone, unless Progress is
	// due (the loop calls it) or the run ended.
	ahead := m.runsAhead(g)
	if m.done || (m.runs.n != 1 || !m.inRun) && !ahead || g.state != gRunnable || g.preempt != preemptNone || m.inRun && (m.loops+1)%progressSteps == 0 {
		m.stepEnded = true
		return false
	}
	if ahead {
		m.merged++
	}
	if m.inRun {
		m.loops++
	}
	// Step's start (g.preempt is none: a forced preemption stops g at a
	// block's end, never at a visible operation).
	m.stepNo++
	m.cur = g
	m.curYielded, m.curFree = false, false // a step after the Gosched's: switching from g is a preemption again
	m.probeSpin(g, in)
	m.beginStep(g)
	if m.sbN > 0 {
		m.fenceStep(g)
	}
	return true
}

// settle parks goroutines whose next operation cannot proceed and, when no
// goroutine can run, advances the virtual clock or declares a deadlock.
func (m *Machine) settle() {
	m.syncClock() // fireDue, its call skipped when no timer is pending
	if len(m.timers) > 0 {
		m.fireTimers()
		if m.runs.n > 0 && !m.done {
			m.fireEarly()
		}
	}
	idleTicks := 0
	for !m.done {
		if len(m.watch) > 0 { // none after most steps of a goroutine alone with maps
			m.checkWatch()
		}
		if m.runs.n > 0 {
			return
		}
		if len(m.timers) > 0 && !m.timerCanWake() {
			m.deadlock() // only channel timers nobody waits on: Go's heaps are empty
			return
		}
		if m.advanceClock() {
			m.idleEpoch++ // every waiter so far arrived before any that follows
			// Timers that wake nobody (a ticker no one reads) would keep
			// Go waiting forever; Interleave says so instead of spinning.
			if idleTicks++; idleTicks > maxIdleTicks {
				m.limit("every goroutine is blocked and only timers keep firing, waking nobody: Go would wait here forever")
			}
			continue
		}
		m.deadlock()
		return
	}
}

// checkWatch parks the watched goroutines whose pending operation would
// block now, in ID order, and forgets those whose pending operation cannot
// block until they run again.
func (m *Machine) checkWatch() {
	if m.watchUnsorted {
		m.watchUnsorted = false
		sortByID(m.watch)
	}
	// Entries kept move down over those dropped; with none dropped
	// nothing is written (each write of a pointer costs a barrier while
	// the collector runs). Nothing in the loop adds to the list (a park
	// wakes nobody), so it is read from a local.
	w := m.watch
	kept := 0
	for i := range w {
		e := &w[i]
		g := e.g
		if g == m.cur {
			if ch := m.stopCh; ch != nil && ch.ver == m.stopVer {
				if ch == &dropStop {
					// Stopped by chanStep at a call of an intrinsic
					// without a lock (an Unlock): look's verdict is drop.
					g.watched = false
					continue
				}
				// The goroutine that ran, stopped by chanStep at a send
				// or receive that proceeds, its channel unchanged since:
				// look's verdict is keep, trusting that channel.
				if kept != i || e.ch != ch {
					w[kept] = watchEntry{g: g, ch: ch}
				}
				w[kept].ver, w[kept].sel = ch.ver, m.selGen
				kept++
				continue
			}
		} else if ch := e.ch; ch != nil && (ch.ver == e.ver && e.sel == m.selGen || m.stillProceeds(e)) {
			// A send or receive found to proceed still does while its
			// channel and every select's waiters are as they were, unless
			// g ran since (only the goroutine that ran last can have; the
			// others did not move): most of a pipeline's goroutines are
			// looked at this way. When they did change, a buffer neither
			// empty nor full still lets it proceed (stillProceeds).
			//
			// g is still runnable, neither completed by another nor
			// dying nor inside a map write, as when its entry was kept:
			// only g's own steps change those, or a park, and a park
			// in this loop drops the entry, one in g's step is in a
			// step of g (then m.cur).
			if kept != i {
				w[kept] = *e
			}
			kept++
			continue
		}
		// One look at the pending instruction and its frame: this loop
		// runs after every step.
		var in *Instr
		var regs []Value
		if g.state == gRunnable && !g.completed && !g.mapOpen && len(g.frames) > 0 && !g.dying {
			fr := g.frames[len(g.frames)-1]
			if code := fr.fn.Code; fr.pc < len(code) {
				in, regs = &code[fr.pc], fr.regs
			}
		}
		var v watchVerdict
		var reason uint8
		var obj any
		var ch *Chan
		if in != nil {
			if c := bufferedRoom(in, regs); c != nil {
				v, ch = watchKeep, c // look's verdict, found without the call
			} else {
				v, reason, obj, ch = m.look(g, in, regs)
			}
		}
		if v == watchDrop {
			g.watched = false
			continue
		}
		if v == watchPark {
			g.watched = false
			m.park(g, reason, obj, int32(g.Line()))
			continue
		}
		if kept != i || e.ch != ch {
			w[kept] = watchEntry{g: g, ch: ch}
		}
		if ch != nil {
			w[kept].ver, w[kept].sel = ch.ver, m.selGen
		}
		kept++
	}
	if kept < len(w) {
		for i := kept; i < len(w); i++ {
			w[i] = watchEntry{} // usually one: no runtime call to clear
		}
		m.watch = w[:kept]
	}
	m.stopCh = nil // settle may check again, after parks and timers
}

// dropStop is chanStep's stopCh for the goroutine that ran stopped at a
// visible call that look drops (an Unlock): no channel, only the mark
// (its version stays 0, as stopVer).
var dropStop Chan

// watchEntry is a goroutine in the watch list, with what checkWatch
// learned about its pending operation.
type watchEntry struct {
	g *Goroutine
	// ch, when set, is the channel g's pending send or receive proceeds
	// on, as of ch.ver and selGen: see checkWatch.
	ch       *Chan
	ver, sel uint32
}

// stillProceeds reports whether e's trusted send or receive, whose channel
// or select waiters changed since it was found to proceed, proceeds for a
// reason no such change affects, and then trusts it as of now: a buffer
// neither empty nor full lets any send or receive proceed, whatever the
// queues hold (what look would find, and a look at an operation that
// proceeds changes nothing).
func (m *Machine) stillProceeds(e *watchEntry) bool {
	ch := e.ch
	if ch.closed || len(ch.buf) == 0 || len(ch.buf) >= ch.size {
		return false
	}
	e.ver, e.sel = ch.ver, m.selGen
	return true
}

// sortByID sorts goroutines by ID: by insertion when there are few (the
// watch list after a step is a handful, nearly in order).
func sortByID(gs []watchEntry) {
	if len(gs) > 32 {
		slices.SortFunc(gs, func(a, b watchEntry) int { return a.g.ID - b.g.ID })
		return
	}
	for i := 1; i < len(gs); i++ {
		g := gs[i]
		j := i
		for j > 0 && gs[j-1].g.ID > g.g.ID {
			gs[j] = gs[j-1]
			j--
		}
		gs[j] = g
	}
}

// maxIdleTicks bounds how often the virtual clock may advance in a row
// without any goroutine becoming runnable.
const maxIdleTicks = 1_000_000

// soleRunnable returns the only runnable goroutine, or nil when there are
// none or several.
func (m *Machine) soleRunnable() *Goroutine {
	var sole *Goroutine
	spinners := 0
	for _, g := range m.gs {
		if g.state == gRunnable {
			if m.yielding(g) {
				spinners++
				continue
			}
			if sole != nil {
				return nil
			}
			sole = g
		}
	}
	if sole == nil && spinners > 0 {
		return m.soleRunnableAll()
	}
	return sole
}

// soleRunnableAll is soleRunnable without the fairness rule.
func (m *Machine) soleRunnableAll() *Goroutine {
	var sole *Goroutine
	for _, g := range m.gs {
		if g.state == gRunnable {
			if sole != nil {
				return nil
			}
			sole = g
		}
	}
	return sole
}

// Runnable lists the goroutines that may take the next step, by ID: the
// runnable ones, less those the fairness rule makes yield (fair.go).
func (m *Machine) Runnable() []Option {
	return m.AppendRunnable(make([]Option, 0, m.runs.n))
}

// AppendRunnable is Runnable appending to dst, so that a caller asking at
// every step (a DFS run) can reuse one buffer.
func (m *Machine) AppendRunnable(dst []Option) []Option {
	opts := dst
	yielded := false
	for _, g := range m.gs {
		if g.state == gRunnable {
			if m.yielding(g) {
				yielded = true
				continue
			}
			opts = append(opts, m.optionFor(g))
		}
	}
	if len(opts) == len(dst) && yielded {
		// Every runnable goroutine spins: a livelock, or a wait for the
		// clock, which advances with work. Let them all go on.
		for _, g := range m.gs {
			if g.state == gRunnable {
				opts = append(opts, m.optionFor(g))
			}
		}
	}
	return opts
}

// offered lists the goroutines AppendRunnable would list, in the same
// order, with only their IDs: the options of a chooser that reads nothing
// else (NChooser, IDChooser). The buffer is the machine's, overwritten at
// the next call.
func (m *Machine) offered() []Option {
	opts := m.offerBuf[:0]
	yielded := false
	if m.runs.tree == nil {
		// The run set is a word: its bits are the runnable goroutines.
		for x := m.runs.small; x != 0; x &= x - 1 {
			g := m.gs[bits.TrailingZeros64(x)]
			if m.yielding(g) {
				yielded = true
				continue
			}
			opts = append(opts, Option{G: g.ID})
		}
	} else {
		for _, g := range m.gs {
			if g.state == gRunnable {
				if m.yielding(g) {
					yielded = true
					continue
				}
				opts = append(opts, Option{G: g.ID})
			}
		}
	}
	if len(opts) == 0 && yielded {
		for _, g := range m.gs { // as in AppendRunnable: all go on
			if g.state == gRunnable {
				opts = append(opts, Option{G: g.ID})
			}
		}
	}
	m.offerBuf = opts
	return opts
}

// offeredLast is the index in opts of the goroutine that ran last when it
// may go on (not after a Gosched or a free switch), else -1: the last of
// Run's goroutine choices.
func (m *Machine) offeredLast(opts []Option) int {
	if m.cur == nil || m.curYielded {
		return -1
	}
	for i, o := range opts {
		if o.G == m.cur.ID {
			return i
		}
	}
	return -1
}

// RunnableAt describes option i of those AppendRunnable would list (the
// last of them when there are fewer) and says how many it would list,
// describing no other: a dfs run that replays the steps of an earlier
// run needs only the option it picks at each (explore.go's drive).
func (m *Machine) RunnableAt(i int) (o Option, n int) {
	var at *Goroutine
	yielded := false
	for _, g := range m.gs {
		if g.state != gRunnable {
			continue
		}
		if m.yielding(g) {
			yielded = true
			continue
		}
		if n <= i {
			at = g
		}
		n++
	}
	if n == 0 && yielded {
		for _, g := range m.gs { // as in AppendRunnable: all go on
			if g.state == gRunnable {
				if n <= i {
					at = g
				}
				n++
			}
		}
	}
	if at != nil {
		o = m.optionFor(at)
	}
	return o, n
}

// optionIndex is where goroutine id and the goroutine that ran last stand
// among the n options Runnable would list (-1 when absent), found without
// describing the options: a dfs run steps through StepChoice at every
// step (explore.go's drive), and describing them all again there was most
// of what a dfs schedule allocated.
func (m *Machine) optionIndex(id int) (pick, last, n int) {
	pick, last = -1, -1
	yielded := false
	for _, g := range m.gs {
		if g.state != gRunnable {
			continue
		}
		if m.yielding(g) {
			yielded = true
			continue
		}
		pick, last, n = m.indexOne(g, id, pick, last, n)
	}
	if n == 0 && yielded {
		for _, g := range m.gs { // as in AppendRunnable: all go on
			if g.state == gRunnable {
				pick, last, n = m.indexOne(g, id, pick, last, n)
			}
		}
	}
	return pick, last, n
}

// indexOne counts runnable g as option n of optionIndex.
func (m *Machine) indexOne(g *Goroutine, id, pick, last, n int) (int, int, int) {
	if g.ID == id {
		pick = n
	}
	if m.cur != nil && g.ID == m.cur.ID && !m.curYielded {
		last = n
	}
	return pick, last, n + 1
}

// choose asks the Chooser and records the choice.
func (m *Machine) choose(kind ChoiceKind, n int, opts []Option, last int) int {
	pick := 0
	if m.cfg.Chooser != nil {
		// One ChoicePoint per machine: a choice allocates nothing.
		// Field by field: a whole-struct store of its pointers costs
		// a bulk write barrier while the collector runs.
		cp := &m.cp
		cp.Kind, cp.N, cp.Last, cp.Step = kind, n, last, m.stepNo
		if opts != nil || cp.Options != nil {
			cp.Options = opts
		}
		cp.Yielded, cp.YieldGoesOn = -1, false
		if kind == ChooseGoroutine && m.curYielded {
			cp.Yielded, cp.YieldGoesOn = m.yieldedIndex(opts), m.curFree
		}
		cp.Natural = -1
		if m.runOrder && kind == ChooseGoroutine && opts != nil {
			cp.Natural = m.Natural(opts, last)
		}
		if cp.m != m {
			cp.m = m
		}
		pick = m.cfg.Chooser.Choose(cp)
	}
	if pick < 0 || pick >= n {
		pick = 0
	}
	m.record(kind, pick, last)
	return pick
}

// yieldedIndex is where the goroutine that ran last, which yielded,
// stands among the options of a goroutine choice (opts, or the run set
// when opts is nil), or -1.
func (m *Machine) yieldedIndex(opts []Option) int {
	if m.cur == nil || m.cur.state != gRunnable {
		return -1
	}
	if opts == nil {
		return m.runs.rank(m.cur.ID)
	}
	for i, o := range opts {
		if o.G == m.cur.ID {
			return i
		}
	}
	return -1
}

// chooseN is choose of the goroutine to step among the k runnable ones,
// for an NChooser, and returns it: the pick Choose would make, recorded as
// record does. The goroutine that ran last is the pick's option exactly when
// it is the goroutine picked, so the preemption is counted without its
// index (lastIndex).
func (m *Machine) chooseN(k int) *Goroutine {
	pick := m.drawN(k)
	if c := &m.choices; pick < 0x80 && len(c.Picks) < cap(c.Picks) {
		// add's usual case, without the call: one byte, with room for
		// it (a goroutine choice's kind bit is 0: nothing to set).
		c.Picks = append(c.Picks, byte(pick))
		c.N++
	} else {
		c.add(ChooseGoroutine, pick)
	}
	g := m.runnableAt(pick)
	if g != m.cur && m.curGoesOn() {
		m.preemptions++
	}
	return g
}

// drawN is the NChooser's pick among k goroutines.
func (m *Machine) drawN(k int) int {
	var pick int
	if m.pcg != nil {
		pick = Uniform(m.pcg, k) // the Chooser's ChooseN, drawn here
	} else {
		pick = m.nChooser.ChooseN(k)
	}
	if pick < 0 || pick >= k {
		pick = 0
	}
	return pick
}

// record appends a choice to the schedule; last is the index of the
// goroutine that ran before, if it could go on (-1 otherwise).
func (m *Machine) record(kind ChoiceKind, pick, last int) {
	m.choices.add(kind, pick)
	if kind == ChooseGoroutine && last >= 0 && pick != last {
		m.preemptions++
	}
}

// add appends a choice.
func (c *Choices) add(kind ChoiceKind, pick int) {
	n := len(c.Picks)
	if n+binary.MaxVarintLen64 > cap(c.Picks) {
		// Doubling: append grows a long slice by a quarter at a time,
		// which copies a run of a million choices several times over.
		grown := make([]byte, n, max(2*cap(c.Picks), 1024))
		copy(grown, c.Picks)
		c.Picks = grown
	}
	if pick < 0x80 {
		c.Picks = c.Picks[:n+1] // room checked above
		c.Picks[n] = byte(pick)
	} else {
		c.Picks = binary.AppendUvarint(c.Picks, uint64(pick))
	}
	if kind != ChooseGoroutine {
		for len(c.other) <= c.N/64 {
			c.other = append(c.other, 0)
		}
		c.other[c.N/64] |= 1 << (c.N % 64)
	}
	c.N++
}

// maxPicksHint bounds the room a run starts with for its picks: past it
// they grow by doubling, so one runaway run (a livelock up to MaxSteps)
// does not make the next runs start with megabytes each.
const maxPicksHint = 1 << 20

// hintPicks keeps, for the next runs' machines, room for n bytes of picks
// and some slack (a run of the same program may make a few more).
func (p *Program) hintPicks(n int) {
	if n > 0 {
		n = min(n+n/8+64, maxPicksHint)
	}
	if int64(n) != p.picksHint.Load() { // no store, no shared cache line written, when runs agree
		p.picksHint.Store(int64(n))
	}
}

// pending returns the visible instruction g is stopped at.
func (g *Goroutine) pending() *Instr {
	if len(g.frames) == 0 || g.dying {
		return nil
	}
	fr := g.top()
	if fr.pc >= len(fr.fn.Code) {
		return nil
	}
	return &fr.fn.Code[fr.pc]
}

// watchVerdict is what checkWatch learns of a watched goroutine's
// pending operation (look).
type watchVerdict uint8

const (
	watchDrop watchVerdict = iota // it cannot block before g runs again: g is no longer watched
	watchKeep                     // it proceeds now, but may block later: g stays watched
	watchPark                     // it blocks now: g joined its object's queue and is to park
)

// look decides for checkWatch whether g's pending operation in (regs are
// its frame's registers), neither completed by another goroutine nor
// inside a map write window, blocks now, with the wait reason Go would
// show (its code) and the object it waits on; if it does, g has joined that object's
// queue. For a send or receive that proceeds, ch is its channel, which
// checkWatch trusts until it changes; a timer's channel is never trusted,
// as whether a receive from it proceeds (timerDue) changes with the clock.
func (m *Machine) look(g *Goroutine, in *Instr, regs []Value) (v watchVerdict, reason uint8, obj any, ch *Chan) {
	switch in.Op {
	case opRecv, opSend:
		c, _ := regs[in.B].R.(*Chan)
		switch {
		case in.Op == opRecv && len(m.words) > 0 && m.copyingSent(g):
			// Its receive is made; it copies the sender's operand.
			return watchDrop, 0, nil, nil
		case c == nil:
			// It blocks forever once performed (chanOp parks it); until
			// then it is looked at like any other.
			return watchKeep, 0, nil, nil
		case c.closed:
			// A closed channel stays closed: a receive from it never
			// blocks, and a send on it panics. After a close wakes a
			// million receivers, none of them is looked at again until
			// it runs.
			return watchDrop, 0, nil, nil
		case m.sbN > 0 && g.hasSB() && (in.Op == opRecv && !c.canRecv() || in.Op == opSend && !c.canSend()):
			// Not parked with stores in its buffer: Go's lock drains it
			// first, in g's step (storebuf.go).
			return watchKeep, 0, nil, nil
		case in.Op == opRecv && !c.canRecv() && !m.timerDue(c):
			if c.timer != nil {
				m.heapTimer(c) // blockTimerChan, as chanOp's receive
				m.pinTimers()
			}
			c.recvq = append(c.recvq, m.newWaiter(g))
			c.ver++
			return watchPark, waitChanRecv, c, nil
		case in.Op == opSend && !c.canSend():
			m.queueSend(g, c, in, regs)
			return watchPark, waitChanSend, c, nil
		case c.timer != nil:
			return watchKeep, 0, nil, nil
		}
		return watchKeep, 0, nil, c
	case opCallIntr:
		ci := in.Aux.(*callInfo)
		if ci.intr.lock == nil || m.lockOff(ci) {
			return watchDrop, 0, nil, nil
		}
		p := regs[ci.args[0]].Ptr()
		if q, held := ci.intr.lock(m, p); held {
			if m.sbN > 0 && g.hasSB() {
				return watchKeep, 0, nil, nil // as for a channel
			}
			m.lockWait(q, g)
			// Parked here instead of at its step: the write of the state
			// word its Lock makes to count itself as a waiter (mutexLock).
			// (Only with a detector: finding the word takes map look-ups,
			// a tenth of look's time in the mutex bench.)
			if m.race != nil {
				m.raceSyncWord(g, m.syncStateCell(p), true)
			}
			return watchPark, ci.intr.wait, p, nil
		}
		return watchKeep, 0, nil, nil
	case opCallBuilt:
		if isPrint(in) {
			if h := m.printHolder; h != nil && h != g {
				// printlock is held: g waits for it (print.go).
				m.printWaiters = append(m.printWaiters, g)
				return watchPark, waitPrintLock, nil, nil
			}
			return watchKeep, 0, nil, nil
		}
	}
	return watchDrop, 0, nil, nil
}

// bufferedRoom is the channel of a pending send or receive that proceeds
// because its channel's buffer has room or holds a value (nil when not
// so): look's most common verdict, keep with the channel to trust, which
// checkWatch takes without calling look.
func bufferedRoom(in *Instr, regs []Value) *Chan {
	if in.Op != opRecv && in.Op != opSend {
		return nil
	}
	c, _ := regs[in.B].R.(*Chan)
	if c == nil || c.closed || c.timer != nil {
		return nil
	}
	if in.Op == opRecv && len(c.buf) > 0 || in.Op == opSend && len(c.buf) < c.size {
		return c
	}
	return nil
}

// lockOff reports whether ci is a lock call site switched off for this run
// (Config.DisabledLocks): it does nothing and is not visible.
func (m *Machine) lockOff(ci *callInfo) bool {
	return ci.lock != nil && len(m.cfg.DisabledLocks) > 0 && m.cfg.DisabledLocks[ci.lock.id]
}

// waitReasons are the wait reasons Go shows for intrinsics whose lock can
// say no, by intrinsic (copied into Intrinsic.wait by register).
var waitReasons = map[string]string{
	"(*sync.Mutex).Lock":   "sync.Mutex.Lock",
	"(*sync.RWMutex).Lock": "sync.Mutex.Lock", // not ready: another writer holds rw.w
}

// optionFor describes g's pending operation for the Chooser.
func (m *Machine) optionFor(g *Goroutine) Option {
	o := m.optionOf(g)
	if m.sbN > 0 {
		m.sbOption(&o, g)
	}
	return o
}

// optionOf is optionFor without the store buffers.
func (m *Machine) optionOf(g *Goroutine) Option {
	o := Option{G: g.ID}
	if g.preempt != preemptNone {
		// It goes on with invisible work, which may read anything.
		o.Op, o.Obj, o.Write = "preempt", -1, true
		return o
	}
	if g.dying {
		// The end of the process: dependent with everything.
		o.Op, o.Obj, o.Write = "panic", -1, true
		return o
	}
	if g.exiting {
		// The goroutine count's change, offered as a read: see goroutineCount.
		o.Op, o.Obj, o.Write = "goexit", m.objID(goroutineCount{}), false
		return o
	}
	in := g.pending()
	if in == nil {
		return o
	}
	regs := g.top().regs
	if fin, fregs := m.firstOp(g); fin != nil {
		in, regs = fin, fregs // it has not run: its first step's operation (firststep.go)
	}
	switch in.Op {
	case opMapLookup, opMapNext:
		// A step that fails the map's writing-flag check ends the process,
		// and a write's first half raises the flag that makes other
		// goroutines' steps fail: both dependent with everything
		// (readFails, writeBroad, maps.go).
		o.Op = "map.read"
		if in.Op == opMapLookup && in.K != 0 {
			o.Op, o.Write = "map.write", true // a folded read-modify-write: mapassign
		}
		if in.Op == opMapNext {
			it, _ := regs[in.B].R.(*mapIter)
			if it != nil && it.m != nil {
				o.Obj = -1
				if !it.iterFails() {
					o.Obj = m.objID(it.m)
				}
			}
		} else if mp, _ := regs[in.B].R.(*Map); mp != nil {
			o.Obj = -1
			if in.K == 0 && !mp.readFails() || in.K != 0 && !mp.writeBroad(g.mapOpen) {
				o.Obj = m.objID(mp)
			}
		}
	case opMapUpdate:
		o.Op, o.Write = "map.write", true
		if mp, _ := regs[in.B].R.(*Map); mp != nil {
			o.Obj = -1
			if !updateBroad(g, in, mp) {
				o.Obj = m.objID(mp)
			}
		}
	case opSend, opRecv:
		o.Op, o.Write = "chan", true
		if ch, _ := regs[in.B].R.(*Chan); ch != nil {
			o.Obj = m.objID(ch)
			if in.Op == opRecv && (ch.readsSender() || len(m.words) > 0 && m.copyingSent(g)) || in.Op == opSend && (ch.copying || in.K == kSendAddr && !m.cfg.Race && !ch.closed && ch.canSend()) {
				// It reads a send's operand through its address
				// (sendaddr.go), or finishes a receive's copy of one
				// (settleCopy), memory another goroutine may write:
				// dependent with everything.
				o.Obj = -1
			}
		}
	case opSelect:
		o.Op, o.Write = "select", true
		o.Obj = -1 // touches several channels: dependent with everything
	case opCallIntr:
		ci := in.Aux.(*callInfo)
		o.Op = ci.intr.Visible
		if in.K == kRangeV {
			// fmt's fast path reading what it prints: cells with objects
			// of their own, dependent with everything.
			o.Op, o.Obj, o.Write = rangeOp(in), -1, true
			break
		}
		if ci.intr.Obj != nil {
			args := m.scratchArgs(regs, ci.args)
			m.peek.set(m, g, ci, 0)
			obj, w := ci.intr.Obj(&m.peek, args)
			if obj != nil {
				o.Obj = m.objID(obj)
			}
			o.Write = w
		} else {
			o.Obj, o.Write = -1, true
		}
	case opLoadV, opStoreV:
		m.accessOption(&o, g, in, regs)
	case opConvert:
		// Only a visible range access stops here: string(b) reads b's
		// elements, whose cells have objects of their own.
		o.Op, o.Obj, o.Write = "string", -1, true
	case opCallBuilt:
		ci := in.Aux.(*callInfo)
		if in.K == kRangeV {
			if mp, _ := regs[ci.args[0]].R.(*Map); mp != nil && ci.builtin == "len" {
				// len of a map that raced: a read of the map.
				o.Op, o.Obj = "map.len", m.objID(mp)
				break
			}
			// copy, append, clear: a range of cells, each with an object of
			// its own: dependent with everything.
			o.Op, o.Obj, o.Write = ci.builtin, -1, true
			break
		}
		switch ci.builtin {
		case "close", "len":
			o.Op, o.Write = "chan."+ci.builtin, ci.builtin == "close"
			if ch, _ := regs[ci.args[0]].R.(*Chan); ch != nil {
				o.Obj = m.objID(ch)
				if ch.copying && ci.builtin == "close" {
					o.Obj = -1 // it finishes a receive's copy of a sender's operand (settleCopy)
				}
			}
		default: // print, println
			o.Op, o.Obj, o.Write = "output", m.objID("stdout"), true
		}
	case opReturn:
		o.Op, o.Obj, o.Write = "exit", -1, true
	case opGo:
		// A go statement where it is visible (goexit): the step starts a
		// goroutine, dependent with everything.
		o.Op, o.Obj, o.Write = "go", -1, true
	default:
		o.Op, o.Obj, o.Write = "step", -1, true
	}
	return o
}

// deadlock ends the run as Go does when every goroutine is asleep.
func (m *Machine) deadlock() {
	if m.done {
		return
	}
	main := m.gs[0]
	if main.state == gDone && !m.mainGoexit {
		m.exit(0)
		return
	}
	if main.state == gDone && !slices.ContainsFunc(m.gs, func(g *Goroutine) bool { return g.state == gBlocked }) {
		// runtime.checkdead: main called Goexit and every other
		// goroutine has ended.
		msg := "fatal error: no goroutines (main called runtime.Goexit) - deadlock!"
		m.stderr.WriteString(msg + "\n")
		m.done, m.exitCode, m.outcome, m.message, m.failG = true, 2, "deadlock", msg, main
		return
	}
	var b strings.Builder
	b.WriteString("fatal error: all goroutines are asleep - deadlock!\n")
	for _, g := range m.gs {
		if g.state != gBlocked {
			continue
		}
		b.WriteString("\n")
		status := waitName(g.waitCode)
		if coroWait(g) {
			status = "coroutine"
		}
		b.WriteString(m.goroutineTrace(g, status))
	}
	m.stderr.WriteString(b.String())
	m.done = true
	m.exitCode = 2
	m.outcome = "deadlock"
	m.message = "fatal error: all goroutines are asleep - deadlock!"
	m.failG = main
}

// Leaked lists goroutines still blocked when the program ended normally.
func (m *Machine) Leaked() []*Goroutine {
	var out []*Goroutine
	for _, g := range m.gs {
		if g.ID != 1 && g.state == gBlocked && g.waitCode != waitPrintLock { // a print lock's waiter runs in Go (print.go)
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Done reports whether the run has ended.
func (m *Machine) Done() bool { return m.done }

// Now is the virtual clock in nanoseconds since the program started.
func (m *Machine) Now() int64 { return m.clock }

// CallMethod runs method name of dynamic type t on recv to completion, for
// the runtime's own use (fmt calling String, panics calling Error). Visible
// operations inside happen at once; blocking is not supported there.
func (m *Machine) CallMethod(recv Value, t *Type, name string) (Value, *Iface, bool) {
	fn := t.Method(name)
	if fn == nil {
		return Value{}, nil, false
	}
	return m.callInline(fn, []Value{recv}, nil)
}

// callInline runs fn(args) on a temporary goroutine to completion.
func (m *Machine) callInline(fn *Func, args []Value, env []Value) (Value, *Iface, bool) {
	if fn.Intr != nil {
		c := &Ctx{M: m, G: m.cur}
		return fn.Intr.Fn(c, args), nil, true
	}
	g := &Goroutine{ID: 0, inline: true}
	if m.cur != nil {
		g.ID = m.cur.ID
	}
	m.pushValues(g, fn, args, env)
	saved := m.cur
	for g.state == gRunnable && !m.done {
		m.exec(g, false)
	}
	m.cur = saved
	if p := g.panicking(); p != nil {
		m.inlinePanic = p.stack
		return Value{}, p.val.Iface(), true
	}
	return g.wakeVal(), nil, true
}

// scratchArgs gathers call arguments into a buffer reused between calls,
// for the scheduler's own look at a pending call (Obj), which keeps
// nothing.
func (m *Machine) scratchArgs(regs []Value, args []int32) []Value {
	m.scratch = m.scratch[:0]
	for _, a := range args {
		m.scratch = append(m.scratch, regs[a])
	}
	return m.scratch
}
