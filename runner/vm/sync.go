package vm

// syncState holds the VM-side state of sync primitives, keyed by the
// address of the Go value (a *Value cell), so a zero sync.Mutex is unlocked
// without any initialisation.
type syncState struct {
	mutexes map[*Value]*mutexState
	rws     map[*Value]*rwState
	wgs     map[*Value]*wgState
	conds   map[*Value]*condState
	condIDs uint64                   // identities given to Conds for their copy check (copyCheck)
	pools   map[*Value]*vmPool       // sync.Pool's items by pool (pool.go); nil until the first Put
	poolsOf map[*Goroutine][]*vmPool // the pools each goroutine holds a part of, for its end

	// The mutex looked up last: Lock, Unlock and the scheduler's check
	// (blocks) ask for the same one again and again.
	lastMu   *Value
	lastMuSt *mutexState
	// The WaitGroup looked up last, for the same reason (Add, Done, Wait
	// and the scheduler's check of a waiter).
	lastWg   *Value
	lastWgSt *wgState
}

type mutexState struct {
	locked bool
	// counted is how many waiters Go's state word counts (its bits from
	// mutexWaiterShift up): a Lock that waits adds itself, an Unlock that
	// wakes a waiter takes one away, and an Unlock finding none counted
	// wakes nobody. A value assigned over counts none: the goroutines
	// still queued (on the semaphore at its address, in Go) stay parked
	// until Locks that wait are counted again, and then the queue's first
	// are woken, as Go's semaphore does.
	counted int
	lockQueue
	raceClock *vclock // the race detector's clock of the Mutex (mutexClock), once looked up
}

// lockQueue is the semaphore queue of a sync.Mutex, or of an RWMutex's
// writer mutex w, with Go's rules for who is woken (sync/mutex.go, normal
// mode): Unlock wakes one waiter, which competes with goroutines arriving
// at Lock meanwhile; one that loses goes back to the head of the queue;
// while a woken waiter is on its way, Unlock wakes nobody (mutexWoken).
//
// Which waiter is first is a choice, as for a channel's queue (popWaiter):
// a goroutine is queued at the end of the step that reached its Lock,
// fused with the work before it, so the waiters that arrived since every
// goroutine was last blocked (epoch, idleEpoch) may have arrived in any
// order. Waiters that arrived in the current epoch may moreover still be
// spinning in Go's lockSlow (GOMAXPROCS > 1) and take the lock ahead of
// an older head. A waiter that arrived before an earlier idle period never
// loses its place to a later one, as in Go.
type lockQueue struct {
	q     []lockWaiter // epochs nondecreasing along the queue
	store []lockWaiter // q's array from its start (queueAppend)
	woken *Goroutine   // woken by an Unlock and not yet back at its Lock
	// wokenHead says woken is q[0], taken from the head (it stays queued
	// while it runs: if it loses the lock it is the head again, Go's LIFO
	// requeue), rather than a spinner taken from the tail.
	wokenHead bool
	pinned    bool // q[0] lost the lock after its wakeup: it is woken next
}

type lockWaiter struct {
	g     *Goroutine
	epoch uint32
}

type wgState struct {
	n       int64        // the counter
	waiters []*Goroutine // blocked in Wait, first first
	// counted is how many waiters Go's state word counts (its low half):
	// the counter reaching zero wakes that many, the first of waiters.
	// A WaitGroup assigned over counts none, and its waiters stay parked
	// (on the semaphore at its address, in Go).
	counted  int
	released map[*Goroutine]bool // woken by the counter reaching zero, not yet returned

	// The release window: the Add that brought the counter to zero with
	// waiters has changed the state word but not yet checked it and
	// stored zero (sync/waitgroup.go); another Add meanwhile is misuse.
	releasing *Goroutine // the goroutine inside that Add, nil when none
	adds      uint64     // Adds so far, to see whether one came in between
	addsMark  uint64     // adds when the window opened
}

// condState is runtime.notifyList: tickets are handed out before the lock
// is released, so a Signal between Unlock and the wait is not lost. The
// counters live in the list's words (read back at every use, so a Cond
// assigned over starts from its new words), and the waiters beside them:
// Go's waiters are only in the list its head and tail words point to, so
// when those words are found zero with waiters here, the list was
// assigned over and the waiters are lost (they stay parked for good).
type condState struct {
	wait    uint32 // next ticket to hand out
	notify  uint32 // next ticket to notify
	waiters []*condWaiter
	checkID uint64 // the identity copyCheck stores for this Cond; 0 until the first check
}

type condWaiter struct {
	g      *Goroutine
	ticket uint32
}

func (s *syncState) init() {
	s.mutexes = map[*Value]*mutexState{}
	s.rws = map[*Value]*rwState{}
	s.wgs = map[*Value]*wgState{}
	s.conds = map[*Value]*condState{}
}

func (s *syncState) mutex(p *Value) *mutexState {
	if p == s.lastMu && p != nil {
		s.lastMuSt.load(p)
		return s.lastMuSt
	}
	st := s.mutexes[p]
	if st == nil {
		st = &mutexState{}
		s.mutexes[p] = st
	}
	// The word is the truth: a Mutex met for the first time may be a copy
	// of a locked one, and one assigned over (mu = sync.Mutex{}, or a copy)
	// has the word it was given.
	st.load(p)
	s.lastMu, s.lastMuSt = p, st
	return st
}

// load reads the Mutex's state word in cell p: locked, and the waiters
// it counts.
func (st *mutexState) load(p *Value) {
	w := uint32(cellWord(mutexStateCell(p)))
	st.locked = w&mutexLocked != 0
	st.counted = int(w >> mutexWaiterShift)
}

// store writes st into the Mutex's state word in cell p.
func (st *mutexState) store(p *Value) {
	w := uint32(st.counted) << mutexWaiterShift
	if st.locked {
		w |= mutexLocked
	}
	setCellWord(mutexStateCell(p), uint64(w))
}

// wait counts a waiter of the Mutex in cell p, which lockWait queues.
func (st *mutexState) wait(p *Value) {
	st.counted++
	st.store(p)
}

// The VM keeps a sync value's state beside it, keyed by its address, and
// mirrors what a copy of it carries into its own fields: Go copies the
// state words with the struct (a value receiver, a struct passed by value:
// go vet's copylocks), so a copy of a locked Mutex is locked, a copy of a
// WaitGroup has the counter (outcomes/mutex_copy_locked,
// wg_copy_by_value), and a copy of an RWMutex has its readers and writer
// (rwmutex_copy_*). The fields are read back at every use, so a value
// assigned over (c.mu = sync.Mutex{}, which Go's zeroed word unlocks; a
// WaitGroup or RWMutex reset the same way) has the state it was given
// (outcomes/mutex_reassign_locked, rwmutex_reassign_locked,
// wg_reassign_zero).
const (
	// The fields are Go's (the overlay's sync and sync/atomic), so that
	// fmt prints the values as Go does.
	mutexMuField = 1 // sync.Mutex.mu (Go's internal/sync.Mutex), whose field 0 is the state word: mutexLocked, and the waiters counted from bit mutexWaiterShift, as Go's
	wgStateField = 1 // sync.WaitGroup.state, an atomic.Uint64: the counter in the high half, the waiters counted in the low, as Go's
	atomicV32    = 1 // the v of an atomic.Int32 or Uint32 ({_ noCopy; v})
	atomicV64    = 2 // the v of an atomic.Int64 or Uint64 ({_ noCopy; _ align64; v})
	wgWaiterMask = 1<<31 - 1

	mutexLocked      = 1
	mutexWaiterShift = 3

	// sync.RWMutex: w.state (as a Mutex's: held, and the writers
	// waiting for w it counts), readerCount (the
	// registered readers, less rwmutexMaxReaders while a writer is
	// pending, as Go's), readerWait.
	rwWField     = 0 // w, a Mutex
	rwCountField = 3 // readerCount, an atomic.Int32
	rwWaitField  = 4 // readerWait, an atomic.Int32
	rwMaxReaders = 1 << 30

	// sync.Cond: its notify list (notifyList, the runtime's words) and
	// its copy checker.
	condNotifyField  = 2
	condCheckerField = 3
	listWaitWord     = 0
	listNotifyWord   = 1
	listHeadWord     = 3
	listTailWord     = 4
	// listMarker is what the head and tail words hold while goroutines
	// wait: a fake heap address, never dereferenced.
	listMarker = fakeAddrBase
)

// syncWord reads field i of the sync value in cell p (0 if there is none).
func syncWord(p *Value, i int) uint64 {
	if p == nil {
		return 0
	}
	if fs, ok := p.R.([]Value); ok && i < len(fs) {
		return fs[i].N
	}
	return 0
}

// setSyncWord writes field i of the sync value in cell p.
func setSyncWord(p *Value, i int, n uint64) {
	if p == nil {
		return
	}
	if fs, ok := p.R.([]Value); ok && i < len(fs) {
		fs[i].N = n
	}
}

func (s *syncState) rw(p *Value) *rwState {
	st := s.rws[p]
	if st == nil {
		st = &rwState{}
		s.rws[p] = st
	}
	// A copy, or a value assigned over: take the words' state (the queues
	// stay, as Go's semaphore queues stay at the address).
	w := uint32(cellWord(mutexStateCell(syncField(p, rwWField))))
	wHeld := w&mutexLocked != 0
	st.wCounted = int(w >> mutexWaiterShift)
	count := rwReaderCount(p)
	wait := int(int32(uint32(cellWord(syncField(syncField(p, rwWaitField), atomicV32)))))
	if wHeld != st.wHeld || count != st.count() || wait != st.wait {
		st.wHeld, st.pending, st.wait = wHeld, count < 0, wait
		st.readers = int(count)
		if st.pending {
			st.readers += rwMaxReaders
		}
		st.writer = st.pending && st.wait == 0
	}
	return st
}

// count is Go's readerCount for st.
func (st *rwState) count() int64 {
	if st.pending {
		return int64(st.readers) - rwMaxReaders
	}
	return int64(st.readers)
}

// mirror writes st into the words of the RWMutex in cell p.
func (st *rwState) mirror(p *Value) {
	w := uint64(st.wCounted) << mutexWaiterShift
	if st.wHeld {
		w |= mutexLocked
	}
	setCellWord(mutexStateCell(syncField(p, rwWField)), w)
	setCellWord(rwCountCell(p), uint64(uint32(int32(st.count()))))
	setCellWord(syncField(syncField(p, rwWaitField), atomicV32), uint64(uint32(int32(st.wait))))
}

// cellWord reads the word in cell c (0 if there is none).
func cellWord(c *Value) uint64 {
	if c == nil {
		return 0
	}
	return c.N
}

// setCellWord writes the word in cell c.
func setCellWord(c *Value, n uint64) {
	if c != nil {
		c.N = n
	}
}

// mutexStateCell is the state word's cell of the sync.Mutex in cell p.
func mutexStateCell(p *Value) *Value { return syncField(syncField(p, mutexMuField), 0) }

// rwCountCell is the readerCount word's cell of the sync.RWMutex in cell p.
func rwCountCell(p *Value) *Value { return syncField(syncField(p, rwCountField), atomicV32) }

// rwReaderCount is Go's readerCount of the RWMutex in cell p, from its
// word: negative while a writer holds or waits for the lock.
func rwReaderCount(p *Value) int64 { return int64(int32(uint32(cellWord(rwCountCell(p))))) }

// wgStateCell is the state word's cell of the sync.WaitGroup in cell p.
func wgStateCell(p *Value) *Value { return syncField(syncField(p, wgStateField), atomicV64) }

// storeState writes st's counter and waiters into the WaitGroup in cell p.
func (st *wgState) storeState(p *Value) {
	setCellWord(wgStateCell(p), uint64(uint32(int32(st.n)))<<32|uint64(uint32(st.counted)&wgWaiterMask))
}

// syncField is field i of the sync value in cell p (nil if there is none).
func syncField(p *Value, i int) *Value {
	if p == nil {
		return nil
	}
	if fs, ok := p.R.([]Value); ok && i < len(fs) {
		return &fs[i]
	}
	return nil
}

func (s *syncState) wg(p *Value) *wgState {
	st := s.lastWgSt
	if p != s.lastWg || p == nil {
		st = s.wgs[p]
		if st == nil {
			st = &wgState{}
			s.wgs[p] = st
		}
		s.lastWg, s.lastWgSt = p, st
	}
	// A WaitGroup met for the first time may be a copy of a busy one, and
	// one assigned over has the counter it was given, and no waiter.
	state := cellWord(wgStateCell(p))
	st.n = int64(int32(uint32(state >> 32)))
	st.counted = int(uint32(state) & wgWaiterMask)
	return st
}

// setCounted writes the waiters counted into the WaitGroup in cell p.
func (st *wgState) setCounted(p *Value, n int) {
	st.counted = n
	st.storeState(p)
}

func ptrArg(args []Value) *Value { return args[0].Ptr() }

// Unlocks touch everything. An Unlock of a Mutex, and an RWMutex's Unlock
// and RUnlock, has no Obj: the reduction takes it as dependent with
// everything, as main's exit. One of a lock nobody holds is a fatal error
// that ends the process in its step, so which other goroutines' steps ran
// before it decides what was printed; one that succeeds leaves the lock
// unheld (for RUnlock: one reader fewer), which turns another goroutine's
// later unlock into that end, so the steps of a third goroutine that ran
// before it must be reordered with it too. Session 12 described only the
// failing unlock so (reading the lock's words): then DPOR reversed the
// failing unlock's race with the successful one (its latest dependent
// step), in the reversed run it no longer failed, and the end before the
// third goroutine's print was never tried (dfsorder/unlock_gated_twice:
// at bounds 2 and 3 never the fatal error with empty stdout). The map's
// writing flag has the same shape (maps.go's writeBroad).

// visible registers a sync intrinsic whose call is a scheduling point on the
// object its first argument points to.
func visible(name, op string, write bool, fn func(c *Ctx, args []Value) Value) *Intrinsic {
	in := register(name, fn)
	in.Visible = op
	in.Obj = func(c *Ctx, args []Value) (any, bool) { return ptrArg(args), write }
	return in
}

func init() {

	lock := visible("(*sync.Mutex).Lock", "lock", true, func(c *Ctx, args []Value) Value {
		if p := ptrArg(args); !c.M.mutexLock(c.G, p, c.Line) {
			c.Block("sync.Mutex.Lock", p)
		}
		return Value{}
	})
	lock.mutexOp = mutexLockOp
	lock.lock = func(m *Machine, p *Value) (*lockQueue, bool) {
		st := m.sync.mutex(p)
		if st.locked {
			st.wait(p) // the caller queues it
		}
		return &st.lockQueue, st.locked
	}
	visible("(*sync.Mutex).TryLock", "trylock", true, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.mutex(p)
		if st.locked {
			return boolVal(false)
		}
		st.locked = true
		st.store(p)
		c.M.syncEvent(c, "lock", p)
		c.M.raceAcquire(c.G, p)
		return boolVal(true)
	})
	unlock := visible("(*sync.Mutex).Unlock", "unlock", true, func(c *Ctx, args []Value) Value {
		c.M.mutexUnlock(c.G, ptrArg(args), c.Line)
		return Value{}
	})
	unlock.mutexOp = mutexUnlockOp
	unlock.Obj = nil // touches everything (see "Unlocks touch everything")

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
			st.release(c.M, p)
			return Value{}
		}
		delta := int64(args[1].N)
		st.n += delta
		st.storeState(p)
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
		if st.counted > 0 && delta > 0 && st.n == delta {
			// Waiters, and the counter was zero: only inside another
			// goroutine's release window.
			panicString(c, "sync: WaitGroup misuse: Add called concurrently with Wait")
			return Value{}
		}
		c.M.raceReleaseMerge(c.G, p)
		if st.n == 0 && st.counted > 0 {
			if c.G.inline {
				st.release(c.M, p) // a method the runtime calls runs to its end
				return Value{}
			}
			st.releasing, st.addsMark = c.G, st.adds
			c.Again()
		}
		return Value{}
	})
	visible("(*sync.WaitGroup).Wait", "wg.wait", false, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.wg(p)
		if st.released[c.G] {
			// Returning from the semaphore: Go's isReset check.
			delete(st.released, c.G)
			if st.n != 0 || st.counted != 0 {
				panicString(c, "sync: WaitGroup is reused before previous Wait has returned")
				return Value{}
			}
		} else if st.n != 0 {
			st.waiters = append(st.waiters, c.G)
			st.setCounted(p, st.counted+1)
			// Go's Wait counts the waiter with a CompareAndSwap of the
			// state word before it sleeps.
			c.M.raceSyncWord(c.G, wgStateCell(p), true)
			c.Block("sync.WaitGroup.Wait", p)
			return Value{}
		}
		c.M.syncEvent(c, "wg.wait", p)
		c.M.raceAcquire(c.G, p)
		return Value{}
	})

	// Cond (sync/cond.go, the runtime's notifyList): the overlay's Wait
	// takes a ticket (notifyAdd), unlocks L, waits for its ticket
	// (runtime_notifyListWait) and relocks L. Wait, Signal and Broadcast first check
	// that the Cond is not a copy of one used before, as Go's checker.
	register("sync.notifyAdd", func(c *Ctx, args []Value) Value {
		p, st, ok := usedCond(c, args)
		if !ok {
			return Value{}
		}
		t := st.wait
		st.wait++
		st.store(p)
		return Value{N: uint64(t)}
	})
	visible("sync.runtime_notifyListWait", "cond.wait", false, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.cond(p)
		t := uint32(args[1].N)
		if ticketLess(t, st.notify) {
			return Value{} // already notified
		}
		st.waiters = append(st.waiters, &condWaiter{g: c.G, ticket: t})
		st.store(p)
		c.Block("sync.Cond.Wait", p)
		return Value{}
	})
	// Signal and Broadcast receive the Cond; waiters registered on &c.notify.
	visible("(*sync.Cond).Signal", "cond.signal", true, func(c *Ctx, args []Value) Value {
		p, st, ok := usedCond(c, args)
		if !ok {
			return Value{}
		}
		if st.notify == st.wait {
			c.M.condEvent(c, "cond.signal", p, 0)
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
		st.store(p)
		c.M.condEvent(c, "cond.signal", p, woke)
		return Value{}
	})
	visible("(*sync.Cond).Broadcast", "cond.broadcast", true, func(c *Ctx, args []Value) Value {
		p, st, ok := usedCond(c, args)
		if !ok {
			return Value{}
		}
		if st.notify == st.wait {
			// Nothing to notify: Go returns at once, even with goroutines
			// in the list (ones that joined a list assigned over with
			// tickets it had already handed out).
			c.M.condEvent(c, "cond.broadcast", p, 0)
			return Value{}
		}
		woke := -1 // a waiter holds a ticket but has not parked yet
		if len(st.waiters) > 0 {
			woke = st.waiters[0].g.ID
		}
		st.notify = st.wait
		c.M.condEvent(c, "cond.broadcast", p, woke)
		for _, w := range st.waiters {
			w.g.completed = true
			c.M.wake(w.g)
		}
		st.waiters = nil
		st.store(p)
		return Value{}
	})
}

// usedCond is the start of Wait, Signal and Broadcast: the notify list of
// the Cond args[0] points to and its state, after Go's copy check (false:
// the Cond is a copy and the goroutine panics).
func usedCond(c *Ctx, args []Value) (*Value, *condState, bool) {
	cv := ptrArg(args)
	p := condNotify(cv)
	st := c.M.cond(p)
	ok, first := c.M.copyCheck(st, cv)
	if !ok {
		panicString(c, "sync.Cond is copied")
		return nil, nil, false
	}
	if first {
		c.M.raceSyncWord(c.G, &cv.Elems()[condCheckerField], true)
	}
	return p, st, true
}

// condNotify is the notify list of the Cond in cell cv.
func condNotify(cv *Value) *Value { return &cv.Elems()[condNotifyField] }

// ticketLess is the runtime's less for notify-list tickets, which wrap.
func ticketLess(a, b uint32) bool { return int32(a-b) < 0 }

// copyCheck is Go's copyChecker.check for the Cond in cell cv, whose
// notify list's state is st: the checker word holds the identity of the
// Cond it was first used in (Go: the checker's own address; here a number
// the machine gives the list's state), so using a copy made after the
// first use panics, and a copy made before is fine. first reports that
// this use stored the identity (Go's CompareAndSwap of the checker word).
func (m *Machine) copyCheck(st *condState, cv *Value) (ok, first bool) {
	if st.checkID == 0 {
		m.sync.condIDs++
		st.checkID = m.sync.condIDs
	}
	ck := &cv.Elems()[condCheckerField]
	switch ck.N {
	case st.checkID:
		return true, false
	case 0:
		ck.N = st.checkID
		return true, true
	}
	return false, false
}

// release ends a WaitGroup's wait: the state word becomes zero and the
// waiters it counted wake, the first ones (Go's semaphore queue), each to
// check when it runs that nobody reused the group.
func (st *wgState) release(m *Machine, p *Value) {
	if st.released == nil {
		st.released = map[*Goroutine]bool{}
	}
	n := min(st.counted, len(st.waiters))
	for _, w := range st.waiters[:n] {
		st.released[w] = true
		m.wake(w)
	}
	st.waiters = append(st.waiters[:0], st.waiters[n:]...)
	st.setCounted(p, 0)
}

// cond is the state of the notify list in cell p, read back from its
// words.
func (m *Machine) cond(p *Value) *condState {
	st := m.sync.conds[p]
	if st == nil {
		st = &condState{}
		m.sync.conds[p] = st
	}
	st.wait = uint32(syncWord(p, listWaitWord))
	st.notify = uint32(syncWord(p, listNotifyWord))
	if len(st.waiters) > 0 && syncWord(p, listHeadWord) == 0 {
		// The list was assigned over: its waiters are lost with it.
		st.waiters = nil
	}
	return st
}

// store writes st into the words of the notify list in cell p.
func (st *condState) store(p *Value) {
	setSyncWord(p, listWaitWord, uint64(st.wait))
	setSyncWord(p, listNotifyWord, uint64(st.notify))
	var head uint64
	if len(st.waiters) > 0 {
		head = listMarker
	}
	setSyncWord(p, listHeadWord, head)
	setSyncWord(p, listTailWord, head)
}

// lockWait queues g, which must wait at a Lock: at the tail, or, if it was
// woken from the head and another goroutine took the lock first, at the
// head again (Go queues a waiter that has slept before LIFO).
func (m *Machine) lockWait(lq *lockQueue, g *Goroutine) {
	if lq.woken == g {
		lq.woken = nil
		if lq.wokenHead {
			lq.pinned = true // still q[0]
			return
		}
	}
	lq.q = queueAppend(lq.q, &lq.store, lockWaiter{g, m.idleEpoch})
}

// acquired notes that g took the lock: if it was the woken waiter, it
// leaves the queue.
func (lq *lockQueue) acquired(g *Goroutine) {
	if lq.woken != g {
		return
	}
	lq.woken = nil
	if lq.wokenHead {
		lq.q[0] = lockWaiter{}
		if len(lq.q) == 1 {
			lq.q = lq.q[:0] // empty: the next waiter queues here, no new array
		} else {
			lq.q = lq.q[1:]
		}
		lq.pinned = false
	}
}

// lockRelease wakes the waiter an Unlock hands the chance to lock to, if
// any: one of the head's epoch (only the head, if it has lost the lock
// once), or one that arrived in the current epoch and may still be
// spinning. The others stay parked. Epochs are nondecreasing along the
// queue, so both groups are found from its ends.
func (m *Machine) lockRelease(lq *lockQueue) (woke bool) {
	q := lq.q
	if lq.woken != nil || len(q) == 0 {
		return false
	}
	// The head's epoch group and the current epoch's, each of at most
	// maxArrivalChoice waiters; they are one group when the epochs agree.
	head := 1
	if !lq.pinned {
		for head < len(q) && head < maxArrivalChoice && q[head].epoch == q[0].epoch {
			head++
		}
	}
	tail := len(q)
	for tail > head && len(q)-tail < maxArrivalChoice && q[tail-1].epoch == m.idleEpoch {
		tail--
	}
	pick := 0
	if n := head + len(q) - tail; n > 1 {
		pick = m.choose(ChooseSelect, n, nil, -1)
	}
	if pick < head {
		// Waiters of one epoch are in no order: the one woken moves to
		// the head, where it stays until it has the lock.
		q[0], q[pick] = q[pick], q[0]
		lq.woken, lq.wokenHead = q[0].g, true
	} else {
		i := tail + pick - head
		last := len(q) - 1
		q[i], q[last] = q[last], q[i]
		lq.woken, lq.wokenHead = q[last].g, false
		q[last] = lockWaiter{}
		lq.q = q[:last]
	}
	m.wake(lq.woken)
	return true
}

func (m *Machine) syncEvent(c *Ctx, op string, p *Value) {
	m.syncEventAt(c.G, op, p, c.Line)
}

// syncEventAt is syncEvent for g's call at line.
func (m *Machine) syncEventAt(g *Goroutine, op string, p *Value, line int32) {
	if e := m.event(g, op, m.objID(p), line); e != nil && !g.top().fn.User {
		// Called from inside package sync (Done is Add(-1), Cond.Wait
		// relocks L): the event sits at the user's call.
		e.Line = int32(g.Line())
	}
}

// mutexLock is g's (*sync.Mutex).Lock, called at line, of the Mutex in
// cell p: it takes the lock, or, when the lock is held, g joins its queue
// and it reports false (g is to block).
func (m *Machine) mutexLock(g *Goroutine, p *Value, line int32) bool {
	st := m.sync.mutex(p)
	if st.locked {
		m.lockWait(&st.lockQueue, g)
		st.wait(p)
		// Go's lockSlow counts the waiter in the state word with a
		// CompareAndSwap: a copy taken now has the waiter bit
		// (outcomes/mutex_copy_vs_blocked_lock).
		m.raceSyncWord(g, mutexStateCell(p), true)
		return false
	}
	st.locked = true
	st.store(p)
	st.acquired(g)
	m.syncEventAt(g, "lock", p, line)
	m.raceAcquireOf(g, p, st)
	return true
}

// mutexUnlock is g's (*sync.Mutex).Unlock, called at line, of the Mutex
// in cell p. Unlocking an unlocked Mutex is fatal: the run ends.
func (m *Machine) mutexUnlock(g *Goroutine, p *Value, line int32) {
	st := m.sync.mutex(p)
	if !st.locked {
		m.fatal(g, "sync: unlock of unlocked mutex")
		return
	}
	st.locked = false
	m.raceReleaseOf(g, p, st)
	m.syncEventAt(g, "unlock", p, line)
	// Go's Unlock wakes a waiter only when the word counts one.
	if st.counted > 0 && m.lockRelease(&st.lockQueue) {
		st.counted--
	}
	st.store(p)
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
