package vm

// Intrinsics of the packages compiled from GOROOT with small overrides
// (runner/std/_overlay): regexp/syntax's unicode ranges, runtime/debug's
// Stack, os's starting environment, runtime's Gosched, NumGoroutine,
// NumCPU and GOMAXPROCS.

func init() {
	register("regexp/syntax.withRanges", syntaxWithRanges)
	register("runtime/debug.stack", debugStack)
	register("os.environ", osEnviron)
	// NumGoroutine reads the goroutine count, which go statements and
	// goroutine exits change: a visible operation (see goexit).
	numg := register("runtime.NumGoroutine", runtimeNumGoroutine)
	numg.Visible = "numgoroutine"
	numg.noFence = true
	numg.Obj = func(c *Ctx, a []Value) (any, bool) { return goroutineCount{}, true }
	// iter.Pull's coroutine (std overlay iter/pull.go) leaves the count
	// just before its last hand-off to the caller, as Go's coroexit
	// destroys the coroutine's goroutine in that switch: a change of the
	// count, offered as an exit is (a read, see goroutineCount).
	coroexit := register("iter.coroexit", func(c *Ctx, a []Value) Value {
		c.G.uncounted = true
		c.M.event(c.G, "goexit", c.M.objID(goroutineCount{}), c.Line)
		return Value{}
	})
	coroexit.Visible = "coroexit"
	coroexit.Obj = func(c *Ctx, a []Value) (any, bool) { return goroutineCount{}, false }
	// Gosched is a scheduling point and nothing else: a visible operation
	// with no effect (a fruitless poll, so a spin loop around it yields).
	// It is also a yield: in Go the caller goes to the back of the global
	// run queue and, at GOMAXPROCS=1, every goroutine waiting in the P's
	// own queue runs before it. So the next goroutine choice is not a
	// preemption whichever goroutine it picks (Machine.curYielded, curGoesOn): a
	// dfs under a preemption bound reaches the schedule Go runs at
	// GOMAXPROCS=1 without spending its bound on the switches Gosched
	// makes anyway.
	register("runtime.Gosched", func(c *Ctx, a []Value) Value {
		c.M.curYielded = true
		c.M.event(c.G, "gosched", 0, c.Line)
		return Value{}
	}).Visible = "gosched"
	// Goexit unwinds like a panic nobody can recover and ends the
	// goroutine; it is not a scheduling point of its own (its deferred
	// calls' visible operations are).
	// GOMAXPROCS reads and sets the processor count, which Go changes
	// with the world stopped: a visible operation on the setting.
	register("runtime.NumCPU", func(c *Ctx, a []Value) Value { return intVal(NumCPU) })
	procs := register("runtime.GOMAXPROCS", runtimeGOMAXPROCS)
	procs.Visible = "gomaxprocs"
	procs.Obj = func(c *Ctx, a []Value) (any, bool) {
		return procsSetting{}, a[0].Int() >= 1 || c.M.procs == 0
	}
	register("runtime.Goexit", func(c *Ctx, a []Value) Value {
		c.M.startGoexit(c.G)
		return Value{}
	})
}

// syntaxWithRanges gives a unicode table that names a host table (the
// stub's RangeTable is struct{ R16, R32, LatinOffset, name }) a copy with
// the host's ranges, which regexp/syntax builds its classes from.
func syntaxWithRanges(c *Ctx, a []Value) Value {
	p := a[0].Ptr()
	if p == nil {
		return a[0]
	}
	f := p.Elems()
	t := unicodeTables[f[3].Str()]
	if t == nil {
		return a[0]
	}
	var r16, r32 []Value
	for _, r := range t.R16 {
		r16 = append(r16, Value{R: []Value{{N: uint64(r.Lo)}, {N: uint64(r.Hi)}, {N: uint64(r.Stride)}}})
	}
	for _, r := range t.R32 {
		r32 = append(r32, Value{R: []Value{{N: uint64(r.Lo)}, {N: uint64(r.Hi)}, {N: uint64(r.Stride)}}})
	}
	tab := []Value{{}, {}, intVal(int64(t.LatinOffset)), strVal("")}
	if r16 != nil {
		tab[0] = Value{R: r16}
	}
	if r32 != nil {
		tab[1] = Value{R: r32}
	}
	return Value{R: &Value{R: tab}}
}

// debugStack is runtime/debug's stack: the calling goroutine's trace.
func debugStack(c *Ctx, a []Value) Value {
	return strVal(c.M.goroutineTrace(c.G, "running"))
}

// DefaultEnviron is the environment a program starts with, as on the Go
// playground's sandbox: a user gopher at home in /home/gopher.
var DefaultEnviron = []string{
	"HOME=/home/gopher",
	"PATH=/usr/local/go/bin:/usr/local/bin:/usr/bin:/bin",
	"USER=gopher",
}

// osEnviron is the os package's starting environment.
func osEnviron(c *Ctx, a []Value) Value {
	out := make([]Value, len(DefaultEnviron))
	for i, kv := range DefaultEnviron {
		out[i] = strVal(kv)
	}
	return Value{R: out}
}

// runtimeNumGoroutine is runtime.NumGoroutine: the goroutines that have
// started and not yet ended (one stopped in front of its exit counts; an
// iter.Pull coroutine past its coroexit does not).
func runtimeNumGoroutine(c *Ctx, a []Value) Value {
	n := 0
	for _, g := range c.M.gs {
		if !g.Done() && !g.uncounted {
			n++
		}
	}
	return intVal(int64(n))
}

// NumCPU is the virtual machine's processor count, runtime.NumCPU's
// result: the 2 cores of the machine whose real runs the outcome tests
// compare with.
const NumCPU = 2

// runtimeGOMAXPROCS is runtime.GOMAXPROCS: it returns the setting and, for
// n >= 1, changes it. The setting a run starts with is a choice
// (ChooseProcs), made when the program first asks: NumCPU, Go's default,
// or 1, as under GOMAXPROCS=1. Exploration covers the schedules Go runs
// with either (the scheduler does not restrict itself to one P), so a
// program that sizes a pool by GOMAXPROCS(0) shows both pool sizes, as
// real Go's runs under the two settings do.
func runtimeGOMAXPROCS(c *Ctx, a []Value) Value {
	m := c.M
	if m.procs == 0 {
		m.procs = NumCPU
		if m.choose(ChooseProcs, 2, nil, -1) == 1 {
			m.procs = 1
		}
		m.startProcs = m.procs
	}
	prev := m.procs
	if n := a[0].Int(); n >= 1 {
		m.procs = int(n)
	}
	return intVal(int64(prev))
}

// procsSetting is the object of runtime.GOMAXPROCS, for traces and the
// reduction: a call that sets it (or makes the starting choice) writes it.
type procsSetting struct{}

// goroutineCount is the object of the operations on the goroutine count
// (runtime.NumGoroutine, a goroutine's exit, a go statement), for traces
// and partial-order reduction. The reduction's relation is inverted here:
// a count is changed by exits and go statements, which commute with each
// other, and read by NumGoroutine, which commutes with neither. So exits
// are offered as reads of the object and NumGoroutine as a write: two
// exits are independent, an exit and a NumGoroutine dependent (two
// NumGoroutine calls are dependent too, needlessly but rarely).
type goroutineCount struct{}
