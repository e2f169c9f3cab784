package vm

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
)

// newFrame returns a frame for fn with its constants loaded, reusing a
// released frame when one is free.
func (m *Machine) newFrame(fn *Func) *Frame {
	if m.view != nil {
		fn = m.viewed(fn)
	}
	if fr := m.reuseFrame(fn); fr != nil {
		return fr
	}
	if n := len(m.freeFrames); n > 0 {
		fr := m.freeFrames[n-1]
		if cap(fr.regs) >= fn.NRegs {
			m.freeFrames = m.freeFrames[:n-1]
			// SSA defines every register before reading it, and
			// parameters, free variables and constants are set here; but
			// fast writes only N of a scalar result, which relies on a
			// scalar register's R being nil. The same function leaves its
			// scalar registers so; another one's references are cleared.
			regs := fr.regs[:fn.NRegs]
			if fr.fn != fn {
				clear(regs)
			}
			setConsts(regs, fn)
			*fr = Frame{fn: fn, regs: regs}
			return fr
		}
	}
	fr := newFrameRegs(fn.NRegs)
	fr.fn = fn
	setConsts(fr.regs, fn)
	return fr
}

// newFrameRegs allocates a frame with n registers. A frame with up to 8 is
// one object with its registers, which gc's size classes hold in no more
// bytes than the two separate objects (16 fewer for 1, 3, 5 and 7
// registers: a parked goroutine's frame is often that small), and one
// allocation instead of two.
func newFrameRegs(n int) *Frame {
	switch n {
	case 1:
		x := &struct {
			f Frame
			r [1]Value
		}{}
		x.f.regs = x.r[:]
		return &x.f
	case 2:
		x := &struct {
			f Frame
			r [2]Value
		}{}
		x.f.regs = x.r[:]
		return &x.f
	case 3:
		x := &struct {
			f Frame
			r [3]Value
		}{}
		x.f.regs = x.r[:]
		return &x.f
	case 4:
		x := &struct {
			f Frame
			r [4]Value
		}{}
		x.f.regs = x.r[:]
		return &x.f
	case 5:
		x := &struct {
			f Frame
			r [5]Value
		}{}
		x.f.regs = x.r[:]
		return &x.f
	case 6:
		x := &struct {
			f Frame
			r [6]Value
		}{}
		x.f.regs = x.r[:]
		return &x.f
	case 7:
		x := &struct {
			f Frame
			r [7]Value
		}{}
		x.f.regs = x.r[:]
		return &x.f
	case 8:
		x := &struct {
			f Frame
			r [8]Value
		}{}
		x.f.regs = x.r[:]
		return &x.f
	}
	return &Frame{regs: make([]Value, n)}
}

// setConsts loads fn's constants into their registers. A loop, not copy:
// a function has a few constants, and copy of values holding references
// costs a call into the runtime per frame.
func setConsts(regs []Value, fn *Func) {
	cs := regs[fn.ConstBase:]
	cs = cs[:len(fn.Consts)]
	//lint:ignore S1001 a loop on purpose (see the doc comment)
	for i, c := range fn.Consts {
		cs[i] = c
	}
}

// reuseFrame is newFrame's common case, small enough to inline into calls:
// the frame released last, if fn itself last used it (recursion, a loop of
// calls), reset for a new call of fn; nil otherwise. Its constants are
// still in their registers, which no instruction writes (destinations are
// SSA values' registers, and phis coalesce only with instructions), and its
// scalar registers are scalar. Reset the rest without rewriting fn and
// regs, which costs write barriers. fn is the function as viewed
// (newFrame's m.viewed).
func (m *Machine) reuseFrame(fn *Func) *Frame {
	n := len(m.freeFrames)
	if n == 0 || m.freeFrames[n-1].fn != fn {
		return nil
	}
	fr := m.freeFrames[n-1]
	m.freeFrames = m.freeFrames[:n-1]
	fr.pc, fr.stack = 0, 0
	if fr.defers != nil {
		fr.defers = nil
	}
	fr.isDefer, fr.unwinding, fr.recovered, fr.openDefer = false, false, false, false
	return fr
}

// releaseFrame makes fr available for reuse.
func (m *Machine) releaseFrame(fr *Frame) {
	if len(m.freeFrames) < 256 {
		m.freeFrames = append(m.freeFrames, fr)
	}
}

// pushCall enters fn with arguments from the caller's registers. It reports
// false when the goroutine cannot continue (stack overflow).
func (m *Machine) pushCall(g *Goroutine, fn *Func, callerRegs []Value, args []int32, env []Value) bool {
	top, ok := m.stackTop(g, fn)
	if !ok {
		return false
	}
	if fn.Intr != nil {
		m.internal("intrinsic " + fn.Name + " called as a function")
		return false
	}
	fr := m.newFrame(fn)
	fr.stack = int32(top)
	for i, a := range args {
		fr.regs[i] = callerRegs[a]
	}
	if len(env) > 0 {
		copy(fr.regs[fn.FreeBase:fn.FreeBase+fn.NFree], env)
	}
	g.frames = append(g.frames, fr)
	return true
}

// pushInvoke enters a method with an explicit receiver.
func (m *Machine) pushInvoke(g *Goroutine, fn *Func, recv Value, callerRegs []Value, args []int32) bool {
	top, ok := m.stackTop(g, fn)
	if !ok {
		return false
	}
	fr := m.newFrame(fn)
	fr.stack = int32(top)
	fr.regs[0] = recv
	for i, a := range args {
		fr.regs[i+1] = callerRegs[a]
	}
	g.frames = append(g.frames, fr)
	return true
}

// maxStackBytes is where a goroutine's stack overflows. Go's limit is
// 1,000,000,000 bytes, and stacks grow by doubling, so the last size a
// stack can have is 512 MiB.
const maxStackBytes = 1 << 29

// stackBytes is a frame's stack bytes as Frame keeps them: past what 32
// bits hold (a shallow frame with a parameter of gigabytes) it stays at the
// largest, which is over maxStackBytes as the true number is.
func stackBytes(n int64) int32 { return int32(min(n, math.MaxInt32)) }

// stackTop is g's stack use in gc's bytes once fn is entered. It ends the
// run with Go's stack overflow when that passes the limit, or when the
// frames would take more host memory than Config.MaxFrames allows.
func (m *Machine) stackTop(g *Goroutine, fn *Func) (int64, bool) {
	var base int64
	if n := len(g.frames); n > 0 {
		base = int64(g.frames[n-1].stack)
	}
	top := base + fn.FrameBytes
	if top > maxStackBytes || len(g.frames) >= m.cfg.MaxFrames {
		m.stackOverflow(g)
		return 0, false
	}
	return top, true
}

// pushValues enters fn with argument values. Deferred calls and goroutine
// entries are shallow: they do not check the limit.
func (m *Machine) pushValues(g *Goroutine, fn *Func, args []Value, env []Value) *Frame {
	fr := m.newFrame(fn)
	var base int64
	if n := len(g.frames); n > 0 {
		base = int64(g.frames[n-1].stack)
	}
	fr.stack = stackBytes(base + fn.FrameBytes)
	copy(fr.regs, args)
	copy(fr.regs[fn.FreeBase:fn.FreeBase+fn.NFree], env)
	g.frames = append(g.frames, fr)
	return fr
}

// popFrame returns from the innermost frame with result.
func (m *Machine) popFrame(g *Goroutine, result Value) {
	fr := g.top()
	g.frames = g.frames[:len(g.frames)-1]
	isDefer := fr.isDefer
	m.releaseFrame(fr)
	if len(g.frames) == 0 {
		if s := g.site; s != nil && s.endCost != 0 && !fr.fn.Thunk && g.ID != 1 && !g.inline {
			// Entered its callee in place of the thunk (enterGo): the
			// thunk's return, which it skipped, costs as before.
			m.budget -= s.endCost
			if m.budget < m.checkAt && !m.tick() {
				return
			}
		}
		m.goexit(g, result)
		return
	}
	caller := g.top()
	if isDefer {
		if caller.unwinding {
			m.unwind(g)
		}
		// Otherwise the caller is at RunDefers and runs its next defer.
		return
	}
	setResult(caller.regs, &caller.fn.Code[caller.pc], result)
	caller.pc++
}

// setResult delivers the result v of the call in to the caller's
// registers: into A, or, for a call whose results are spread, each into its
// own register (a tuple already delivered by opReturn has no elements).
func setResult(regs []Value, in *Instr, v Value) {
	if in.A >= 0 {
		if int(in.A) < len(regs) {
			regs[in.A] = v
		}
		return
	}
	if ci, ok := in.Aux.(*callInfo); ok && ci.spread != nil {
		for i, e := range v.Elems() {
			regs[ci.spread[i]] = e
		}
	}
}

// spreadReturn delivers the results rs of g's innermost frame straight into
// the registers its caller spreads them to, and reports whether it did.
func spreadReturn(g *Goroutine, fr *Frame, rs []int32) bool {
	if len(g.frames) < 2 || fr.isDefer {
		return false
	}
	caller := g.frames[len(g.frames)-2]
	in := &caller.fn.Code[caller.pc]
	ci, ok := in.Aux.(*callInfo)
	if !ok || ci.spread == nil || in.A >= 0 || len(ci.spread) != len(rs) {
		return false
	}
	switch in.Op {
	case opCall, opCallFunc, opInvoke:
	default:
		return false
	}
	for i, r := range rs {
		caller.regs[ci.spread[i]] = fr.regs[r]
	}
	return true
}

// goexit ends goroutine g, which has finished its code.
//
// In a program that counts goroutines (Program.countsGoroutines) the end
// is a visible operation: runtime.NumGoroutine observes it, and in Go a
// goroutine woken by g's last visible operation may count before g is
// gone. Without a grant g stops in front of its exit (exiting, runnable,
// no frames left) and a later step ends it (exec). Elsewhere nobody can
// observe the end and it happens at once, as it does for an iter.Pull
// coroutine that has already left the count (coroexit).
func (m *Machine) goexit(g *Goroutine, result Value) {
	if g.inline {
		m.dropPools(g)
		g.w.val = result
		g.state = gDone
		return
	}
	if m.prog.countsGoroutines && !g.uncounted || g.exiting || g.ID != 1 && m.sbN > 0 && g.hasSB() {
		// Also a point while g holds buffered stores: its exit drains
		// them (storebuf.go), and until then others may read around them.
		g.exiting = true // before exitGrant: a step it ends sees g so
		if !m.exitGrant(g) {
			return
		}
		g.exiting = false
	}
	m.dropPools(g)
	m.setState(g, gDone)
	m.chargeGoroutine(-1)
	m.event(g, "exit", 0, 0)
	if g.ID == 1 && !m.mainGoexit {
		m.exit(0)
	}
}

// startGoexit runs runtime.Goexit in g: the deferred calls run as for a
// panic nothing can recover (recover returns nil), then g ends as if its
// function had returned. Goexit abandons a panic in flight, as Go's does.
// In main it does not end the program: the other goroutines run on, and
// when none is left Go reports a deadlock (see deadlock).
func (m *Machine) startGoexit(g *Goroutine) {
	if g.inline {
		panicString(&Ctx{M: m, G: g}, "runtime.Goexit in a method called by the runtime is not supported by Interleave")
		return
	}
	// Its stack is kept as a panic's: a panic raised in one of the deferred
	// calls it runs prints the frames Goexit left too.
	g.setPanic(&panicRec{goexit: true, link: g.panicking(), depth: len(g.frames) - 1, stack: liveStack(g)})
	m.event(g, "goexit", 0, int32(g.Line()))
	m.unwind(g)
}

// endGoexit ends g once Goexit has run its last deferred call.
func (m *Machine) endGoexit(g *Goroutine) {
	clear(g.frames)
	g.frames = g.frames[:0]
	g.setPanic(nil)
	if g.ID == 1 {
		m.mainGoexit = true
	}
	m.goexit(g, Value{})
}

// runDefer pops fr's next deferred call and starts it.
func (m *Machine) runDefer(g *Goroutine, fr *Frame) {
	if fr.openDefer {
		// The function's only deferred call (openDeferOK): no record
		// is on the list.
		fr.openDefer = false
		ci := fr.fn.openDefer
		nf := m.pushValues(g, ci.thunk, nil, nil)
		for i, a := range ci.args {
			nf.regs[i] = fr.regs[a]
		}
		nf.isDefer = true
		return
	}
	d := fr.defers
	fr.defers = d.next
	var nf *Frame
	switch d.thunk.NParams {
	case 0:
		nf = m.pushValues(g, d.thunk, nil, nil)
	case 1:
		nf = m.pushValues(g, d.thunk, nil, nil)
		nf.regs[0] = d.arg
	default:
		nf = m.pushValues(g, d.thunk, d.arg.R.([]Value), nil)
	}
	nf.isDefer = true
	// Nothing refers to d now, unless a cycle check's snapshot holds it
	// (it compares frames' defer lists by identity): then it is left to
	// the collector, since reused it could look like the one it saw.
	if m.snap.g == nil {
		*d = deferRec{next: m.freeDefers}
		m.freeDefers = d
	}
}

// goStmt starts a goroutine.
func (m *Machine) goStmt(g *Goroutine, ci *callInfo, regs []Value, line int32) {
	// The operands go straight into the thunk's parameter registers.
	ng := m.newGoroutine(ci.thunk, nil, g)
	params := ng.frames[0].regs
	for i, a := range ci.args {
		params[i] = regs[a]
	}
	// The site compiled with the go statement, unless this run names
	// things differently (it never should: the creator is the function
	// holding the statement).
	entry := ""
	if ci.fn != nil {
		entry = ci.fn.Name
	}
	creator := g.funcName()
	if s := ci.site; s != nil && s.entry == entry && s.creator == creator && s.line == line {
		ng.site = s
	} else {
		ng.site = &goSite{entry: entry, creator: creator, line: line}
		if s != nil {
			ng.site.endCost, ng.site.where = s.endCost, s.where
		}
	}
	if creator == "iter.newcoro" && len(g.frames) >= 2 {
		// iter.Pull's coroutine (the overlay's newcoro, the runtime's in
		// Go): Go's traceback says it was created by newcoro's caller,
		// iter.Pull[...] at its call of newcoro.
		caller := g.frames[len(g.frames)-2]
		ng.site = &goSite{entry: entry, creator: caller.fn.Name, line: line,
			where: frameSource(caller.fn, caller.pc), endCost: ng.site.endCost}
	}
	if e := m.event(g, "go", 0, line); e != nil {
		e.Peer = ng.ID
	}
	m.raceGo(g, ng)
	// The new goroutine starts runnable and does nothing until the
	// scheduler picks it: in Go it usually has not run yet when its parent
	// goes on, and a step of its parent must not contain any of its work.
}

// newGoroutine creates a goroutine that will run thunk(args).
func (m *Machine) newGoroutine(thunk *Func, args []Value, parent *Goroutine) *Goroutine {
	// Room for the thunk's frame and the function it calls: one
	// allocation where growing by append took two.
	nframes := 2
	if thunk.Code[0].Op == opGoEnter {
		nframes = 1 // its callee replaces the thunk (enterGo)
	}
	ng := m.spawn(parent, nframes)
	m.pushValues(ng, thunk, args, nil)
	m.touch(ng)
	return ng
}

// spawn creates a runnable goroutine with no frames yet, room for nframes.
func (m *Machine) spawn(parent *Goroutine, nframes int) *Goroutine {
	ng := &Goroutine{ID: len(m.gs) + 1}
	if nframes == 1 {
		ng.frames = ng.frame0[:0]
	} else {
		ng.frames = make([]*Frame, 0, nframes)
	}
	if parent != nil {
		ng.CreatedBy = int32(parent.ID)
	}
	m.gs = append(m.gs, ng)
	m.chargeGoroutine(1)
	m.runs.update(ng.ID, 1, m.gs)
	if m.runOrder {
		m.runKey = append(m.runKey, 0)
		m.queueNext(ng) // newproc: into runnext
	}
	if m.firingLate > 0 {
		m.wokeLate(ng) // an AfterFunc's goroutine
	}
	return ng
}

// enterGo performs a go thunk's opGoEnter: the callee's frame replaces the
// thunk's, so that a goroutine parked in it does not keep the thunk's
// frame and registers. Until this first step the goroutine sits at the
// thunk's call like any other, so what the scheduler sees of it (no
// pending operation, no line) is unchanged; afterwards the thunk is gone
// from its frames, where traces and race reports skip it anyway (gc makes
// no wrapper here), and the thunk's return cost is charged at the
// callee's (popFrame). It reports false when exec must make an ordinary
// call instead (an intrinsic, a nil function value, a deeper frame).
func (m *Machine) enterGo(g *Goroutine, fr *Frame, in *Instr) bool {
	if len(g.frames) != 1 || g.frames[0] != fr || g.inline {
		return false
	}
	ci := in.Aux.(*callInfo)
	fn, env := ci.fn, []Value(nil)
	if in.C == 1 {
		cl, _ := fr.regs[ci.fnReg].R.(*Closure)
		if cl == nil {
			return false
		}
		fn, env = cl.Fn, cl.Env
	}
	if fn == nil || fn.Intr != nil || fn.NParams != 0 || len(ci.args) != 0 {
		return false
	}
	g.frames = g.frames[:0]
	m.releaseFrame(fr)
	nf := m.pushValues(g, fn, nil, env)
	nf.stack = stackBytes(int64(nf.stack) + fr.fn.FrameBytes)
	return true
}

// funcName is the innermost user-visible function of g.
func (g *Goroutine) funcName() string {
	for i := len(g.frames) - 1; i >= 0; i-- {
		if !g.frames[i].fn.Thunk {
			return g.frames[i].fn.Name
		}
	}
	return "runtime.main"
}

// startPanic begins panicking with v, an interface value. panic(nil)
// panics with a *runtime.PanicNilError, as Go 1.21 and later do.
func (m *Machine) startPanic(g *Goroutine, v Value, fatal bool) {
	if v.R == nil && m.prog.rtPanicNil != nil {
		z := m.prog.rtPanicNil.Elem.Zero()
		v = Value{R: &Iface{T: m.prog.rtPanicNil, V: Value{R: &z}}}
	}
	if g.inline {
		// The stack is for a traceback that shows the inline call's
		// frames (Machine.inlinePanic).
		g.setPanic(&panicRec{val: v, link: g.panicking(), stack: snapshot(g, 0)})
		g.state = gDone
		return
	}
	// Go prints the stack where the last panic started, with its defers
	// still on top; capture it before unwinding pops frames. Go's
	// unwinding pops no frames: a panic raised in a deferred call run by
	// an older panic sits above that panic's gopanic frame and whole
	// stack, frames the older panic has already left included.
	p := &panicRec{val: v, link: g.panicking(), fatal: fatal, depth: len(g.frames) - 1, stack: liveStack(g)}
	if top := g.top(); top.isDefer && top.fn.Thunk && len(p.stack) > 1 && p.stack[1].fn == nil {
		if in := &top.fn.Code[top.pc]; in.Op == opCallFunc {
			if cl, _ := top.regs[in.Aux.(*callInfo).fnReg].R.(*Closure); cl == nil {
				// A deferred call of a nil func: gopanic itself calls
				// nil and faults, the first frame of the traceback,
				// which Go does not show.
				p.stack = slices.Delete(p.stack, 1, 2)
			}
		}
	}
	// A frame whose defer recovered an older panic and that is running its
	// remaining defers now unwinds for this one; it recovers again only if
	// this panic is recovered below it (see dropRecovered).
	for _, fr := range g.frames {
		if fr.recovered {
			fr.recovered = false
			p.spent = append(p.spent, fr)
		}
	}
	g.setPanic(p)
	m.event(g, "panic", 0, int32(g.Line()))
	m.unwind(g)
}

// dropRecovered ends the panics a recovery in g.frames[idx] unwinds past,
// as the runtime's recovery does: every panic raised in that frame or in a
// frame it called. Older panics, raised further out, stay in flight: their
// deferred-call loops resume when the frames in between return.
func (g *Goroutine) dropRecovered(idx int) {
	for g.panicking() != nil && g.panicking().depth >= idx {
		p := g.panicking()
		g.setPanic(p.link)
		for _, fr := range p.spent {
			if i := slices.Index(g.frames, fr); i >= 0 && i < idx {
				fr.recovered = true
			}
		}
	}
}

// unwind continues a panic: it runs the innermost frame's deferred calls,
// resumes a frame whose defer recovered, or pops frames, until the panic is
// recovered or the goroutine runs out of frames.
func (m *Machine) unwind(g *Goroutine) {
	for len(g.frames) > 0 {
		fr := g.top()
		if fr.recovered {
			g.dropRecovered(len(g.frames) - 1)
			if fr.hasDefers() {
				m.runDefer(g, fr)
				return
			}
			fr.recovered, fr.unwinding = false, false
			fr.pc = fr.fn.RecoverPC
			if fr.pc < 0 {
				m.internal("recovered in a function without a recover block")
			}
			return
		}
		if fr.hasDefers() {
			fr.unwinding = true
			g.panicking().at = fr
			m.runDefer(g, fr)
			return
		}
		// No more defers: the panic leaves this frame.
		if len(g.frames) == 1 {
			if !fr.fn.Thunk && g.ID != 1 && !g.inline {
				// A goroutine's callee that replaced its thunk
				// (enterGo) is left as the thunk was: at no line.
				fr.pc = len(fr.fn.Code)
			}
			break
		}
		g.frames = g.frames[:len(g.frames)-1]
	}
	m.panicEnd(g)
}

// recover implements the recover builtin for the innermost frame of g.
func (m *Machine) recover(g *Goroutine) Value {
	n := len(g.frames)
	// recover works in a function called directly by a deferred call's thunk,
	// itself run by a frame that is unwinding for a panic (not one running
	// its remaining defers after a recovery, as deferreturn does in Go).
	if n < 3 || g.panicking() == nil {
		return Value{}
	}
	thunk, owner := g.frames[n-2], g.frames[n-3]
	p := g.panicking()
	if !thunk.isDefer || !owner.unwinding || owner.recovered || p.recovered || p.fatal || p.goexit {
		return Value{}
	}
	p.recovered = true
	owner.recovered = true
	return p.val
}

// panicExit prints the unrecovered panic and ends the run with status 2.
func (m *Machine) panicExit(g *Goroutine) {
	if m.done {
		return
	}
	if m.fatalHoldsPrint(g) && !g.inline {
		// printpanics waits for the printlock another goroutine's fatal
		// error holds to the end (Go hangs there when that fatal error
		// then waits for this panic's paniclk; here the fatal error ends
		// the process).
		m.park(g, waitPrintLock, nil, int32(g.Line()))
		return
	}
	m.finishPrint(g) // printpanics' prints wait for printlock
	if m.done {
		return
	}
	var chain []*panicRec
	for p := g.panicking(); p != nil; p = p.link {
		chain = append(chain, p)
	}
	// As the runtime's printpanics: oldest first; a panic whose value is the
	// very value of the panic before it (panic(recover())) is not printed
	// again, the earlier one says "repanicked".
	repanicked := make([]bool, len(chain))
	for i := 0; i+1 < len(chain); i++ {
		if r := chain[i].val.R; r != nil && r == chain[i+1].val.R {
			repanicked[i+1] = true
		}
	}
	// The runtime's preprintpanics: every value's text first, newest first;
	// an Error or String method that panics is fatal.
	r := g.rareRec()
	texts := r.panicTexts
	if texts == nil {
		texts = make([]string, len(chain))
		called := false
		for i := 0; i < len(chain); i++ {
			if i+1 < len(chain) && repanicked[i+1] || chain[i].goexit {
				continue // not printed
			}
			called = called || hasPanicMethod(chain[i].val)
			text, failed := m.panicValueString(chain[i].val)
			if m.done {
				return
			}
			if failed != nil {
				msg := "panic while printing panic value: type " + failed.T.Name
				if failed.T.Kind == KString {
					msg = "panic while printing panic value: " + strings.ReplaceAll(failed.V.Str(), "\n", "\n\t")
				}
				// The method's frames, then the panic's: Go's preprintpanics
				// calls it on the panicking goroutine's stack.
				// gopanic's frame is under the method's frames, and under
				// them gopanic's call of preprintpanics.
				stack := slices.Concat([]frameSnap{{rt: "runtime gopanic"}}, m.inlinePanic,
					[]frameSnap{{rt: "runtime preprintpanics"}}, g.panicking().stack)
				r.fatalTrace = m.traceOf(g, "running", stack)
				// preprintpanics' throw prints "fatal error: " and the
				// message before fatalthrow, as fatal does (fatalPrint).
				ps := []string{"fatal error: ", msg + "\n"}
				if !m.fatalPrint(g, msg, ps) {
					m.stderr.WriteString(strings.Join(ps, ""))
					m.fatalEnd(g, msg)
				}
				return
			}
			// printpanicval's printindented: each newline of the text is
			// followed by a tab, so a multi-line value stays inside its entry.
			texts[i] = strings.ReplaceAll(text, "\n", "\n\t")
		}
		if called && !g.inline && (m.runs.n > 1 || len(m.timers) > 0) {
			// An Error or String method ran (preprintpanics, in gopanic
			// before fatalpanic sets panicking): others run on, main may
			// print and even exit 0, before the panic is printed, a step
			// of its own (audit15: an Error method's print, then main's
			// line, then exit 0, in 0+5 of 150+150 real runs).
			r.panicTexts = texts
			return
		}
	}
	var b strings.Builder
	for i := len(chain) - 1; i >= 0; i-- {
		p := chain[i]
		if i != len(chain)-1 {
			if repanicked[i+1] {
				continue
			}
			if !chain[i+1].goexit {
				b.WriteString("\t")
			}
		}
		if p.goexit {
			continue // a runtime.Goexit in flight is no panic: printpanics skips it
		}
		b.WriteString("panic: ")
		b.WriteString(texts[i])
		switch {
		case p.recovered && repanicked[i]:
			b.WriteString(" [recovered, repanicked]")
		case p.recovered:
			b.WriteString(" [recovered]")
		}
		b.WriteString("\n")
	}
	if m.isNilDeref(g.panicking().val) {
		b.WriteString("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n")
	}
	m.stderr.WriteString(b.String())
	m.failG = g
	m.stderr.WriteString("\n")
	m.stderr.WriteString(m.traceOf(g, "running", g.panicking().stack))
	m.done = true
	m.exitCode = 2
	m.outcome = "panic"
	m.message = firstLine(b.String())
	m.event(g, "crash", 0, int32(g.Line()))
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// fatal ends the run with a Go runtime fatal error raised by g.
func (m *Machine) fatal(g *Goroutine, msg string) {
	if m.done {
		return
	}
	if m.fatalHoldsPrint(g) {
		// Another goroutine is printing its fatal error and holds
		// printlock to the end: g's fatal waits for it, for good.
		m.park(g, waitPrintLock, nil, int32(g.Line()))
		return
	}
	m.finishPrint(g) // fatal takes printlock
	if m.done {
		return
	}
	ps := m.fatalPieces(g, msg)
	if m.fatalPrint(g, msg, ps) {
		return
	}
	for _, s := range ps {
		m.stderr.WriteString(s)
	}
	m.fatalEnd(g, msg)
}

// fatalHoldsPrint reports whether a goroutine other than g is printing
// its fatal error (fatalPrint), holding printlock until the process ends.
func (m *Machine) fatalHoldsPrint(g *Goroutine) bool {
	h := m.printHolder
	return h != nil && h != g && h.dying && h.rare != nil && h.rare.fatal != ""
}

// fatalPieces are the writes of Go's fatal for g's fatal error msg, in
// order: when g is running deferred calls for a panic, the panics first
// as printPreFatalDeferPanic prints them (no Error or String method
// called) and a tab, then "fatal error: ", the message (printindented:
// a write per line) with the newline. The newline is merged with the
// message's last write: a cut between them leaves the same first line.
func (m *Machine) fatalPieces(g *Goroutine, msg string) []string {
	var ps []string
	if p := g.panicking(); p != nil && !g.inline {
		ps = append(panicsPieces(p), "\t")
	}
	ps = append(ps, "fatal error: ")
	ps = append(ps, indentedPieces(msg)...)
	ps[len(ps)-1] += "\n"
	// An empty piece (an empty panic value) writes nothing: no step.
	return slices.DeleteFunc(ps, func(s string) bool { return s == "" })
}

// fatalPrint begins g's fatal error as Go's runtime fatal does, when
// another goroutine can act meanwhile: fatal prints its pieces
// (fatalPieces) as writes of their own under printlock, and only then
// fatalthrow marks the process panicking (which parks main's return) and
// freezes the world. Until then main may return or call os.Exit, ending
// the process with its own status and stderr cut after any piece (a
// goroutine's Unlock of an unlocked Mutex against main's return: exit 0
// with "fatal error: " in 0+21 and with the whole line in 0+24 of 150+150
// real runs, audit15). So this step writes the first piece, each of g's
// next steps one more (fatalStep), and the one after the last ends the
// process; g is dying meanwhile, each of those steps dependent with
// everything. It reports false, and the caller writes everything and
// ends the run at once, when g runs inline, names a throw of the system
// stack, or is the only goroutine that can act before the end (as
// printCall's writes).
func (m *Machine) fatalPrint(g *Goroutine, msg string, ps []string) bool {
	if g.inline || m.throwKey != "" || m.stepping != g || m.runs.n == 1 && len(m.timers) == 0 {
		return false
	}
	m.stderr.WriteString(ps[0])
	r := g.rareRec()
	r.fatal, r.fatalRest = msg, ps[1:]
	g.dying = true
	m.printHolder, m.printNext = g, 0 // fatal holds printlock to the end
	return true
}

// fatalStep is a step of g's fatal error after fatalPrint: its next
// write, or, when all are written, the end of the process.
func (m *Machine) fatalStep(g *Goroutine) {
	r := g.rare
	if len(r.fatalRest) > 0 {
		m.stderr.WriteString(r.fatalRest[0])
		r.fatalRest = r.fatalRest[1:]
		return
	}
	m.fatalEnd(g, r.fatal)
}

// fatalEnd ends the run with g's fatal error msg, whose pieces are
// written: the blank line, the traceback, the status.
func (m *Machine) fatalEnd(g *Goroutine, msg string) {
	m.stderr.WriteString("\n")
	if sys := intrinsicFrames("runtime.SetFinalizer " + m.throwKey + " systemstack"); m.throwKey != "" && len(sys) > 0 {
		// A throw on the system stack: the runtime prints that stack
		// first (final.go's throws).
		m.stderr.WriteString("runtime stack:\n")
		for _, fr := range sys {
			m.stderr.WriteString(fr.name + "()\n\t" + fr.where + "\n")
		}
		m.stderr.WriteString("\n")
	}
	if g.rare != nil && g.rare.fatalTrace != "" {
		m.stderr.WriteString(g.rare.fatalTrace)
	} else {
		m.stderr.WriteString(m.goroutineTrace(g, "running"))
	}
	m.done = true
	m.exitCode = 2
	m.outcome = "fatal"
	m.message = "fatal error: " + msg
	m.failG = g
	m.event(g, "crash", 0, int32(g.Line()))
}

// panicsPieces are the writes of the runtime's printpanics for the chain
// ending in p, oldest first, with each value printed by printpanicval
// (plainPanicPieces), as printPreFatalDeferPanic has it: a panic whose
// value is the very value of the next older one (panic(recover())) is
// not printed, the older one says "repanicked"; a Goexit is skipped.
func panicsPieces(p *panicRec) []string {
	var chain []*panicRec // oldest first
	for q := p; q != nil; q = q.link {
		chain = append(chain, q)
	}
	slices.Reverse(chain)
	// repanicked: the next newer panic's value is this one's.
	repanicked := func(i int) bool {
		return i+1 < len(chain) && chain[i].val.R != nil && chain[i].val.R == chain[i+1].val.R
	}
	var ps []string
	for i, q := range chain {
		if i > 0 {
			if repanicked(i - 1) {
				continue
			}
			if !chain[i-1].goexit {
				ps = append(ps, "\t")
			}
		}
		if q.goexit {
			continue
		}
		ps = append(ps, "panic: ")
		if iv := q.val.Iface(); iv != nil {
			for _, piece := range plainPanicPieces(iv) {
				ps = append(ps, indentedPieces(piece)...)
			}
		} else {
			ps = append(ps, "nil")
		}
		switch {
		case q.recovered && repanicked(i):
			ps = append(ps, " [recovered, repanicked]")
		case q.recovered:
			ps = append(ps, " [recovered]")
		}
		ps = append(ps, "\n")
	}
	return ps
}

// indentedPieces are the writes of the runtime's printindented: each
// line with its newline, then a tab, and the rest.
func indentedPieces(s string) []string {
	var ps []string
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			break
		}
		ps = append(ps, s[:i+1], "\t")
		s = s[i+1:]
	}
	return append(ps, s)
}

// stackOverflow ends the run the way Go does when a goroutine's stack
// exceeds its limit.
func (m *Machine) stackOverflow(g *Goroutine) {
	if m.done {
		return
	}
	m.stderr.WriteString("runtime: goroutine stack exceeds 1000000000-byte limit\n")
	m.stderr.WriteString("fatal error: stack overflow\n\n")
	m.stderr.WriteString(m.goroutineTrace(g, "running"))
	m.done = true
	m.exitCode = 2
	m.outcome = "fatal"
	m.message = "fatal error: stack overflow"
	m.failG = g
}

// internal ends the run because Interleave itself went wrong.
func (m *Machine) internal(msg string) {
	if m.done {
		return
	}
	m.done = true
	m.exitCode = 2
	m.outcome = "internal"
	m.message = "internal error: " + msg
	m.stderr.WriteString("interleave: internal error: " + msg + "\n")
}

// frameSnap is one frame of a stack captured for a later traceback: a
// frame of fn at pc, or (fn nil) a frame of the runtime's own that Go's
// traceback shows, its key in the frame table (intrinsicFrames): gopanic
// ("panic") or runtime.Goexit under the deferred calls they run.
type frameSnap struct {
	fn *Func
	pc int
	rt string
}

// runnerFrame is the runtime frame under the deferred calls p runs:
// runtime.Goexit's, or gopanic's for a panic.
func (p *panicRec) runnerFrame() frameSnap {
	if p.goexit {
		return frameSnap{rt: "runtime Goexit"}
	}
	return frameSnap{rt: "runtime gopanic"}
}

// liveStack is g's stack as Go's traceback walks it now, innermost frame
// first, without thunks: while a panic (or Goexit) runs a deferred call,
// the frames of that call, the panic's runtime frame (panic(...),
// runtime.Goexit()) and the stack the panic started on, frames it has
// since left included (Go pops no frames while it unwinds).
func liveStack(g *Goroutine) []frameSnap {
	if q := g.panicking(); q != nil {
		if k := slices.Index(g.frames, q.at); k >= 0 {
			return slices.Concat(snapshot(g, k+1), []frameSnap{q.runnerFrame()}, q.stack)
		}
	}
	return snapshot(g, 0)
}

// snapshot captures g's stack from frame index from up, innermost frame
// first, without thunks but for the innermost frame: a deferred call's
// thunk may be calling the intrinsic that raised the panic (defer
// mu.Unlock()), whose frames traceOf shows; it prints no thunk.
func snapshot(g *Goroutine, from int) []frameSnap {
	out := make([]frameSnap, 0, len(g.frames)-from)
	for i := len(g.frames) - 1; i >= from; i-- {
		if fr := g.frames[i]; !fr.fn.Thunk || fr.fn.Wrapper || i == len(g.frames)-1 {
			out = append(out, frameSnap{fn: fr.fn, pc: fr.pc})
		}
	}
	if from == 0 && g.site != nil && g.site.rtBottom != "" {
		out = append(out, frameSnap{rt: g.site.rtBottom})
	}
	return out
}

// goroutineTrace renders g's current stack the way Go's traceback does,
// without addresses, with the runtime frames Go shows (liveStack).
func (m *Machine) goroutineTrace(g *Goroutine, status string) string {
	return m.traceOf(g, status, liveStack(g))
}

// traceOf renders a captured stack of g.
func (m *Machine) traceOf(g *Goroutine, status string, stack []frameSnap) string {
	var b strings.Builder
	fmt.Fprintf(&b, "goroutine %d [%s]:\n", g.ID, status)
	// A goroutine blocked inside an intrinsic, or whose intrinsic raised
	// the panic or fatal error, shows the frames Go's code would have
	// there, as Go shows internal/sync's Mutex above sync.(*Mutex).Lock.
	var in *Instr
	if g.state == gBlocked {
		in = g.pending()
	} else if len(stack) > 0 && stack[0].fn != nil && stack[0].pc < len(stack[0].fn.Code) {
		in = &stack[0].fn.Code[stack[0].pc]
	}
	if in != nil && in.Op == opCallIntr {
		key := in.Aux.(*callInfo).intr.Name + " " + status
		if status == "running" && m.throwKey != "" {
			key = in.Aux.(*callInfo).intr.Name + " " + m.throwKey // which check threw (final.go)
		}
		for _, fr := range intrinsicFrames(key) {
			fmt.Fprintf(&b, "%s(...)\n\t%s\n", fr.name, fr.where)
		}
	}
	stack = slices.DeleteFunc(slices.Clone(stack), func(fr frameSnap) bool { return fr.fn != nil && fr.fn.Thunk && !fr.fn.Wrapper })
	stack, names := renamedFrames(initFrames(stack))
	// Like Go's traceback, a very deep stack shows its 50 innermost and 50
	// outermost frames.
	const keep = 50
	for i, fr := range stack {
		if len(stack) > 2*keep && i >= keep && i < len(stack)-keep {
			if i == keep {
				fmt.Fprintf(&b, "...%d frames elided...\n", len(stack)-2*keep)
			}
			continue
		}
		if fr.fn != nil && coroFrame(fr.fn) {
			continue
		}
		if fr.fn == nil {
			for _, rt := range intrinsicFrames(fr.rt) {
				args := "(...)" // panic's argument
				if rt.name != "panic" {
					args = "()"
				}
				fmt.Fprintf(&b, "%s%s\n\t%s\n", rt.name, args, rt.where)
			}
			continue
		}
		args := "(...)"
		if fr.fn.NParams == 0 || fr.fn.Wrapper {
			args = "()" // gc's wrapper takes no parameters
		}
		fmt.Fprintf(&b, "%s%s\n\t%s\n", names[i], args, frameSource(fr.fn, fr.pc))
	}
	if g.CreatedBy != 0 {
		where := fmt.Sprintf("prog.go:%d", g.CreatedLine())
		if g.site != nil && g.site.where != "" {
			where = g.site.where
		}
		fmt.Fprintf(&b, "created by %s in goroutine %d\n\t%s\n", g.creatorFunc(), g.CreatedBy, where)
	} else if s := g.site; s != nil && s.creator != "" && s.where != "" {
		fmt.Fprintf(&b, "created by %s\n\t%s\n", s.creator, s.where) // a timer's goroutine
	}
	return b.String()
}

// coroFrame reports whether fn is one of the overlay's iter functions that
// switch an iter.Pull coroutine over channels (iter.coroswitch and the
// coroutine goroutine's body): Go switches inside the runtime, and its
// traceback shows no frame for either.
func coroFrame(fn *Func) bool {
	return !fn.User && (fn.Name == "iter.coroswitch" || fn.Name == "iter.(*coro).run")
}

// coroWait reports whether g is blocked switching an iter.Pull coroutine
// (in either direction, or a coroutine not yet switched to), which Go's
// traceback reports as [coroutine].
func coroWait(g *Goroutine) bool {
	return g.state == gBlocked && len(g.frames) > 0 && coroFrame(g.top().fn)
}

// frameSource is the file:line a traceback prints under a frame of fn at
// pc: prog.go's line for the program's code; for the standard library's,
// the line of the GOROOT (or module) file it was generated from, as Go
// prints it ($GOROOT/src/sync/once.go:69); for code of Interleave's own
// overrides that stands for no GOROOT line, the GOROOT file named after
// the package, without a line.
func frameSource(fn *Func, pc int) string {
	if fn.User || fn.Wrapper || isMainInit(fn) {
		line := 0
		if pc < len(fn.Code) {
			line = int(fn.Code[pc].Line)
			if l, ok := fn.deferLines[pc]; ok {
				line = int(l)
			}
		}
		return fmt.Sprintf("prog.go:%d", line)
	}
	if p := fn.Source(pc); p.Line > 0 && strings.HasPrefix(p.Filename, "$") {
		return fmt.Sprintf("%s:%d", p.Filename, p.Line)
	}
	if fn.SSA != nil {
		if p := fn.SSA.Prog.Fset.Position(fn.Pos); strings.HasPrefix(p.Filename, "$") {
			return p.Filename
		}
	}
	return "$GOROOT/src/" + stdFile(fn)
}

// renamedFrames names each frame as a traceback prints it. A GOROOT
// function an override wraps (//std:rename: fmt's printArg is printArgGo
// under the override printArg) gets its GOROOT name back, and the
// wrapper's frame, which Go does not have, goes.
func renamedFrames(stack []frameSnap) ([]frameSnap, []string) {
	out := make([]frameSnap, 0, len(stack))
	names := make([]string, 0, len(stack))
	for i := 0; i < len(stack); i++ {
		fr := stack[i]
		if fr.fn == nil {
			out = append(out, fr)
			names = append(names, "")
			continue
		}
		name := fr.fn.Name
		if !fr.fn.User && strings.HasPrefix(name, "runtime.AddCleanup[") {
			// The overlay's generic shell around the addCleanup
			// intrinsic: Go's traceback of AddCleanup's panics shows the
			// caller alone (measured).
			continue
		}
		if !fr.fn.User {
			if old := renamedFrom(name); old != "" {
				name = old
				if i+1 < len(stack) && stack[i+1].fn != nil && stack[i+1].fn.Name == old {
					i++
				}
			}
		}
		out = append(out, fr)
		names = append(names, name)
	}
	return out, names
}

// renamedFrom is the GOROOT name of a function //std:rename renamed, or "".
func renamedFrom(name string) string {
	renames.once.Do(func() {
		renames.m = map[string]string{}
		for _, fr := range intrinsicFrames("renamed") {
			renames.m[fr.name] = fr.where
		}
	})
	return renames.m[name]
}

var renames struct {
	once sync.Once
	m    map[string]string
}

// isMainInit reports whether fn is the main package's initializer (go/ssa's
// synthetic init, gc's main.init), which runs the package variables'
// initialisers at their lines in prog.go.
func isMainInit(fn *Func) bool {
	return fn.Name == "main.init" && fn.SSA != nil && fn.SSA.Synthetic != ""
}

// initFrames drops the main package's initializer where gc's traceback has
// no such frame: go/ssa's initializer calls the package's init functions
// (main.init.0…), which gc's runtime calls itself.
func initFrames(stack []frameSnap) []frameSnap {
	for i := 1; i < len(stack); i++ {
		if stack[i].fn == nil || stack[i-1].fn == nil || !isMainInit(stack[i].fn) {
			continue
		}
		if n, ok := strings.CutPrefix(stack[i-1].fn.Name, "main.init."); ok && strings.Trim(n, "0123456789") == "" {
			return append(stack[:i:i], stack[i+1:]...)
		}
	}
	return stack
}

// stdFile is a file named after fn's package, "sync/atomic/atomic.go", for
// a function of Interleave's own with no GOROOT declaration.
func stdFile(fn *Func) string {
	pkg, base := fn.Name, fn.Name
	if i := strings.LastIndex(pkg, "/"); i >= 0 {
		base = pkg[i+1:]
	}
	if i := strings.Index(base, "."); i >= 0 {
		pkg = pkg[:len(pkg)-len(base)+i]
		base = base[:i]
	}
	return pkg + "/" + base + ".go"
}

// FrameSource returns the table of the frames Go's traceback shows where
// the VM runs an intrinsic instead of GOROOT's code (runner/std's Frames,
// written by runner/std/gen/frames.go); the runner sets it.
var FrameSource func() []byte

// intrinsicFrame is one such frame: the function and its file:line.
type intrinsicFrame struct{ name, where string }

var intrinsicTable struct {
	once   sync.Once
	stacks map[string][]intrinsicFrame
}

// intrinsicFrames are the frames, innermost first, for key: an
// intrinsic's name and the goroutine's status ("(*sync.Mutex).Lock
// sync.Mutex.Lock" while it waits, "... running" when it raised a panic).
func intrinsicFrames(key string) []intrinsicFrame {
	intrinsicTable.once.Do(func() {
		intrinsicTable.stacks = map[string][]intrinsicFrame{}
		if FrameSource == nil {
			return
		}
		var cur string
		for _, l := range strings.Split(string(FrameSource()), "\n") {
			if rest, ok := strings.CutPrefix(l, "\t"); ok {
				name, where, _ := strings.Cut(rest, "\t")
				intrinsicTable.stacks[cur] = append(intrinsicTable.stacks[cur], intrinsicFrame{name, where})
			} else if l != "" {
				cur = l
			}
		}
	})
	return intrinsicTable.stacks[key]
}
