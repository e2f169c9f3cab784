package vm

import "slices"

// sync.Pool. Go's Pool never blocks, and its per-P fast path has no
// synchronisation a program can observe, so Get and Put here are invisible
// intrinsics (no scheduling point) over free lists the machine keeps for
// the run.
//
// Go keeps a pool's items per P (sync/pool.go): Put fills the P's private
// slot, or pushes onto the head of the P's shared chain; Get takes the
// private item, else the shared head, else steals the tail of another P's
// shared chain, else calls New. Only a goroutine running on the P can take
// its private item — a goroutine that stays on its P keeps it — but the
// next goroutine the P runs, once the first has blocked or ended, takes it.
// So the number of items a program makes is about how many goroutines were
// between Get and Put at once, which is at most GOMAXPROCS plus the rare
// preemption: the classic demo of a million goroutines that each Get and
// Put makes a handful.
//
// Interleave has no Ps: every goroutine stands for one of its own, and
// here a goroutine's items are its P's. A goroutine takes its own private
// item, then its own shared head; then an item left by a goroutine that
// ended (its P runs others now), the private item of a blocked goroutine
// (it gave up its P), or the tail of another goroutine's shared chain;
// else New. A runnable goroutine's private item is never taken, as Go
// never takes a running P's. The ended goroutines' items count as one P's:
// while exactly one of them is a private item, a Get may run on another
// P instead (a choice), where that item is out of reach (see steal). Get and Put run inside one step, so a
// goroutine that gets, works and puts without a visible operation between
// holds its item for no other goroutine to see, as a goroutine Go does not
// preempt there: 300 such goroutines make nothing beyond the four
// seeded (outcome pool_demo_small; real Go: 600 of 600 runs).
//
// That is the model for the program's own pools. The standard library's
// pools (fmt's printers, above all) keep the simpler one of earlier: a
// goroutine gets back only what it put itself, and what it leaves goes when
// it ends. Go's Pool may always treat itself as empty, so this too is one
// of Go's behaviours, and nothing a program prints depends on how fmt
// reuses its printers; but an item fmt passed between goroutines would
// carry a happens-before edge (below) that orders everything the two did
// before and after their prints, and two goroutines that print into one
// strings.Builder with fmt.Fprintf, each in one step, would never race in
// the detector's eyes (TestStdRaceDFS).
//
// An item that passes from one goroutine to another carries the
// happens-before edge Go's memory model gives it ("a call to Put(x)
// synchronizes before a call to Get returning that same value x"): the
// taker acquires the putter's clock at its Put. Go's race build also drops
// a quarter of all Puts at random so that such edges do not hide races
// forever; Interleave explores schedules instead, and in those where the
// two goroutines overlap no item passes.

// poolItem is an item in a pool, with the putter's race clock at its Put
// (nil without the race detector).
type poolItem struct {
	v     Value
	clock vclock
	from  *Goroutine
	// private: among the orphans, an item left in its goroutine's
	// private slot, which only a Get on the P it ran on can take.
	private bool
}

// poolLocal is one goroutine's part of a pool: its P's private slot and
// shared chain (the head is the end of the slice).
type poolLocal struct {
	g       *Goroutine
	private poolItem // v.R == nil when empty: Put never stores a nil any
	shared  []poolItem
	at      int // index in the pool's holders, -1 when not listed
}

func (l *poolLocal) empty() bool { return l.private.v.R == nil && len(l.shared) == 0 }

// vmPool is one sync.Pool's state.
type vmPool struct {
	user    bool // used from prog.go: items pass between goroutines
	locals  map[*Goroutine]*poolLocal
	orphans []poolItem   // items of goroutines that ended, newest last
	privs   int          // how many of the orphans are private items
	holders []*poolLocal // locals that held an item when listed
}

// unlist takes l out of the holders (swapping the last one into its
// place: the order stays deterministic).
func (vp *vmPool) unlist(l *poolLocal) {
	if l.at < 0 {
		return
	}
	last := vp.holders[len(vp.holders)-1]
	vp.holders[l.at] = last
	last.at = l.at
	vp.holders[len(vp.holders)-1] = nil
	vp.holders = vp.holders[:len(vp.holders)-1]
	l.at = -1
}

// maxPoolSteal bounds how many other goroutines' parts a Get looks at
// before it calls New, so that a million goroutines each holding a
// private item cannot make every Get scan them all (Go's Pool may always
// treat itself as empty).
const maxPoolSteal = 64

func (m *Machine) pool(g *Goroutine, p *Value) *vmPool {
	if m.sync.pools == nil {
		m.sync.pools = map[*Value]*vmPool{}
	}
	vp := m.sync.pools[p]
	if vp == nil {
		vp = &vmPool{locals: map[*Goroutine]*poolLocal{}, user: poolCaller(g)}
		m.sync.pools[p] = vp
	}
	return vp
}

// poolCaller reports whether the code calling sync.Pool's Get or Put (the
// top frame, or a deferred call's) is the program's own.
func poolCaller(g *Goroutine) bool {
	for i := len(g.frames) - 2; i >= 0; i-- {
		if fr := g.frames[i]; !fr.isDefer {
			return fr.fn.User
		}
	}
	return false
}

func init() {
	register("(*sync.Pool).get", func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		vp := c.M.sync.pools[p]
		if vp == nil {
			c.M.pool(c.G, p) // says whose pool it is
			return Value{}   // a nil any: Get calls New
		}
		if l := vp.locals[c.G]; l != nil {
			if x := l.private; x.v.R != nil {
				l.private = poolItem{}
				return x.v
			}
			if n := len(l.shared); n > 0 {
				x := l.shared[n-1]
				l.shared[n-1] = poolItem{}
				l.shared = l.shared[:n-1]
				return x.v
			}
		}
		if !vp.user {
			return Value{}
		}
		x, ok := vp.steal(c.M, c.G)
		if !ok {
			return Value{}
		}
		if r := c.M.race; r != nil && x.from != c.G && x.clock != nil {
			r.thread(c.G).acquire(x.clock)
		}
		return x.v
	})
	register("(*sync.Pool).put", func(c *Ctx, args []Value) Value {
		p, x := ptrArg(args), args[1]
		vp := c.M.pool(c.G, p)
		l := vp.locals[c.G]
		if l == nil {
			l = &poolLocal{g: c.G, at: -1}
			vp.locals[c.G] = l
			if c.M.sync.poolsOf == nil {
				c.M.sync.poolsOf = map[*Goroutine][]*vmPool{}
			}
			c.M.sync.poolsOf[c.G] = append(c.M.sync.poolsOf[c.G], vp)
		}
		it := poolItem{v: x, from: c.G}
		if r := c.M.race; r != nil && vp.user {
			t := r.thread(c.G)
			it.clock = t.vc.clone()
			t.tick()
		}
		if l.private.v.R == nil {
			l.private = it
		} else {
			l.shared = append(l.shared, it)
		}
		if l.at < 0 {
			l.at = len(vp.holders)
			vp.holders = append(vp.holders, l)
		}
		return Value{}
	})
}

// steal finds an item for g, whose own part is empty: the newest item a
// goroutine that ended left (g runs on their P), or, by a choice while
// one of those is a private item, the oldest of the others (g runs on
// another P, the model's second: two private items would be on two Ps,
// and g on one of them); else, newest holder first, a blocked goroutine's
// private item or shared head, or a runnable one's oldest shared item
// (never its private one).
func (vp *vmPool) steal(m *Machine, g *Goroutine) (poolItem, bool) {
	if n := len(vp.orphans); n > 0 {
		if vp.privs == 1 && m.choose(ChoosePool, 2, nil, -1) == 1 {
			// g runs on another P than the one the ended goroutines
			// ran on: their private item is out of its reach; it
			// steals the oldest shared item, as getSlow pops a
			// chain's tail, or looks further.
			if i := slices.IndexFunc(vp.orphans, func(x poolItem) bool { return !x.private }); i >= 0 {
				x := vp.orphans[i]
				vp.orphans = slices.Delete(vp.orphans, i, i+1)
				return x, true
			}
		} else {
			x := vp.orphans[n-1]
			vp.orphans[n-1] = poolItem{}
			vp.orphans = vp.orphans[:n-1]
			if x.private {
				vp.privs--
			}
			return x, true
		}
	}
	looked := 0
	for i := len(vp.holders) - 1; i >= 0 && looked < maxPoolSteal; i-- {
		l := vp.holders[i]
		if l.empty() {
			vp.unlist(l) // Put lists it again
			continue
		}
		if l.g == g {
			continue
		}
		looked++
		if l.g.state == gBlocked {
			// It gave up its P: g takes what the P's next goroutine
			// would, the private item, then the shared head. Or g runs on
			// another P, and began before the other blocked (Interleave
			// parks a goroutine as soon as it stops in front of an
			// operation that cannot proceed, fusing its arrival there
			// with the step before): a choice, the second costing one
			// preemption in dfs, as in Go it needs a second P.
			if m.choose(ChoosePool, 2, nil, -1) == 1 {
				if len(l.shared) > 0 {
					x := l.shared[0] // a running P's tail, as getSlow steals
					l.shared[0] = poolItem{}
					l.shared = l.shared[1:]
					return x, true
				}
				continue
			}
			if x := l.private; x.v.R != nil {
				l.private = poolItem{}
				return x, true
			}
			n := len(l.shared)
			x := l.shared[n-1]
			l.shared[n-1] = poolItem{}
			l.shared = l.shared[:n-1]
			return x, true
		}
		if len(l.shared) > 0 {
			// A running P's shared tail, as getSlow steals.
			x := l.shared[0]
			l.shared[0] = poolItem{}
			l.shared = l.shared[1:]
			return x, true
		}
	}
	return poolItem{}, false
}

// dropPools runs when goroutine g ends: what it put and never took back
// stays in the pool, for others to take (its P runs other goroutines).
func (m *Machine) dropPools(g *Goroutine) {
	vps := m.sync.poolsOf[g]
	if vps == nil {
		return
	}
	delete(m.sync.poolsOf, g)
	for _, vp := range vps {
		l := vp.locals[g]
		if l == nil {
			continue
		}
		delete(vp.locals, g)
		vp.unlist(l)
		if !vp.user {
			continue // its items go with it
		}
		// Taken newest first: the private item (which Go's next goroutine
		// on the P takes first), then the shared chain from its head.
		vp.orphans = append(vp.orphans, l.shared...)
		l.shared = nil
		if l.private.v.R != nil {
			x := l.private
			x.private = true
			vp.orphans = append(vp.orphans, x)
			vp.privs++
			l.private = poolItem{}
		}
	}
}
