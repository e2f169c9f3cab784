package runner

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Deadlock explanations. When every goroutine is asleep, the trace says who
// holds which lock, who signalled which Cond and who sent on which channel,
// and the final goroutine states say who waits where. From those,
// explainDeadlock names the specific mistake, in one sentence with
// prog.go:LINE positions, trying the most telling kinds first:
//
//   - a goroutine waiting for a lock it holds itself: a recursive Lock,
//     RLock while holding Lock, Lock while holding RLock (no upgrade), or a
//     second RLock queued behind a writer that waits for the first;
//   - a cycle of goroutines each holding a lock the next waits for: a
//     lock-order inversion, with both acquisition orders;
//   - a Cond.Wait whose Signal or Broadcast came earlier and woke nobody;
//   - a receive with no goroutine left that could send, or a send with no
//     goroutine left that could receive;
//   - a WaitGroup.Wait for Done calls no goroutine can make;
//   - a lock held by a goroutine that exited or waits elsewhere;
//
// and otherwise lists what each blocked goroutine waits for.

// dlHold is a lock held at the end of the run.
type dlHold struct {
	g, line int
	read    bool
}

// deadlock is what the trace tells about a deadlocked run.
type deadlock struct {
	p       *Program
	res     *Result
	holders map[string][]dlHold // mutex → who holds it
	blocked map[int]GoroutineInfo
	waits   map[int]Event // blocked goroutine → its last block event
	state   map[int]string
	order   []int // blocked goroutines in ID order
}

func (p *Program) newDeadlock(res *Result) *deadlock {
	d := &deadlock{p: p, res: res, holders: map[string][]dlHold{}, blocked: map[int]GoroutineInfo{},
		waits: map[int]Event{}, state: map[int]string{}}
	for _, e := range res.Trace {
		switch e.Op {
		case "lock", "rlock":
			d.holders[e.Obj] = append(d.holders[e.Obj], dlHold{e.G, e.Line, e.Op == "rlock"})
		case "unlock", "runlock":
			hs := d.holders[e.Obj]
			for i := len(hs) - 1; i >= 0; i-- {
				// Unlock releases the writer whoever locked it (Go allows
				// unlocking in another goroutine); RUnlock one read lock,
				// preferably the caller's.
				if e.Op == "unlock" && !hs[i].read || e.Op == "runlock" && hs[i].read && hs[i].g == e.G {
					d.holders[e.Obj] = append(hs[:i:i], hs[i+1:]...)
					break
				}
				if i == 0 && e.Op == "runlock" {
					for j := len(hs) - 1; j >= 0; j-- {
						if hs[j].read {
							d.holders[e.Obj] = append(hs[:j:j], hs[j+1:]...)
							break
						}
					}
				}
			}
		case "block":
			d.waits[e.G] = e
		}
	}
	for _, g := range res.Goroutines {
		d.state[g.ID] = g.State
		switch g.State {
		case "done", "runnable", "running", "":
		default:
			d.blocked[g.ID] = g
			d.order = append(d.order, g.ID)
		}
	}
	sort.Ints(d.order)
	return d
}

// at is a position in prog.go.
func at(line int) string { return fmt.Sprintf("%s:%d", FileName, line) }

// waitLine is where blocked goroutine g waits, in the user's code.
func (d *deadlock) waitLine(g int) int {
	if l := d.blocked[g].WaitLine; l > 0 {
		return l
	}
	return d.waits[g].Line
}

// lockName is the receiver of the lock call at line, e.g. "c.mu".
func (d *deadlock) lockName(line int) string {
	for _, s := range d.p.lockSites {
		if s.Line == line {
			return "`" + s.Recv + "`"
		}
	}
	return "the mutex"
}

// lockWait is the mutex blocked goroutine g waits for.
func (d *deadlock) lockWait(g int) (Event, bool) {
	e, ok := d.waits[g]
	if _, b := d.blocked[g]; !ok || !b || !strings.Contains(e.Block, "Mutex") {
		return Event{}, false
	}
	return e, true
}

func (p *Program) explainDeadlock(res *Result) string {
	d := p.newDeadlock(res)
	for _, try := range []func(g int) string{d.selfLock, d.lockCycle, d.lostWakeup, d.chanNoPeer, d.waitGroup, d.lockHeld} {
		for _, g := range d.order {
			if s := try(g); s != "" {
				return s
			}
		}
	}
	var parts []string
	for _, g := range d.order {
		parts = append(parts, fmt.Sprintf("goroutine %d waits [%s] at %s", g, d.blocked[g].State, at(d.waitLine(g))))
	}
	if len(parts) == 0 {
		return ""
	}
	return "Every goroutine is blocked: " + strings.Join(parts, "; ") + "."
}

// selfLock: g waits for a lock it holds itself.
func (d *deadlock) selfLock(g int) string {
	e, ok := d.lockWait(g)
	if !ok {
		return ""
	}
	var mine *dlHold
	for _, h := range d.holders[e.Obj] {
		if h.g == g {
			hh := h
			mine = &hh
		}
	}
	if mine == nil {
		return ""
	}
	name := d.lockName(e.Line)
	if name == "the mutex" {
		name = d.lockName(mine.line)
	}
	line := d.waitLine(g)
	switch {
	case e.Block == "sync.RWMutex.RLock" && !mine.read:
		return fmt.Sprintf("goroutine %d calls %s.RLock at %s while it holds %s for writing (Lock at %s): the read lock waits for the writer to unlock, and the writer is the goroutine itself.",
			g, strings.Trim(name, "`"), at(line), name, at(mine.line))
	case e.Block == "sync.RWMutex.Lock" && mine.read:
		return fmt.Sprintf("goroutine %d calls %s.Lock at %s while it holds a read lock on %s (RLock at %s): Lock waits until every reader has unlocked, itself included; an RWMutex read lock cannot be upgraded.",
			g, strings.Trim(name, "`"), at(line), name, at(mine.line))
	case e.Block == "sync.RWMutex.RLock" && mine.read:
		for _, w := range d.order {
			if we, ok := d.lockWait(w); ok && w != g && we.Obj == e.Obj && we.Block == "sync.RWMutex.Lock" {
				return fmt.Sprintf("goroutine %d calls %s.RLock again at %s while it holds a read lock (RLock at %s), and goroutine %d waits in %s.Lock at %s: a waiting writer holds back new readers, so the second RLock waits for the writer, which waits for the first.",
					g, strings.Trim(name, "`"), at(line), at(mine.line), w, strings.Trim(name, "`"), at(d.waitLine(w)))
			}
		}
		return ""
	}
	return fmt.Sprintf("goroutine %d locks %s at %s while it already holds it (locked at %s): a sync.Mutex is not reentrant, so the goroutine waits for itself forever.",
		g, name, at(line), at(mine.line))
}

// lockCycle: goroutines each holding a lock the next one waits for.
func (d *deadlock) lockCycle(start int) string {
	seen := map[int]int{}
	var path []int
	g := start
	for {
		if _, ok := seen[g]; ok {
			break
		}
		e, ok := d.lockWait(g)
		if !ok {
			return ""
		}
		seen[g] = len(path)
		path = append(path, g)
		hs := d.holders[e.Obj]
		if len(hs) == 0 {
			return ""
		}
		g = hs[0].g
	}
	cycle := path[seen[g]:]
	if len(cycle) < 2 {
		return ""
	}
	var parts []string
	for _, id := range cycle {
		e := d.waits[id]
		var held []string
		for obj, hs := range d.holders {
			for _, h := range hs {
				if h.g == id && obj != "" {
					held = append(held, fmt.Sprintf("%s (locked at %s)", d.lockName(h.line), at(h.line)))
				}
			}
		}
		sort.Strings(held)
		parts = append(parts, fmt.Sprintf("goroutine %d holds %s and waits for %s at %s",
			id, strings.Join(held, " and "), d.lockName(e.Line), at(d.waitLine(id))))
	}
	return "Lock-order inversion: " + strings.Join(parts, ", while ") + "; the goroutines take the same locks in opposite orders, so each waits for the other. Take them in one order everywhere."
}

// lostWakeup: g waits on a Cond whose Signal or Broadcast came before the
// Wait and woke nobody.
func (d *deadlock) lostWakeup(g int) string {
	if d.blocked[g].State != "sync.Cond.Wait" {
		return ""
	}
	obj := d.waits[g].Obj
	var lost *Event
	for i, e := range d.res.Trace {
		if (e.Op == "cond.signal" || e.Op == "cond.broadcast") && e.Peer == 0 && (obj == "" || e.Obj == obj) {
			lost = &d.res.Trace[i]
		}
	}
	if lost == nil {
		return ""
	}
	line := d.waitLine(g)
	cond := callee(d.p.sourceLine(line), "Wait")
	method := "Signal"
	if lost.Op == "cond.broadcast" {
		method = "Broadcast"
	}
	if cond == "" {
		cond = callee(d.p.sourceLine(lost.Line), method)
	}
	name := "the Cond"
	if cond != "" {
		name = "`" + cond + "`"
	}
	return fmt.Sprintf("Lost wakeup: goroutine %d waits on %s at %s, but the %s at %s (goroutine %d) came before the Wait and woke nobody; a Cond does not remember signals, so wait in a loop on a condition checked under the lock.",
		g, name, at(line), method, at(lost.Line), lost.G)
}

// chanNoPeer: g waits to receive from (send on) a channel no goroutine
// left can send on (receive from).
func (d *deadlock) chanNoPeer(g int) string {
	state := d.blocked[g].State
	var recv bool
	switch state {
	case "chan receive", "chan send":
		recv = state == "chan receive"
	case "chan receive (nil chan)", "chan send (nil chan)":
		verb := "receive from"
		if state == "chan send (nil chan)" {
			verb = "send on"
		}
		return fmt.Sprintf("goroutine %d tries to %s a nil channel at %s, which blocks forever.", g, verb, at(d.waitLine(g)))
	default:
		return ""
	}
	obj := d.waits[g].Obj
	line := d.waitLine(g)
	text := d.p.sourceLine(line)
	name := chanOperand(text, recv)
	if name == "" {
		name = "the channel"
	} else {
		name = "`" + name + "`"
	}
	peerOp, verb, peerVerb := "chan.send", "receive from", "send on"
	if !recv {
		peerOp, verb, peerVerb = "chan.recv", "send on", "receive from"
	}
	peers := map[int]int{} // goroutine → line of its last matching operation
	for _, e := range d.res.Trace {
		if e.Op == peerOp && e.Obj == obj && e.G != g {
			peers[e.G] = e.Line
		}
	}
	var alive []string
	for _, o := range d.order {
		if o != g {
			alive = append(alive, fmt.Sprintf("goroutine %d at %s [%s]", o, at(d.waitLine(o)), d.blocked[o].State))
		}
	}
	var past []string
	for pg, pl := range peers {
		past = append(past, fmt.Sprintf("goroutine %d (%s)", pg, at(pl)))
	}
	sort.Strings(past)
	head := fmt.Sprintf("goroutine %d waits to %s %s at %s", g, verb, name, at(line))
	switch {
	case len(alive) == 0 && len(past) == 0:
		return fmt.Sprintf("%s, but no goroutine is left that could %s it, and none ever did.", head, peerVerb)
	case len(alive) == 0:
		return fmt.Sprintf("%s, but no goroutine is left that could %s it: %s, which did, %s exited.",
			head, peerVerb, strings.Join(past, " and "), plural(len(past), "has", "have"))
	}
	return fmt.Sprintf("%s, but every goroutine that could %s it is blocked too: %s.", head, peerVerb, strings.Join(alive, "; "))
}

// waitGroup: g waits for Done calls nobody can make.
func (d *deadlock) waitGroup(g int) string {
	if d.blocked[g].State != "sync.WaitGroup.Wait" {
		return ""
	}
	obj := d.waits[g].Obj
	n, ok := d.res.wgCounters[objNumber(obj)]
	if !ok || n <= 0 {
		return ""
	}
	line := d.waitLine(g)
	name := callee(d.p.sourceLine(line), "Wait")
	if name == "" {
		name = "the WaitGroup"
	} else {
		name = "`" + name + "`"
	}
	var adds, dones []string
	for _, e := range d.res.Trace {
		if e.Obj != obj || e.Line == 0 {
			continue
		}
		// Lines are named only where the call is written (a deferred Done
		// runs at the function's end).
		text, s := d.p.sourceLine(e.Line), at(e.Line)
		switch {
		case e.Op == "wg.add" && (strings.Contains(text, ".Add(") || strings.Contains(text, ".Go(")) && !contains(adds, s):
			adds = append(adds, s)
		case e.Op == "wg.done" && strings.Contains(text, ".Done(") && !contains(dones, s):
			dones = append(dones, s)
		}
	}
	var alive []string
	for _, o := range d.order {
		if o != g {
			alive = append(alive, fmt.Sprintf("goroutine %d at %s [%s]", o, at(d.waitLine(o)), d.blocked[o].State))
		}
	}
	more := fmt.Sprintf("%d more Done %s", n, plural(int(n), "call", "calls"))
	them := plural(int(n), "it", "them")
	where := ""
	if len(adds) > 0 {
		where = " (Add at " + strings.Join(adds, ", ")
		if len(dones) > 0 {
			where += "; Done at " + strings.Join(dones, ", ")
		}
		where += ")"
	}
	if len(alive) == 0 {
		return fmt.Sprintf("goroutine %d waits in %s.Wait at %s for %s%s, but every other goroutine has exited, so no goroutine can make %s: Add counted more goroutines than call Done.",
			g, strings.Trim(name, "`"), at(line), more, where, them)
	}
	return fmt.Sprintf("goroutine %d waits in %s.Wait at %s for %s%s, and every goroutine that could make %s is blocked: %s.",
		g, strings.Trim(name, "`"), at(line), more, where, them, strings.Join(alive, "; "))
}

// lockHeld: g waits for a lock another goroutine holds and will never
// release, because it exited or waits for something else.
func (d *deadlock) lockHeld(g int) string {
	e, ok := d.lockWait(g)
	if !ok {
		return ""
	}
	hs := d.holders[e.Obj]
	if len(hs) == 0 {
		return ""
	}
	h := hs[0]
	name := d.lockName(e.Line)
	if _, b := d.blocked[h.g]; b {
		return fmt.Sprintf("goroutine %d waits for %s at %s, which goroutine %d locked at %s and never unlocks: it is blocked at %s [%s].",
			g, name, at(d.waitLine(g)), h.g, at(h.line), at(d.waitLine(h.g)), d.blocked[h.g].State)
	}
	return fmt.Sprintf("goroutine %d waits for %s at %s, which goroutine %d locked at %s and never unlocked before it exited.",
		g, name, at(d.waitLine(g)), h.g, at(h.line))
}

// objNumber is the number of a traced object name such as "waitgroup#3".
func objNumber(obj string) int {
	_, n, _ := strings.Cut(obj, "#")
	i, _ := strconv.Atoi(n)
	return i
}

// callee is X in "X.method(" on a source line, e.g. "wg" for wg.Wait().
func callee(text, method string) string {
	text = blankStrings(text)
	k := strings.Index(text, "."+method+"(")
	if k <= 0 {
		return ""
	}
	i := k
	for i > 0 && isIdentByte(text[i-1], false) {
		i--
	}
	return strings.TrimPrefix(text[i:k], ".")
}

// chanOperand recovers the channel a line receives from (`<-ch`, `range
// ch`) or sends on (`ch <- v`).
func chanOperand(text string, recv bool) string {
	text = blankStrings(text)
	if i := strings.Index(text, "//"); i >= 0 {
		text = text[:i]
	}
	k := strings.Index(text, "<-")
	if recv {
		if k >= 0 {
			j := k + 2
			for j < len(text) && text[j] == ' ' {
				j++
			}
			if name := identAt(text, j); name != "" {
				return name
			}
		}
		return operandAfter(text, "range ")
	}
	if k <= 0 {
		return ""
	}
	j := k
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	i := j
	for i > 0 && isIdentByte(text[i-1], false) {
		i--
	}
	return text[i:j]
}
