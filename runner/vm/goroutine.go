package vm

import "sync"

// gState is a goroutine's scheduling state.
type gState uint8

const (
	gRunnable gState = iota // stopped before its next visible operation
	gBlocked                // parked until another goroutine or a timer wakes it
	gDone
)

// Goroutine is a goroutine as plain data: its frames, scheduling state and
// panic state. No host goroutine ever runs user code.
type Goroutine struct {
	ID     int
	frames []*Frame

	// Flags and small fields first, together: a million parked goroutines
	// pay for every byte of padding (this order, with 32-bit numbers and
	// the wait reason as a byte code, keeps the struct in gc's 128-byte
	// size class).
	state     gState
	granted   bool // the scheduler chose it: perform the pending visible op
	inline    bool // runs a call for an intrinsic: visible ops happen at once
	watched   bool // in Machine.watch
	completed bool // set by whoever completes a blocked operation on g's behalf
	wakeOk    bool
	preempt   uint8 // stopped by a forced preemption, not at a visible operation (preempt.go)
	dying     bool  // an unrecovered panic has run every deferred call and will end the process at g's next step (see panicEnd)
	exiting   bool  // g has finished its code and stops in front of its exit, a visible operation (goexit)
	uncounted bool  // an iter.Pull coroutine past its coroexit: runtime.NumGoroutine no longer counts it
	waitCode  uint8 // Go's wait reason while blocked (waitName), in the flags' padding
	mapOpen   bool  // g's map write is between its two halves (its window is open)
	waitLine  int32 // line of the operation g is blocked at
	CreatedBy int32 // parent goroutine ID (0 for main)
	waitObj   int32 // the object g is blocked on (objID), 0 if none

	// What few goroutines ever have (a panic in flight, a poll), in a
	// record made the first time one does: nil for the others.
	rare *gRare

	// What the go statement said: shared by every goroutine one go
	// statement starts (see goSite).
	site *goSite

	// frame0 is the frames' array of a goroutine made with room for one
	// frame (spawn): no allocation of its own; a second frame moves the
	// frames to a new array as append does.
	frame0 [1]*Frame

	// w is g's place in a channel's queue while a plain send or receive
	// of g's waits there (newWaiter): a goroutine waits in one queue at a
	// time, so a parked goroutine needs no waiter of its own (a select's
	// cases have theirs). Whoever completes a blocked operation on g's
	// behalf sets w.val, the value received (wakeVal), and w.cas, the
	// select case that completed (wakeCase): g's own waiter is out of
	// every queue by then.
	w waiter
}

// wakeVal is the value a blocked operation of g's completed with.
func (g *Goroutine) wakeVal() Value { return g.w.val }

// wakeCase is the select case that completed g's blocked select.
func (g *Goroutine) wakeCase() int32 { return g.w.cas }

// gRare is the part of a Goroutine that few goroutines ever set.
type gRare struct {
	panic *panicRec // the newest panic in flight; older ones follow link

	// Spin detection (see fair.go): how many fruitless polls g made in a
	// row with nothing changing (spin), and the machine's epoch at the
	// last one. A goroutine without the record has made none (0, 0).
	// spinYields says g yields (its polls repeat a state, or went on for
	// spinCap, or it was preempted), valid in spinEpoch only; spinSnap is
	// its state at an earlier poll, for finding the repeat, and snapAt
	// the count at which it is taken next.
	spinEpoch  uint64
	spin       int32
	snapAt     int32
	spinYields bool
	spinSnap   *cycleSnap
	// streak counts g's fruitless polls since its own last step with an
	// effect, over epochs others end: what g may run ahead for (fair.go).
	streak int32

	// sb is g's store buffer, oldest first (storebuf.go).
	sb []sbEntry

	// fatal is the message of the fatal error g is printing while dying
	// (fatalPrint), fatalRest the writes of it still to come; the step
	// after the last ends the process ("" for a panic's end).
	fatal     string
	fatalRest []string
	// fatalTrace replaces the traceback of g's fatal error (a panic
	// while printing a panic value: the method's frames).
	fatalTrace string
	// panicTexts are the texts of g's panics once preprintpanics has
	// called their Error or String methods (panicExit): the printing
	// and the end of the process are g's next step.
	panicTexts []string
}

// rareRec is g's gRare, made now if g has none.
func (g *Goroutine) rareRec() *gRare {
	if g.rare == nil {
		g.rare = &gRare{}
	}
	return g.rare
}

// panicking is g's newest panic in flight, nil if none.
func (g *Goroutine) panicking() *panicRec {
	if g.rare == nil {
		return nil
	}
	return g.rare.panic
}

// setPanic makes p g's newest panic in flight.
func (g *Goroutine) setPanic(p *panicRec) {
	if g.rare == nil && p == nil {
		return
	}
	g.rareRec().panic = p
}

// CreatedLine is the line of the go statement that started g (0 for main
// and the goroutines the runtime starts).
func (g *Goroutine) CreatedLine() int32 {
	if g.site == nil {
		return 0
	}
	return g.site.line
}

// goSite names a goroutine's function and its creator. The goroutines one
// go statement starts share one (callInfo.site), so that a million parked
// goroutines do not each carry two strings.
type goSite struct {
	entry   string // function the goroutine runs, e.g. "main.CrashMap.func1"
	creator string // function that executed the go statement
	line    int32  // the go statement's line (Goroutine.CreatedLine)
	where   string // a go statement of the library: its source file:line (frameSource)
	// endCost is the go thunk's cost, charged when a goroutine started
	// in its callee (callInfo.direct) returns from it, as the thunk's
	// return would have been; 0 for the others (their thunk charges it).
	endCost int64
	// rtBottom is the runtime frame a goroutine of the runtime's shows
	// under its calls (gen's frame table: "runtime runFinalizers").
	rtBottom string
}

// mainSite is the main goroutine's.
var mainSite = &goSite{entry: "main.main"}

// Entry is the function g runs, e.g. "main.CrashMap.func1" ("" for a
// function value).
func (g *Goroutine) Entry() string {
	if g.site == nil {
		return ""
	}
	return g.site.entry
}

// creatorFunc is the function that executed the go statement.
func (g *Goroutine) creatorFunc() string {
	if g.site == nil {
		return ""
	}
	return g.site.creator
}

// Frame is one activation of a compiled function.
type Frame struct {
	fn     *Func
	regs   []Value // a small frame's are allocated with it (newFrameRegs)
	pc     int     // index of the instruction being executed
	defers *deferRec
	// stack is the bytes gc's stack would hold with this frame on top: at
	// most maxStackBytes for a called frame (stackTop), a little more for
	// the shallow frames pushValues adds above a full stack (stackBytes).
	// 32 bits, beside the flags: a Frame is 56 bytes.
	stack     int32
	isDefer   bool // a thunk running a deferred call
	unwinding bool // running deferred calls because of a panic
	recovered bool // a deferred call recovered the panic: the rest run as at return
	// openDefer: the function's open-coded deferred call is pending
	// (Func.openDefer): its defer statement ran and the call has not.
	openDefer bool
}

// hasDefers reports whether fr has a deferred call left to run.
func (fr *Frame) hasDefers() bool { return fr.defers != nil || fr.openDefer }

// deferRec is one deferred call.
type deferRec struct {
	thunk *Func
	next  *deferRec
	// arg is the call's operand when it has one (a method's receiver, a
	// closure, one argument): no slice of its own, so such a deferred
	// call is one 48-byte object. With several, arg.R is their []Value.
	arg  Value
	line int32
}

// panicRec is one panic in flight. Like the runtime's _panic list, the
// chain keeps every panic whose deferred-call loop is still on the stack: a
// panic raised inside a deferred call and recovered there leaves the outer
// panic running, and recover in a later defer returns the outer value.
type panicRec struct {
	val       Value // interface value
	recovered bool
	link      *panicRec
	fatal     bool        // a runtime fatal error: unrecoverable
	goexit    bool        // runtime.Goexit: recover returns nil, and the goroutine ends normally after the last deferred call
	depth     int         // index in g.frames of the frame that raised it
	stack     []frameSnap // the stack where it started, for the traceback
	at        *Frame      // the frame whose deferred call it is running
	// spent are the frames whose recovery (of an older panic) this panic
	// interrupted: their remaining defers now run for this panic. They go
	// back to "recovered" when this panic is recovered below them.
	spent []*Frame
}

// panicEnd stops g, whose panic has left its last frame unrecovered, before
// the panic ends the process. In Go, other goroutines run on until the
// panicking one reaches fatalpanic and freezes the world: main may print,
// or even exit with status 0, first. Ending the process is therefore a
// visible operation of its own, the step after the last deferred call.
func (m *Machine) panicEnd(g *Goroutine) {
	if p := g.panicking(); p != nil && p.goexit {
		m.endGoexit(g)
		return
	}
	if g.inline {
		m.panicExit(g)
		return
	}
	g.dying = true
}

// top returns the innermost frame.
func (g *Goroutine) top() *Frame { return g.frames[len(g.frames)-1] }

// Line is the source line g is at, in its innermost user frame.
func (g *Goroutine) Line() int {
	for i := len(g.frames) - 1; i >= 0; i-- {
		fr := g.frames[i]
		if fr.fn.User && fr.pc < len(fr.fn.Code) {
			return int(fr.fn.Code[fr.pc].Line)
		}
	}
	return 0
}

// Done reports whether g has finished.
func (g *Goroutine) Done() bool { return g.state == gDone }

// WaitReason is Go's wait reason for a blocked goroutine, "" otherwise.
func (g *Goroutine) WaitReason() string {
	if g.state == gBlocked {
		return waitName(g.waitCode)
	}
	return ""
}

// Wait reasons are kept in a goroutine as a one-byte code (a million
// parked goroutines would each carry a 16-byte string): the reasons the
// VM parks with are known here, any other is numbered when first seen.
// The scheduler parks with the codes (park), not the strings.
const (
	waitNone uint8 = iota
	waitChanRecv
	waitChanSend
	waitSelect
	waitSleep
	waitMutexLock
	waitRWMutexLock
	waitRWMutexRLock
	waitWaitGroup
	waitCond
	waitChanRecvNil
	waitChanSendNil
	waitSelectNoCases
	waitPrintLock
)

var waitNames = [...]string{waitNone: "", waitChanRecv: "chan receive", waitChanSend: "chan send",
	waitSelect: "select", waitSleep: "sleep", waitMutexLock: "sync.Mutex.Lock",
	waitRWMutexLock: "sync.RWMutex.Lock", waitRWMutexRLock: "sync.RWMutex.RLock",
	waitWaitGroup: "sync.WaitGroup.Wait", waitCond: "sync.Cond.Wait",
	waitChanRecvNil: "chan receive (nil chan)", waitChanSendNil: "chan send (nil chan)",
	waitSelectNoCases: "select (no cases)",
	// Go's goroutine waiting for printlock spins in lock(&debuglock)
	// without parking: a traceback shows it running (print.go).
	waitPrintLock: "running"}

// waitMore numbers the reasons not in waitNames, from len(waitNames) on.
var waitMore struct {
	sync.Mutex
	names []string
	codes map[string]uint8
}

// waitCodeOf returns the code of wait reason s.
func waitCodeOf(s string) uint8 {
	for i := range len(waitNames) {
		if waitNames[i] == s {
			return uint8(i)
		}
	}
	waitMore.Lock()
	defer waitMore.Unlock()
	if c, ok := waitMore.codes[s]; ok {
		return c
	}
	if len(waitNames)+len(waitMore.names) > 255 {
		panic("vm: more than 255 distinct wait reasons")
	}
	if waitMore.codes == nil {
		waitMore.codes = map[string]uint8{}
	}
	c := uint8(len(waitNames) + len(waitMore.names))
	waitMore.names = append(waitMore.names, s)
	waitMore.codes[s] = c
	return c
}

// waitName returns the wait reason of code c.
func waitName(c uint8) string {
	if int(c) < len(waitNames) {
		return waitNames[c]
	}
	waitMore.Lock()
	defer waitMore.Unlock()
	return waitMore.names[int(c)-len(waitNames)]
}

// Status is "runnable", "blocked" or "done".
func (g *Goroutine) Status() string {
	switch g.state {
	case gBlocked:
		return "blocked"
	case gDone:
		return "done"
	}
	return "runnable"
}
