package vm

// The data race detector (--race): happens-before with vector clocks, in the
// manner of FastTrack (Flanagan & Freund, PLDI 2009) and of ThreadSanitizer,
// which Go's -race runs.
//
// Every goroutine has a vector clock (indexed by one of 256 slots, as in
// TSan); synchronisation (go, channels, locks, WaitGroup, atomics, AfterFunc)
// joins clocks along Go's happens-before edges, with the release/acquire
// flavour Go's runtime annotates each with. Every location — a heap cell
// (*Value), a map object, a map entry's value slot, a channel — keeps a short
// list of the accesses not yet known to happen before later ones (slot,
// epoch, kind, stack), like TSan's shadow cells. An access that conflicts
// with a recorded one it is not ordered after is a race, reported at once on
// stderr in -race's format.
//
// What is reported, and how often, follows TSan as Go uses it:
//   - on a race the location's history is wiped and the racing access is not
//     recorded, so a racy counter++ reports its read and not its write too;
//   - a pair of stacks (either order) is reported once per run;
//   - stacks show the frames -race shows (see "Stacks" below), and runtime
//     functions (mapassign_faststr, growslice, closechan …) where it does;
//   - "Found N data race(s)" and exit status 66 come at exit, and only when
//     the program exits with status 0 (runner.raceResult adds them).
//
// The hooks: exec calls raceLoad, raceStore, raceLookup, raceIter and
// raceBuiltin with the instruction's pc, after the instruction's scheduling
// point; chan.go, sync.go, atomic.go, maps.go, call.go and clock.go call the
// others. When Config.Race is off, m.race is nil: every hook returns at
// once, and exec tests m.race before calling its hooks.

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
	"unsafe"
)

// vclock is a vector clock indexed by slot (see raceSlots).
type vclock []uint32

func (v vclock) get(i int) uint32 {
	if i < len(v) {
		return v[i]
	}
	return 0
}

func (v *vclock) set(i int, c uint32) {
	if i >= len(*v) {
		n := make(vclock, i+1, max(i+1, 2*len(*v)))
		copy(n, *v)
		*v = n
	}
	(*v)[i] = c
}

// join makes v the element-wise maximum of v and o.
func (v *vclock) join(o vclock) {
	if len(o) > len(*v) {
		n := make(vclock, len(o))
		copy(n, *v)
		*v = n
	}
	w := *v
	for i, c := range o {
		if c > w[i] {
			w[i] = c
		}
	}
}

// assign makes v a copy of o.
func (v *vclock) assign(o vclock) { *v = append((*v)[:0], o...) }

func (v vclock) clone() vclock { return append(vclock(nil), v...) }

// raceSlots bounds the clocks' size: like TSan, which Go's -race runs, the
// detector gives each goroutine one of 256 slots, and clocks are indexed by
// slot. A slot is reused once its goroutine has finished (its epochs carry
// on, so the new owner counts as ordered after the old one, as in TSan) or,
// when every slot is taken by a live goroutine, shared round-robin. Runs
// with fewer than 256 goroutines are exact.
const raceSlots = 256

// raceThread is a goroutine as the detector sees it.
type raceThread struct {
	id      int // goroutine ID
	sid     int // slot
	vc      vclock
	created *raceStack // where its go statement ran; nil for main

	// Stack of the frames below the innermost one, cached while they stay
	// the same (the innermost frame is the only one that moves).
	cacheN     int
	cacheBelow *Frame
	cachePC    int
	cacheTop   *Func
	cacheStack *raceStack

	goOuter  *Func // the function whose go statement started it
	r        *raceDetector
	assigned *Map // its m[k] = append(m[k], …) has written the map already

	// The innermost frame's stack node, for an access repeated in a loop.
	lastPrefix, lastNode *raceStack
	lastFn               *Func
	lastPC               int
	lastAt               int32
}

func (t *raceThread) epoch() uint32 { return t.vc.get(t.sid) }

// tick starts t's next epoch, after a release.
func (t *raceThread) tick() {
	e := max(t.vc.get(t.sid), t.r.slotEpoch[t.sid]) + 1
	t.r.slotEpoch[t.sid] = e
	t.vc.set(t.sid, e)
}

// raceAccess is one recorded access to a location.
type raceAccess struct {
	sid    int32  // slot
	gid    int32  // goroutine ID
	clk    uint32 // the slot's epoch
	write  bool
	atomic bool
	back   uint8 // a range access of compact bytes: how far before this byte its 8-byte word's part of the range starts
	stack  *raceStack
}

// raceShadow is a location's history; most locations have one access in
// it, kept inline.
type raceShadow struct {
	acc   []raceAccess
	one   [1]raceAccess
	key   any       // the *Value, *Map, *Chan or raceSlot, for its object number
	guard *guardLoc // what protects it (guard.go), when guards are observed
}

func newShadow(key any) *raceShadow {
	sh := &raceShadow{key: key}
	sh.acc = sh.one[:0]
	return sh
}

// raceSlot names a map entry's value slot.
type raceSlot struct {
	m  *Map
	hk any
}

// raceSyncKey names a synchronisation clock: a Mutex, one of an RWMutex's
// two semaphores, a WaitGroup, an atomic variable.
type raceSyncKey struct {
	p    *Value
	kind uint8
}

const (
	raceSyncMutex uint8 = iota
	raceSyncReaderSem
	raceSyncWriterSem
	raceSyncWG
	raceSyncAtomic
)

// raceChan is a channel's happens-before state: one clock per buffer slot
// (the k-th receive happens after the k-th send, and the k-th send after
// the (k-cap)-th receive), one for close, and the sender of a direct
// handoff in progress.
type raceChan struct {
	slots        []vclock
	sendx, recvx int
	closed       vclock
	pending      *Goroutine  // sender handing a value to a waiting receiver
	refill       *Goroutine  // blocked sender whose value moves into the freed slot
	obj          *raceShadow // the channel object: a send reads it, close writes it
}

// raceStack is an interned call stack, innermost frame last; stacks share
// their prefixes.
type raceStack struct {
	parent   *raceStack
	id       int
	fn       *Func  // nil for a synthetic runtime frame
	name     string // synthetic frame: function name
	pc       int32
	line     int32
	children map[raceFrameKey]*raceStack
}

type raceFrameKey struct {
	fn   *Func
	pc   int32
	line int32
	name string
}

// maxRaceFrames bounds the frames kept per stack, innermost first.
const maxRaceFrames = 32

// raceDetector is the detector's state for one run.
type raceDetector struct {
	m               *Machine
	threads         []*raceThread         // by goroutine ID
	slotEpoch       []uint32              // by slot: its last epoch
	slotOwner       []*raceThread         // by slot
	freeSlots       []int                 // finished goroutines' slots, oldest first
	nextSlot        int                   // round-robin when every slot is taken
	pages           map[uintptr]*racePage // cells' shadows
	lastPage        *racePage
	lastPageKey     uintptr
	prevPage        *racePage // the page lastPage replaced (cell)
	prevPageKey     uintptr
	bytePages       map[uintptr]*raceBytePage // compact byte elements' shadows (bytes.go)
	lastBytePage    *raceBytePage
	lastBytePageKey uintptr
	stacks          []*raceStack // by ID - 1 (stackOf)
	maps            map[*Map]*raceShadow
	slots           map[raceSlot]*raceShadow
	lastSlotKey     raceSlot    // the entry slotShadow gave last
	lastSlot        *raceShadow // its shadow
	syncs           map[raceSyncKey]*vclock
	chans           map[*Chan]*raceChan
	wgN             map[*Value]int64 // WaitGroup counter after the last Add
	wraps           map[*Func]map[*Func]int
	timers          map[*vmTimer]*vclock
	ranges          map[*Instr]raceRange
	appends         map[*Instr]bool
	pending         *racePendingAppend // a growing append in progress (appended)
	root            raceStack
	nstacks         int
	reported        map[[2]int]bool
	count           int
	first           string
	quiet           bool  // record races for Races, print nothing (exploring)
	rangeStart      any   // the first cell (*Value or *byte) of the range access being checked, if any
	rangeBack       uint8 // for a range of compact bytes: how many bytes before the checked one rangeStart is
	quietStacks     map[quietKey]*raceStack
	quietCache      [quietSlots]*raceStack // quietStack's latest, by a hash of pc and line
	races           []Race                 // every race seen, once per pair of sites and lines
	guards          *guards                // what protects shared locations (guard.go), when asked for
}

func newRaceDetector(m *Machine) *raceDetector {
	return &raceDetector{
		m:        m,
		pages:    map[uintptr]*racePage{},
		maps:     map[*Map]*raceShadow{},
		slots:    map[raceSlot]*raceShadow{},
		syncs:    map[raceSyncKey]*vclock{},
		chans:    map[*Chan]*raceChan{},
		wgN:      map[*Value]int64{},
		wraps:    map[*Func]map[*Func]int{},
		timers:   map[*vmTimer]*vclock{},
		ranges:   map[*Instr]raceRange{},
		appends:  map[*Instr]bool{},
		reported: map[[2]int]bool{},
	}
}

// RaceCount is the number of data races reported so far.
func (m *Machine) RaceCount() int {
	if m.race == nil {
		return 0
	}
	return m.race.count
}

// RaceSummary describes the first race reported in one line, e.g.
// "data race: read at prog.go:12, previous write at prog.go:9"; "" if none
// was.
func (m *Machine) RaceSummary() string {
	if m.race == nil {
		return ""
	}
	return m.race.first
}

// thread returns g's detector state, creating it for a goroutine the
// detector has not seen start (main).
func (r *raceDetector) thread(g *Goroutine) *raceThread {
	for len(r.threads) <= g.ID {
		r.threads = append(r.threads, nil)
	}
	t := r.threads[g.ID]
	if t == nil {
		t = &raceThread{id: g.ID, r: r, sid: r.newSlot()}
		r.slotOwner[t.sid] = t
		r.threads[g.ID] = t
		t.tick()
	}
	return t
}

// newSlot picks a slot for a new goroutine.
func (r *raceDetector) newSlot() int {
	if len(r.slotEpoch) < raceSlots {
		r.slotEpoch = append(r.slotEpoch, 0)
		r.slotOwner = append(r.slotOwner, nil)
		return len(r.slotEpoch) - 1
	}
	if len(r.freeSlots) == 0 {
		for sid, t := range r.slotOwner {
			if t != nil && t.id >= 1 && t.id <= len(r.m.gs) && r.m.gs[t.id-1].state == gDone {
				r.slotOwner[sid] = nil
				t.vc = nil // a finished goroutine's clock is not needed any more
				r.freeSlots = append(r.freeSlots, sid)
			}
		}
	}
	if len(r.freeSlots) > 0 {
		sid := r.freeSlots[0]
		r.freeSlots = r.freeSlots[1:]
		return sid
	}
	r.nextSlot = (r.nextSlot + 1) % raceSlots
	return r.nextSlot
}

func (r *raceDetector) clock(k raceSyncKey) *vclock {
	c := r.syncs[k]
	if c == nil {
		c = new(vclock)
		r.syncs[k] = c
	}
	return c
}

// Synchronisation primitives, as TSan names them.

func (t *raceThread) acquire(c vclock) { t.vc.join(c) }

// releaseStore: the clock becomes the thread's (Go's race.Release).
func (t *raceThread) releaseStore(c *vclock) {
	c.assign(t.vc)
	t.tick()
}

// releaseMerge: the clock joins the thread's (Go's race.ReleaseMerge).
func (t *raceThread) releaseMerge(c *vclock) {
	c.join(t.vc)
	t.tick()
}

// releaseStoreAcquire: the thread takes the clock's old value and leaves
// its own (a channel buffer slot).
func (t *raceThread) releaseStoreAcquire(c *vclock) {
	old := *c
	*c = t.vc.clone()
	t.vc.join(old)
	t.tick()
}

// releaseAcquire: both become their join (an atomic read-modify-write).
func (t *raceThread) releaseAcquire(c *vclock) {
	c.join(t.vc)
	t.vc.assign(*c)
	t.tick()
}

// raceGo: the go statement happens before the new goroutine starts.
func (m *Machine) raceGo(parent, child *Goroutine) {
	r := m.race
	if r == nil {
		return
	}
	pt := r.thread(parent)
	ct := r.thread(child)
	r.guards.acquired(child, guardGo)
	ct.vc.join(pt.vc)
	ct.tick()
	if !r.quiet {
		ct.created = r.goStack(parent, child.CreatedLine())
	}
	if len(parent.frames) > 0 {
		ct.goOuter = parent.top().fn
	}
	pt.tick()
}

// raceTimerStart: time.AfterFunc releases to the timer (Go's timers carry
// happens-before from whoever starts them to whatever they run).
func (m *Machine) raceTimerStart(g *Goroutine, vt *vmTimer) {
	r := m.race
	if r == nil {
		return
	}
	c := r.timers[vt]
	if c == nil {
		c = new(vclock)
		r.timers[vt] = c
	}
	r.thread(g).releaseMerge(c)
}

// raceTimerGo: the goroutine an AfterFunc timer starts (in Go, from
// time.goFunc) begins after the AfterFunc call.
func (m *Machine) raceTimerGo(vt *vmTimer, g *Goroutine) {
	r := m.race
	if r == nil {
		return
	}
	t := r.thread(g)
	r.guards.acquired(g, guardTimer)
	if c := r.timers[vt]; c != nil {
		t.vc.join(*c)
		t.tick()
	}
	t.created = r.synthetic(&r.root, "time.goFunc", "$GOROOT/src/time/sleep.go", 215)
}

// Memory accesses.

// raceLoad is called by exec before a Load of the cell p by the instruction
// at pc of g's innermost frame.
func (m *Machine) raceLoad(g *Goroutine, p *Value, pc int) {
	m.raceMem(g, p, pc, false)
}

// raceStore is called by exec before a Store into the cell p.
func (m *Machine) raceStore(g *Goroutine, p *Value, pc int) {
	m.raceMem(g, p, pc, true)
}

func (m *Machine) raceMem(g *Goroutine, p *Value, pc int, write bool) {
	r := m.race
	if r == nil {
		return
	}
	t := r.thread(g)
	fr := g.top()
	in := &fr.fn.Code[pc]
	typ, _ := in.Aux.(*Type)
	stack := r.stack(t, g, pc, "", "", 0)
	var raced bool
	if typ != nil && typ.IsAggregate() {
		// A struct or array is one access per scalar cell inside it.
		raced = r.accessLeaves(m, g, t, p, typ, write, stack)
	} else {
		raced = r.access(m, g, t, r.cell(p), write, false, stack)
	}
	if r.guards != nil {
		r.guards.access(g, r.cell(p), false, fr.fn, int32(pc), in.Line, write, false, raced)
	}
}

// raceWord is raceMem for one word of a visible aggregate load or store
// performed a word at a time (words.go): a scalar's cell, or a chunk of
// compact bytes (checked as a range, as gc's racereadrange does). It
// reports whether the word raced.
func (m *Machine) raceWord(g *Goroutine, pc int, cell *Value, chunk []byte, write bool) bool {
	r := m.race
	t := r.thread(g)
	stack := r.stack(t, g, pc, "", "", 0)
	if chunk != nil {
		return r.accessRangeB(m, g, t, chunk, write, stack)
	}
	return r.access(m, g, t, r.cell(cell), write, false, stack)
}

// raceGuards tells the guard observer (guard.go) of a visible aggregate
// access performed a word at a time, once its last word is done: what
// raceMem tells it of a whole access.
func (m *Machine) raceGuards(g *Goroutine, p *Value, pc int, write, raced bool) {
	r := m.race
	if r.guards == nil {
		return
	}
	fr := g.top()
	r.guards.access(g, r.cell(p), false, fr.fn, int32(pc), fr.fn.Code[pc].Line, write, false, raced)
}

// raceByte is raceMem for a load or store through a pointer into compact
// byte storage (bytes.go).
func (m *Machine) raceByte(g *Goroutine, p *byte, pc int, write bool) {
	r := m.race
	t := r.thread(g)
	stack := r.stack(t, g, pc, "", "", 0)
	fr := g.top()
	in := &fr.fn.Code[pc]
	a := uintptr(unsafe.Pointer(p))
	pg := r.bytePage(a)
	c, j := pg.byteChunk((a>>6)&7), a&63
	gs := r.guards
	// access would only store this access (the byte's history is empty,
	// or one access of this goroutine's that it replaces: weaker or
	// equal), and no guardLoc is needed (ownedBy): kept without a
	// raceShadow (plainByte).
	if st := c.state[j]; compactByteAccess && (st == byteNone || st == byteOne && c.acc[j].sid == int32(t.sid) && (!c.acc[j].write || write)) && (gs == nil || c.ownedBy(j, g)) {
		r.plainByte(pg, c, j, t, p, write, stack)
		if gs != nil {
			gs.ownerByte(c, j, g, in.Line)
		}
		return
	}
	sh := r.cellIn(c, j, p)
	if gs != nil && sh.guard == nil && c.guards != nil && c.guards[j].owner != 0 {
		sh.guard = gs.fromByte(&c.guards[j])
	}
	raced := r.access(m, g, t, sh, write, false, stack)
	if gs != nil {
		gs.access(g, sh, false, fr.fn, int32(pc), in.Line, write, false, raced)
	}
}

// compactByteAccess is true but in a test comparing raceByte's reports
// and guards with and without plainByte and ownerByte.
var compactByteAccess = true

// plainByte records thread t's access of byte p, byte j of chunk c of
// page pg, as access would store it where the byte's history is empty or
// holds one access of t's that this one replaces (raceByte checks that),
// without a raceShadow. A loop writing b[i] made a shadow per byte
// (cellB); now, as a range access's bytes, they stay in their by-byte
// chunk.
func (r *raceDetector) plainByte(pg *raceBytePage, c *raceByteChunk, j uintptr, t *raceThread, p *byte, write bool, stack *raceStack) {
	if c.state[j] == byteNone {
		pg.keep = append(pg.keep, p) // as the shadow's key would hold p's object
	}
	cur := raceByteAcc{sid: int32(t.sid), gid: int32(t.id), clk: t.epoch(), stack: -1, write: write, back: r.rangeBack}
	if stack != nil {
		cur.stack = int32(stack.id)
	}
	c.acc[j], c.state[j] = cur, byteOne
}

// raceBytePage holds the shadows of compact byte elements in one 512-byte
// block of host memory, one per byte (Go's race detector tells apart
// accesses to neighbouring bytes), by chunks of 64 bytes.
//
// A range access of a long string or byte slice (a conversion, a copy)
// touches every byte of it, and made a shadow per byte: a map lookup and an
// allocation of 72 bytes with five pointer words per byte, and the
// collections all that allocation brought about (a program converting
// 64 KiB strings ran 12 times slower with the detector). Now a byte whose
// history is one plain access is kept without pointers (raceByteAcc), a
// chunk whose 64 bytes were last accessed by one range access as one value
// (chunkUniform), and a byte's raceShadow is made only when something needs
// it (cellB): a second access to keep, a race to report, a guard. A
// single byte's load or store (raceByte) keeps its access the same way
// (plainByte).
type raceBytePage struct {
	state  [8]uint8          // by chunk: chunkNone, chunkUniform or chunkBytes
	uni    [8]raceByteAcc    // chunkUniform: every byte's access, its back counted from the chunk's start
	chunks [8]*raceByteChunk // chunkBytes
	// keep holds a byte of each object with bytes whose access is kept
	// without a raceShadow, so that the object's memory is not reused (by
	// an object the history does not belong to) while the page
	// remembers it, as a raceShadow's key holds its byte.
	keep []*byte
}

const (
	chunkNone    uint8 = iota // no byte accessed
	chunkUniform              // every byte holds one plain access, the same but for back
	chunkBytes                // by byte, in a raceByteChunk
)

// raceByteChunk holds the shadows of 64 neighbouring bytes, by byte.
type raceByteChunk struct {
	state  [64]uint8 // byteNone, byteOne or byteFull
	acc    [64]raceByteAcc
	full   *[64]*raceShadow // byteFull: the shadow
	guards *[64]byteGuard   // while guards are observed: a byte's guardLoc while one goroutine accessed it (guard.go)
}

const (
	byteNone uint8 = iota // never accessed
	byteOne               // one plain access, in acc
	byteFull              // a raceShadow, in full
)

// raceByteAcc is a plain raceAccess without pointers: its stack is named by
// its ID (raceDetector.stackOf).
type raceByteAcc struct {
	sid, gid int32
	clk      uint32
	stack    int32
	write    bool
	back     uint8
}

// bytePage is the page of the byte at host address a.
func (r *raceDetector) bytePage(a uintptr) *raceBytePage {
	key := a >> 9
	pg := r.lastBytePage
	if pg == nil || r.lastBytePageKey != key {
		if r.bytePages == nil {
			r.bytePages = map[uintptr]*raceBytePage{}
		}
		pg = r.bytePages[key]
		if pg == nil {
			pg = new(raceBytePage)
			r.bytePages[key] = pg
		}
		r.lastBytePage, r.lastBytePageKey = pg, key
	}
	return pg
}

// byteChunk is the by-byte chunk k of pg, made (from its uniform access,
// if it has one) when it is not.
func (pg *raceBytePage) byteChunk(k uintptr) *raceByteChunk {
	switch pg.state[k] {
	case chunkBytes:
		return pg.chunks[k]
	case chunkUniform:
		c := new(raceByteChunk)
		u := pg.uni[k]
		for j := range c.acc {
			c.acc[j], c.state[j] = u, byteOne
			c.acc[j].back = uint8((int(u.back) + j) % 8)
		}
		pg.chunks[k], pg.state[k] = c, chunkBytes
		return c
	}
	c := new(raceByteChunk)
	pg.chunks[k], pg.state[k] = c, chunkBytes
	return c
}

// cellB is cell for a byte element.
func (r *raceDetector) cellB(p *byte) *raceShadow {
	a := uintptr(unsafe.Pointer(p))
	return r.cellIn(r.bytePage(a).byteChunk((a>>6)&7), a&63, p)
}

// cellIn is cellB for p, byte j of by-byte chunk c.
func (r *raceDetector) cellIn(c *raceByteChunk, j uintptr, p *byte) *raceShadow {
	if c.state[j] == byteFull {
		return c.full[j]
	}
	sh := newShadow(p)
	if c.state[j] == byteOne {
		o := c.acc[j]
		sh.acc = append(sh.acc, raceAccess{sid: o.sid, gid: o.gid, clk: o.clk, write: o.write, back: o.back, stack: r.stackOf(o.stack)})
	}
	if c.full == nil {
		c.full = new([64]*raceShadow)
	}
	c.full[j], c.state[j] = sh, byteFull
	return sh
}

// stackOf is the stack whose ID is id.
func (r *raceDetector) stackOf(id int32) *raceStack {
	if id < 0 {
		return nil
	}
	if id == 0 {
		return &r.root
	}
	return r.stacks[id-1]
}

// cellOf is the shadow of a *Value cell or a *byte element.
func (r *raceDetector) cellOf(p any) *raceShadow {
	if b, ok := p.(*byte); ok {
		return r.cellB(b)
	}
	return r.cell(p.(*Value))
}

// racePage holds the shadows of the cells in one 512-byte block of host memory,
// by 8-byte word: a page table is much faster than a map keyed by pointer
// when a program touches millions of cells. A shadow holds its cell, so the
// cell's address is not reused while the shadow exists.
type racePage [64]*raceShadow

func (r *raceDetector) cell(p *Value) *raceShadow {
	a := uintptr(unsafe.Pointer(p))
	key := a >> 9
	pg := r.lastPage
	if pg == nil || r.lastPageKey != key {
		// The page before it is kept too: a step often takes turns at
		// two (examples/cache.go: a Mutex's word and the field it guards).
		if r.prevPage != nil && r.prevPageKey == key {
			pg = r.prevPage
		} else if pg = r.pages[key]; pg == nil {
			pg = new(racePage)
			r.pages[key] = pg
		}
		r.prevPage, r.prevPageKey = r.lastPage, r.lastPageKey
		r.lastPage, r.lastPageKey = pg, key
	}
	i := (a & 511) >> 3
	sh := pg[i]
	if sh == nil {
		sh = newShadow(p)
		pg[i] = sh
	}
	return sh
}

func (r *raceDetector) accessLeaves(m *Machine, g *Goroutine, t *raceThread, p *Value, typ *Type, write bool, stack *raceStack) bool {
	if !typ.IsAggregate() {
		return r.access(m, g, t, r.cell(p), write, false, stack)
	}
	if typ.compact() {
		// gc accesses an array as one range (racereadrange): one report
		// at most, at the array's start.
		if r.rangeStart == nil {
			return r.accessRangeB(m, g, t, bytesOf(*p), write, stack)
		}
		raced := false
		b := bytesOf(*p)
		for i := range b {
			if r.access(m, g, t, r.cellB(&b[i]), write, false, stack) {
				raced = true
			}
			if m.done {
				break
			}
		}
		return raced
	}
	elems := p.Elems()
	raced := false
	for i := range elems {
		et := typ.Elem
		if typ.Kind == KStruct {
			if i >= len(typ.Fields) {
				break
			}
			et = typ.Fields[i]
		}
		if et == nil {
			continue
		}
		if r.accessLeaves(m, g, t, &elems[i], et, write, stack) {
			raced = true
		}
		if m.done {
			break
		}
	}
	return raced
}

// accessRange is a runtime range access (copy, growslice) of the elements
// of a slice, s[lo:hi]: like TSan's, it reports at most one race.
func (r *raceDetector) accessRange(m *Machine, g *Goroutine, t *raceThread, s Value, lo, hi int, et *Type, write bool, stack *raceStack) {
	if lo >= hi {
		return
	}
	if b, ok := s.R.([]byte); ok {
		r.accessRangeB(m, g, t, b[lo:hi], write, stack)
		return
	}
	elems := s.Elems()[lo:hi]
	// TSan checks a range 8 bytes of shadow at a time and reports the
	// current access at the first byte of the range in the racing word
	// (the previous access at its own address). Addresses here are not
	// Go's, so the word is counted from the range's start.
	esz := et.Size
	defer func() { r.rangeStart = nil }()
	for i := range elems {
		r.rangeStart = &elems[i]
		if esz > 0 && esz < 8 {
			r.rangeStart = &elems[i-int(int64(i)*esz%8/esz)]
		}
		if r.accessLeaves(m, g, t, &elems[i], et, write, stack) || m.done {
			return
		}
	}
}

// accessRangeB is accessRange over compact byte storage, reporting a race
// at most once: the word of byte i starts at byte i-i%8 (the start of the
// range counts as word-aligned). The accesses it records remember that
// start, which a later report shows as the previous access's address, as
// TSan does.
func (r *raceDetector) accessRangeB(m *Machine, g *Goroutine, t *raceThread, b []byte, write bool, stack *raceStack) bool {
	defer func() { r.rangeStart, r.rangeBack = nil, 0 }()
	sid := int32(t.sid)
	cur := raceByteAcc{sid: sid, gid: int32(t.id), clk: t.epoch(), stack: -1, write: write}
	if stack != nil {
		cur.stack = int32(stack.id)
	}
	var kept *raceBytePage // the page whose keep holds b's object
	for i := 0; i < len(b); {
		a := uintptr(unsafe.Pointer(&b[i]))
		pg, k := r.bytePage(a), (a>>6)&7
		// What access does when a byte's history holds no access of
		// another goroutine to check against: the first access is
		// stored, a weaker-or-equal one of this goroutine's is
		// replaced. A chunk the range covers whole can do that for its
		// 64 bytes at once.
		if a&63 == 0 && len(b)-i >= 64 {
			if u := &pg.uni[k]; pg.state[k] == chunkNone || pg.state[k] == chunkUniform && u.sid == sid && (!u.write || write) {
				if pg.state[k] == chunkNone && kept != pg {
					pg.keep = append(pg.keep, &b[i])
					kept = pg
				}
				*u, pg.state[k] = cur, chunkUniform
				u.back = uint8(i % 8)
				i += 64
				continue
			}
		}
		// The bytes of b[i:] within the chunk, one by one.
		c := pg.byteChunk(k)
		for j := int(a & 63); j < 64 && i < len(b); j, i = j+1, i+1 {
			switch c.state[j] {
			case byteNone:
				if kept != pg {
					pg.keep = append(pg.keep, &b[i])
					kept = pg
				}
				cur.back = uint8(i % 8)
				c.acc[j], c.state[j] = cur, byteOne
				continue
			case byteOne:
				if old := &c.acc[j]; old.sid == sid && (!old.write || write) {
					cur.back = uint8(i % 8)
					*old = cur
					continue
				}
			}
			r.rangeStart, r.rangeBack = &b[i-i%8], uint8(i%8)
			if r.access(m, g, t, r.cellB(&b[i]), write, false, stack) {
				return true
			}
			if m.done {
				return false
			}
		}
	}
	return false
}

// racePendingAppend is an append that grew its slice: the writes of its
// new elements, recorded by appended once the new array exists.
type racePendingAppend struct {
	m     *Machine
	g     *Goroutine
	t     *raceThread
	start int
	n     int
	et    *Type
	stack *raceStack
}

// appended records the element writes of the growing append raceBuiltin
// saw, now that it has returned its result: the new array. exec calls it
// right after the call, before the frame that holds the result can return
// (and be reused by another call) and before any other goroutine runs.
func (r *raceDetector) appended(result Value) {
	p := r.pending
	r.pending = nil
	if seqLen(result) < p.start+p.n {
		return
	}
	r.accessRange(p.m, p.g, p.t, result, p.start, p.start+p.n, p.et, true, p.stack)
}

// raceBuiltin is called by exec before a builtin call: append and copy
// touch slice elements, len reads a map's count. copy (and append(s, t...), here too) is
// runtime.slicecopy: a write of the destination range, then a read of the
// source; an append that grows reads the old elements (runtime.growslice);
// one that fits writes the new elements in place.
func (m *Machine) raceBuiltin(g *Goroutine, ci *callInfo, regs []Value) {
	r := m.race
	if r == nil || len(ci.args) == 0 || len(ci.types) == 0 || ci.types[0].Elem == nil {
		return
	}
	t := r.thread(g)
	pc := g.top().pc
	if ci.builtin == "len" {
		// len of a map is a plain read of the map's count in gc's code,
		// which -race reports against a write of the map (at the caller's
		// line, no runtime frame).
		if mp, _ := regs[ci.args[0]].R.(*Map); mp != nil && ci.types[0].Kind == KMap {
			raced := r.access(m, g, t, r.mapObj(mp), false, false, r.stack(t, g, pc, "", "", 0))
			if r.guards != nil {
				r.guards.access(g, r.mapObj(mp), true, nil, 0, g.top().fn.Code[pc].Line, false, false, raced)
			}
		}
		return
	}
	if ci.builtin == "clear" {
		// gc clears with memclr, which -race does not instrument, so
		// reporting stays as Go's; exploration's silent detector records
		// the writes all the same, so that a clear racing with a reader
		// becomes a scheduling point (it is a race under the memory model).
		if r.quiet && ci.types[0].Kind == KSlice {
			s := regs[ci.args[0]]
			r.accessRange(m, g, t, s, 0, seqLen(s), ci.types[0].Elem, true, r.stack(t, g, pc, "", "", 0))
		}
		return
	}
	if (len(ci.args) < 2 || len(ci.types) < 2) && ci.listed == nil {
		return
	}
	et := ci.types[0].Elem
	runtimeStack := func(name string, line int32) *raceStack {
		return r.stack(t, g, pc, name, "$GOROOT/src/runtime/slice.go", line)
	}
	switch ci.builtin {
	case "copy":
		dst := regs[ci.args[0]]
		if ci.types[1].Kind == KString {
			n := min(seqLen(dst), len(regs[ci.args[1]].Str()))
			r.accessRange(m, g, t, dst, 0, n, et, true, runtimeStack("runtime.slicecopy", 392))
			return
		}
		src := regs[ci.args[1]]
		n := min(seqLen(dst), seqLen(src))
		if n == 0 {
			return
		}
		st := runtimeStack("runtime.slicecopy", 392)
		r.accessRange(m, g, t, dst, 0, n, et, true, st)
		if !m.done {
			r.accessRange(m, g, t, src, 0, n, et, false, st)
		}
	case "append":
		s := regs[ci.args[0]]
		var n int
		switch {
		case ci.listed != nil:
			n = len(ci.listed) // a listed append's values (listed.go)
		case ci.types[1].Kind == KString:
			n = len(regs[ci.args[1]].Str())
		default:
			n = seqLen(regs[ci.args[1]])
		}
		if n == 0 {
			return
		}
		st := r.stack(t, g, pc, "", "", 0)
		if ci.appendsT {
			// append(s, t...) copies t with slicecopy: its writes and
			// the reads of t show that frame.
			st = runtimeStack("runtime.slicecopy", 392)
		}
		readSrc := func() {
			if ci.appendsT && ci.types[1].Kind != KString && !m.done {
				add := regs[ci.args[1]]
				r.accessRange(m, g, t, add, 0, seqLen(add), et, false, st)
			}
		}
		if l := seqLen(s); l+n > seqCap(s) {
			r.accessRange(m, g, t, s, 0, l, et, false, runtimeStack("runtime.growslice", 178))
			readSrc()
			// The new elements land in a new array, which exists once the
			// call returns: exec hands it to appended.
			r.pending = &racePendingAppend{m: m, g: g, t: t, start: l, n: n, et: et, stack: st}
			return
		}
		l := seqLen(s)
		r.accessRange(m, g, t, reslice(s, 0, l+n, seqCap(s)), l, l+n, et, true, st)
		readSrc()
	}
}

// raceConvert is called by exec before string(b) or string(r): the
// runtime reads the slice's elements (racereadrange in slicebytetostring,
// slicebytetostringtmp, slicerunetostring).
func (m *Machine) raceConvert(g *Goroutine, ci *convInfo, x Value, pc int) {
	r := m.race
	n := seqLen(x)
	if n == 0 || ci.from.Elem == nil {
		return
	}
	name, line := "runtime.slicebytetostring", int32(99)
	switch {
	case ci.from.Elem.Kind == KInt32:
		name, line = "runtime.slicerunetostring", 232
	case ci.tmp:
		name, line = "runtime.slicebytetostringtmp", 174
	}
	t := r.thread(g)
	r.accessRange(m, g, t, x, 0, n, ci.from.Elem, false, r.stack(t, g, pc, name, "$GOROOT/src/runtime/string.go", line))
}

// access checks one access of thread t against the location's history and
// records it, or reports the race it makes.
func (r *raceDetector) access(m *Machine, g *Goroutine, t *raceThread, sh *raceShadow, write, atomic bool, stack *raceStack) (raced bool) {
	cur := raceAccess{sid: int32(t.sid), gid: int32(t.id), clk: t.epoch(), write: write, atomic: atomic, back: r.rangeBack}
	stored := -1
	for i := 0; i < len(sh.acc); i++ {
		old := &sh.acc[i]
		if int(old.sid) == t.sid {
			// The same goroutine: a weaker-or-equal access is replaced.
			if old.atomic && !atomic || old.atomic == atomic && (!old.write || write) {
				if stored < 0 {
					cur.stack = stack
					*old = cur
					stored = i
				} else {
					sh.acc = append(sh.acc[:i], sh.acc[i+1:]...)
					i--
				}
			}
			continue
		}
		if !old.write && !write || old.atomic && atomic {
			continue
		}
		if t.vc.get(int(old.sid)) >= old.clk {
			continue
		}
		prev := *old
		sh.acc = sh.acc[:0]
		r.report(m, g, t, sh, cur, prev, stack)
		return true
	}
	if stored < 0 {
		cur.stack = stack
		sh.acc = append(sh.acc, cur)
		stored = len(sh.acc) - 1
	}
	if len(sh.acc) > 4 {
		// Forget the accesses this one subsumes: every later access that
		// would race with them races with this one too.
		n := 0
		for i, old := range sh.acc {
			if i != stored && t.vc.get(int(old.sid)) >= old.clk && subsumes(cur, old) {
				continue
			}
			sh.acc[n] = old
			n++
		}
		clear(sh.acc[n:])
		sh.acc = sh.acc[:n]
	}
	return false
}

// subsumes reports whether access c, ordered after o, conflicts with every
// access o conflicts with.
func subsumes(c, o raceAccess) bool {
	switch {
	case !o.atomic && !o.write:
		return !c.atomic
	case !o.atomic && o.write:
		return !c.atomic && c.write
	case o.atomic && !o.write:
		return true
	default:
		return c.write
	}
}

// Maps. A lookup reads the map object (runtime.mapaccess*) and, when the key
// is present, the entry's value slot; an assignment writes both; delete and
// clear write the map object; each iteration step reads it. Under -race, gc
// compiles m[k] op= v as a lookup and an assignment, so the merged lookups
// the VM folds into a map write are reads here.

// raceLookup is called by exec for every map lookup, after its scheduling
// point.
func (m *Machine) raceLookup(g *Goroutine, mp *Map, pc int) {
	r := m.race
	if r == nil || mp == nil {
		return
	}
	t := r.thread(g)
	fr := g.top()
	in := &fr.fn.Code[pc]
	mi, _ := in.Aux.(*mapInfo)
	fn, write := "mapaccess1", false
	if mi != nil && mi.commaOk {
		fn = "mapaccess2"
	}
	if in.K != 0 && r.appendAssign(fr.fn, pc) {
		// m[k] = append(m[k], …) is one mapassign whose slot is read, then
		// written: the map write happens here, and not again at the update.
		fn, write = "mapassign", true
		t.assigned = mp
	}
	name, file, line := r.mapFunc(fn, mp.t.Key)
	raced := r.access(m, g, t, r.mapObj(mp), write, false, r.stack(t, g, pc, name, file, line))
	if r.guards != nil {
		r.guards.access(g, r.mapObj(mp), true, nil, 0, in.Line, write, false, raced)
	}
	if m.done || mp.n == 0 {
		return
	}
	if sh := r.slot(m, mp, fr.regs[in.C], false); sh != nil {
		r.access(m, g, t, sh, false, false, r.stack(t, g, pc, "", "", 0))
	}
}

// appendAssign reports whether the merged lookup at pc is the m[k] of
// m[k] = append(m[k], …), which gc compiles to a single mapassign even under
// -race (m[k] op= v becomes a lookup and an assignment).
func (r *raceDetector) appendAssign(fn *Func, pc int) bool {
	look := &fn.Code[pc]
	if v, ok := r.appends[look]; ok {
		return v
	}
	v := false
	for i := pc + 1; i < len(fn.Code); i++ {
		in := &fn.Code[i]
		if in.Op == opCallBuilt {
			if ci, ok := in.Aux.(*callInfo); ok && ci.builtin == "append" {
				v = true
			}
		}
		if in.Op == opMapUpdate {
			break
		}
		if in.Op == opJump || in.Op == opIf || in.Op == opReturn {
			v = false
			break
		}
	}
	r.appends[look] = v
	return v
}

// raceMapRead is the VM's hook for a visible map read; lookups and
// iteration steps are recorded by raceLookup and raceIter, which exec calls
// with the instruction's position.
func (m *Machine) raceMapRead(g *Goroutine, mp *Map, line int32) {}

// raceIter is called by exec for every step of a range over a map, after
// its scheduling point: the first is runtime.mapIterStart, the others
// runtime.mapIterNext, each a read of the map.
func (m *Machine) raceIter(g *Goroutine, it *mapIter, pc int) {
	r := m.race
	if r == nil || it.m == nil {
		return
	}
	fn := "mapIterNext"
	if it.i == 0 {
		fn = "mapIterStart"
	}
	name, file, ln := r.mapFunc(fn, it.m.t.Key)
	t := r.thread(g)
	fr := g.top()
	info := r.rangeInfo(fr.fn, pc)
	raced := r.access(m, g, t, r.mapObj(it.m), false, false, r.stackTop(t, g, pc, raceTop{at: info.line, name: name, file: file, line: ln}))
	if r.guards != nil {
		r.guards.access(g, r.mapObj(it.m), true, nil, 0, info.line, false, false, raced)
	}
	// The loop body then reads the entry's value, if the range uses it.
	if m.done || !info.value || it.i >= len(it.hks) {
		return
	}
	k := raceSlot{it.m, it.hks[it.i]}
	sh := r.slotShadow(k)
	r.access(m, g, t, sh, false, false, r.stackTop(t, g, pc, raceTop{at: info.line}))
}

// raceRange is what the detector needs to know about a map range's Next.
type raceRange struct {
	line  int32 // of the range statement
	value bool  // the loop uses the value
}

func (r *raceDetector) rangeInfo(fn *Func, pc int) raceRange {
	next := &fn.Code[pc]
	if info, ok := r.ranges[next]; ok {
		return info
	}
	info := raceRange{line: rangeLine(fn, pc)}
	for i := range fn.Code {
		if in := &fn.Code[i]; in.Op == opExtract && in.B == next.A && in.C == 2 {
			info.value = true
		}
	}
	r.ranges[next] = info
	return info
}

// rangeLine is the line of the range statement whose Next is at pc: ssa.Next
// has no position of its own, so its instruction may carry an earlier line.
func rangeLine(fn *Func, pc int) int32 {
	next := &fn.Code[pc]
	for i := range fn.Code {
		if in := &fn.Code[i]; in.Op == opMapRange && in.A == next.B && in.Line != 0 {
			return in.Line
		}
	}
	return next.Line
}

// raceMapWrite is the VM's hook for the start of a map write: assignment,
// delete or clear.
func (m *Machine) raceMapWrite(g *Goroutine, mp *Map, line int32) {
	r := m.race
	if r == nil {
		return
	}
	t := r.thread(g)
	fr := g.top()
	pc := fr.pc
	var in *Instr
	if pc < len(fr.fn.Code) && fr.fn.Code[pc].Op == opMapUpdate {
		in = &fr.fn.Code[pc]
	}
	fn := "mapassign"
	if in != nil && in.K == 1 {
		fn = "mapdelete"
	} else if in != nil && in.K == 2 {
		fn = "mapclear"
	}
	name, file, ln := r.mapFunc(fn, mp.t.Key)
	if t.assigned == mp && in != nil && in.K == 0 {
		t.assigned = nil // written by raceLookup's mapassign
	} else {
		raced := r.access(m, g, t, r.mapObj(mp), true, false, r.stack(t, g, pc, name, file, ln))
		if r.guards != nil {
			r.guards.access(g, r.mapObj(mp), true, nil, 0, line, true, false, raced)
		}
	}
	if m.done || in == nil || in.K != 0 {
		return
	}
	if sh := r.slot(m, mp, fr.regs[in.C], true); sh != nil {
		r.access(m, g, t, sh, true, false, r.stack(t, g, pc, "", "", 0))
	}
}

func (r *raceDetector) mapObj(mp *Map) *raceShadow {
	sh := r.maps[mp]
	if sh == nil {
		sh = newShadow(mp)
		r.maps[mp] = sh
	}
	return sh
}

// slot returns the shadow of mp's value slot for key; for a read, only if
// the key is present.
func (r *raceDetector) slot(m *Machine, mp *Map, key Value, write bool) *raceShadow {
	hk, bad := m.hashKey(key, mp.t.Key)
	if bad != nil {
		return nil
	}
	if !write {
		if !mp.has(hk) {
			return nil
		}
	}
	return r.slotShadow(raceSlot{mp, hk})
}

// slotShadow is the shadow of map entry k, made at its first access. The
// latest is kept in front of the map: a key looked up again and again
// (examples/cache.go's) costs a comparison, not a hash of the key.
func (r *raceDetector) slotShadow(k raceSlot) *raceShadow {
	if r.lastSlot != nil && k == r.lastSlotKey {
		return r.lastSlot
	}
	sh := r.slots[k]
	if sh == nil {
		sh = newShadow(k)
		r.slots[k] = sh
	}
	r.lastSlotKey, r.lastSlot = k, sh
	return sh
}

// mapFunc is mapRuntimeFunc for a report; a silent detector shows no
// runtime frames.
func (r *raceDetector) mapFunc(op string, key *Type) (string, string, int32) {
	if r.quiet {
		return "", "", 0
	}
	return mapRuntimeFunc(op, key)
}

// mapRuntimeFunc names the runtime function gc calls for a map operation on
// keys of type key, with its file and line in Go 1.26, as -race reports show
// it.
func mapRuntimeFunc(op string, key *Type) (name, file string, line int32) {
	const maps = "$GOROOT/src/internal/runtime/maps/"
	switch op {
	case "mapIterStart":
		return "runtime.mapIterStart", "$GOROOT/src/runtime/map.go", 156
	case "mapIterNext":
		return "runtime.mapIterNext", "$GOROOT/src/runtime/map.go", 168
	case "mapclear":
		return "runtime.mapclear", "$GOROOT/src/runtime/map.go", 178
	}
	variant, ptr := mapFastVariant(key)
	lines := mapFuncLines[variant]
	file = maps + "runtime" + variant + ".go"
	switch op {
	case "mapaccess1":
		line = lines[0]
	case "mapaccess2":
		line = lines[1]
	case "mapassign":
		line = lines[2]
		if ptr && variant != "" {
			return "runtime.mapassign" + variant + "ptr", file, lines[3]
		}
	case "mapdelete":
		line = lines[4]
		if variant == "" {
			file = "$GOROOT/src/runtime/map.go"
		}
	}
	return "runtime." + op + variant, file, line
}

// mapFuncLines holds, per variant, the lines of mapaccess1, mapaccess2,
// mapassign, mapassign…ptr and mapdelete.
var mapFuncLines = map[string][5]int32{
	"":         {56, 131, 206, 206, 135},
	"_fast32":  {15, 85, 195, 335, 465},
	"_fast64":  {15, 85, 196, 374, 505},
	"_faststr": {101, 161, 263, 263, 402},
}

// mapFastVariant is gc's choice of map runtime functions for a key type:
// "_faststr", "_fast32", "_fast64" or "" (the generic ones), and whether the
// key holds a pointer (mapassign_fast64ptr).
func mapFastVariant(key *Type) (string, bool) {
	if key == nil {
		return "", false
	}
	if key.Kind == KString {
		return "_faststr", false
	}
	if !memKey(key) {
		return "", false
	}
	switch key.Size {
	case 4:
		return "_fast32", hasPointer(key)
	case 8:
		return "_fast64", hasPointer(key)
	}
	return "", false
}

// memKey reports whether gc compares and hashes keys of type t as plain
// memory.
func memKey(t *Type) bool {
	switch t.Kind {
	case KBool, KInt, KInt8, KInt16, KInt32, KInt64, KUint, KUint8, KUint16, KUint32, KUint64, KUintptr,
		KPointer, KChan, KUnsafePointer:
		return true
	case KArray:
		return t.Elem != nil && memKey(t.Elem)
	case KStruct:
		var sum int64
		for _, f := range t.Fields {
			if !memKey(f) {
				return false
			}
			sum += f.Size
		}
		return sum == t.Size
	}
	return false
}

func hasPointer(t *Type) bool {
	switch t.Kind {
	case KPointer, KChan, KUnsafePointer:
		return true
	case KArray:
		return t.Elem != nil && hasPointer(t.Elem)
	case KStruct:
		for _, f := range t.Fields {
			if hasPointer(f) {
				return true
			}
		}
	}
	return false
}

// Locks and WaitGroups. The VM calls raceAcquire after a Lock, RLock or a
// Wait that did not block; raceRelease at Unlock; raceReleaseMerge at
// RUnlock and WaitGroup.Add. As in Go's sync package: Unlock release-stores
// the mutex's clock and Lock acquires it; an RWMutex has a reader clock
// (Unlock releases it, RLock and Lock acquire it) and a writer clock (RUnlock
// merges into it, Lock acquires it), so readers are not ordered with each
// other; Done merges into the WaitGroup's clock and Wait acquires it.

func (m *Machine) raceAcquire(g *Goroutine, p *Value) { m.raceAcquireOf(g, p, nil) }

// raceAcquireOf is raceAcquire; st, when not nil, is the state of the
// Mutex in p (its Lock), which keeps the Mutex's clock after its first
// look-up (mutexClock). The sync value's kind is looked up once: an
// exhaustive dfs of examples/cache.go takes thousands of Locks per run.
func (m *Machine) raceAcquireOf(g *Goroutine, p *Value, st *mutexState) {
	r := m.race
	if r == nil {
		return
	}
	t := r.thread(g)
	rw, wg := m.sync.rws[p], m.sync.wgs[p]
	if r.guards != nil {
		if wg != nil {
			r.guards.acquired(g, guardWG)
		} else {
			r.guards.lock(g, p, rw != nil && !rw.writer)
		}
	}
	switch {
	case rw != nil:
		t.acquire(*r.clock(raceSyncKey{p, raceSyncReaderSem}))
		if rw.writer {
			t.acquire(*r.clock(raceSyncKey{p, raceSyncWriterSem}))
		}
	case wg != nil:
		t.acquire(*r.clock(raceSyncKey{p, raceSyncWG}))
	default:
		t.acquire(*r.mutexClock(p, st))
	}
	// Lock and RLock change the state word, Wait only loads it: after the
	// acquire, so an access under the lock before its last Unlock is ordered.
	r.syncWord(m, g, t, syncCellOf(p, rw, wg), wg == nil)
}

func (m *Machine) raceRelease(g *Goroutine, p *Value) { m.raceReleaseOf(g, p, nil) }

// raceReleaseOf is raceRelease; st is as for raceAcquireOf (an Unlock).
func (m *Machine) raceReleaseOf(g *Goroutine, p *Value, st *mutexState) {
	r := m.race
	if r == nil {
		return
	}
	t := r.thread(g)
	rw := m.sync.rws[p]
	var wg *wgState
	if rw == nil {
		wg = m.sync.wgs[p]
	}
	r.syncWord(m, g, t, syncCellOf(p, rw, wg), true)
	r.guards.unlock(g, p, false)
	if rw != nil {
		t.releaseStore(r.clock(raceSyncKey{p, raceSyncReaderSem}))
		return
	}
	t.releaseStore(r.mutexClock(p, st))
}

// mutexClock is the clock of the Mutex in p, kept in st (its state, when
// not nil) once looked up: the detector's clocks live as long as the
// machine, as st does.
func (r *raceDetector) mutexClock(p *Value, st *mutexState) *vclock {
	if st != nil && st.raceClock != nil {
		return st.raceClock
	}
	c := r.clock(raceSyncKey{p, raceSyncMutex})
	if st != nil {
		st.raceClock = c
	}
	return c
}

func (m *Machine) raceReleaseMerge(g *Goroutine, p *Value) {
	r := m.race
	if r == nil {
		return
	}
	t := r.thread(g)
	r.syncWord(m, g, t, m.syncStateCell(p), true)
	if wg := m.sync.wgs[p]; wg != nil {
		c := r.clock(raceSyncKey{p, raceSyncWG})
		// Go releases only when the counter goes down (Done, Add(-n)).
		if wg.n < r.wgN[p] {
			t.releaseMerge(c)
		}
		r.wgN[p] = wg.n
		if wg.n == 0 {
			// Waiters blocked in Wait complete now without running it again.
			for _, w := range wg.waiters {
				r.thread(w).acquire(*c)
				r.guards.acquired(w, guardWG)
			}
		}
		return
	}
	if m.sync.rws[p] != nil {
		r.guards.unlock(g, p, true)
		t.releaseMerge(r.clock(raceSyncKey{p, raceSyncWriterSem}))
		return
	}
	t.releaseMerge(r.clock(raceSyncKey{p, raceSyncMutex}))
}

// Atomics: an atomic access never races with another atomic access, but
// does with a plain one. Loads acquire, stores release, read-modify-writes
// do both (TSan's memory orders for Go's sync/atomic).

func (m *Machine) raceAtomic(g *Goroutine, p *Value, write bool) {
	r := m.race
	if r == nil {
		return
	}
	t := r.thread(g)
	fr := g.top()
	name := "sync/atomic.Op"
	if fr.pc < len(fr.fn.Code) {
		if ci, ok := fr.fn.Code[fr.pc].Aux.(*callInfo); ok && ci.intr != nil {
			name = ci.intr.Name
		} else if ok && ci.fn != nil && ci.fn.Intr != nil {
			name = ci.fn.Intr.Name
		}
	}
	stack := r.stackTop(t, g, fr.pc, raceTop{name: name, atomic: true})
	c := r.clock(raceSyncKey{p, raceSyncAtomic})
	op := name[strings.LastIndexByte(name, '.')+1:]
	if r.guards != nil {
		r.guards.access(g, r.cell(p), false, nil, 0, int32(g.Line()), write, true, false)
		if !write || !(strings.HasPrefix(op, "Store") || strings.HasPrefix(op, "store")) {
			r.guards.acquired(g, guardAtomic)
		}
	}
	switch {
	case !write:
		t.acquire(*c)
		r.access(m, g, t, r.cell(p), false, true, stack)
	case strings.HasPrefix(op, "Store") || strings.HasPrefix(op, "store"):
		r.access(m, g, t, r.cell(p), true, true, stack)
		t.releaseStore(c)
	default:
		r.access(m, g, t, r.cell(p), true, true, stack)
		t.releaseAcquire(c)
	}
}

// raceSyncWord records an atomic access, which synchronises nothing, to
// a word of a sync value that a VM intrinsic reads or changes where Go's
// sync package does it with an atomic operation: a Mutex's or RWMutex's
// state, a WaitGroup's state, a Cond's copy checker (stored at the first
// use with a CompareAndSwap). Such an access races with a plain copy of
// the value in another goroutine, as Go's race detector reports, so the
// copy becomes a scheduling point and an exploration reaches the copy made
// after the use: a locked Mutex, a read-locked RWMutex, a WaitGroup with
// its counter, a used Cond (outcomes/mutex_copy_vs_lock,
// rwmutex_copy_vs_rlock, wg_copy_vs_add, cond_copy_vs_first_use). Before,
// every schedule copied such a value before the other goroutine's use.
func (m *Machine) raceSyncWord(g *Goroutine, cell *Value, write bool) {
	if r := m.race; r != nil {
		r.syncWord(m, g, r.thread(g), cell, write)
	}
}

func (r *raceDetector) syncWord(m *Machine, g *Goroutine, t *raceThread, cell *Value, write bool) {
	if cell == nil {
		return
	}
	stack := r.stackTop(t, g, g.top().pc, raceTop{name: "sync/atomic.Op", atomic: true})
	r.access(m, g, t, r.cell(cell), write, true, stack)
}

// syncStateCell is the word raceSyncWord reports for the sync value in
// cell p at a Lock, Unlock, RLock, RUnlock, Add or Wait: an RWMutex's
// readerCount (every one of its operations but a reader's TryRLock that
// fails changes it or, for Lock, its writer mutex too), a WaitGroup's
// state, a Mutex's state.
func (m *Machine) syncStateCell(p *Value) *Value {
	rw := m.sync.rws[p]
	if rw != nil {
		return syncCellOf(p, rw, nil)
	}
	return syncCellOf(p, nil, m.sync.wgs[p])
}

// syncCellOf is syncStateCell with the value's RWMutex and WaitGroup
// states looked up (nil when it is not one).
func syncCellOf(p *Value, rw *rwState, wg *wgState) *Value {
	switch {
	case rw != nil:
		return rwCountCell(p)
	case wg != nil:
		return wgStateCell(p)
	}
	return mutexStateCell(p)
}

// Channels, following runtime/chan.go under raceenabled.

func (r *raceDetector) ch(ch *Chan) *raceChan {
	c := r.chans[ch]
	if c == nil {
		c = &raceChan{obj: newShadow(ch)}
		r.chans[ch] = c
	}
	return c
}

func (c *raceChan) slot(i, size int) *vclock {
	// A timer's channel is unbuffered to the program (size 0) but holds
	// one expired tick in its hidden slot (Chan.timer).
	size = max(size, 1)
	if c.slots == nil {
		c.slots = make([]vclock, size)
	}
	return &c.slots[i%size]
}

// raceChanSend: a send that proceeds without blocking. It reads the
// channel (so it races with an unordered close). To a waiting receiver it
// is a handoff, completed in raceChanRecv; into the buffer it goes through
// the next slot.
func (m *Machine) raceChanSend(g *Goroutine, ch *Chan) {
	if m.race != nil { // a test the caller inlines: most runs have no detector
		m.raceChanSendOn(g, ch)
	}
}

func (m *Machine) raceChanSendOn(g *Goroutine, ch *Chan) {
	r := m.race
	c := r.ch(ch)
	r.chanAccess(m, g, c, false)
	if m.done {
		return
	}
	if ch.size == 0 || hasLive(ch.recvq) {
		c.pending = g
		return
	}
	r.thread(g).releaseStoreAcquire(c.slot(c.sendx, ch.size))
	c.sendx++
}

// raceChanRecv: g receives, from the buffer or from the pending handoff.
func (m *Machine) raceChanRecv(g *Goroutine, ch *Chan) {
	if m.race != nil { // a test the caller inlines: most runs have no detector
		m.raceChanRecvOn(g, ch)
	}
}

func (m *Machine) raceChanRecvOn(g *Goroutine, ch *Chan) {
	r := m.race
	c := r.ch(ch)
	r.guards.acquired(g, guardChan)
	if s := c.pending; s != nil && s != g {
		r.guards.acquired(s, guardChan)
		c.pending = nil
		if ch.size == 0 {
			r.sync(r.thread(s), r.thread(g))
			return
		}
		// A buffered channel's handoff goes through the slot, as if the
		// value passed through the buffer.
		sl := c.slot(c.recvx, ch.size)
		r.thread(s).releaseStoreAcquire(sl)
		r.thread(g).releaseStoreAcquire(sl)
		c.recvx++
		c.sendx++
		return
	}
	r.thread(g).releaseStoreAcquire(c.slot(c.recvx, ch.size))
	c.recvx++
	if s := c.refill; s != nil {
		c.refill = nil
		r.thread(s).releaseStoreAcquire(c.slot(c.sendx, ch.size))
		c.sendx++
	}
}

// raceChanRefill: a receive from a full buffer moved blocked sender s's
// value into the freed slot; raceChanRecv, which follows, completes it.
func (m *Machine) raceChanRefill(s *Goroutine, ch *Chan) {
	if m.race == nil {
		return
	}
	m.race.ch(ch).refill = s
}

// raceChanSendTo: receiver recv takes the value of blocked sender on an
// unbuffered channel.
func (m *Machine) raceChanSendTo(sender, recv *Goroutine, ch *Chan) {
	r := m.race
	if r == nil {
		return
	}
	r.sync(r.thread(sender), r.thread(recv))
	r.guards.acquired(sender, guardChan)
	r.guards.acquired(recv, guardChan)
}

// sync is an unbuffered channel's rendezvous: each side is ordered after
// what the other did before it.
func (r *raceDetector) sync(a, b *raceThread) {
	ac := a.vc.clone()
	a.vc.join(b.vc)
	b.vc.join(ac)
	a.tick()
	b.tick()
}

// raceChanClose: close releases the channel's clock; receivers blocked on it
// wake with the zero value and acquire it.
func (m *Machine) raceChanClose(g *Goroutine, ch *Chan) {
	r := m.race
	if r == nil {
		return
	}
	c := r.ch(ch)
	r.chanAccess(m, g, c, true)
	if m.done {
		return
	}
	r.thread(g).releaseStore(&c.closed)
	for _, q := range [][]*waiter{ch.recvq, ch.sendq} {
		for _, w := range q {
			if w.live() {
				r.thread(w.g).acquire(c.closed)
				r.guards.acquired(w.g, guardChan)
			}
		}
	}
}

// chanAccess records a send (read) or close (write) of the channel object,
// with the runtime function -race shows for it.
func (r *raceDetector) chanAccess(m *Machine, g *Goroutine, c *raceChan, write bool) {
	t := r.thread(g)
	name, line := "runtime.chansend", int32(176)
	if write {
		name, line = "runtime.closechan", 414
	}
	pc := g.top().pc
	r.access(m, g, t, c.obj, write, false, r.stack(t, g, pc, name, "$GOROOT/src/runtime/chan.go", line))
}

// raceChanClosedRecv: a receive that sees the channel closed.
func (m *Machine) raceChanClosedRecv(g *Goroutine, ch *Chan) {
	r := m.race
	if r == nil {
		return
	}
	r.thread(g).acquire(r.ch(ch).closed)
	r.guards.acquired(g, guardChan)
}

// Stacks. A report shows stacks the way Go's -race does: TSan keeps a
// shadow call stack in which every instrumented function, on entry, pushes
// the pc it was called from; a frame is shown at its call line only when the
// function it calls is instrumented. Package sync, sync/atomic and the
// runtime are not, so a function calling into them does not show (Once.Do's
// caller is missing under doSlow), and a deferred call shows the wrapper gc
// made for it and runtime.deferreturn, not the function that deferred it.
// A go or defer of anything but a call of a function without parameters and
// results runs through a wrapper, outer.gowrapN or outer.deferwrapN, shown at
// the call. Inlining, which hides more frames in real Go, is not modelled.

func (r *raceDetector) child(parent *raceStack, k raceFrameKey) *raceStack {
	if s := parent.children[k]; s != nil {
		return s
	}
	if parent.children == nil {
		parent.children = map[raceFrameKey]*raceStack{}
	}
	r.nstacks++
	s := &raceStack{parent: parent, id: r.nstacks, fn: k.fn, pc: k.pc, line: k.line, name: k.name}
	r.stacks = append(r.stacks, s)
	parent.children[k] = s
	return s
}

// synthetic appends a frame that is not a VM frame: a runtime function or a
// gc wrapper.
func (r *raceDetector) synthetic(s *raceStack, name, file string, line int32) *raceStack {
	return r.child(s, raceFrameKey{name: name + "\x00" + file, line: line, pc: -1})
}

// raceTop says what the access's innermost frames are.
type raceTop struct {
	at     int32  // line of the innermost VM frame; 0: its instruction's
	name   string // runtime function on top (map, channel, atomic), or ""
	file   string
	line   int32
	atomic bool // sync/atomic: shown as its assembly and wrapper frames; the caller is hidden
}

// stack returns g's current stack with its innermost frame at pc, plus a
// synthetic runtime frame (name, file, line) on top when name is set.
func (r *raceDetector) stack(t *raceThread, g *Goroutine, pc int, name, file string, line int32) *raceStack {
	return r.stackTop(t, g, pc, raceTop{name: name, file: file, line: line})
}

func (r *raceDetector) stackTop(t *raceThread, g *Goroutine, pc int, top raceTop) *raceStack {
	n := len(g.frames)
	if n == 0 {
		return &r.root
	}
	if r.quiet {
		return r.quietStack(g, pc, top.at)
	}
	fr := g.frames[n-1]
	s := &r.root
	if n >= 2 {
		below := g.frames[n-2]
		if t.cacheStack != nil && t.cacheN == n && t.cacheBelow == below && t.cachePC == below.pc && t.cacheTop == fr.fn {
			s = t.cacheStack
		} else {
			s = r.displayFrames(t, g.frames, n-1)
			t.cacheN, t.cacheBelow, t.cachePC, t.cacheTop, t.cacheStack = n, below, below.pc, fr.fn, s
		}
	}
	if !fr.fn.Thunk && !top.atomic && pc >= 0 && pc < len(fr.fn.Code) {
		at := top.at
		if at == 0 {
			at = fr.fn.Code[pc].Line
		}
		if t.lastPrefix == s && t.lastFn == fr.fn && t.lastPC == pc && t.lastAt == at {
			s = t.lastNode
		} else {
			n := r.child(s, raceFrameKey{fn: fr.fn, pc: int32(pc), line: at})
			t.lastPrefix, t.lastFn, t.lastPC, t.lastAt, t.lastNode = s, fr.fn, pc, at, n
			s = n
		}
	}
	switch {
	case top.atomic:
		s = r.synthetic(s, top.name, "<autogenerated>", 1)
		s = r.synthetic(s, top.name, "$GOROOT/src/runtime/race_amd64.s", 0)
	case top.name != "":
		s = r.synthetic(s, top.name, top.file, top.line)
	}
	return s
}

// quietStack is a silent detector's stack: no report shows it, so it is
// only the innermost frame at pc — its access site — with the line of the
// innermost frame in prog.go (at, when set). Stacks are interned by (fn,
// pc, line) in quietStacks, in front of which quietCache keeps the latest
// per slot (a stack is its own key: its fn, pc and line). A goroutine
// taking turns at a few sites (examples/cache.go: Lock, the map's load and
// write, Unlock) missed a one-entry cache at every access, and the map's
// look-up of its 16-byte key was 7% of an exhaustive dfs of cache.go.
func (r *raceDetector) quietStack(g *Goroutine, pc int, at int32) *raceStack {
	fr := g.frames[len(g.frames)-1]
	if at == 0 {
		for i := len(g.frames) - 1; i >= 0 && at == 0; i-- {
			f := g.frames[i]
			p := f.pc
			if i == len(g.frames)-1 {
				p = pc
			}
			if f.fn.User && p >= 0 && p < len(f.fn.Code) {
				at = f.fn.Code[p].Line
			}
		}
	}
	e := &r.quietCache[(uint32(pc)*0x9e3779b1^uint32(at)*0x85ebca77)>>(32-quietBits)]
	if s := *e; s != nil && s.fn == fr.fn && s.pc == int32(pc) && s.line == at {
		return s
	}
	k := quietKey{fr.fn, int32(pc), at}
	n := r.quietStacks[k]
	if n == nil {
		if r.quietStacks == nil {
			r.quietStacks = map[quietKey]*raceStack{}
		}
		r.nstacks++
		n = &raceStack{parent: &r.root, id: r.nstacks, fn: fr.fn, pc: int32(pc), line: at}
		r.stacks = append(r.stacks, n)
		r.quietStacks[k] = n
	}
	*e = n
	return n
}

// quietKey names a silent detector's stack (see quietStack).
type quietKey struct {
	fn   *Func
	pc   int32
	line int32
}

// quietSlots is the size of quietStack's cache, indexed by a hash of its
// key's pc and line.
const (
	quietBits  = 8
	quietSlots = 1 << quietBits
)

// goStack is the stack of parent at its go statement on line.
func (r *raceDetector) goStack(parent *Goroutine, line int32) *raceStack {
	n := len(parent.frames)
	if n == 0 {
		return &r.root
	}
	s := r.displayFrames(r.thread(parent), parent.frames, n-1)
	if top := parent.frames[n-1]; !top.fn.Thunk {
		s = r.child(s, raceFrameKey{fn: top.fn, pc: -1, line: line})
	}
	return s
}

// displayFrames interns the shown frames among frames[:upto], outermost
// first; frames[upto], if any, is the callee of frames[upto-1].
func (r *raceDetector) displayFrames(t *raceThread, frames []*Frame, upto int) *raceStack {
	start := 0
	if upto > 2*maxRaceFrames {
		start = upto - 2*maxRaceFrames
	}
	s := &r.root
	for i := start; i < upto; i++ {
		fr := frames[i]
		var callee *Frame
		if i+1 < len(frames) {
			callee = frames[i+1]
		}
		if fr.fn.Thunk {
			s = r.thunkFrames(s, t, frames, i)
			continue
		}
		if callee == nil || !instrumented(callee) {
			continue
		}
		if i > 0 && wrapsGo(frames[i-1].fn.Name, fr.fn.Name) {
			// Go's own body of a function an overlay wraps under its
			// name (//std:rename, fmt's host fast paths): Go's report
			// shows the one function, which the wrapper's frame stands for.
			continue
		}
		line := int32(0)
		if fr.pc < len(fr.fn.Code) {
			line = fr.fn.Code[fr.pc].Line
		}
		s = r.child(s, raceFrameKey{fn: fr.fn, pc: int32(fr.pc), line: line})
	}
	return s
}

// wrapsGo reports whether inner is Go's own body of the function outer,
// which an overlay wraps under Go's name (//std:rename X XGo, or xGo for
// an exported X: strings.Join's joinGo).
func wrapsGo(outer, inner string) bool {
	if inner == outer+"Go" {
		return true
	}
	dot := strings.LastIndexByte(outer, '.') + 1
	if dot >= len(outer) || len(inner) != len(outer)+2 || inner[:dot] != outer[:dot] {
		return false
	}
	name := outer[dot:]
	return inner[dot:] == strings.ToLower(name[:1])+name[1:]+"Go"
}

// instrumented reports whether -race instruments fr's function.
func instrumented(fr *Frame) bool {
	if fr.fn.Thunk {
		return false
	}
	name := fr.fn.Name
	if strings.HasPrefix(name, "internal/reflectlite.") || strings.HasPrefix(name, "internal/fmtsort.") {
		// Ordinary packages to gc (cmd/internal/objabi's lists leave them
		// instrumented): sort.Slice's swaps show reflectlite's Swapper
		// closure, fmt's printing of a map fmtsort.Sort.
		return true
	}
	return !strings.HasPrefix(name, "sync.") && !strings.HasPrefix(name, "sync/atomic.") &&
		!strings.HasPrefix(name, "runtime.") && !strings.HasPrefix(name, "internal/")
}

// reflectStack is the stack a report shows for an access reflect's runtime
// makes for the reflect call at the top of g's stack (a map's length,
// lookup, assignment, iteration, a value's copy): the frames below that
// call, the call's own frame unless dropTop (Go's reports show some of
// them without it), then the runtime functions Go's reports show above
// it, outermost first. A silent detector's is the plain stack.
func (r *raceDetector) reflectStack(t *raceThread, g *Goroutine, dropTop bool, names ...string) *raceStack {
	pc := g.top().pc
	if r.quiet || len(names) == 0 {
		return r.stack(t, g, pc, "", "", 0)
	}
	var s *raceStack
	if !dropTop {
		s = r.stack(t, g, pc, "", "", 0)
	} else if n := len(g.frames); n >= 2 {
		s = r.displayFrames(t, g.frames, n-1)
	} else {
		s = &r.root
	}
	for _, name := range names {
		file := "$GOROOT/src/reflect/value.go"
		if strings.HasPrefix(name, "runtime.") {
			file = "$GOROOT/src/runtime/map.go"
		}
		s = r.synthetic(s, name, file, 0)
	}
	return s
}

// raceReflectMap records an access reflect makes to the map object mp
// (its header: length, lookup, assignment, iteration), with the stack
// reflectStack builds.
func (m *Machine) raceReflectMap(g *Goroutine, mp *Map, write, dropTop bool, names ...string) {
	r := m.race
	if r == nil || mp == nil {
		return
	}
	t := r.thread(g)
	r.access(m, g, t, r.mapObj(mp), write, false, r.reflectStack(t, g, dropTop, names...))
}

// raceReflectSlot records reflect's read of mp's value slot for the host
// key hk (copyVal's typedmemmove of the value MapIndex or MapIter.Value
// returns).
func (m *Machine) raceReflectSlot(g *Goroutine, mp *Map, hk any) {
	r := m.race
	if r == nil || mp == nil || !mp.has(hk) {
		return
	}
	t := r.thread(g)
	k := raceSlot{mp, hk}
	sh := r.slotShadow(k)
	r.access(m, g, t, sh, false, false, r.reflectStack(t, g, false, "reflect.copyVal", "reflect.typedmemmove"))
}

// thunkFrames shows the go or defer thunk frames[i]: gc's wrapper, and for a
// deferred call the runtime function running it.
func (r *raceDetector) thunkFrames(s *raceStack, t *raceThread, frames []*Frame, i int) *raceStack {
	fr := frames[i]
	if i+1 >= len(frames) {
		return s
	}
	callee := frames[i+1].fn
	shown := instrumented(frames[i+1]) // the wrapper shows as the callee's caller
	switch {
	case fr.isDefer && i > 0:
		name := r.wrapName(frames[i-1].fn, fr.fn, true)
		if name != "" || shown {
			// The runtime calls the wrapper (instrumented) or the function.
			if frames[i-1].unwinding {
				s = r.synthetic(s, "runtime.gopanic", "$GOROOT/src/runtime/panic.go", 0)
			} else {
				s = r.synthetic(s, "runtime.deferreturn", "$GOROOT/src/runtime/panic.go", 668)
			}
		}
		if name != "" && shown {
			s = r.synthetic(s, name, "prog.go", wrapLine(fr.fn, callee))
		}
	case i == 0 && t.goOuter != nil && shown:
		if name := r.wrapName(t.goOuter, fr.fn, false); name != "" {
			s = r.synthetic(s, name, "prog.go", wrapLine(fr.fn, callee))
		}
	}
	return s
}

// wrapName is the name of the wrapper gc makes for the go (or defer)
// statement that runs thunk in outer, e.g. "main.main.gowrap1"; "" when gc
// calls the function directly. go and defer wrappers share one counter per
// function, in source order.
func (r *raceDetector) wrapName(outer, thunk *Func, isDefer bool) string {
	if outer == nil || !outer.User {
		return ""
	}
	nums := r.wraps[outer]
	if nums == nil {
		nums = map[*Func]int{}
		n := 0
		for i := range outer.Code {
			in := &outer.Code[i]
			if in.Op != opGo && in.Op != opDefer {
				continue
			}
			ci, _ := in.Aux.(*callInfo)
			if ci == nil || ci.thunk == nil || !thunkWrapped(ci.thunk) {
				continue
			}
			n++
			nums[ci.thunk] = n
		}
		r.wraps[outer] = nums
	}
	n := nums[thunk]
	if n == 0 {
		return ""
	}
	if isDefer {
		return fmt.Sprintf("%s.deferwrap%d", outer.Name, n)
	}
	return fmt.Sprintf("%s.gowrap%d", outer.Name, n)
}

// thunkWrapped reports whether gc wraps the call thunk makes: any call but
// one of a function value or function without parameters and results
// (methods have their receiver as a parameter).
func thunkWrapped(thunk *Func) bool {
	for i := range thunk.Code {
		in := &thunk.Code[i]
		switch in.Op {
		case opInvoke, opCallBuilt:
			return true
		case opCall, opCallFunc, opCallIntr:
			ci, _ := in.Aux.(*callInfo)
			if ci == nil {
				return true
			}
			return len(ci.args) > 0 || ci.result != nil && !(ci.result.Kind == KTuple && len(ci.result.Fields) == 0)
		}
	}
	return false
}

// wrapLine is the line of the call a wrapper makes: the call's parenthesis,
// which for a function literal is where the literal ends.
func wrapLine(thunk, callee *Func) int32 {
	if callee != nil && callee.SSA != nil {
		if lit, ok := callee.SSA.Syntax().(*ast.FuncLit); ok && callee.SSA.Prog != nil {
			return int32(callee.SSA.Prog.Fset.Position(lit.End()).Line)
		}
	}
	for i := range thunk.Code {
		if thunk.Code[i].Line != 0 {
			return thunk.Code[i].Line
		}
	}
	return 0
}

// raceFuncName is fn's name as -race prints it: a generic function's type
// arguments are gc's shapes, main.F[go.shape.int].
func raceFuncName(fn *Func) string {
	name := fn.Name
	if !strings.Contains(name, "[...]") || fn.SSA == nil {
		return name
	}
	targs := fn.SSA.TypeArgs()
	if len(targs) == 0 {
		return name
	}
	var b strings.Builder
	b.WriteByte('[')
	for i, t := range targs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("go.shape.")
		b.WriteString(shapeName(t))
	}
	b.WriteByte(']')
	return strings.Replace(name, "[...]", b.String(), 1)
}

func shapeName(t types.Type) string {
	u := t.Underlying()
	switch u := u.(type) {
	case *types.Pointer:
		return "*uint8"
	case *types.Interface:
		if u.Empty() {
			return "interface {}"
		}
	}
	return types.TypeString(u, func(*types.Package) string { return "" })
}

// Reports.

// addr is the location's address in reports: a stable fake one.
func (r *raceDetector) addr(m *Machine, sh *raceShadow) uint64 {
	return 0x00c000010000 + 8*uint64(m.objID(sh.key))
}

func (r *raceDetector) report(m *Machine, g *Goroutine, t *raceThread, sh *raceShadow, cur, prev raceAccess, curStack *raceStack) {
	r.note(curStack, prev.stack)
	if r.quiet {
		return
	}
	a, b := curStack.id, 0
	if prev.stack != nil {
		b = prev.stack.id
	}
	if a > b {
		a, b = b, a
	}
	if r.reported[[2]int{a, b}] {
		return
	}
	r.reported[[2]int{a, b}] = true
	r.count++
	addr := r.addr(m, sh)
	if b, ok := sh.key.(*byte); ok && prev.back > 0 {
		addr = r.addr(m, r.cellB((*byte)(unsafe.Add(unsafe.Pointer(b), -int(prev.back)))))
	}
	curAddr := r.addr(m, sh)
	if r.rangeStart != nil {
		curAddr = r.addr(m, r.cellOf(r.rangeStart))
	}

	var sb strings.Builder
	sb.WriteString("==================\nWARNING: DATA RACE\n")
	fmt.Fprintf(&sb, "%s at 0x%012x by %s:\n", accessKind(cur.write, false), curAddr, goroutineName(t.id))
	writeRaceStack(&sb, curStack)
	fmt.Fprintf(&sb, "\n%s at 0x%012x by %s:\n", accessKind(prev.write, true), addr, goroutineName(int(prev.gid)))
	writeRaceStack(&sb, prev.stack)
	for _, id := range []int{t.id, int(prev.gid)} {
		if id == 1 || id >= len(r.threads) || r.threads[id] == nil || r.threads[id].created == nil {
			continue
		}
		status := "running"
		if id-1 < len(m.gs) && m.gs[id-1].state == gDone {
			status = "finished"
		}
		fmt.Fprintf(&sb, "\nGoroutine %d (%s) created at:\n", id, status)
		writeRaceStack(&sb, r.threads[id].created)
	}
	sb.WriteString("==================\n")
	m.write(2, sb.String())
	if e := m.event(g, "race", m.objID(sh.key), stackLine(curStack)); e != nil {
		e.Peer = int(prev.gid)
	}

	if r.first == "" {
		r.first = fmt.Sprintf("data race: %s at %s, %s at %s",
			strings.ToLower(accessKind(cur.write, false)), stackPlace(curStack),
			strings.ToLower(accessKind(prev.write, true)), stackPlace(prev.stack))
	}
}

// Race is a data race the detector saw: two conflicting accesses, at least
// one a write, that happens-before does not order.
type Race struct {
	Sites [2]int   // the accesses' sites (AccessSite IDs, in prog.go or the library: stdSites), -1 for one that is not a load, store or range builtin
	Lines [2]int32 // their lines in prog.go, 0 if none
	Name  string   // the location as the program writes it, e.g. "counter"; "" if unknown
}

// Races lists the data races seen so far in this run, in the order they
// happened, each pair of sites once. Exploring makes their sites visible
// in later runs (see visible.go).
func (m *Machine) Races() []Race {
	if m.race == nil {
		return nil
	}
	return m.race.races
}

// note records the race between the accesses with stacks cur and prev.
func (r *raceDetector) note(cur, prev *raceStack) {
	x := Race{Sites: [2]int{r.siteOf(cur), r.siteOf(prev)}, Lines: [2]int32{r.line(cur), r.line(prev)}}
	if x.Sites[0] > x.Sites[1] || x.Sites[0] == x.Sites[1] && x.Lines[0] > x.Lines[1] {
		x.Sites[0], x.Sites[1] = x.Sites[1], x.Sites[0]
		x.Lines[0], x.Lines[1] = x.Lines[1], x.Lines[0]
	}
	for _, y := range r.races {
		if y.Sites == x.Sites && y.Lines == x.Lines {
			return
		}
	}
	for _, id := range x.Sites {
		// Only prog.go's sites are named: a name inside the standard
		// library (b.buf in WriteString) is not one the program wrote.
		if id >= 0 && id < len(r.m.prog.access.sites) && x.Name == "" {
			x.Name = r.m.prog.access.sites[id].Name
		}
	}
	r.races = append(r.races, x)
}

// line is the line in prog.go of the access with stack s.
func (r *raceDetector) line(s *raceStack) int32 {
	if r.quiet && s != nil {
		return s.line // see quietStack
	}
	return stackLine(s)
}

// siteOf is the access site of the access with stack s: its innermost frame
// of the VM's is a load or store, or a builtin whose runtime frames
// (slicecopy, growslice) are on top, in the user's code or in the
// standard library's (stdSites).
func (r *raceDetector) siteOf(s *raceStack) int {
	for s != nil && s.fn == nil && s.parent != nil && s.name != "" {
		s = s.parent // a synthetic runtime frame
	}
	if s == nil || s.fn == nil || s.pc < 0 || r.m.prog == nil {
		return -1
	}
	return r.m.prog.raceSiteOf(s.fn, s.pc)
}

func accessKind(write, previous bool) string {
	k := "read"
	if write {
		k = "write"
	}
	if previous {
		return "Previous " + k
	}
	return strings.ToUpper(k[:1]) + k[1:]
}

func goroutineName(id int) string {
	if id == 1 {
		return "main goroutine"
	}
	return fmt.Sprintf("goroutine %d", id)
}

// stackPlace is the innermost prog.go position of s, e.g. "prog.go:12".
func stackPlace(s *raceStack) string {
	if l := stackLine(s); l != 0 {
		return fmt.Sprintf("prog.go:%d", l)
	}
	return "?"
}

// lineSuffix is the ":LINE" that ends a frame's file:line, or "".
func lineSuffix(where string) string {
	if i := strings.LastIndexByte(where, ':'); i > strings.LastIndexByte(where, '/') {
		return where[i:]
	}
	return ""
}

// stackLine is the innermost prog.go line of s, 0 if none.
func stackLine(s *raceStack) int32 {
	for ; s != nil && s.parent != nil; s = s.parent {
		if s.fn != nil && s.fn.User {
			return s.line
		}
	}
	return 0
}

// writeRaceStack prints s innermost first, in TSan's Go format.
func writeRaceStack(sb *strings.Builder, s *raceStack) {
	for ; s != nil && s.parent != nil; s = s.parent {
		if s.fn == nil {
			name, file, _ := strings.Cut(s.name, "\x00")
			off := 0
			if strings.HasPrefix(file, "$GOROOT/src/runtime/race_") {
				off = 0xb
			}
			fmt.Fprintf(sb, "  %s()\n      %s:%d +0x%x\n", name, file, s.line, off)
			continue
		}
		where := fmt.Sprintf("prog.go:%d", s.line)
		if !s.fn.User {
			// The library's line, as a traceback's (frameSource).
			pc := max(int(s.pc), 0)
			where = frameSource(s.fn, pc)
			if s.pc < 0 || strings.LastIndexByte(where, ':') < strings.LastIndexByte(where, '/') {
				where = fmt.Sprintf("%s:%d", where[:len(where)-len(lineSuffix(where))], s.line)
			}
		}
		off := 0x4 * (int(s.pc) + 1)
		if s.pc < 0 {
			off = 0x4 * (int(s.line) + 1)
		}
		fmt.Fprintf(sb, "  %s()\n      %s +0x%x\n", raceFuncName(s.fn), where, off)
	}
}
