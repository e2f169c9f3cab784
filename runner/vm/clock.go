package vm

import (
	"container/heap"
	"math"
)

// time: the virtual clock, timers and tickers. Package time is Go's own
// (compiled from GOROOT); the VM answers its clock reads (Now, Since,
// Until) and runs its timers, on a clock that starts at 2009-11-10
// 23:00:00 UTC, as on the Go playground.
//
// The clock advances two ways (docs/design.md, "Virtual time"): by work,
// instrCost per executed instruction, so a loop polling time.Since ends;
// and, when every goroutine is blocked, by jumping to the next timer.
// Timers that fall due while goroutines run fire at the next scheduling
// point, which is where Go's receive on a timer channel would notice them.
//
// Timers and tickers follow Go 1.23+ (runtime/time.go, time/sleep.go): the
// channel is unbuffered to the program, a tick nobody received yet waits in
// it and is dropped by Stop and Reset, which then report the timer as
// stopped while still pending; a ticker drops ticks for a slow receiver.

// instrCost is the virtual time one executed instruction takes, in
// nanoseconds: a little more than a simple Go operation costs natively, so
// computation never looks faster than in Go next to the program's timers.
const instrCost = 1

// timeReadCost is what reading the clock (time.Now, Since, Until) adds, in
// nanoseconds: about what Go's vDSO clock read costs, so a loop polling
// time.Since runs roughly as many iterations as in Go.
const timeReadCost = 25

// syncClock folds the work done since the last call into the clock. The
// budget counts instructions down as they execute (exec.go), per block.
func (m *Machine) syncClock() {
	m.clock += (m.workMark - m.budget) * instrCost
	m.workMark = m.budget
}

// minSleep is the shortest time a positive Sleep takes, in nanoseconds.
// Go wakes a sleeping goroutine some hundreds of nanoseconds after even a
// 1ns sleep (it parks, and the runtime checks timers when it schedules);
// without a floor a loop of tiny sleeps would run far more often than in
// Go. Timers have no floor: Go's timer channels are checked lazily, so a
// receive just after NewTimer(1) finds the tick.
const minSleep = 1000

// now is the current virtual time.
func (m *Machine) now() int64 {
	m.syncClock()
	return m.clock
}

// progNow is now for the program's own uses of the clock: a value it reads
// (time.Now, Since, Until) or a timer's deadline. Every step's work
// advances the clock, so what the program gets depends on how much every
// other goroutine did before: an ambient use (AmbientUses).
func (m *Machine) progNow() int64 {
	m.ambientUses++
	return m.now()
}

// AmbientUses counts the program's uses so far of state every goroutine
// shares that no operation names, so no scheduling point guards: the
// virtual clock (progNow), which every goroutine's work advances, and the
// runtime's random generator (stdlib_rand.go), which every top-level
// math/rand draw steps. What such a use gets depends on the order of
// steps whose operations may be independent; dfs treats a step that made
// one as touching everything.
func (m *Machine) AmbientUses() int { return m.ambientUses }

// readClock is now for the program's own clock reads, which take time.
func (m *Machine) readClock() int64 {
	t := m.progNow()
	m.clock += timeReadCost
	m.hidden++
	return t
}

// startSec is the virtual clock's start, 2009-11-10 23:00:00 UTC, in
// seconds since January 1, year 1 (time.Time's epoch).
const startSec = 1257894000 + 62135596800

// Go's time.Time is {wall uint64, ext int64, loc *Location}
// (time/time.go): with hasMonotonic set, wall holds 33 bits of seconds
// since 1885 above 30 bits of nanoseconds, and ext the monotonic reading;
// without it, wall holds the nanoseconds and ext the seconds since
// January 1, year 1. The VM reads and builds these fields for the clock
// reads and timer ticks it answers; every other method is Go's own code.
const (
	hasMonotonic   = 1 << 63
	nsecShift      = 30
	nsecMask       = 1<<nsecShift - 1
	wallToInternal = (1884*365 + 1884/4 - 1884/100 + 1884/400) * 86400 // 1885-01-01
)

// monoNs is the monotonic reading at virtual instant ns: the virtual time
// since the run started, plus the 1 ns by which Go's startNano precedes
// the first reading, so that no reading is 0.
func monoNs(ns int64) int64 { return ns + 1 }

// timeVal builds the time.Time that Now returns at virtual instant ns: the
// wall clock and the monotonic reading, in time.Local as it is now (the
// program may have changed it).
func (m *Machine) timeVal(ns int64) Value {
	sec, nsec := startSec+ns/1e9, ns%1e9
	var loc Value
	if i := m.prog.timeLocal; i >= 0 {
		loc = m.globals[i]
	}
	wall, ext := uint64(nsec), sec
	if s := sec - wallToInternal; uint64(s)>>33 == 0 { // until the year 2157
		wall, ext = hasMonotonic|uint64(s)<<nsecShift|uint64(nsec), monoNs(ns)
	}
	return Value{R: []Value{{N: wall}, intVal(ext), loc}}
}

// timeParts reads a time.Time: seconds since year 1, nanoseconds, and the
// monotonic reading if it has one.
func timeParts(v Value) (sec, nsec, mono int64, hasMono bool) {
	e := v.Elems()
	wall, ext := e[0].N, int64(e[1].N)
	nsec = int64(wall & nsecMask)
	if wall&hasMonotonic != 0 {
		return wallToInternal + int64(wall<<1>>(nsecShift+1)), nsec, ext, true
	}
	return ext, nsec, 0, false
}

// subMono is Go's difference of two monotonic readings, saturated.
func subMono(t, u int64) int64 {
	d := t - u
	switch {
	case d < 0 && t > u:
		return math.MaxInt64
	case d > 0 && t < u:
		return math.MinInt64
	}
	return d
}

// subWall is Go's Time.Sub of two wall times (seconds since year 1 and
// nanoseconds): the difference, or the extreme Duration on the side of t
// when it does not fit, which Go finds by checking that u.Add(d) is t.
func subWall(ts, tn, us, un int64) int64 {
	d := (ts-us)*1e9 + (tn - un)
	// u + d: the nanoseconds carry into the seconds, which saturate.
	nsec, carry := un+d%1e9, int64(0)
	switch {
	case nsec >= 1e9:
		carry = 1
	case nsec < 0:
		carry = -1
	}
	nsec -= carry * 1e9
	dsec := d/1e9 + carry
	sec := us + dsec
	if (sec > us) != (dsec > 0) && dsec != 0 {
		sec = math.MaxInt64
		if dsec < 0 {
			sec = -math.MaxInt64
		}
	}
	switch {
	case sec == ts && nsec == tn:
		return d
	case ts < us || ts == us && tn < un:
		return math.MinInt64
	}
	return math.MaxInt64
}

// since is time.Since(t) read at virtual instant now (until: Until(t)),
// by Go's rules: monotonic readings when t has one, else the wall clock.
func since(t Value, now int64, until bool) int64 {
	ts, tn, tm, mono := timeParts(t)
	if mono {
		if until {
			return subMono(tm, monoNs(now))
		}
		return subMono(monoNs(now), tm)
	}
	ns, nn := startSec+now/1e9, now%1e9
	if until {
		return subWall(ts, tn, ns, nn)
	}
	return subWall(ns, nn, ts, tn)
}

// timer is a pending virtual-time event.
type timer struct {
	when int64
	seq  int
	fire func()
	vt   *vmTimer // the Timer or Ticker it is the expiry of; nil for a sleep
	dead bool     // stopped, or fired out of heap order: never fires (again)
	held bool     // a contest passed it over: it may fire late (fireDue)
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when != h[j].when {
		return h[i].when < h[j].when
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *timerHeap) Push(x any)   { *h = append(*h, x.(*timer)) }
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	return t
}

func (m *Machine) addTimer(when int64, fire func()) *timer {
	m.nextObj++
	t := &timer{when: when, seq: m.nextObj, fire: fire}
	heap.Push(&m.timers, t)
	return t
}

// timerWindow is how close two deadlines must be, in nanoseconds, to count
// as the same instant: timers due less than this apart may fire in either
// order, and the one passed over may fire up to this much late.
//
// Go runs a P's expired timers when that P next checks its heap, which is
// some time after the deadline: the idle P sleeps in epoll_wait, whose
// timeout is whole milliseconds (runtime/netpoll_epoll.go), or in a futex
// with the kernel's 50 µs timer slack; with GOMAXPROCS > 1 every P has its
// own heap and its own wake-up. Measured on the test machine (A sleeps
// 10 ms, B 10 ms + d; how often B reported first, of 200 runs at
// GOMAXPROCS=1 and 200 at 2): d = 20 µs: 191 and 129; 100 µs: 188 and
// 155; 200 µs: 83 and 46; 500 µs: 0 and 0; 1 ms: 7 and 6 — the tail
// beyond half a millisecond is the machine being late, which happens at
// any distance under load (docs/design.md has the whole table).
// Half a millisecond covers what Go does routinely and keeps programs whose
// sleeps differ by a millisecond or more (`Sleep(i * time.Millisecond)`)
// exactly as deterministic as before.
const timerWindow = 500_000

// maxRivals bounds how many timers of one window a contest offers: the
// earliest ones. A thousand goroutines sleeping equally long stay a cheap
// choice; the one-thousandth can still fire before others later on.
const maxRivals = 8

// fireDue fires the timers whose time has come. The scheduler calls it at
// each scheduling point (and advanceClock when every goroutine waits), so a
// timer that fell due during work is seen by the next receive or select, as
// Go's lazily run timer channels are.
//
// A due timer with a rival — another live timer due less than timerWindow
// apart — is a contest (docs/design.md, "Virtual time and timers"): which
// of them fires first is a choice (ChooseTimer), and so is whether they
// wait while goroutines run (a Go P that has not looked at its heap yet,
// while another P runs the goroutine its own timer woke). Pick 0 always
// does what an uncontested timer does: the earliest fires now. A timer
// passed over by another pick is held: at each later scheduling point,
// pick 0 keeps it waiting and any other pick fires one; it fires anyway
// once it is timerWindow late, or when no goroutine can run. A timer one
// blocked select put in a heap after an earlier one keeps its place
// behind it (pinTimers). Timers with
// no rival fire exactly as before, so programs whose deadlines are clearly
// apart make no new choices.
func (m *Machine) fireDue() {
	m.syncClock()
	m.fireTimers()
}

// fireTimers is fireDue once the clock is synced.
func (m *Machine) fireTimers() {
	for m.timers.Len() > 0 {
		top := m.timers[0]
		if top.dead {
			m.dropTimer(heap.Pop(&m.timers).(*timer))
			continue
		}
		if top.when > m.clock {
			return
		}
		if top.when+timerWindow <= m.clock {
			// Late by the whole window: no P waits that long.
			m.fireTimer(heap.Pop(&m.timers).(*timer))
			continue
		}
		win := m.window(top.when + timerWindow)
		if len(win) == 1 && !top.held {
			m.fireTimer(heap.Pop(&m.timers).(*timer))
			continue
		}
		if !m.contest(win) {
			return
		}
	}
}

// contest makes the choice for the timers of win (earliest first, win[0]
// due). It reports false when they wait for goroutines to run.
func (m *Machine) contest(win []*timer) bool {
	m.checkWatch()
	canWait := m.runs.n > 0
	due := win
	if canWait {
		// Goroutines run on: only timers already due can fire, since the
		// clock advances with their work, not by jumping.
		n := 0
		for n < len(win) && win[n].when <= m.clock {
			n++
		}
		due = win[:n]
	}
	if len(m.timerPins) > 0 {
		due = m.unpinned(due)
	}
	fresh := false
	for _, t := range due {
		fresh = fresh || !t.held
	}
	// Options: fresh contests offer fire due[0], …, then wait; held
	// timers offer wait, then fire due[0], ….
	n := len(due)
	if canWait {
		n++
	}
	pick := 0
	if n > 1 {
		pick = m.choose(ChooseTimer, n, nil, -1)
	}
	m.timerEvents++
	wait := canWait && (fresh && pick == len(due) || !fresh && pick == 0)
	if wait {
		for _, t := range due {
			t.held = true
		}
		return false
	}
	i := pick
	if canWait && !fresh {
		i--
	}
	x := due[i]
	if pick != 0 {
		// Passed over: the others due by now may fire late.
		for _, t := range due {
			if t != x && t.when <= max(m.clock, x.when) {
				t.held = true
			}
		}
	}
	m.clock = max(m.clock, x.when)
	x.dead = true // out of heap order: popped later as dead
	m.fireTimer(x)
	return true
}

// fireTimer runs a timer's event; it is an effect for the fairness rule.
func (m *Machine) fireTimer(t *timer) {
	f := t.fire
	if f == nil {
		return
	}
	t.fire = nil
	m.epoch++
	m.timerEvents++
	m.dropTimer(t)
	if late := m.clock - t.when; late > 0 {
		// Whom it wakes starts late (wokeLate).
		m.firingLate = min(late, timerWindow)
		f()
		m.firingLate = 0
		return
	}
	f()
}

// dropTimer forgets what t must wait for: it fired, or it left the heap dead.
func (m *Machine) dropTimer(t *timer) {
	if len(m.timerPins) > 0 {
		delete(m.timerPins, t)
	}
}

// Timers that one blocked select puts in a heap (docs/design.md, "Timers
// one select waits for"). Since Go 1.23 a channel timer is in no heap
// until a goroutine blocks on its channel: blockTimerChan then adds it to
// the heap of the P that goroutine runs on (maybeAdd, under the select's
// channel locks, so every timer of one select goes to one heap), and one
// look at a heap runs its due timers in deadline order. So of two timers
// a select blocked on, the later-due one cannot complete the select
// first — unless the deadlines' order is itself uncertain: the goroutine
// may have been late by up to timerWindow anywhere before its select,
// which delays a deadline it set later (so y set before x with y due no
// later is fixed) or makes both due before the select looks (x due less
// than timerWindow after the block). Real Go: two time.After of 10 ms in
// one select print the first 600 of 600 runs; with 20 µs, the second 4 of
// 300 at GOMAXPROCS=2 (main late to its select).

// heapTimer is blockTimerChan for a receive on ch, a timer's channel,
// that is about to queue: unless somebody is blocked on ch already (its
// timer is in a heap then), the timer goes into the heap of the blocking
// goroutine's P, and a timer going into a heap for its first time joins
// m.heaping, the timers this block adds together (pinTimers). A timer that
// was in a heap before may still be there, in another P's (Go leaves a
// timer nobody waits for in its heap as a zombie, and a ticker between
// ticks): it is ordered with nothing.
func (m *Machine) heapTimer(ch *Chan) {
	vt := ch.timer
	if vt.t == nil || vt.t.dead || hasLive(ch.recvq) {
		return
	}
	if !vt.heaped {
		vt.heaped = true
		m.heaping = append(m.heaping, vt)
	}
}

// pinTimers ends a block whose receives called heapTimer: of the timers
// it put in one heap, a timer x must not fire before a pending y (the
// contest leaves x out) when the same goroutine set y's deadline before
// x's, y is due no later, and x is due timerWindow or more after now
// (docs/design.md, "Timers one select waits for").
func (m *Machine) pinTimers() {
	hs := m.heaping
	m.heaping = hs[:0]
	if len(hs) < 2 {
		return
	}
	now := m.now()
	for _, x := range hs {
		tx := x.t
		if x.creator == 0 || tx.when < now+timerWindow {
			continue
		}
		for _, y := range hs {
			ty := y.t
			if y.creator == x.creator && ty.seq < tx.seq && ty.when <= tx.when {
				if m.timerPins == nil {
					m.timerPins = make(map[*timer][]*timer)
				}
				m.timerPins[tx] = append(m.timerPins[tx], ty)
			}
		}
	}
}

// unpinned drops from due (in place) the timers that must wait for a
// pending timer of their select's heap (pinTimers).
func (m *Machine) unpinned(due []*timer) []*timer {
	n := 0
	for _, x := range due {
		pinned := false
		for _, y := range m.timerPins[x] {
			pinned = pinned || !y.dead && y.fire != nil
		}
		if !pinned {
			due[n] = x
			n++
		}
	}
	return due[:n]
}

// window lists the live timers due before limit, earliest first, at most
// maxRivals of them: a best-first walk of the heap from its root, which
// never descends below a timer due at or after limit.
func (m *Machine) window(limit int64) []*timer {
	h := m.timers
	front, out := m.winFront[:0], m.winOut[:0]
	if len(h) > 0 {
		front = append(front, 0)
	}
	for visits := 0; len(front) > 0 && len(out) < maxRivals && visits < 8*maxRivals; visits++ {
		b := 0
		for k := range front {
			if h.Less(front[k], front[b]) {
				b = k
			}
		}
		i := front[b]
		front[b] = front[len(front)-1]
		front = front[:len(front)-1]
		if h[i].when >= limit {
			continue // and so is everything below it
		}
		if !h[i].dead {
			out = append(out, h[i])
		}
		for _, c := range [2]int{2*i + 1, 2*i + 2} {
			if c < len(h) {
				front = append(front, c)
			}
		}
	}
	m.winFront, m.winOut = front, out
	return out
}

// fireEarly lets time pass while goroutines could run: after any step, the
// earliest live timer due less than timerWindow from now may fire at once,
// the clock jumping to its deadline before any runnable goroutine takes its
// next step (a choice, ChooseTimer pick 1). In Go a goroutine made
// runnable is not running yet for some microseconds (parking, the
// scheduler's look at its timers, which comes before its run queue, an idle
// P waking on another thread): go f(); time.Sleep(5µs) ends the sleep
// before f starts in almost every run. And a goroutine that runs on is
// slower than its virtual instructions, cold code most (the first
// context.WithTimeout and cancel take 5 to 100 µs, where their
// instructions cost under half a microsecond), while another P runs the
// timer on time: WithTimeout(1µs), a few operations, then cancel() finds
// the deadline passed in most runs. The jump makes every runnable
// goroutine late by it, and is offered only while each stays less than
// timerWindow late in all (lateBy): a goroutine that never parks is not
// made late step after step (docs/design.md, "Virtual time and timers").
func (m *Machine) fireEarly() {
	t := m.nextTimer()
	if t == nil || t.when <= m.clock {
		return
	}
	d := t.when - m.clock
	if d >= timerWindow || m.lateBy()+d >= timerWindow {
		return
	}
	if m.choose(ChooseTimer, 2, nil, -1) == 0 {
		return
	}
	m.jumpEarly(d)
	m.fireTimers()
}

// lateUntil is time.Until(t) read at now, which may be late: when t is
// ahead by less than the runnable goroutines' remaining lateness (lateBy),
// the read may come at t itself (a choice, ChooseTimer pick 1), and Until
// reports 0. WithTimeout and WithDeadline read Until right after their
// time.Now and cancel at once when it is not positive: in Go the code in
// between is slower than its virtual instructions, cold most, and
// context.WithTimeout(ctx, time.Microsecond) is expired when it returns in
// 126 of 200 runs at GOMAXPROCS=1 (186 at 2). Until is the clock read
// whose argument names the instant that matters; a late Now or Since
// would need a guess at how late. At most one such choice a step: a loop
// of Until reads within one step ends at the deadline either way.
func (m *Machine) lateUntil(t Value, now int64) int64 {
	d := since(t, now, true)
	if d <= 0 || m.lateStep == m.stepNo+1 || m.lateBy()+d >= timerWindow {
		return d
	}
	m.lateStep = m.stepNo + 1
	if m.choose(ChooseTimer, 2, nil, -1) == 0 {
		return d
	}
	m.jumpEarly(d)
	return since(t, now+d, true)
}

// Lateness. A clock jump while goroutines can run (fireEarly, lateUntil)
// makes each runnable goroutine late by it: lateOf holds, for the runnable
// goroutines that were runnable at some jump since they last became
// runnable, the time jumped since, in nanoseconds (an entry goes when its
// goroutine stops being runnable, runq.go's setState), and lateMax the
// largest (lateStale: recount it). Jumps stop once a goroutine would be
// timerWindow late: a goroutine woken by a 1 ms tick is not made late for
// the next one however many steps it takes before its select. A goroutine
// that a timer woke after its deadline starts that late (wokeLate): an idle
// P that woke half a millisecond late leaves its goroutine nothing to be
// late by.

// lateBy is how late the latest runnable goroutine is.
func (m *Machine) lateBy() int64 {
	if len(m.lateOf) == 0 {
		return 0
	}
	if m.lateStale {
		m.lateStale = false
		m.lateMax = 0
		for _, d := range m.lateOf {
			m.lateMax = max(m.lateMax, d)
		}
	}
	return int64(m.lateMax)
}

// jumpEarly moves the clock d ahead while goroutines can run, and makes
// every runnable goroutine d later.
func (m *Machine) jumpEarly(d int64) {
	late := m.lateBy() + d
	if m.lateOf == nil {
		m.lateOf = make(map[*Goroutine]int32)
	}
	for k := range m.runs.n {
		g := m.gs[m.runs.nth(k)-1]
		m.lateOf[g] += int32(d)
	}
	m.lateMax = int32(late)
	m.timerEvents++
	m.clock += d
}

// wokeLate notes that g became runnable as a timer fired firingLate after
// its deadline (a contest held it, the idle P woke late, work without a
// scheduling point delayed it): g starts that late.
func (m *Machine) wokeLate(g *Goroutine) {
	if m.lateOf == nil {
		m.lateOf = make(map[*Goroutine]int32)
	}
	m.lateOf[g] = int32(m.firingLate)
	m.lateMax = max(m.lateMax, int32(m.firingLate))
}

// notLate forgets g's lateness: it stopped being runnable.
func (m *Machine) notLate(g *Goroutine) {
	if d, ok := m.lateOf[g]; ok {
		delete(m.lateOf, g)
		if d == m.lateMax {
			m.lateStale = true
		}
	}
}

// advanceClock moves virtual time to the earliest live timer and fires what
// is due then (a contest may move it on to a rival). It reports false when
// no timer is pending.
func (m *Machine) advanceClock() bool {
	t := m.nextTimer()
	if t == nil {
		return false
	}
	m.syncClock()
	wake := t.when
	if wakes := m.idleWakes(t); len(wakes) > 1 {
		// Go's idle P may sleep on past t (idleWake), and be late
		// beyond that by up to timerWindow: each later wake fires
		// every timer due by then in deadline order before any
		// goroutine they wake runs.
		if pick := m.choose(ChooseIdleWake, len(wakes), nil, -1); pick > 0 {
			m.timerEvents++
			wake = wakes[pick]
		}
	}
	m.clock = max(m.clock, wake)
	m.fireDue()
	return true
}

// idleWakes lists the instants at which Go's idle P may wake when t is the
// earliest timer: t's deadline (as an idle jump always did), then
// idleWake's instant if some other timer is due after t and by then, or
// if it is timerWindow or more after t (the timers set after the wake see
// it: a loop of 100 µs timeouts against a 2 ms producer), then
// the deadlines of live timers due within timerWindow after that (the
// machine late, as a contest allows), at most maxRivals of them. When t is
// whole milliseconds away the P wakes for it on time, and only t's own
// instant is listed (its contest has the window after it).
func (m *Machine) idleWakes(t *timer) []int64 {
	w := idleWake(m.clock, t.when)
	wakes := append(m.wakes[:0], t.when)
	if w == t.when {
		// Whole milliseconds away: no later wake than a contest's.
		return wakes
	}
	if w-t.when >= timerWindow {
		// Late by more than what counts as the same instant: the
		// timers set after the wake, and whatever they race with,
		// see it, though no other timer is due by then.
		wakes = append(wakes, w)
	}
	for _, u := range m.window(w + timerWindow) {
		if u == t || u.when <= t.when {
			continue
		}
		at := max(u.when, w)
		if at != wakes[len(wakes)-1] {
			wakes = append(wakes, at)
		}
	}
	m.wakes = wakes
	return wakes
}

// idleWake is when Go's idle P, asleep from now until a timer due at when,
// wakes: the P that waits for the earliest timer sleeps in the network
// poller, and epoll_wait's timeout is whole milliseconds, at least one
// (runtime/netpoll_epoll.go), so it sleeps the delay's whole milliseconds
// (one if less), looks, and sleeps again while the timer is not due.
// Every timer due by then fires in the same look, in deadline order,
// before any goroutine they wake runs. Real Go: goroutine A sleeps 1 µs
// and sets a flag, B sleeps d and prints it; at GOMAXPROCS=1 B printed
// the unset flag 197 of 200 runs with d = 900 µs, 39 with 1.1 ms
// (docs/design.md, "Virtual time and timers").
func idleWake(now, when int64) int64 {
	const ms = 1_000_000
	t := now
	for t < when {
		if d := when - t; d < ms {
			t += ms
		} else {
			t += d / ms * ms
		}
	}
	return t
}

// timerCanWake reports whether some live timer can wake a goroutine when
// it fires: a sleep's, an AfterFunc's, or a channel timer's that a
// goroutine is blocked receiving from (a receive or a select case). Since
// Go 1.23 a channel timer is in a P's heap only while a goroutine is
// blocked on its channel (blockTimerChan), and runtime.checkdead declares
// the deadlock when no P's heap holds a timer: a Ticker or Timer nobody
// waits on leaves Go nothing to wait for.
func (m *Machine) timerCanWake() bool {
	for _, t := range m.timers {
		if t.dead {
			continue
		}
		vt := t.vt
		if vt == nil || vt.ch == nil {
			return true
		}
		for _, w := range vt.ch.recvq {
			if w.live() {
				return true
			}
		}
	}
	return false
}

// nextTimer is the earliest live timer, or nil when none is pending; the
// dead timers above it (stopped or reset ones, left in the heap) are popped.
func (m *Machine) nextTimer() *timer {
	for m.timers.Len() > 0 && m.timers[0].dead {
		m.dropTimer(heap.Pop(&m.timers).(*timer))
	}
	if m.timers.Len() == 0 {
		return nil
	}
	return m.timers[0]
}

// TimerEvents counts the timers fired and timer choices made so far: a
// step during which it changed did more than its goroutine's operation.
func (m *Machine) TimerEvents() int { return m.timerEvents }

// timerSend delivers a tick without blocking, as the runtime's sendTime
// does: to a waiting receiver, else into the channel's one hidden slot,
// else (a ticker whose last tick is still unread) nowhere. Which of the
// receivers waiting is first is a choice, as for any channel (popWaiter).
func (m *Machine) timerSend(ch *Chan, v Value) {
	ch.ver++
	if w := m.popWaiter(&ch.recvq); w != nil {
		m.finish(w)
		w.g.completed, w.g.wakeOk = true, true
		w.g.w.val, w.g.w.cas = v, w.cas
		m.wake(w.g)
		return
	}
	if len(ch.buf) == 0 {
		ch.buf = append(ch.buf, v)
	}
}

// timerDue reports whether a receive on ch runs its timer (pollTimer).
func (m *Machine) timerDue(ch *Chan) bool {
	return ch != nil && ch.timer != nil && m.timerChanDue(ch) // inlined: most channels have no timer
}

// timerChanDue is timerDue for a timer's channel.
//
//go:noinline
func (m *Machine) timerChanDue(ch *Chan) bool {
	t := ch.timer.t
	return t != nil && !t.dead && t.fire != nil && t.when <= m.now() && !hasLive(ch.recvq)
}

// pollTimer is the runtime's maybeRunChan: a receive from a timer's
// channel, or a select with a case receiving from it, first runs the timer
// if it is due and in no timer heap, which for a channel timer means no
// goroutine is blocked on the channel (blockTimerChan puts it in one).
// So a timer held by a contest (fireDue) still fires at the poll of its
// channel: only a timer some goroutine waits for depends on when a P
// looks at its heap.
func (m *Machine) pollTimer(ch *Chan) {
	if ch != nil && ch.timer != nil { // inlined: most channels have no timer
		m.pollTimerChan(ch)
	}
}

// pollTimerChan is pollTimer for a timer's channel.
func (m *Machine) pollTimerChan(ch *Chan) {
	if m.timerChanDue(ch) {
		t := ch.timer.t
		t.dead = true // out of heap order: popped later as dead
		m.fireTimer(t)
	}
}

// vmTimer is the VM side of a time.Timer or time.Ticker.
type vmTimer struct {
	t      *timer   // the pending expiry; nil when stopped or fired
	ch     *Chan    // the channel C; nil for AfterFunc
	period int64    // tickers: the interval
	fn     *Closure // AfterFunc: the function to start
	// creator is the ID of the goroutine that set t's deadline (NewTimer,
	// After, Reset…), 0 for a ticker's next tick; heaped is set once a
	// goroutine blocked on the channel, which puts a Go timer in a P's
	// heap (heapTimer).
	creator int
	heaped  bool
}

// callClosureThunk runs regs[0]() as a goroutine body (AfterFunc).
var callClosureThunk = &Func{
	Name: "thunk", Thunk: true, RecoverPC: -1, compiled: true, NParams: 1, NRegs: 2, FreeBase: 1, ConstBase: 1,
	Code: []Instr{
		{Op: opCallFunc, A: 1, Aux: &callInfo{fnReg: 0}},
		{Op: opReturn, Aux: []int32{}},
	},
}

func (m *Machine) startTimer(vt *vmTimer, when int64) {
	vt.t = m.addTimer(when, func() {
		if vt.fn != nil {
			vt.t = nil
			// Like a go statement's, the goroutine starts runnable and
			// does nothing until the scheduler picks it.
			g := m.newGoroutine(callClosureThunk, []Value{{R: vt.fn}}, nil)
			m.raceTimerGo(vt, g)
			g.site = &goSite{entry: vt.fn.Fn.Name}
			if fr := intrinsicFrames("time.goFunc created"); len(fr) == 1 {
				// Go's traceback: "created by time.goFunc", its line, and
				// no creating goroutine.
				g.site.creator, g.site.where = fr[0].name, fr[0].where
			}
			return
		}
		// The tick carries the time it was due, as Go's sendTime does
		// however late the timer runs.
		m.timerSend(vt.ch, m.timeVal(when))
		if vt.period > 0 {
			// A late ticker skips the ticks it missed (runtime/time.go).
			vt.creator = 0
			m.startTimer(vt, when+vt.period*(1+(m.clock-when)/vt.period))
		} else {
			vt.t = nil
		}
	})
	vt.t.vt = vt
}

// stop is the runtime's timer.stop: it reports whether the timer was
// pending, which for a channel timer includes an expired tick nobody
// received, and it drops that tick so no stale value is delivered later.
func (vt *vmTimer) stop() bool {
	pending := vt.t != nil
	if pending {
		vt.t.dead = true
		vt.t = nil
	}
	if vt.ch != nil && len(vt.ch.buf) > 0 {
		vt.ch.buf = vt.ch.buf[:0]
		vt.ch.ver++
		pending = true
	}
	return pending
}

// firedElsewhere is what Stop and Reset see of an AfterFunc timer already
// due but not yet run here: in Go another P may have run it in the
// meantime (real Go, AfterFunc(0, f) then Stop: false 1+24 of 600 runs), so
// it is a choice (ChooseTimer): pick 0 leaves it pending, as before; pick 1
// fires it first, f's goroutine starts, and Stop reports false. A channel
// timer needs none: its Stop and Reset report true either way, dropping a
// tick nobody received.
func (m *Machine) firedElsewhere(vt *vmTimer) {
	t := vt.t
	if vt.fn == nil || t == nil || t.dead || t.fire == nil || t.when > m.now() {
		return
	}
	if m.choose(ChooseTimer, 2, nil, -1) == 1 {
		t.dead = true // its heap entry is dropped at the next look
		m.fireTimer(t)
	}
}

// timerStruct builds *time.Timer / *time.Ticker: struct{ C <-chan Time; id int }.
func (m *Machine) timerStruct(vt *vmTimer) Value {
	c := Value{}
	if vt.ch != nil {
		c = Value{R: vt.ch}
	}
	return Value{R: &Value{R: []Value{c, {R: vt}}}}
}

// timerOf returns the VM timer of a *time.Timer or *time.Ticker; nil for a
// zero Timer or Ticker not made by this package. A nil pointer panics.
func (m *Machine) timerOf(c *Ctx, v Value) (*vmTimer, bool) {
	p := v.Ptr()
	if p == nil {
		m.nilDeref(c.G)
		return nil, false
	}
	vt, _ := p.Elems()[1].R.(*vmTimer)
	return vt, true
}

func panicString(c *Ctx, msg string) {
	c.M.startPanic(c.G, Value{R: &Iface{T: c.M.prog.stringType, V: strVal(msg)}}, false)
}

func init() {
	register("time.Now", func(c *Ctx, args []Value) Value { return c.M.timeVal(c.M.readClock()) })
	register("time.Since", func(c *Ctx, args []Value) Value { return intVal(since(args[0], c.M.readClock(), false)) })
	register("time.Until", func(c *Ctx, args []Value) Value {
		m := c.M
		now := m.progNow()
		d := m.lateUntil(args[0], now)
		m.clock += timeReadCost // readClock's
		m.hidden++
		return intVal(d)
	})

	visible("time.Sleep", "sleep", false, func(c *Ctx, args []Value) Value {
		d := int64(args[0].N)
		if d <= 0 {
			return Value{}
		}
		g, m := c.G, c.M // the Ctx is reused after the call: capture what the timer needs
		m.addTimer(m.now()+max(d, minSleep), func() {
			g.completed = true
			m.wake(g)
		})
		c.Block("sleep", nil)
		return Value{}
	})

	newTimer := func(c *Ctx, d int64, period int64, elem *Type) *vmTimer {
		ch := newChan(elem, 0)
		vt := &vmTimer{ch: ch, period: period, creator: c.G.ID}
		ch.timer = vt
		c.M.startTimer(vt, c.M.progNow()+max(d, 0))
		return vt
	}
	chanElem := func(t *Type) *Type { // *Timer → Timer{C chan Time}
		return t.Elem.Fields[0].Elem
	}
	register("time.After", func(c *Ctx, args []Value) Value {
		return Value{R: newTimer(c, int64(args[0].N), 0, c.ResultType().Elem).ch}
	})
	register("time.Tick", func(c *Ctx, args []Value) Value {
		d := int64(args[0].N)
		if d <= 0 {
			return Value{}
		}
		return Value{R: newTimer(c, d, d, c.ResultType().Elem).ch}
	})
	register("time.NewTimer", func(c *Ctx, args []Value) Value {
		return c.M.timerStruct(newTimer(c, int64(args[0].N), 0, chanElem(c.ResultType())))
	})
	register("time.NewTicker", func(c *Ctx, args []Value) Value {
		d := int64(args[0].N)
		if d <= 0 {
			panicString(c, "non-positive interval for NewTicker")
			return Value{}
		}
		return c.M.timerStruct(newTimer(c, d, d, chanElem(c.ResultType())))
	})
	register("time.AfterFunc", func(c *Ctx, args []Value) Value {
		vt := &vmTimer{fn: args[1].R.(*Closure)}
		c.M.raceTimerStart(c.G, vt)
		c.M.startTimer(vt, c.M.progNow()+max(int64(args[0].N), 0))
		return c.M.timerStruct(vt)
	})

	register("(*time.Timer).Stop", func(c *Ctx, args []Value) Value {
		vt, ok := c.M.timerOf(c, args[0])
		if !ok {
			return Value{}
		}
		if vt == nil {
			panicString(c, "time: Stop called on uninitialized Timer")
			return Value{}
		}
		c.M.firedElsewhere(vt)
		return boolVal(vt.stop())
	})
	register("(*time.Timer).Reset", func(c *Ctx, args []Value) Value {
		vt, ok := c.M.timerOf(c, args[0])
		if !ok {
			return Value{}
		}
		if vt == nil {
			panicString(c, "time: Reset called on uninitialized Timer")
			return Value{}
		}
		c.M.firedElsewhere(vt)
		pending := vt.stop()
		if vt.fn != nil {
			c.M.raceTimerStart(c.G, vt)
		}
		vt.creator = c.G.ID
		c.M.startTimer(vt, c.M.progNow()+max(int64(args[1].N), 0))
		return boolVal(pending)
	})
	register("(*time.Ticker).Stop", func(c *Ctx, args []Value) Value {
		// Stopping a zero Ticker does nothing, as in Go.
		if vt, ok := c.M.timerOf(c, args[0]); ok && vt != nil {
			vt.stop()
		}
		return Value{}
	})
	register("(*time.Ticker).Reset", func(c *Ctx, args []Value) Value {
		d := int64(args[1].N)
		if d <= 0 {
			panicString(c, "non-positive interval for Ticker.Reset")
			return Value{}
		}
		vt, ok := c.M.timerOf(c, args[0])
		if !ok {
			return Value{}
		}
		if vt == nil {
			panicString(c, "time: Reset called on uninitialized Ticker")
			return Value{}
		}
		vt.stop()
		vt.period = d
		vt.creator = c.G.ID
		c.M.startTimer(vt, c.M.progNow()+d)
		return Value{}
	})
}
