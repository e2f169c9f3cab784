package vm

import "sort"

// Intrinsic is a function implemented by the VM rather than compiled from
// Go source: the std stubs declare it without a body.
type Intrinsic struct {
	Name string
	// Visible names the operation when calling it is a scheduling point
	// ("lock", "unlock", "wg.wait", "output", ...); "" for invisible ones.
	Visible string
	Fn      func(c *Ctx, args []Value) Value
	// Obj, if set, names the object the operation touches, for traces and
	// partial-order reduction; write says whether it changes it.
	Obj func(c *Ctx, args []Value) (obj any, write bool)
	// noFence says the operation is plain loads on amd64 (an atomic
	// load is a MOV; a map read, len of a channel): it does not drain the
	// calling goroutine's store buffer (storebuf.go).
	noFence bool
	// lock, if set, makes the call a Lock that waits while its lock is
	// held (sync.Mutex's, an RWMutex's writer lock): it returns the queue
	// of the lock its first argument points to and whether the lock is
	// held now. A goroutine whose pending Lock finds it held joins that
	// queue and parks in front of the call, not scheduled (blocks): the
	// scheduler asks after every step, so it is a plain function of the
	// lock, not a call through the generic intrinsic context.
	lock func(m *Machine, p *Value) (q *lockQueue, held bool)
	// wait is the code of Go's wait reason when lock finds the lock held
	// (waitCodeOf; see waitReasons).
	wait uint8
	// rangeRead says the call reads, on the host, program memory reachable
	// from its arguments (fmt's fast paths read a printed slice's elements
	// and addressable cells): it records those reads with the race detector
	// and is a range site, made a scheduling point once it raced
	// (visible.go's rangeAccess, exec's kRangeV).
	rangeRead bool
	// argsRead says the call reads the elements of its slice arguments on
	// the host (bytes.Index, internal/bytealg.Compare…): callIntrinsicArgs
	// records those reads with the race detector, and the call is a range
	// site (rangeRead) when some argument is a slice.
	argsRead bool
	// rangeWrite says the call writes (and reads) program memory on the
	// host (reflect's Swapper): it records those accesses with the race
	// detector and is a range site that writes.
	rangeWrite bool
	// sbWrite says a visible call's range write (rangeWrite) is plain
	// stores that join the store buffer (reflect.Copy's memmove), no
	// fence (storebuf.go).
	sbWrite bool
	// completed, if set, is the call's result when another goroutine
	// completed the operation while the caller was parked (reflect's
	// channel operations: from g.wakeVal, wakeOk and wakeCase); without it
	// the result is g.wakeVal.
	completed func(g *Goroutine) Value
	// pair says whether a call is half of a lock-protected poll (fair.go):
	// 0 if not, else the lock kind + 1; acquire if it is the lock's half.
	pair    uint8
	acquire bool
	// mutexOp says the call is a sync.Mutex's Lock or Unlock
	// (mutexLockOp, mutexUnlockOp), which chanStep performs without the
	// generic context (intrStep).
	mutexOp uint8
}

// Intrinsic.mutexOp's values.
const (
	mutexLockOp = 1 + iota
	mutexUnlockOp
)

// Ctx is what an intrinsic sees of the machine, for the duration of one
// call: the machine reuses it afterwards.
type Ctx struct {
	M     *Machine
	G     *Goroutine
	Call  *callInfo
	Line  int32
	block string // set by Block
	obj   any
	again bool // set by Again
	// rangeV says the call is a visible range access in the run's view
	// (kRangeV: race-directed exploration saw it race): fmt's fast paths
	// then decline values whose shared memory Go's fmt reads piecemeal.
	rangeV bool
}

// set makes c a fresh context for g's call ci at line, as
// Ctx{M: m, G: g, Call: ci, Line: line} would, field by field: a
// whole-struct store of its pointers is a bulk write barrier, and this runs
// at every visible intrinsic call and every look at one.
func (c *Ctx) set(m *Machine, g *Goroutine, ci *callInfo, line int32) {
	c.M, c.G, c.Call, c.Line, c.again = m, g, ci, line, false
	if c.block != "" {
		c.block = ""
	}
	if c.obj != nil {
		c.obj = nil
	}
}

// Again ends the step in front of the same call, still runnable: the
// operation has a second half, which the goroutine's next step performs by
// calling the intrinsic again (it keeps its own state to know which half).
func (c *Ctx) Again() { c.again = true }

// Block parks the calling goroutine with Go's wait reason; the call is
// retried when the goroutine is woken, unless the waker completes it.
func (c *Ctx) Block(reason string, obj any) {
	c.block = reason
	c.obj = obj
}

// ArgType returns the static type of argument i.
func (c *Ctx) ArgType(i int) *Type {
	if c.Call == nil || i >= len(c.Call.types) {
		return nil
	}
	return c.Call.types[i]
}

// ResultType returns the static result type of the call.
func (c *Ctx) ResultType() *Type {
	if c.Call == nil {
		return nil
	}
	return c.Call.result
}

// intrinsics is the table of every intrinsic, keyed by the SSA function's
// full name, e.g. "(*sync.Mutex).Lock" or "strings.Index". Files register
// their entries with register in init.
var intrinsics = map[string]*Intrinsic{}

func register(name string, fn func(c *Ctx, args []Value) Value) *Intrinsic {
	in := &Intrinsic{Name: name, Fn: fn, wait: waitCodeOf(waitReasons[name])}
	in.pair, in.acquire = pollPairOf(name)
	intrinsics[name] = in
	return in
}

func lookupIntrinsic(name string) *Intrinsic { return intrinsics[name] }

// IntrinsicNames lists every intrinsic, sorted.
func IntrinsicNames() []string {
	var out []string
	for k := range intrinsics {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// What exec does after an intrinsic call.
const (
	intrNext   = iota // go on at the frame's pc, already advanced
	intrReload        // the goroutine's frames changed (a panic): reload them
	intrStop          // the goroutine stopped: yielded, blocked, or the run ended
)

// callIntrinsic performs an intrinsic call whose arguments are registers.
func (m *Machine) callIntrinsic(g *Goroutine, intr *Intrinsic, ci *callInfo, regs []Value, in *Instr) int {
	if intr.Visible != "" && !g.granted && !g.inline && !m.lockOff(ci) {
		// Reached without the scheduler's grant: g usually stops here, so
		// ask before gathering the arguments. A forced step begun here
		// (stepOn) is this call's: callIntrinsicArgs takes it.
		if fr := g.top(); !m.takeGrant(g, fr, fr.pc) {
			return intrStop
		}
		g.granted = true
	}
	// Argument slices are reused per nesting depth like Ctx values;
	// intrinsics read their arguments and keep no slice of them.
	if m.argDepth == len(m.argBufs) {
		m.argBufs = append(m.argBufs, make([]Value, 0, 8))
	}
	args := m.argBufs[m.argDepth][:0]
	for _, a := range ci.args {
		args = append(args, regs[a])
	}
	m.argBufs[m.argDepth] = args
	m.argDepth++
	r := m.callIntrinsicArgs(g, intr, ci, args, in)
	m.argDepth--
	return r
}

// callIntrinsicArgs performs an intrinsic call.
// The caller has set g's frame pc to the call; on intrNext it points past it.
func (m *Machine) callIntrinsicArgs(g *Goroutine, intr *Intrinsic, ci *callInfo, args []Value, in *Instr) int {
	fr := g.top()
	if intr.Visible != "" {
		if m.lockOff(ci) {
			// A switched-off lock site does nothing, and is not even visible.
			fr.pc++
			return intrNext
		}
		// A woken goroutine still needs the scheduler's grant: the
		// completion is this step's visible operation.
		if !m.takeGrant(g, fr, fr.pc) {
			return intrStop
		}
		if g.completed {
			// Another goroutine finished this operation for us while we slept.
			g.completed = false
			v := g.wakeVal()
			if intr.completed != nil {
				v = intr.completed(g)
			}
			setResult(fr.regs, in, v)
			fr.pc++
			return intrNext
		}
	}
	if intr.argsRead && m.race != nil {
		m.raceSliceArgs(g, ci, args)
	}
	// Ctx values are reused, one per nesting depth (an intrinsic may run Go
	// code that calls intrinsics); intrinsics must not keep theirs.
	if m.ctxDepth == len(m.ctxs) {
		m.ctxs = append(m.ctxs, new(Ctx))
	}
	c := m.ctxs[m.ctxDepth]
	c.set(m, g, ci, in.Line)
	c.rangeV = in.K == kRangeV
	frames := len(g.frames)
	m.ctxDepth++
	if intr.Visible == "" {
		m.hidden++ // it may read state of its own (a cycle check's concern)
	}
	var v Value
	if intr.argsRead && c.rangeV && len(m.stale) > 0 {
		v = m.sbCallReading(c, intr, args)
	} else {
		v = intr.Fn(c, args)
	}
	m.ctxDepth--
	block, obj, again := c.block, c.obj, c.again
	if m.done {
		return intrStop
	}
	if again {
		return intrStop // fr.pc still points at the call
	}
	if block != "" {
		if g.inline {
			m.internal("a blocking operation (" + block + ") inside a method called by the runtime is not supported")
			return intrStop
		}
		m.park(g, waitCodeOf(block), obj, in.Line)
		return intrStop
	}
	if g.state != gRunnable {
		return intrStop
	}
	// A panic either left frames (unwinding) or, raised in a goroutine's
	// only frame with no deferred call, left g dying where it stood.
	if len(g.frames) != frames || g.top() != fr || g.dying {
		return intrReload
	}
	setResult(fr.regs, in, v)
	fr.pc++
	return intrNext
}

// park blocks g with a wait reason (its code, waitCodeOf) until something
// wakes it.
func (m *Machine) park(g *Goroutine, code uint8, obj any, line int32) {
	m.setState(g, gBlocked)
	g.waitCode = code
	g.waitLine = line
	// A park without an object (a select, a sleep, a nil channel) waits
	// for nothing another goroutine's sync operation releases: it must not
	// keep the object of g's previous park, whose Unlock would wake it
	// spuriously (a woken sleep would run its Sleep again).
	g.waitObj = 0
	if c, ok := obj.(*Chan); ok && c != nil {
		g.waitObj = int32(m.chanID(c))
	} else if obj != nil {
		g.waitObj = int32(m.objID(obj))
	}
	if e := m.event(g, "block", int(g.waitObj), line); e != nil {
		e.Block = waitName(code)
	}
}

// wake makes a blocked goroutine runnable again.
func (m *Machine) wake(g *Goroutine) {
	if g.state == gBlocked {
		m.setState(g, gRunnable)
		g.waitCode = 0
	}
}

// raceSliceArgs records the reads of the elements of an intrinsic's slice
// arguments, which the host reads as Go's assembly or Go code would.
func (m *Machine) raceSliceArgs(g *Goroutine, ci *callInfo, args []Value) {
	r := m.race
	var th *raceThread
	var st *raceStack
	for i, t := range ci.types {
		if i >= len(args) || t == nil || t.Kind != KSlice {
			continue
		}
		n := seqLen(args[i])
		if n == 0 {
			continue
		}
		if th == nil {
			th = r.thread(g)
			st = r.stack(th, g, g.top().pc, "", "", 0)
		}
		r.accessRange(m, g, th, args[i], 0, n, t.Elem, false, st)
		if m.done {
			return
		}
	}
}
