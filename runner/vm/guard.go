package vm

import (
	"cmp"
	"slices"
)

// Guards: what protected each shared location in one run, for the
// exploration's verdict ("every access to `c.data` held `c.mu`"). It rides
// on the race detector's hooks (race.go calls guard's methods where it
// sees an access, a lock, an unlock, or an acquire along a happens-before
// edge), so it costs nothing when the detector is off.
//
// For every heap cell and map that more than one goroutine touches it
// keeps, in the manner of Eraser's lockset (Savage et al., SOSP 1997):
//
//   - the locks held at every access once the location became shared (the
//     owner's accesses before the second goroutine came are left out: they
//     are initialisation, ordered by the go statement or channel that
//     handed it over);
//   - for each access by another goroutine than the previous one, the kinds
//     of synchronisation the accessing goroutine acquired since that
//     previous access (channel, WaitGroup, mutex, go statement, atomic,
//     timer): what ordered the hand-over;
//   - whether every access was atomic, and whether any access raced.
//
// The runner merges the runs of an exploration by the location's name.

// guardKind is a kind of synchronisation that orders accesses.
type guardKind uint8

const (
	guardChan guardKind = iota
	guardWG
	guardMutex
	guardGo
	guardAtomic
	guardTimer
	guardKinds
)

// GuardKindNames names the kinds, in the order of their bits in Guard.Via.
var GuardKindNames = [guardKinds]string{"channel", "WaitGroup", "mutex", "go statement", "atomic", "timer"}

// guardLock is a lock a goroutine holds.
type guardLock struct {
	p    *Value
	read bool
}

type guardThread struct {
	locks []guardLock
	acq   [guardKinds]uint64 // sequence number of the latest acquire of each kind
}

type guardLoc struct {
	Guard
	owner    int
	lastG    int
	lastSeq  uint64
	first    uint64      // the sequence number of its first access: its place in order
	locks    []guardLock // held at every shared access so far
	lockInit bool
}

// guards is a run's guard state.
type guards struct {
	m        *Machine
	seq      uint64
	threads  []*guardThread
	order    []*guardLoc        // by first access, once sorted
	unsorted bool               // a location made from a byteGuard was appended to order out of turn
	lines    map[*Value][]int32 // lines each lock was taken at
}

// byteGuard is a compact byte element's guardLoc while only its owner
// accessed it (the race detector's by-byte chunk holds it): a loop
// writing b[i] made a raceShadow and a guardLoc per byte. The guardLoc is
// made (fromByte) when anything else touches the byte; until then it
// would only have counted the owner's accesses, as ownerByte does.
type byteGuard struct {
	owner   int32 // 0: never accessed with guards observed
	line    int32
	lastSeq uint64
	first   uint64
}

// ownedBy reports whether byte j of c was accessed with guards observed
// by g alone, or not at all, and no guardLoc was made for it.
func (c *raceByteChunk) ownedBy(j uintptr, g *Goroutine) bool {
	return c.guards == nil || c.guards[j].owner == 0 || int(c.guards[j].owner) == g.ID
}

// ownerByte is access for byte j of c, accessed (not atomically) by g,
// which owns it or is the first to access it (ownedBy), at line.
func (gs *guards) ownerByte(c *raceByteChunk, j uintptr, g *Goroutine, line int32) {
	if c.guards == nil {
		c.guards = new([64]byteGuard)
	}
	gs.seq++
	b := &c.guards[j]
	if b.owner == 0 {
		*b = byteGuard{owner: int32(g.ID), line: line, first: gs.seq}
	}
	b.lastSeq = gs.seq
}

// fromByte makes the guardLoc b stands for, as access would have made
// and kept it over the owner's accesses, and forgets b.
func (gs *guards) fromByte(b *byteGuard) *guardLoc {
	l := &guardLoc{Guard: Guard{Site: -1, Line: b.line}, owner: int(b.owner), lastG: int(b.owner), lastSeq: b.lastSeq, first: b.first}
	*b = byteGuard{}
	if n := len(gs.order); n > 0 && gs.order[n-1].first > l.first {
		gs.unsorted = true
	}
	gs.order = append(gs.order, l)
	return l
}

func newGuards(m *Machine) *guards {
	return &guards{m: m, lines: map[*Value][]int32{}}
}

func (gs *guards) thread(id int) *guardThread {
	for len(gs.threads) <= id {
		gs.threads = append(gs.threads, nil)
	}
	t := gs.threads[id]
	if t == nil {
		t = &guardThread{}
		gs.threads[id] = t
	}
	return t
}

// acquired records that g acquired along an edge of kind k.
func (gs *guards) acquired(g *Goroutine, k guardKind) {
	if gs == nil {
		return
	}
	gs.seq++
	gs.thread(g.ID).acq[k] = gs.seq
}

// lock records that g holds the lock p now (for reading, if read).
func (gs *guards) lock(g *Goroutine, p *Value, read bool) {
	if gs == nil {
		return
	}
	t := gs.thread(g.ID)
	t.locks = append(t.locks, guardLock{p, read})
	gs.seq++
	t.acq[guardMutex] = gs.seq
	line := int32(g.Line())
	if g.state == gBlocked || g.completed {
		line = g.waitLine
	}
	ls := gs.lines[p]
	for _, l := range ls {
		if l == line {
			return
		}
	}
	if len(ls) < 8 {
		gs.lines[p] = append(ls, line)
	}
}

// unlock records that g released p (a read lock, if read). Go lets another
// goroutine unlock a Mutex: then the holder loses it.
func (gs *guards) unlock(g *Goroutine, p *Value, read bool) {
	if gs == nil {
		return
	}
	for _, id := range []int{g.ID, -1} {
		for i, t := range gs.threads {
			if t == nil || id >= 0 && i != id {
				continue
			}
			for j := len(t.locks) - 1; j >= 0; j-- {
				if l := t.locks[j]; l.p == p && l.read == read {
					t.locks = append(t.locks[:j], t.locks[j+1:]...)
					return
				}
			}
		}
	}
}

// access records an access by g to the location whose shadow is sh, by
// the instruction at pc of fn (nil for a map or an atomic operation) on
// line.
func (gs *guards) access(g *Goroutine, sh *raceShadow, isMap bool, fn *Func, pc, line int32, write, atomic, raced bool) {
	if gs == nil || g == nil {
		return
	}
	l := sh.guard
	if l == nil {
		l = &guardLoc{Guard: Guard{Site: -1, Line: line, Map: isMap, Atomic: true}, owner: g.ID, lastG: g.ID, first: gs.seq + 1}
		sh.guard = l
		gs.order = append(gs.order, l)
	}
	gs.seq++
	t := gs.thread(g.ID)
	if g.ID != l.owner && !l.Shared {
		// Named where it is shared: the owner's first access is often an
		// initialisation (a composite literal) with no useful name.
		l.Shared = true
		l.Line = line
		if fn != nil {
			l.Site = gs.m.prog.siteOf(fn, pc)
		}
	}
	if l.Shared {
		if l.Site < 0 && fn != nil {
			l.Site = gs.m.prog.siteOf(fn, pc)
		}
		l.Atomic = l.Atomic && atomic
		l.Writes = l.Writes || write
		l.Raced = l.Raced || raced
		if !l.lockInit {
			l.locks = append([]guardLock(nil), t.locks...)
			l.lockInit = true
		} else {
			n := 0
			for _, h := range l.locks {
				if x, ok := heldAs(t.locks, h.p); ok && !(write && x.read) {
					// A read lock is protection for reads only: a write
					// under it is unprotected.
					h.read = h.read || x.read
					l.locks[n] = h
					n++
				}
			}
			l.locks = l.locks[:n]
		}
		if g.ID != l.lastG && !raced {
			via := uint8(0)
			for k := guardKind(0); k < guardKinds; k++ {
				if t.acq[k] > l.lastSeq {
					via |= 1 << k
				}
			}
			l.Via |= via
		}
	} else if !atomic {
		l.Atomic = false
	}
	l.lastG, l.lastSeq = g.ID, gs.seq
}

// heldAs finds the lock p among locks, preferring a write hold.
func heldAs(locks []guardLock, p *Value) (guardLock, bool) {
	var found guardLock
	ok := false
	for _, x := range locks {
		if x.p == p && (!ok || !x.read) {
			found, ok = x, true
		}
	}
	return found, ok
}

// Guard is what one run observed about one location.
type Guard struct {
	Site   int         // an AccessSite of it, -1 for a map or when unknown
	Line   int32       // the line of its first shared access
	Map    bool        // a map (named from Line), not a memory cell
	Shared bool        // more than one goroutine accessed it
	Locks  []GuardLock // the locks held at every shared access
	Via    uint8       // kinds (bits by guardKind) that ordered accesses of different goroutines
	Atomic bool        // every shared access was atomic
	Writes bool        // some shared access wrote
	Raced  bool        // some access raced
	Name   string      // the location as written, from its access site; "" for maps
}

// GuardLock is a lock held at every shared access of a location.
type GuardLock struct {
	Lines []int32 // lines where it was taken (its Lock or RLock calls)
	Read  bool    // some access held it only for reading
}

// Guards lists the locations more than one goroutine accessed in this run,
// with what protected them; nil when the race detector was off.
func (m *Machine) Guards() []Guard {
	if m.race == nil || m.race.guards == nil {
		return nil
	}
	gs := m.race.guards
	if gs.unsorted {
		slices.SortStableFunc(gs.order, func(a, b *guardLoc) int { return cmp.Compare(a.first, b.first) })
		gs.unsorted = false
	}
	var out []Guard
	for _, l := range gs.order {
		if !l.Shared {
			continue
		}
		g := l.Guard
		for _, h := range l.locks {
			g.Locks = append(g.Locks, GuardLock{Lines: gs.lines[h.p], Read: h.read})
		}
		if g.Site >= 0 && g.Site < len(m.prog.access.sites) {
			g.Name = m.prog.access.sites[g.Site].Name
		}
		out = append(out, g)
	}
	return out
}
