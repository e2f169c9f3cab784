package vm

// Chan is a Go channel. Blocked senders and receivers wait in queues; the
// goroutine that completes a blocked operation hands over the value and
// marks the waiter completed, as Go's runtime does.
type Chan struct {
	elem   *Type
	size   int
	buf    []Value
	closed bool
	// copying says a receive is copying a parked sender's operand a word
	// per step (recvWords): any other operation on the channel finishes
	// that copy first, as Go's recv holds the channel's lock while it
	// copies (settleCopy).
	copying bool
	// ver counts changes of what canSend and canRecv read (the buffer,
	// the queues, closed): a watched goroutine whose pending operation on
	// ch proceeds is not looked at again until it changes (checkWatch).
	ver uint32
	// objNo is the channel's object number (objID) in the machine whose
	// runNo is objRun (chanID).
	objNo  int32
	objRun uint32
	store  []Value // buf's backing array from its start, reused as buf drains
	recvq  []*waiter
	sendq  []*waiter
	// timer is the time.Timer or Ticker whose channel this is (clock.go):
	// it is unbuffered to the program (len and cap 0, as since Go 1.23)
	// while buf holds the one expired tick nobody has received yet.
	timer *vmTimer
}

// waiter is a goroutine parked on a channel, possibly as one case of a select.
type waiter struct {
	g    *Goroutine
	sel  *selWait // shared by all cases of one select; nil for plain ops
	cas  int32    // select case index
	done bool     // beside cas: the waiter fits gc's 48-byte size class
	// addr says how a send's operand is taken (sendaddr.go): copied at
	// the statement (val holds it), or read through its address in val
	// when the value is taken, at once or a word per step; beside done.
	addr sendAddrKind
	// epoch is the machine's idleEpoch when the waiter queued (16 bits
	// fit beside done; see popWaiter).
	epoch uint16
	val   Value // value to send, or its address (addr)
}

type selWait struct{ done bool }

func newChan(elem *Type, size int) *Chan { return &Chan{elem: elem, size: size} }

// push appends v to the buffer (queueAppend).
func (ch *Chan) push(v Value) {
	if n := len(ch.buf); n < cap(ch.buf) {
		// Room at the end: what queueAppend would do, without its checks.
		ch.buf = ch.buf[:n+1]
		ch.buf[n] = v
	} else {
		ch.buf = queueAppend(ch.buf, &ch.store, v)
	}
	ch.ver++
}

// queueAppend appends v to q, a queue drained from its front, which slides
// along its array; *store is that array from its start. When q reaches
// the array's end with room left at the front, it moves back to the start
// instead of letting append allocate a new array, so a queue in steady use
// (a channel's buffer, a mutex's waiters) allocates once.
func queueAppend[T any](q []T, store *[]T, v T) []T {
	if n := len(q); n == cap(q) && n < cap(*store) {
		copy(*store, q)
		clear((*store)[n:])
		q = (*store)[:n]
	}
	q = append(q, v)
	if c := cap(q); cap(*store) == 0 || &q[:c][c-1] != &(*store)[cap(*store)-1] {
		// append moved q to a new array (or the owner replaced q).
		*store = q[:c]
	}
	return q
}

// pop removes and returns the buffer's first value.
func (ch *Chan) pop() Value {
	v := ch.buf[0]
	ch.buf[0] = Value{}
	ch.buf = ch.buf[1:]
	ch.ver++
	return v
}

// newWaiter returns g's own waiter (Goroutine.w) for its plain send or
// receive, emptied: the waiter its last one used is out of every queue.
// Its val is left: a receiver's is written when the value arrives, a
// sender's by queueSend.
func (m *Machine) newWaiter(g *Goroutine) *waiter {
	w := &g.w
	if w.g != g {
		w.g = g // once: a goroutine is not created with itself in hand
	}
	w.cas, w.done, w.addr, w.epoch = 0, false, sendCopied, uint16(m.idleEpoch)
	return w
}

// live reports whether the waiter still waits (its select not yet won).
func (w *waiter) live() bool { return !w.done && (w.sel == nil || !w.sel.done) }

// finish marks w served. A select's other cases, waiting in other
// channels' queues, stop waiting with it: selGen tells checkWatch.
func (m *Machine) finish(w *waiter) {
	w.done = true
	if w.sel != nil {
		w.sel.done = true
		m.selGen++
	}
}

// popWaiter takes the waiter a send, receive or refill serves from queue
// q. Go serves its queues in arrival order, but a goroutine's arrival is
// not ordered by anything against another's (a parked goroutine does
// nothing after it arrives), while Interleave queues a goroutine at the end
// of the step that reached the operation, fused with the work before it:
// the waiters that queued since the last time every goroutine was blocked
// (idleEpoch, when the clock jumps) may have arrived in any order, so which
// of them is first is a choice (ChooseSelect). Without it, a goroutine that
// does work between two sends was always queued before one started later,
// and the orders real Go shows most often were out of reach.
//
// Epochs only grow along a queue (waiters are appended with the current
// one), so the candidates are found from the head, up to the first waiter
// of a later epoch and at most maxArrivalChoice of them: a serve costs
// the same with a million waiters queued as with two.
func (m *Machine) popWaiter(q *[]*waiter) *waiter {
	if len(*q) == 0 {
		return nil // the usual case, tested where it is called (inlined)
	}
	return m.popQueued(q)
}

// popQueued is popWaiter for a queue that is not empty.
func (m *Machine) popQueued(q *[]*waiter) *waiter {
	ws := *q
	orig := ws
	for len(ws) > 0 && !ws[0].live() {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		*q = ws
		return nil
	}
	var at [maxArrivalChoice]int // the candidates' positions in ws
	n := 1
	for i := 1; i < len(ws) && n < maxArrivalChoice && ws[i].epoch == ws[0].epoch; i++ {
		if ws[i].live() {
			at[n] = i
			n++
		}
	}
	i := 0
	if n > 1 {
		i = at[m.choose(ChooseSelect, n, nil, -1)]
	}
	w := ws[i]
	if len(ws) == 1 {
		// Empty now: the next waiter queues where this pop began, not
		// past it (a queue that fills and empties at every hand-off, as
		// an unbuffered channel's, would grow a new array each time).
		for i := range orig {
			orig[i] = nil // usually one: no runtime call to clear
		}
		*q = orig[:0]
		return w
	}
	// Out of the queue's first i+1 slots, keeping the others in order.
	copy(ws[1:i+1], ws[:i])
	*q = ws[1:]
	return w
}

// maxArrivalChoice bounds the waiters of one queue that a serve chooses
// among (popWaiter, lockRelease): the first ones of the head's epoch, in
// the order their goroutines' steps queued them, which the scheduler
// chooses anyway; past them a queue is served in that order.
const maxArrivalChoice = 8

func popLive(q *[]*waiter) *waiter {
	for len(*q) > 0 {
		w := (*q)[0]
		*q = (*q)[1:]
		if w.live() {
			return w
		}
	}
	return nil
}

func hasLive(q []*waiter) bool {
	for _, w := range q {
		if w.live() {
			return true
		}
	}
	return false
}

// canSend reports whether a send on ch proceeds (or panics) without blocking.
func (ch *Chan) canSend() bool {
	return ch != nil && (ch.closed || hasLive(ch.recvq) || len(ch.buf) < ch.size)
}

// canRecv reports whether a receive on ch proceeds without blocking.
func (ch *Chan) canRecv() bool {
	return ch != nil && (len(ch.buf) > 0 || hasLive(ch.sendq) || ch.closed)
}

// trySend performs a send that canSend allows.
func (m *Machine) trySend(g *Goroutine, ch *Chan, v Value, line int32) bool {
	if ch.closed {
		m.runtimePlain(g, "send on closed channel")
		return false
	}
	m.raceChanSend(g, ch)
	ch.ver++
	if w := m.popWaiter(&ch.recvq); w != nil {
		m.finish(w)
		w.g.completed, w.g.wakeOk = true, true
		w.g.w.val, w.g.w.cas = copyVal(v, ch.elem), w.cas
		m.raceChanRecv(w.g, ch)
		if e := m.event(g, "chan.send", m.chanID(ch), line); e != nil {
			e.Peer = w.g.ID
		}
		m.wake(w.g)
		return true
	}
	ch.push(copyVal(v, ch.elem))
	m.event(g, "chan.send", m.chanID(ch), line)
	return true
}

// tryRecvFrom performs a receive that canRecv allows. Given g's frame fr (its receive, or case cas of
// its select, pending at fr's pc), a parked sender whose operand is read
// a word per step (sendInWords) is taken but neither read nor woken: the
// receive is made, and g copies the operand in the steps that follow,
// into its own result or, for a refill, into the buffer slot its receive
// freed (recvWords). It reports that copy begun with copying; the value
// is then recvWords'.
func (m *Machine) tryRecvFrom(g *Goroutine, ch *Chan, line int32, fr *Frame, cas int32) (v Value, ok, copying bool) {
	obj := m.chanID(ch)
	ch.ver++
	if len(ch.buf) > 0 {
		v := ch.pop()
		if w := m.popWaiter(&ch.sendq); w != nil {
			m.finish(w)
			if fr != nil && w.addr == sendInWords {
				// Go's recv copies the sender's operand into the slot it
				// frees: the slot is the buffer's last from now on, and
				// the copy fills it (the sender stays parked until then).
				ch.push(copyVal(*w.val.Ptr(), ch.elem))
				m.raceChanRefill(w.g, ch)
				m.beginHandoff(g, fr, ch, w, cas, true, v)
				copying = true
			} else {
				ch.push(w.sent(ch.elem))
				m.raceChanRefill(w.g, ch)
				w.g.completed, w.g.w.cas = true, w.cas
				w.val = Value{} // handed over; a plain sender's is g's wakeVal
				m.wake(w.g)
			}
		}
		m.raceChanRecv(g, ch)
		m.event(g, "chan.recv", obj, line)
		return v, true, copying
	}
	if w := m.popWaiter(&ch.sendq); w != nil {
		m.finish(w)
		m.raceChanSendTo(w.g, g, ch)
		if e := m.event(g, "chan.recv", obj, line); e != nil {
			e.Peer = w.g.ID
		}
		if fr != nil && w.addr == sendInWords {
			m.beginHandoff(g, fr, ch, w, cas, false, Value{})
			return Value{}, true, true // the sender stays parked until the copy's last word
		}
		w.g.completed, w.g.w.cas = true, w.cas
		m.wake(w.g)
		v := w.sent(ch.elem)
		w.val = Value{} // handed over; a plain sender's is g's wakeVal
		return v, true, false
	}
	m.raceChanClosedRecv(g, ch)
	m.event(g, "chan.recv", obj, line)
	return ch.elem.Zero(), false, false
}

// chanOp runs opSend, opRecv or opSelect for g, which was granted the step.
// It reports whether g can go on (its frame's pc says where); false means g
// parked.
func (m *Machine) chanOp(g *Goroutine, in *Instr, regs []Value) bool {
	fr := g.top()
	if g.completed {
		g.completed = false
		switch in.Op {
		case opRecv:
			m.setRecv(regs, in, g.w.val, g.wakeOk)
		case opSelect:
			regs[in.A] = m.selectResult(in.Aux.(*selectInfo), int(g.w.cas), g.w.val, g.wakeOk)
		}
		fr.pc++
		return true
	}
	switch in.Op {
	case opSend:
		ch, _ := regs[in.B].R.(*Chan)
		if ch == nil {
			m.park(g, waitChanSendNil, nil, in.Line)
			return false
		}
		if ch.copying {
			m.settleCopy(ch)
		}
		if !ch.canSend() {
			m.queueSend(g, ch, in, regs)
			m.park(g, waitChanSend, ch, in.Line)
			return false
		}
		var v Value
		if p := regs[in.A].Ptr(); p != nil && !ch.closed && m.sendInWords(fr, in, ch.elem) {
			// The copy from the operand's address, a word per step; the
			// send is made with the last word (sendaddr.go).
			var done bool
			if v, done = m.readWords(g, fr, p, ch.elem); !done {
				return false
			}
		} else {
			if len(m.words) > 0 {
				m.dropWordCopy(g) // one begun before the channel was closed
			}
			v = m.sendValue(in, regs)
		}
		if !m.trySend(g, ch, v, in.Line) {
			return true
		}
	case opRecv:
		ch, _ := regs[in.B].R.(*Chan)
		if ch == nil {
			m.park(g, waitChanRecvNil, nil, in.Line)
			return false
		}
		if len(m.words) > 0 {
			if w := m.wordCopyOf(g, fr, fr.pc); w != nil && w.ch != nil {
				// Copying a parked sender's operand (recvWords).
				v, done := m.recvWords(g, fr)
				if !done {
					return false
				}
				m.setRecv(regs, in, v, true)
				break
			}
		}
		if ch.copying {
			m.settleCopy(ch)
		}
		m.pollTimer(ch)
		if !ch.canRecv() {
			if ch.timer != nil {
				m.heapTimer(ch)
				m.pinTimers()
			}
			ch.recvq = append(ch.recvq, m.newWaiter(g))
			ch.ver++
			m.park(g, waitChanRecv, ch, in.Line)
			return false
		}
		v, ok, copying := m.tryRecvFrom(g, ch, in.Line, fr, 0)
		if copying {
			var done bool
			if v, done = m.recvWords(g, fr); !done {
				return false
			}
		}
		m.setRecv(regs, in, v, ok)
	case opSelect:
		si := in.Aux.(*selectInfo)
		if len(m.words) > 0 {
			if w := m.wordCopyOf(g, fr, fr.pc); w != nil && w.ch != nil {
				// Its receive case is made; copying a parked sender's
				// operand (recvWords).
				pick := int(w.cas)
				v, done := m.recvWords(g, fr)
				if !done {
					return false
				}
				regs[in.A] = m.selectResult(si, pick, v, true)
				break
			}
			for _, r := range si.chans {
				if ch, _ := regs[r].R.(*Chan); ch != nil && ch.copying {
					m.settleCopy(ch)
				}
			}
		}
		var ready []int
		for i, r := range si.chans {
			if ch, _ := regs[r].R.(*Chan); !si.dirSend[i] {
				m.pollTimer(ch)
			}
		}
		for i, r := range si.chans {
			ch, _ := regs[r].R.(*Chan)
			if si.dirSend[i] && ch.canSend() || !si.dirSend[i] && ch.canRecv() {
				ready = append(ready, i)
			}
		}
		if len(ready) == 0 {
			if !si.blocking {
				regs[in.A] = m.selectResult(si, -1, Value{}, false)
				break
			}
			if len(si.chans) == 0 {
				m.park(g, waitSelectNoCases, nil, in.Line)
				return false
			}
			sw := &selWait{}
			for i, r := range si.chans {
				ch, _ := regs[r].R.(*Chan)
				if ch == nil {
					continue
				}
				if si.dirSend[i] {
					ch.sendq = append(ch.sendq, &waiter{g: g, sel: sw, cas: int32(i), epoch: uint16(m.idleEpoch), val: copyVal(regs[si.sends[i]], ch.elem)})
				} else {
					if ch.timer != nil {
						m.heapTimer(ch)
					}
					ch.recvq = append(ch.recvq, &waiter{g: g, sel: sw, cas: int32(i), epoch: uint16(m.idleEpoch)})
				}
				ch.ver++
			}
			if len(m.heaping) > 0 {
				m.pinTimers()
			}
			m.park(g, waitSelect, nil, in.Line)
			return false
		}
		pick := ready[0]
		if len(ready) > 1 {
			pick = ready[m.choose(ChooseSelect, len(ready), nil, -1)]
		}
		ch, _ := regs[si.chans[pick]].R.(*Chan)
		if si.dirSend[pick] {
			if !m.trySend(g, ch, regs[si.sends[pick]], si.lines[pick]) {
				return true
			}
			regs[in.A] = m.selectResult(si, pick, Value{}, false)
		} else {
			v, ok, copying := m.tryRecvFrom(g, ch, si.lines[pick], fr, int32(pick))
			if copying {
				var done bool
				if v, done = m.recvWords(g, fr); !done {
					return false
				}
			}
			regs[in.A] = m.selectResult(si, pick, v, ok)
		}
	}
	fr.pc++
	return true
}

func (m *Machine) setRecv(regs []Value, in *Instr, v Value, ok bool) {
	if ri := in.Aux.(*recvInfo); ri.ok >= 0 {
		regs[in.A], regs[ri.ok] = v, boolVal(ok)
	} else if ri.commaOk {
		regs[in.A] = Value{R: []Value{v, boolVal(ok)}}
	} else if in.A >= 0 { // -1: nobody reads the value (unreadReceive)
		regs[in.A] = v
	}
}

// selectResult builds Select's tuple: (index, recvOk, r_0, …, r_n-1) with one
// r per receive case.
func (m *Machine) selectResult(si *selectInfo, idx int, v Value, ok bool) Value {
	t := []Value{intVal(int64(idx)), boolVal(ok)}
	for i := range si.chans {
		if si.dirSend[i] {
			continue
		}
		if i == idx {
			t = append(t, v)
		} else {
			t = append(t, si.elems[i].Zero())
		}
	}
	return Value{R: t}
}

// closeChan implements close(ch).
func (m *Machine) closeChan(g *Goroutine, ch *Chan, line int32) bool {
	if ch == nil {
		m.runtimePlain(g, "close of nil channel")
		return false
	}
	if ch.closed {
		m.runtimePlain(g, "close of closed channel")
		return false
	}
	if ch.copying {
		m.settleCopy(ch)
	}
	ch.closed = true
	ch.ver++
	m.raceChanClose(g, ch)
	m.event(g, "chan.close", m.chanID(ch), line)
	for w := popLive(&ch.recvq); w != nil; w = popLive(&ch.recvq) {
		m.finish(w)
		w.g.completed, w.g.wakeOk = true, false
		w.g.w.val, w.g.w.cas = ch.elem.Zero(), w.cas
		m.wake(w.g)
	}
	// Blocked senders wake and retry; they will panic.
	for w := popLive(&ch.sendq); w != nil; w = popLive(&ch.sendq) {
		if w.sel != nil {
			w.sel.done = true
			m.selGen++
		}
		m.wake(w.g)
	}
	return true
}

// builtinGrant takes the scheduler's grant for a visible builtin call
// (compiled with K=1): close and len of a channel, print and println. A
// nil channel needs none: no other goroutine can change what close or len
// does with it. It reports false when g must stop before the call.
func (m *Machine) builtinGrant(g *Goroutine, ci *callInfo, regs []Value, fr *Frame, pc int) bool {
	if in := &fr.fn.Code[pc]; in.K == kRangeV {
		return m.rangeGrant(g, fr, pc, in)
	}
	if ci.builtin == "close" || ci.builtin == "len" {
		if ch, _ := regs[ci.args[0]].R.(*Chan); ch == nil {
			return true
		}
	}
	return m.takeGrant(g, fr, pc)
}

// selectReady reports whether some case of a select can proceed now.
func (m *Machine) selectReady(si *selectInfo, regs []Value) bool {
	for i, r := range si.chans {
		ch, _ := regs[r].R.(*Chan)
		if si.dirSend[i] && ch.canSend() || !si.dirSend[i] && (ch.canRecv() || m.timerDue(ch)) {
			return true
		}
	}
	return false
}
