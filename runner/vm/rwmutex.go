package vm

// RWMutex follows Go's sync/rwmutex.go step for step, with its counters
// kept as plain fields:
//
//   - Lock first takes the writer mutex w (waiting there shows
//     [sync.Mutex.Lock]), then announces itself: from that moment new
//     readers wait (readerCount < 0 in Go). It waits ([sync.RWMutex.Lock])
//     until the readers active at the announcement have left (readerWait).
//   - RLock registers the reader (readerCount++) and, if a writer has
//     announced, waits on the reader semaphore ([sync.RWMutex.RLock]).
//   - RUnlock deregisters; while a writer waits, the last of the readers it
//     waits for hands it the lock.
//   - Unlock releases one reader-semaphore token per reader registered
//     meanwhile, so those readers hold the lock before any new writer can
//     announce, then releases w.
//
// Go's w.Lock and the announcement are one step here: a reader that runs
// between them in Go sees the same state as one that runs before w.Lock.
// Semaphore waiters are completed by whoever releases the token, as Go's
// semrelease readies them; they still need a scheduler step to return.

// rwState is one RWMutex.
type rwState struct {
	wHeld   bool      // the writer mutex w is held (by an announced or active writer)
	pending bool      // a writer has announced itself (Go: readerCount < 0)
	writer  bool      // a writer holds the lock (the race detector reads this)
	readers int       // registered readers, waiting ones included
	wait    int       // Go's readerWait: readers the announced writer waits for
	wq      lockQueue // writers waiting for w (sync.go)
	readerQ sema      // Go's readerSem
	writerQ sema      // Go's writerSem
	// wCounted is how many waiters w's state word counts, as a Mutex's
	// (mutexState.counted): an Unlock wakes a writer waiting for w only
	// when one is counted, so one waiting at a value assigned over stays
	// parked.
	wCounted int
}

// sema is a runtime semaphore: a count of tokens and a FIFO of waiters.
type sema struct {
	n       int
	waiters []*Goroutine
}

// acquire takes a token, or reports false when the caller must wait (it is
// then queued).
func (s *sema) acquire(g *Goroutine) bool {
	if s.n > 0 {
		s.n--
		return true
	}
	s.waiters = append(s.waiters, g)
	return false
}

// release hands a token to the first waiter, which it returns, or keeps it.
func (s *sema) release() *Goroutine {
	if len(s.waiters) == 0 {
		s.n++
		return nil
	}
	g := s.waiters[0]
	s.waiters = s.waiters[1:]
	return g
}

// grantRW completes a goroutine parked in RLock or Lock on p: it holds the
// lock now and returns from its call at its next step.
func (m *Machine) grantRW(g *Goroutine, p *Value, op string) {
	g.completed, g.w.val = true, Value{}
	m.wake(g)
	m.event(g, op, m.objID(p), g.waitLine)
	m.raceAcquire(g, p)
}

// rwVisible is visible for an RWMutex operation: its state is mirrored
// into the value's words afterwards, which a copy carries (sync.go).
func rwVisible(name, op string, write bool, fn func(c *Ctx, args []Value) Value) *Intrinsic {
	return visible(name, op, write, func(c *Ctx, args []Value) Value {
		v := fn(c, args)
		p := ptrArg(args)
		if st := c.M.sync.rws[p]; st != nil {
			st.mirror(p)
		}
		return v
	})
}

func init() {
	lock := rwVisible("(*sync.RWMutex).Lock", "lock", true, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.rw(p)
		if st.wHeld {
			c.M.lockWait(&st.wq, c.G)
			st.wCounted++
			// Go's Lock blocks in its writer mutex's Lock, which counts
			// the waiter with a CompareAndSwap (mutexLock).
			c.M.raceSyncWord(c.G, c.M.syncStateCell(p), true)
			c.Block("sync.Mutex.Lock", p)
			return Value{}
		}
		st.wq.acquired(c.G)
		st.wHeld, st.pending = true, true
		if r := st.readers; r != 0 {
			st.wait += r
			if st.wait != 0 && !st.writerQ.acquire(c.G) {
				// Go's Lock has announced the writer (readerCount less
				// 2^30, an atomic add) before it waits: a copy taken now
				// has a pending writer (rwmutex_copy_vs_pending_writer).
				c.M.raceSyncWord(c.G, c.M.syncStateCell(p), true)
				c.Block("sync.RWMutex.Lock", p)
				return Value{}
			}
		}
		st.writer = true
		c.M.syncEvent(c, "lock", p)
		c.M.raceAcquire(c.G, p)
		return Value{}
	})
	lock.lock = func(m *Machine, p *Value) (*lockQueue, bool) {
		st := m.sync.rw(p)
		if st.wHeld {
			st.wCounted++ // the caller queues it
			st.mirror(p)
		}
		return &st.wq, st.wHeld
	}

	rwVisible("(*sync.RWMutex).TryLock", "trylock", true, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.rw(p)
		if st.wHeld || st.readers != 0 {
			return boolVal(false)
		}
		st.wHeld, st.pending, st.writer = true, true, true
		c.M.syncEvent(c, "lock", p)
		c.M.raceAcquire(c.G, p)
		return boolVal(true)
	})

	rwUnlock := rwVisible("(*sync.RWMutex).Unlock", "unlock", true, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.rw(p)
		if !st.pending {
			c.M.fatal(c.G, "sync: Unlock of unlocked RWMutex")
			return Value{}
		}
		st.pending, st.writer = false, false
		c.M.raceRelease(c.G, p)
		c.M.syncEvent(c, "unlock", p)
		// Readers that registered while the writer was there hold the lock
		// from now on.
		for range st.readers {
			if g := st.readerQ.release(); g != nil {
				c.M.grantRW(g, p, "rlock")
			}
		}
		// Releasing w wakes a writer waiting for it, which competes with
		// writers arriving meanwhile, if w's word counts one.
		st.wHeld = false
		if st.wCounted > 0 && c.M.lockRelease(&st.wq) {
			st.wCounted--
		}
		return Value{}
	})

	rwVisible("(*sync.RWMutex).RLock", "rlock", false, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.rw(p)
		st.readers++
		if st.pending && !st.readerQ.acquire(c.G) {
			c.Block("sync.RWMutex.RLock", p)
			return Value{}
		}
		c.M.syncEvent(c, "rlock", p)
		c.M.raceAcquire(c.G, p)
		return Value{}
	})

	rwVisible("(*sync.RWMutex).TryRLock", "tryrlock", false, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.rw(p)
		if st.pending {
			return boolVal(false)
		}
		st.readers++
		c.M.syncEvent(c, "rlock", p)
		c.M.raceAcquire(c.G, p)
		return boolVal(true)
	})

	rwRUnlock := rwVisible("(*sync.RWMutex).RUnlock", "runlock", true, func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		st := c.M.sync.rw(p)
		if st.readers == 0 {
			c.M.fatal(c.G, "sync: RUnlock of unlocked RWMutex")
			return Value{}
		}
		st.readers--
		c.M.raceReleaseMerge(c.G, p)
		c.M.syncEvent(c, "runlock", p)
		if st.pending {
			if st.wait--; st.wait == 0 {
				// The last reader the writer waited for hands it the lock.
				if g := st.writerQ.release(); g != nil {
					st.writer = true
					c.M.grantRW(g, p, "lock")
				}
			}
		}
		return Value{}
	})
	// Both touch everything (sync.go's "Unlocks touch everything"): one
	// without the write lock or without a reader is a fatal error, one
	// that succeeds may turn another goroutine's into one.
	rwUnlock.Obj, rwRUnlock.Obj = nil, nil
}
