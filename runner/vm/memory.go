package vm

import (
	"runtime"
	"runtime/metrics"
	"strconv"
	"unsafe"
	"weak"
)

// The memory cap (Config.MaxAlloc) counts what Go would allocate, not what
// the interpreter allocates: a []byte element is one byte to Go and a
// 24-byte Value here. Every allocation site charges Go's bytes (element
// size × capacity rounded to the size classes, as mallocgc rounds them);
// a goroutine costs its g and a small stack while it lives.
//
// What is still live is measured the way Go's heap profiler samples:
// about one allocation per sampleRate bytes is followed with a weak
// pointer and stands for sampleRate bytes (an allocation of sampleRate or
// more stands for itself). The host's garbage collector decides liveness,
// so garbage stops counting once it has run: a program that allocates and
// drops 10 GB over time never nears the cap, and one that keeps what it
// allocates is measured within a few sampleRate of the truth. When the
// estimate passes the cap, a host collection runs first, and only what
// survives it ends the program, with Go's "fatal error: runtime: out of
// memory".
//
// The host stays safe independently (hostCap): the interpreter's own heap
// may not grow past a bound of its own, since the same Go bytes can cost
// the host more (24 bytes per slice element, one for the elements of a
// []byte or []bool: bytes.go).

// checkEvery is how many instructions pass between checks of the
// instruction budget and of the memory cap.
const checkEvery = 1 << 20

// sampleRate is the mean number of Go bytes between two followed
// allocations.
const sampleRate = 64 << 10

// checkBytes is how many Go bytes may be charged between two checks of
// the cap.
const checkBytes = 16 << 20

// goroutineBytes is what a live goroutine is charged: gc's g (448 bytes
// in its size class) and the frames of a goroutine parked a call or two
// deep. Go reserves a 2 KB stack at least; Interleave charges the frames
// in use instead, so a million parked goroutines fit the default cap, as
// they fit a machine's memory for Go.
const goroutineBytes = 448 + 128

// memAcct is a run's account of the Go bytes it holds.
type memAcct struct {
	live      int64 // Go bytes the live samples stand for, goroutines included
	samples   []memSample
	countdown int64  // Go bytes until the next sample
	rng       uint64 // spaces the samples (deterministic per run)
	since     int64  // Go bytes charged since the last check
	hostMark  uint64 // host heap at which the host guard collects again
}

// memSample is one followed allocation.
type memSample struct {
	alive func() bool
	w     int64
}

// goSize is what mallocgc takes for an object of n bytes.
func goSize(n int64, noscan bool) int64 {
	if n <= 0 {
		return 0
	}
	return roundupsize(n, noscan)
}

// weight charges n Go bytes and returns the weight the allocation is
// followed with, or 0 if it is not sampled.
func (a *memAcct) weight(n int64) int64 {
	a.since += n
	if n >= sampleRate {
		return n
	}
	a.countdown -= n
	if a.countdown > 0 {
		return 0
	}
	// The next sample after a random stretch of mean sampleRate, so that
	// a program keeping every other allocation is measured right.
	a.rng ^= a.rng << 13
	a.rng ^= a.rng >> 7
	a.rng ^= a.rng << 17
	a.countdown += sampleRate/2 + int64(a.rng%sampleRate)
	return sampleRate
}

func (a *memAcct) follow(alive func() bool, w int64) {
	a.live += w
	a.samples = append(a.samples, memSample{alive, w})
}

// estimate drops the samples the host collector freed and returns the
// Go bytes the run holds.
func (a *memAcct) estimate() int64 {
	keep := a.samples[:0]
	for _, s := range a.samples {
		if s.alive() {
			keep = append(keep, s)
		} else {
			a.live -= s.w
		}
	}
	clear(a.samples[len(keep):])
	a.samples = keep
	return a.live
}

// chargeVals charges a new backing array of Go's goBytes.
func (m *Machine) chargeVals(elems []Value, goBytes int64) {
	if w := m.mem.weight(goBytes); w > 0 && cap(elems) > 0 {
		p := weak.Make(&elems[:1][0])
		m.mem.follow(func() bool { return p.Value() != nil }, w)
	}
}

// chargeStr charges a new string.
func (m *Machine) chargeStr(s string) {
	if w := m.mem.weight(goSize(int64(len(s)), true)); w > 0 && len(s) > 0 {
		p := weak.Make(unsafe.StringData(s))
		m.mem.follow(func() bool { return p.Value() != nil }, w)
	}
}

// chargeObj charges n Go bytes that live as long as obj does: a new(T)
// cell, a channel and its buffer, a map's entries.
func chargeObj[T any](m *Machine, obj *T, n int64) {
	if w := m.mem.weight(n); w > 0 {
		p := weak.Make(obj)
		m.mem.follow(func() bool { return p.Value() != nil }, w)
	}
}

// chargeGoroutine counts a goroutine's start (+1) or end (-1). Goroutines
// are counted exactly: they are few and end at known points.
func (m *Machine) chargeGoroutine(d int64) {
	m.mem.live += d * goroutineBytes
	if d > 0 {
		m.mem.since += goroutineBytes
	}
}

// hostCap is how far the interpreter's heap may grow for one run: the
// cap itself in the browser, whose tab must survive, and twice the cap
// natively, so that a program within Go's bytes is not stopped by the
// interpreter's larger values first.
func (m *Machine) hostCap() uint64 {
	if runtime.GOARCH == "wasm" {
		return uint64(m.cfg.MaxAlloc)
	}
	return 2 * uint64(m.cfg.MaxAlloc)
}

// heapInUse is the host heap's bytes in live and not yet swept objects.
func heapInUse() uint64 { return readMetric("/memory/classes/heap/objects:bytes") }

// heapLive is the host heap's bytes marked live by the last collection.
func heapLive() uint64 { return readMetric("/gc/heap/live:bytes") }

func readMetric(name string) uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// checkMemory ends the run with Go's out-of-memory error when the program
// holds more Go bytes than the cap, or when the interpreter's heap passed
// hostCap. It reports false when the run ended.
func (m *Machine) checkMemory() bool {
	if m.cfg.MaxAlloc <= 0 {
		return true
	}
	a := &m.mem
	a.since = 0
	if a.estimate() > m.cfg.MaxAlloc {
		// Garbage counts until the host collects it: collect, then judge.
		runtime.GC()
		if est := a.estimate(); est > m.cfg.MaxAlloc {
			if m.stackFilled(uint64(est)) {
				return false
			}
			m.outOfMemory("the program holds about " + mb(est) + " of Go's bytes; Interleave's memory cap is " + mb(m.cfg.MaxAlloc))
			return false
		}
	}
	if h := heapInUse(); h > m.heap0+m.hostCap() && h > a.hostMark {
		runtime.GC()
		live := heapLive()
		a.hostMark = live + live/4
		if live > m.heap0+m.hostCap() {
			if m.stackFilled(live / 3) { // a Value takes about 3x gc's bytes
				return false
			}
			m.outOfMemory("the interpreter's heap passed " + mb(int64(m.hostCap())) + " for this run (Go's bytes: about " + mb(a.live) + "); Interleave stores each slice element, struct field and variable in 24 bytes (the elements of a []byte or []bool in one), so most values take more than Go needs")
			return false
		}
	}
	return true
}

// stackFilled ends the run with Go's stack overflow when the running
// goroutine's stack (gc's bytes, its non-escaping locals included) is over
// half of used, the memory that passed the cap, in gc's bytes: then its
// frames are what filled it, and an endless recursion with large frames,
// which Go ends with a stack overflow, got here before maxStackBytes.
func (m *Machine) stackFilled(used uint64) bool {
	g := m.cur
	if g == nil || len(g.frames) == 0 || uint64(2*int64(g.frames[len(g.frames)-1].stack)) <= used {
		return false
	}
	m.stackOverflow(g)
	return true
}

// allocOK checks one allocation of goBytes (Go's size) that takes
// hostBytes here, before it is made, so that a single huge make fails
// cleanly instead of exhausting the host, and checks the cap when enough
// has been charged since the last check.
func (m *Machine) allocOK(goBytes, hostBytes int64) bool {
	if m.cfg.MaxAlloc <= 0 {
		return true
	}
	if goBytes > m.cfg.MaxAlloc || hostBytes > int64(m.hostCap()) {
		m.outOfMemory("one allocation of " + mb(goBytes) + " of Go's bytes (" + mb(hostBytes) + " in the interpreter); Interleave's memory cap is " + mb(m.cfg.MaxAlloc))
		return false
	}
	if m.mem.since+goBytes > checkBytes {
		return m.checkMemory()
	}
	return true
}

// outOfMemory ends the run as Go does when the heap cannot grow: "fatal
// error: runtime: out of memory" (exit status 2), then a line saying what
// Interleave measured, since its cap is not the machine's memory.
func (m *Machine) outOfMemory(why string) {
	if m.done {
		return
	}
	g := m.cur
	m.stderr.WriteString("fatal error: runtime: out of memory\n(" + why + ")\n\n")
	if g != nil && len(g.frames) > 0 {
		m.stderr.WriteString(m.goroutineTrace(g, "running"))
	}
	m.done = true
	m.exitCode = 2
	m.outcome = "fatal"
	m.message = "fatal error: runtime: out of memory"
	m.failG = g
}

// mb formats a byte count in MB.
func mb(n int64) string { return strconv.FormatInt(n>>20, 10) + " MB" }

// hostElemBytes is about what one value of t takes in the interpreter: a
// Value, and for a struct or array its elements' Values too.
func hostElemBytes(t *Type) int64 {
	if t.compact() {
		return 48 + t.Len // a []byte header and its bytes (bytes.go)
	}
	if t.IsAggregate() {
		return 48 + 3*t.Size
	}
	return 24
}
