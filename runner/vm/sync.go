package vm

// syncState holds the VM-side state of sync primitives, keyed by the
// address of the Go value (a *Value cell), so a zero sync.Mutex is unlocked
// without any initialisation.
type syncState struct {
	mutexes map[*Value]*mutexState
	rws     map[*Value]*rwState
	wgs     map[*Value]*wgState
	conds   map[*Value]*condState
	pools   map[*Goroutine]map[*Value][]Value // sync.Pool's free lists by goroutine and pool (pool.go); nil until the first Put

	// The mutex looked up last: Lock, Unlock and the scheduler's Ready
	// check ask for the same one again and again.
	lastMu   *Value
	lastMuSt *mutexState
}

type mutexState struct{ locked bool }

type wgState struct {
	n        int64               // the counter
	waiters  []*Goroutine        // blocked in Wait
	released map[*Goroutine]bool // woken by the counter reaching zero, not yet returned

	// The release window: the Add that brought the counter to zero with
	// waiters has changed the state word but not yet checked it and
	// stored zero (sync/waitgroup.go); another Add meanwhile is misuse.
	releasing *Goroutine // the goroutine inside that Add, nil when none
	adds      uint64     // Adds so far, to see whether one came in between
	addsMark  uint64     // adds when the window opened
}

// condState is runtime.notifyList: tickets are handed out before the lock
// is released, so a Signal between Unlock and the wait is not lost.
type condState struct {
	wait    uint64 // next ticket to hand out
	notify  uint64 // next ticket to notify
	waiters []*condWaiter
}

type condWaiter struct {
	g      *Goroutine
	ticket uint64
}

func (s *syncState) init() {
	s.mutexes = map[*Value]*mutexState{}
	s.rws = map[*Value]*rwState{}
	s.wgs = map[*Value]*wgState{}
	s.conds = map[*Value]*condState{}
}

func (s *syncState) mutex(p *Value) *mutexState {
	if p == s.lastMu && p != nil {
		return s.lastMuSt
	}
	st := s.mutexes[p]
	if st == nil {
		st = &mutexState{}
		s.mutexes[p] = st
	}
	s.lastMu, s.lastMuSt = p, st
	return st
}

func (s *syncState) rw(p *Value) *rwState {
	st := s.rws[p]
	if st == nil {
		st = &rwState{}
		s.rws[p] = st
	}
	return st
}

func (s *syncState) wg(p *Value) *wgState {
	st := s.wgs[p]
	if st == nil {
		st = &wgState{}
		s.wgs[p] = st
	}
	return st
}

func ptrArg(args []Value) *Value { return args[0].Ptr() }

// visible registers a sync intrinsic whose call is a scheduling point on the
// object its first argument points to.
func visible(name, op string, write bool, fn func(c *Ctx, args []Value) Value, ready func(c *Ctx, args []Value) bool) {
	in := register(name, fn)
	in.Visible = op
	in.Ready = ready
	in.Obj = func(c *Ctx, args []Value) (any, bool) { return ptrArg(args), write }
}

func init() {

	visible("(*sync.Mutex).Lock", "lock", true, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.mutex(p)
		if st.locked {
			c.Block("sync.Mutex.Lock", p)
			return Value{}
		}
		st.locked = true
		c.M.syncEvent(c, "lock", p)
		c.M.raceAcquire(c.G, p)
		return Value{}
	}, func(c *Ctx, args []Value) bool { return !c.M.sync.mutex(ptrArg(args)).locked })
	visible("(*sync.Mutex).TryLock", "trylock", true, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.mutex(p)
		if st.locked {
			return boolVal(false)
		}
		st.locked = true
		c.M.syncEvent(c, "lock", p)
		c.M.raceAcquire(c.G, p)
		return boolVal(true)
	}, nil)
	visible("(*sync.Mutex).Unlock", "unlock", true, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.mutex(p)
		if !st.locked {
			c.M.fatal(c.G, "sync: unlock of unlocked mutex")
			return Value{}
		}
		st.locked = false
		c.M.raceRelease(c.G, p)
		c.M.syncEvent(c, "unlock", p)
		c.M.wakeWaiters(p)
		return Value{}
	}, nil)

	// WaitGroup (sync/waitgroup.go): the counter reaching zero releases the
	// waiters, and each checks, when it runs again, that nobody has reused
	// the WaitGroup meanwhile.
	//
	// Go's Add changes the state word (counter and waiter count) with one
	// atomic add, checks it, and only then, if the counter reached zero with
	// waiters, loads it again, stores zero and wakes them. That release is a
	// second visible operation here, so another goroutine's Add can come in
	// between, as on a real machine: a positive Add then sees waiters with
	// a counter that was zero and panics "Add called concurrently with
	// Wait", and so does the releasing Add when it finds the word changed.
	visible("(*sync.WaitGroup).Add", "wg.add", true, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.wg(p)
		if st.releasing == c.G {
			st.releasing = nil
			if st.adds != st.addsMark {
				panicString(c, "sync: WaitGroup misuse: Add called concurrently with Wait")
				return Value{}
			}
			st.release(c.M)
			return Value{}
		}
		delta := int64(args[1].N)
		st.n += delta
		st.adds++
		op := "wg.add"
		if delta < 0 {
			op = "wg.done" // Done, or Add with a negative delta
		}
		c.M.syncEvent(c, op, p)
		if st.n < 0 {
			panicString(c, "sync: negative WaitGroup counter")
			return Value{}
		}
		if len(st.waiters) > 0 && delta > 0 && st.n == delta {
			// Waiters, and the counter was zero: only inside another
			// goroutine's release window.
			panicString(c, "sync: WaitGroup misuse: Add called concurrently with Wait")
			return Value{}
		}
		c.M.raceReleaseMerge(c.G, p)
		if st.n == 0 && len(st.waiters) > 0 {
			if c.G.inline {
				st.release(c.M) // a method the runtime calls runs to its end
				return Value{}
			}
			st.releasing, st.addsMark = c.G, st.adds
			c.Again()
		}
		return Value{}
	}, nil)
	visible("(*sync.WaitGroup).Wait", "wg.wait", false, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.wg(p)
		if st.released[c.G] {
			// Returning from the semaphore: Go's isReset check.
			delete(st.released, c.G)
			if st.n != 0 || len(st.waiters) != 0 {
				panicString(c, "sync: WaitGroup is reused before previous Wait has returned")
				return Value{}
			}
		} else if st.n != 0 {
			st.waiters = append(st.waiters, c.G)
			c.Block("sync.WaitGroup.Wait", p)
			return Value{}
		}
		c.M.syncEvent(c, "wg.wait", p)
		c.M.raceAcquire(c.G, p)
		return Value{}
	}, nil)

	// Cond: the stub's Wait unlocks L, calls notifyWait, and relocks L.
	register("sync.notifyAdd", func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.cond(p)
		t := st.wait
		st.wait++
		return Value{N: t}
	})
	visible("sync.notifyWait", "cond.wait", false, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.cond(p)
		if args[1].N < st.notify {
			return Value{} // already notified
		}
		st.waiters = append(st.waiters, &condWaiter{g: c.G, ticket: args[1].N})
		c.Block("sync.Cond.Wait", p)
		return Value{}
	}, nil)
	// Signal and Broadcast receive the Cond; waiters registered on &c.notify.
	notifyOf := func(args []Value) *Value { return &ptrArg(args).Elems()[1] }
	visible("(*sync.Cond).Signal", "cond.signal", true, func(c *Ctx, args []Value) Value {
		st := c.M.cond(notifyOf(args))
		if st.notify == st.wait {
			c.M.condEvent(c, "cond.signal", notifyOf(args), 0)
			return Value{}
		}
		t := st.notify
		st.notify++
		woke := -1 // a waiter holds the ticket but has not parked yet
		for i, w := range st.waiters {
			if w.ticket == t {
				st.waiters = append(st.waiters[:i], st.waiters[i+1:]...)
				w.g.completed = true
				c.M.wake(w.g)
				woke = w.g.ID
				break
			}
		}
		c.M.condEvent(c, "cond.signal", notifyOf(args), woke)
		return Value{}
	}, nil)
	visible("(*sync.Cond).Broadcast", "cond.broadcast", true, func(c *Ctx, args []Value) Value {
		st := c.M.cond(notifyOf(args))
		woke := 0
		switch {
		case len(st.waiters) > 0:
			woke = st.waiters[0].g.ID
		case st.notify != st.wait:
			woke = -1
		}
		st.notify = st.wait
		c.M.condEvent(c, "cond.broadcast", notifyOf(args), woke)
		for _, w := range st.waiters {
			w.g.completed = true
			c.M.wake(w.g)
		}
		st.waiters = nil
		return Value{}
	}, nil)
}

// release ends a WaitGroup's wait: the state word becomes zero and every
// waiter wakes, to check when it runs that nobody reused the group.
func (st *wgState) release(m *Machine) {
	if st.released == nil {
		st.released = map[*Goroutine]bool{}
	}
	for _, w := range st.waiters {
		st.released[w] = true
		m.wake(w)
	}
	st.waiters = nil
}

func (m *Machine) cond(p *Value) *condState {
	st := m.sync.conds[p]
	if st == nil {
		st = &condState{}
		m.sync.conds[p] = st
	}
	return st
}

// wakeWaiters makes every goroutine blocked on the object at p runnable;
// they retry their operation and the scheduler decides who wins.
func (m *Machine) wakeWaiters(p *Value) { m.wakeWaiting(p, "") }

// wakeWaiting wakes the goroutines blocked on p with the given wait reason
// (any, if reason is "") that nobody completed.
//
// It looks only at the goroutines that parked on p (parkedOn), never at
// every goroutine: a million goroutines parked elsewhere cost an Unlock
// nothing.
func (m *Machine) wakeWaiting(p *Value, reason string) {
	id, ok := m.knownObj(p)
	if !ok {
		return
	}
	pl := m.parkedList(id)
	if pl == nil {
		return
	}
	list := pl.gs
	woken := m.woken[:0]
	keep := list[:0]
	for _, g := range list {
		switch {
		case g.state != gBlocked || int(g.waitObj) != id:
			// Woken otherwise since, or parked elsewhere now: forget it.
		case !g.completed && (reason == "" || g.waitReason == reason):
			woken = append(woken, g)
		default:
			keep = append(keep, g)
		}
	}
	clear(list[len(keep):])
	pl.gs, pl.clean = keep, len(keep)
	// In ID order, as a scan of every goroutine found them. The list is
	// short and mostly in order: an insertion sort, dropping duplicates.
	n := 0
	for _, g := range woken {
		i := n
		for i > 0 && woken[i-1].ID > g.ID {
			i--
		}
		if i > 0 && woken[i-1] == g {
			continue
		}
		copy(woken[i+1:n+1], woken[i:n])
		woken[i] = g
		n++
	}
	for _, g := range woken[:n] {
		m.wake(g)
	}
	clear(woken)
	m.woken = woken[:0]
}

func (m *Machine) syncEvent(c *Ctx, op string, p *Value) {
	if e := m.event(c.G, op, m.objID(p), c.Line); e != nil && !c.G.top().fn.User {
		// Called from inside package sync (Done is Add(-1), Cond.Wait
		// relocks L): the event sits at the user's call.
		e.Line = int32(c.G.Line())
	}
}

// condEvent traces a Signal or Broadcast on the notify list p, with the
// goroutine it woke as Peer (-1: a waiter not parked yet; 0: nobody waited,
// and it is lost), so a
// deadlock can be explained as a lost wakeup.
func (m *Machine) condEvent(c *Ctx, op string, p *Value, woke int) {
	if e := m.event(c.G, op, m.objID(p), c.Line); e != nil {
		e.Peer = woke
	}
}

// parkList is the goroutines that parked on one sync object; clean is
// its length after the last cleaning.
type parkList struct {
	gs    []*Goroutine
	clean int
}

// parkHint is parkedOn's entry looked up last: a contended mutex's Lock
// and Unlock look up the same list again and again.
type parkHint struct {
	id int
	pl *parkList
}

// parkedList returns the goroutines parked on object id, nil if none ever
// did (entries are never removed, so the hint stays valid).
func (m *Machine) parkedList(id int) *parkList {
	if h := m.parkHint; h.pl != nil && h.id == id {
		return h.pl
	}
	pl := m.parkedOn[id]
	if pl != nil {
		m.parkHint = parkHint{id, pl}
	}
	return pl
}

// noteParked records that g parked on the object g.waitObj, for
// wakeWaiting; only sync objects are kept (a list exists for them once
// something parked on them as a sync object). Entries of goroutines woken otherwise (a WaitGroup
// releases its own waiters) are dropped whenever the list has doubled
// since it was last cleaned, so a list stays linear in the goroutines
// parked now at a constant cost per park.
func (m *Machine) noteParked(g *Goroutine, sync bool) {
	if m.parkedOn == nil {
		m.parkedOn = map[int]*parkList{}
	}
	id := int(g.waitObj)
	pl := m.parkedList(id)
	if pl == nil {
		if !sync {
			return
		}
		pl = &parkList{}
		m.parkedOn[id] = pl
		m.parkHint = parkHint{id, pl}
	}
	pl.gs = append(pl.gs, g)
	if len(pl.gs) >= 2*pl.clean+64 {
		keep := pl.gs[:0]
		for _, w := range pl.gs {
			if w.state == gBlocked && int(w.waitObj) == id {
				keep = append(keep, w)
			}
		}
		clear(pl.gs[len(keep):])
		pl.gs, pl.clean = keep, len(keep)
	}
}
