package vm

// reflect's channel operations (runner/std/_overlay/reflect: Value.Send,
// Recv, TrySend, TryRecv, Close, Len, and Select). Each is the visible
// channel operation it stands for, run by the same code as the language's
// forms (chan.go): a send or receive that cannot proceed queues a waiter
// and parks with Go's wait reason, the goroutine that serves it completes
// it (g.completed, wakeVal, wakeOk, wakeCase), a choice among ready cases
// is the scheduler's (ChooseSelect), and the race detector sees the same
// happens-before edges. Like the language's select, a blocking one parks
// in the step the scheduler grants it, not before.

func init() {
	send := register("reflect.chansend", reflectChanSend)
	send.Visible = "chan.send"
	send.Obj = reflectChanObj
	send.completed = func(g *Goroutine) Value { return boolVal(true) }

	recv := register("reflect.chanrecv", reflectChanRecv)
	recv.Visible = "chan.recv"
	recv.Obj = func(c *Ctx, a []Value) (any, bool) {
		if ch := reflectChan(a[0]); ch != nil && !ch.readsSender() {
			return ch, true
		}
		// It may read a blocked sender's operand through its address
		// (sendaddr.go): dependent with everything.
		return nil, true
	}
	recv.completed = func(g *Goroutine) Value {
		return tuple(cellVal(g.wakeVal()), boolVal(true), boolVal(g.wakeOk))
	}

	// A select touches several channels: no Obj, dependent with everything.
	sel := register("reflect.rselect", reflectSelect)
	sel.Visible = "select"
	sel.completed = func(g *Goroutine) Value {
		return tuple(intVal(int64(g.wakeCase())), cellVal(g.wakeVal()), boolVal(g.wakeOk))
	}

	cl := register("reflect.chanclose", func(c *Ctx, a []Value) Value {
		c.M.closeChan(c.G, reflectChan(a[0]), c.Line)
		return Value{}
	})
	cl.Visible = "chan.close"
	cl.Obj = reflectChanObj

	// len(ch) is a visible read of the channel, as the builtin is.
	ln := intrinsics["reflect.chanLen"]
	ln.Visible = "chan.len"
	ln.noFence = true
	ln.Obj = func(c *Ctx, a []Value) (any, bool) {
		if ch := reflectChan(a[0]); ch != nil {
			return ch, false
		}
		return nil, false
	}
}

// reflectChan is the channel held in the cell a points at (nil for a nil
// channel).
func reflectChan(a Value) *Chan {
	if p := cell(a); p != nil {
		ch, _ := p.R.(*Chan)
		return ch
	}
	return nil
}

// reflectChanObj is a send's, receive's or close's object: the channel,
// changed (as the language's forms are offered). A send copying its
// operand a word per step (reflectSendInWords) reads memory another
// goroutine may write: dependent with everything.
func reflectChanObj(c *Ctx, a []Value) (any, bool) {
	if ch := reflectChan(a[0]); ch != nil && !ch.copying { // copying: it finishes a receive's copy of a sender's operand (settleCopy), dependent with everything
		if len(a) == 3 && c.M.reflectSendInWords(ch.elem, a[1]) {
			return nil, true // a send (chansend's three arguments; close has one)
		}
		return ch, true
	}
	return nil, true
}

// selCase is one case of a select made at run time.
type selCase struct {
	ch   *Chan // nil: never ready
	send bool
	val  Value // the value to send, read at the call
	// addr is the cell val was read from. Go's Value.send and Select pass
	// the Value's pointer to the runtime (x.ptr when flagIndir: the
	// variable itself for an addressable Value), so a send that parks is
	// read through it when a receiver takes the value (sendByAddr), as a
	// language send of an addressable operand is (sendaddr.go); reflect's
	// are so under -race too: no compiler copies them.
	addr Value
	// words says the operand is read a word per step when it is taken
	// (reflectSendInWords): a receive taking the parked send copies it
	// so (waiter.addr sendInWords).
	words bool
}

// reflectChanSend is chansend(ch, val, nb): Value.Send and TrySend.
//
// Go's chansend copies the operand from the Value's pointer with
// typedmemmove when the send is made, a move at a time, so a goroutine
// writing it meanwhile can leave the receiver a value half old, half new,
// as the language's send of an addressable operand can (sendaddr.go). In
// an exploration a struct or array of several words is so read a word per
// step (reflectSendInWords): a send that proceeds reads the first word in
// its step and each next one when it is called again (Ctx.Again), and is
// made with the last; one that parks leaves the address, and the receive
// that takes it copies a word per step (beginHandoff).
func reflectChanSend(c *Ctx, a []Value) Value {
	m, g := c.M, c.G
	ch := reflectChan(a[0])
	var v Value
	words := false
	if ch != nil {
		if ch.copying {
			m.settleCopy(ch)
		}
		words = m.reflectSendInWords(ch.elem, a[1])
		fr := g.top()
		var w *wordCopy
		if len(m.words) > 0 {
			w = m.wordCopyOf(g, fr, fr.pc)
		}
		if w == nil && words {
			m.raceReflectSend(g, a[1], ch.elem)
		}
		if words && ch.canSend() && !ch.closed {
			var done bool
			if v, done = m.readWordOneStep(g, fr, a[1].Ptr(), ch.elem); !done {
				c.Again()
				return Value{}
			}
		} else {
			if w != nil {
				m.dropWordCopy(g) // begun before the channel stopped letting it proceed: read again at the hand-off
			}
			v = loadPtr(a[1], ch.elem)
		}
	}
	idx, _, _ := m.dynSelect(c, []selCase{{ch: ch, send: true, val: v, addr: a[1], words: words}}, !a[2].Bool(), true)
	return boolVal(idx == 0)
}

// reflectSendInWords reports whether a reflect send of the value of type
// elem in cell p is copied a word per step: in an exploration (not under
// --race, whose sends copy at the call as the language's do), a struct or
// array of several words in a cell of its own. Unlike the language's send
// (sendInWords), no load site decides it: Go's race detector does not see
// the runtime's copy, so no race of it makes a site visible; every such
// send copies in words, at the cost of a step per word.
func (m *Machine) reflectSendInWords(elem *Type, p Value) bool {
	explore := m.view != nil || m.race != nil && m.race.quiet
	return explore && !m.cfg.Race && p.Ptr() != nil && elem.IsAggregate() && wordCount(elem) > 1
}

// raceReflectSend records, for exploration's silent detector only, the
// read of a reflect send's operand: Go's race detector does not see the
// runtime's copy (no report under --race), but a goroutine writing the
// operand meanwhile races with it under the memory model, and its stores
// must become scheduling points for the copy to be seen torn.
func (m *Machine) raceReflectSend(g *Goroutine, p Value, elem *Type) {
	if r := m.race; r != nil && r.quiet {
		m.raceCell(g, p, elem, false)
	}
}

// readWordOneStep reads the next word of the value of type t at p for g's
// reflect send pending at fr's pc (in memmove's order), and returns the
// value and true after the last word; false before it, for the intrinsic
// to be called again in g's next step.
func (m *Machine) readWordOneStep(g *Goroutine, fr *Frame, p *Value, t *Type) (Value, bool) {
	var w *wordCopy
	if len(m.words) > 0 {
		w = m.wordCopyOf(g, fr, fr.pc)
	}
	if w == nil {
		m.words = append(m.words, wordCopy{g: g, fr: fr, pc: fr.pc, val: copyVal(*p, t), order: memmoveOrder(t)})
		w = &m.words[len(m.words)-1]
	}
	n := wordCount(t)
	readWord(w, p, t, n)
	if w.done < n {
		return Value{}, false
	}
	v := w.val
	m.dropWordCopy(g)
	return v, true
}

// reflectChanRecv is chanrecv(ch, nb) (val, selected, ok): Value.Recv and
// TryRecv.
func reflectChanRecv(c *Ctx, a []Value) Value {
	idx, v, ok := c.M.dynSelect(c, []selCase{{ch: reflectChan(a[0])}}, !a[1].Bool(), true)
	if idx < 0 {
		return tuple(Value{}, boolVal(false), boolVal(false))
	}
	return tuple(cellVal(v), boolVal(true), boolVal(ok))
}

// reflectSelect is rselect(dirs, chans, vals, block) (chosen, val, ok):
// reflect.Select with its case list; chosen is -1 when no case was ready
// and the select has a default.
func reflectSelect(c *Ctx, a []Value) Value {
	dirs, chans, vals := a[0].Elems(), a[1].Elems(), a[2].Elems()
	cases := make([]selCase, len(dirs))
	for i := range cases {
		const selectSend = 1 // reflect.SelectSend
		ch := reflectChan(chans[i])
		cases[i] = selCase{ch: ch, send: dirs[i].Int() == selectSend}
		if cases[i].send && ch != nil {
			cases[i].val, cases[i].addr = loadPtr(vals[i], ch.elem), vals[i]
			if cases[i].words = c.M.reflectSendInWords(ch.elem, vals[i]); cases[i].words {
				c.M.raceReflectSend(c.G, vals[i], ch.elem)
			}
		}
	}
	idx, v, ok := c.M.dynSelect(c, cases, a[3].Bool(), false)
	return tuple(intVal(int64(idx)), cellVal(v), boolVal(ok))
}

// dynSelect performs a select over cases for c's goroutine, which the
// scheduler granted the step: it proceeds with one ready case (a choice
// among several), returns -1 when none is ready and block is false, or
// queues a waiter on every channel and parks (the goroutine that serves
// one completes the call). plain says the call is a lone send or receive,
// which parks with that operation's wait reason rather than a select's.
// A send on a closed channel panics, as trySend does.
func (m *Machine) dynSelect(c *Ctx, cases []selCase, block, plain bool) (int, Value, bool) {
	g := c.G
	fr := g.top()
	if len(m.words) > 0 {
		if w := m.wordCopyOf(g, fr, fr.pc); w != nil && w.ch != nil {
			// Its receive is made; copying a parked sender's operand,
			// a word per call (recvWordsIn).
			pick := int(w.cas)
			v, done := m.recvWordsIn(g, fr, true)
			if !done {
				c.Again()
				return -1, Value{}, false
			}
			return pick, v, true
		}
	}
	for _, k := range cases {
		if k.ch != nil && k.ch.copying {
			m.settleCopy(k.ch)
		}
		if !k.send {
			m.pollTimer(k.ch)
		}
	}
	var ready []int
	for i, k := range cases {
		if k.send && k.ch.canSend() || !k.send && k.ch.canRecv() {
			ready = append(ready, i)
		}
	}
	if len(ready) == 0 {
		if !block {
			return -1, Value{}, false
		}
		m.parkSelect(c, cases, plain)
		return -1, Value{}, false
	}
	pick := ready[0]
	if len(ready) > 1 {
		pick = ready[m.choose(ChooseSelect, len(ready), nil, -1)]
	}
	k := cases[pick]
	if k.send {
		m.trySend(g, k.ch, k.val, c.Line)
		return pick, Value{}, false
	}
	v, ok, copying := m.tryRecvFrom(g, k.ch, c.Line, fr, int32(pick))
	if copying {
		// A parked sender's operand read a word per step, as the
		// language's receive reads it: the first word now, each next
		// one when the goroutine's next step calls again.
		var done bool
		if v, done = m.recvWordsIn(g, fr, true); !done {
			c.Again()
			return -1, Value{}, false
		}
	}
	return pick, v, ok
}

// parkSelect queues g's waiters for cases, none of which is ready, and
// blocks it with the wait reason Go shows.
func (m *Machine) parkSelect(c *Ctx, cases []selCase, plain bool) {
	g := c.G
	if plain {
		k := cases[0]
		if k.ch == nil {
			if k.send {
				c.Block("chan send (nil chan)", nil)
			} else {
				c.Block("chan receive (nil chan)", nil)
			}
			return
		}
		w := m.newWaiter(g)
		if k.send {
			k.queued(w)
			k.ch.sendq = append(k.ch.sendq, w)
			c.Block("chan send", k.ch)
		} else {
			if k.ch.timer != nil {
				m.heapTimer(k.ch)
				m.pinTimers()
			}
			k.ch.recvq = append(k.ch.recvq, w)
			c.Block("chan receive", k.ch)
		}
		k.ch.ver++
		return
	}
	if len(cases) == 0 {
		c.Block("select (no cases)", nil)
		return
	}
	sw := &selWait{}
	for i, k := range cases {
		if k.ch == nil {
			continue
		}
		w := &waiter{g: g, sel: sw, cas: int32(i), epoch: uint16(m.idleEpoch)}
		if k.send {
			k.queued(w)
			k.ch.sendq = append(k.ch.sendq, w)
		} else {
			if k.ch.timer != nil {
				m.heapTimer(k.ch)
			}
			k.ch.recvq = append(k.ch.recvq, w)
		}
		k.ch.ver++
	}
	if len(m.heaping) > 0 {
		m.pinTimers()
	}
	c.Block("select", nil)
}

// queued gives w, the waiter of send case k that parks, what a receiver
// takes: the address the value is read from when it is taken.
func (k *selCase) queued(w *waiter) {
	if isPtr(k.addr) {
		w.val, w.addr = k.addr, sendByAddr
		if k.words {
			w.addr = sendInWords
		}
		return
	}
	w.val = k.val
}

// reflectChanPolls reports whether a pending non-blocking reflect channel
// operation (TrySend, TryRecv, a Select with a default) will find nothing
// ready and change nothing: a poll, for the fairness rule.
func reflectChanPolls(m *Machine, intr *Intrinsic, args []Value) bool {
	ready := func(ch *Chan, send bool) bool {
		if send {
			return ch.canSend()
		}
		return ch.canRecv() || m.timerDue(ch)
	}
	switch intr.Name {
	case "reflect.chansend":
		return len(args) == 3 && args[2].Bool() && !ready(reflectChan(args[0]), true)
	case "reflect.chanrecv":
		return len(args) == 2 && args[1].Bool() && !ready(reflectChan(args[0]), false)
	case "reflect.rselect":
		if len(args) != 4 || args[3].Bool() {
			return false
		}
		dirs, chans := args[0].Elems(), args[1].Elems()
		for i := range dirs {
			if ready(reflectChan(chans[i]), dirs[i].Int() == 1) {
				return false
			}
		}
		return true
	case "reflect.chanLen":
		return true
	}
	return false
}
