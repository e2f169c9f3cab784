package vm

import "strings"

// Fairness: no strategy may let one goroutine spin forever while another
// could run.
//
// A spin-wait — `for atomic.LoadInt32(&flag) == 0 {}`, `for len(ch) < n {}`,
// a select with default in a loop, `for !mu.TryLock() {}`, a failing
// compare-and-swap loop — is a goroutine repeating a visible operation that
// changes nothing. Go's scheduler preempts it and the goroutine it waits for
// runs; a strategy that keeps picking the spinner (PCT's highest priority,
// dfs's "go on without preempting") would instead run it until the
// instruction budget ends the run, and dfs would explore ever longer spins.
//
// The rule (after CHESS's fair scheduling, Musuvathi & Qadeer, PLDI 2008):
// a step is a *poll* when its visible operation changes nothing another
// goroutine can see — a map read, len(ch), an atomic load, a racy load made
// visible, a select that will take default, a compare-and-swap or TryLock
// that will fail — and it starts no goroutine. Every other step is an
// effect and advances the machine's epoch. A goroutine that has made
// spinLimit polls in a row with the epoch unchanged yields: it is not
// offered to the strategy while another runnable goroutine is, until some
// step has an effect. If every runnable goroutine yields (a livelock, or a
// wait for the clock, which advances with work), all are offered again.
//
// The rule only removes schedules in which a goroutine polls more than
// spinLimit times in a row, fruitlessly, while another goroutine is ready
// and never runs; the state it sees is the same at every one of those polls,
// so what it can do next is the same too. A bounded poll loop that gives up
// after more than spinLimit fruitless tries while others wait loses that
// outcome; spinLimit is large enough for the lessons, small enough that dfs
// explores a spin in few schedules. The rule depends only on the run's
// state, so runs stay deterministic and tokens replay.
const spinLimit = 8

// yielding reports whether the fairness rule keeps g from being offered.
func (m *Machine) yielding(g *Goroutine) bool {
	return g.spin >= spinLimit && g.spinEpoch == m.epoch && g.pollLocks == 0
}

// countSpin updates g's spin count after a step; poll says the step was a
// fruitless poll that started no goroutine.
func (m *Machine) countSpin(g *Goroutine, poll bool) {
	if !poll || g.state != gRunnable {
		m.epoch++
		g.spin, g.pollLocks = 0, 0
		return
	}
	if g.spinEpoch == m.epoch {
		g.spin++
		if g.pollLocks > 0 {
			// g does not yield holding a mutex it took at a poll: others
			// would see it held where they could have seen it free. It
			// yields at the Unlock; if it polls on and on holding it,
			// its Lock counts as the effect it was after all, and the
			// state is constant from here on while g polls.
			if g.spin >= 2*spinLimit {
				m.epoch++
				g.spin, g.pollLocks = 0, 0
			}
			return
		}
		if g.spin >= spinLimit {
			m.noteYield()
		}
		return
	}
	g.spin, g.spinEpoch = 1, m.epoch
}

// Lock-protected polls. `for { mu.Lock(); r := ready; mu.Unlock(); if r
// { break } }` changes nothing either, but its Lock and Unlock each change
// the mutex: taken alone they are effects, so the spinner never yielded and
// PCT and dfs ran it to the instruction budget. A Lock of a free mutex, in
// a step that writes no memory (the race detector counts the writes), and
// the same goroutine's Unlock of it in the same epoch, writing nothing,
// leave every state as before: the pair is one poll, counted at the Unlock.
// (A waiter the Lock parked and the Unlock wakes is in front of its Lock
// again, as before: parking is the scheduler's state, not the program's; it
// is runnable when the spinner yields, and takes the mutex.) Between the
// two the mutex is held, which others can observe (TryLock fails, Lock
// waits), so g never yields holding it: it yields at the Unlock, or, when
// it polls on holding the mutex, the Lock becomes an effect after all
// (countSpin). Without the race detector writes are not counted, and the
// pair stays two effects.

// lockPair reports whether g's pending step may be half of a
// lock-protected poll: a sync.Mutex Lock of a free mutex (acquire), or the
// Unlock of one g took at such a Lock in this epoch.
func (m *Machine) lockPair(g *Goroutine) (*mutexState, bool) {
	in := g.pending()
	if in == nil || in.Op != opCallIntr || g.mapWrite != nil || g.completed {
		return nil, false
	}
	ci := in.Aux.(*callInfo)
	acquire := ci.intr.Name == "(*sync.Mutex).Lock"
	if !acquire && ci.intr.Name != "(*sync.Mutex).Unlock" || ci.lock != nil && m.cfg.DisabledLocks[ci.lock.id] {
		return nil, false
	}
	args := m.scratchArgs(g.top().regs, ci.args)
	if len(args) != 1 {
		return nil, false
	}
	p := args[0].Ptr()
	if p == nil {
		return nil, false
	}
	st := m.sync.mutex(p)
	if acquire {
		if st.locked {
			return nil, false
		}
		return st, true
	}
	if !st.locked || st.pollBy != g || st.pollEpoch != m.epoch {
		return nil, false
	}
	return st, false
}

// countLockPair counts a step lockPair named, which wrote nothing.
func (m *Machine) countLockPair(g *Goroutine, st *mutexState, acquire bool) {
	if acquire {
		st.pollBy, st.pollEpoch = g, m.epoch
		if g.pollLocks < 255 {
			g.pollLocks++
		}
		return // counted at the Unlock
	}
	st.pollBy = nil
	if g.pollLocks > 0 {
		g.pollLocks--
	}
	m.countSpin(g, true)
}

// isPoll reports whether g's pending visible operation will change nothing
// another goroutine can observe.
func (m *Machine) isPoll(g *Goroutine) bool {
	if g.mapWrite != nil || g.completed {
		return false
	}
	in := g.pending()
	if in == nil {
		return false
	}
	regs := g.top().regs
	switch in.Op {
	case opMapLookup:
		return in.K == 0
	case opLoadV:
		return true
	case opCallBuilt:
		return in.Aux.(*callInfo).builtin == "len"
	case opSelect:
		si := in.Aux.(*selectInfo)
		return !si.blocking && !m.selectReady(si, regs)
	case opCallIntr:
		ci := in.Aux.(*callInfo)
		if !mayPoll(ci.intr.Visible) {
			return false // Lock, Unlock, Add…: no arguments to gather
		}
		return m.intrinsicPolls(g, ci, m.scratchArgs(regs, ci.args))
	}
	return false
}

// mayPoll reports whether a visible intrinsic of this kind can be a poll:
// the kinds intrinsicPolls looks at.
func mayPoll(visible string) bool {
	switch visible {
	case "gosched", "atomic", "trylock", "tryrlock":
		return true
	}
	return false
}

// intrinsicPolls reports whether a call of a visible intrinsic will change
// nothing: an atomic load; a compare-and-swap whose comparison fails, of
// any width, atomic.Pointer or atomic.Value; a Swap, Store, And or Or that
// writes the value already there; a TryLock or TryRLock that will fail,
// of a Mutex or an RWMutex.
func (m *Machine) intrinsicPolls(g *Goroutine, ci *callInfo, args []Value) bool {
	intr := ci.intr
	if intr.Visible == "" || ci.lock != nil && m.cfg.DisabledLocks[ci.lock.id] {
		return false
	}
	switch intr.Visible {
	case "gosched":
		return true
	case "atomic":
		if intr.Obj == nil || len(args) == 0 {
			return false
		}
		m.peek = Ctx{M: m, G: g, Call: ci}
		if _, write := intr.Obj(&m.peek, args); !write {
			return true
		}
		p := args[0].Ptr()
		if p == nil {
			return false // a nil dereference panics: an effect
		}
		return atomicUnchanged(intr.Name, p, args)
	case "trylock":
		if len(args) == 1 {
			if p := args[0].Ptr(); p != nil {
				switch intr.Name {
				case "(*sync.Mutex).TryLock":
					return m.sync.mutex(p).locked
				case "(*sync.RWMutex).TryLock":
					st := m.sync.rw(p)
					return st.wHeld || st.readers != 0
				}
			}
		}
	case "tryrlock":
		if len(args) == 1 {
			if p := args[0].Ptr(); p != nil {
				return m.sync.rw(p).pending
			}
		}
	}
	return false
}

// atomicUnchanged reports whether the writing atomic operation name on the
// cell p with args will leave the cell as it is (and panic nowhere).
func atomicUnchanged(name string, p *Value, args []Value) bool {
	op := strings.TrimPrefix(name, "sync/atomic.")
	switch {
	case strings.HasPrefix(op, "CompareAndSwap") && len(args) == 3:
		return p.N != args[1].N
	case (strings.HasPrefix(op, "Swap") || strings.HasPrefix(op, "Store")) && len(args) == 2:
		return p.N == args[1].N
	case strings.HasPrefix(op, "And") && len(args) == 2:
		return p.N&args[1].N == p.N
	case strings.HasPrefix(op, "Or") && len(args) == 2:
		return p.N|args[1].N == p.N
	case op == "casAny" && len(args) == 3:
		return !sameAny(*p, args[1])
	case (op == "swapAny" || op == "storeAny") && len(args) == 2:
		return sameAny(*p, args[1])
	case op == "valueCompareAndSwap" && len(args) == 3:
		// Fails without panicking: old and new of one type, a value of that
		// type stored, and not the one expected. Comparing may panic (an
		// uncomparable old); say no then, and let the step run.
		old, nw, cur := args[1].Iface(), args[2].Iface(), p.Iface()
		if cur == nil || nw == nil || cur.T != nw.T || old != nil && old.T != nw.T {
			return false
		}
		if old == nil {
			return true
		}
		return !sameAny(*p, args[1]) && comparableScalar(old.T)
	}
	return false
}

// comparableScalar reports whether values of t compare by their word, so
// that sameAny's answer is ==.
func comparableScalar(t *Type) bool {
	switch t.Kind {
	case KBool, KInt, KInt8, KInt16, KInt32, KInt64, KUint, KUint8, KUint16, KUint32, KUint64, KUintptr, KPointer, KChan:
		return true
	}
	return false
}
