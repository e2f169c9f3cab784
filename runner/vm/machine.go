package vm

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"unsafe"
)

// DefaultMaxFrames bounds a goroutine's frames by host memory: a frame
// here takes a few hundred bytes where gc's small frames take a few dozen,
// so the byte limit (maxStackBytes) decides only for big frames. A
// recursion a million deep runs as in Go; an endless one of small frames
// overflows, with Go's message, after 1.1 million frames instead of Go's
// tens of millions.
const DefaultMaxFrames = 1_100_000

// Config configures one run.
type Config struct {
	Chooser       Chooser
	MaxSteps      int64
	MaxOutput     int
	MaxAlloc      int64
	MaxFrames     int
	DisabledLocks map[int]bool
	Trace         bool
	// MaxTrace bounds the events Trace records: the run's first MaxTrace
	// are kept and the rest counted (TraceDropped). 0: no bound.
	MaxTrace  int
	Race      bool  // detect data races (see race.go)
	RaceQuiet bool  // detect data races without reporting them, for Races (see race.go)
	Guards    bool  // with the race detector: observe what protects shared locations (guard.go)
	View      *View // which plain memory accesses are scheduling points (see visible.go)
	Args      []string
	// Progress, when set, is called now and then during a run (every
	// checkEvery instructions and every progressSteps scheduler steps),
	// so that a host can show a long run's progress. It must not change
	// the machine.
	Progress func(*Machine)
}

// Machine runs one execution of a Program. It is single-threaded and owns
// all state of the run; a Program may have many Machines at once.
type Machine struct {
	prog *Program
	// stale holds, for each cell some goroutine holds stores to in its
	// store buffer, what other goroutines read of it (storebuf.go); sbN
	// counts the goroutines whose buffer is not empty.
	stale   map[unsafe.Pointer]*staleCell
	sbN     int
	sbSeq   uint64 // buffered stores so far (sbEntry.seq)
	sbMaps  int    // map writes held in store buffers (sbMapWrite)
	cfg     Config
	globals []Value
	gs      []*Goroutine // by ID-1
	cur     *Goroutine   // goroutine that ran last
	budget  int64
	budget0 int64  // budget at the start, for Steps
	checkAt int64  // budget at which check next runs at a block's end: the earlier of tickAt and preemptAt (preempt.go)
	tickAt  int64  // budget at which the next periodic check (tick) is due
	heap0   uint64 // host heap in use when the run started

	mem         memAcct // Go bytes the run holds (memory.go)
	clock       int64   // virtual nanoseconds since the start
	workMark    int64   // budget when work was last folded into clock (clock.go)
	timers      timerHeap
	winFront    []int                // window's scratch (clock.go)
	winOut      []*timer             // window's result, reused
	wakes       []int64              // idleWakes' result, reused
	heaping     []*vmTimer           // channel timers one blocking receive or select puts in a heap (clock.go)
	timerPins   map[*timer][]*timer  // timers that must not fire before others (clock.go's pinTimers)
	timerEvents int                  // timers fired and timer choices made (clock.go)
	ambientUses int                  // uses of the clock and the runtime's random generator (AmbientUses)
	lateOf      map[*Goroutine]int32 // time jumped while each runnable goroutine could run (clock.go's lateBy)
	lateMax     int32                // the largest of lateOf
	lateStale   bool                 // lateMax must be recounted
	lateStep    int                  // 1 + the step of the last late Until choice (lateUntil)
	firingLate  int64                // while a late timer fires: how late, for whom it wakes (wokeLate)
	nextObj     int
	objIDs      map[any]int
	objCache    [4]objEntry // objects numbered lately (objID)
	objNext     uint8       // the objCache entry replaced last
	lastMap     *Map        // the map numbered last (mapID)
	lastMapID   int
	runNo       uint32 // this machine among the process's (newRunNo): a channel's number is kept for it (chanID)

	stdout, stderr bytes.Buffer
	outDropped     bool
	// The runtime's printlock (print.go): the goroutine between the writes
	// of a print call, the index of its next write, and the goroutines
	// parked until it releases the lock.
	printHolder  *Goroutine
	printNext    int
	printWaiters []*Goroutine

	// Exit state.
	done     bool
	exitCode int
	outcome  string // ok, panic, fatal, deadlock, limit, exit, internal
	message  string
	failG    *Goroutine
	// mainGoexit: main called runtime.Goexit. Its end does not end the
	// program; when no goroutine is left, Go reports a deadlock.
	mainGoexit bool
	// curYielded: cur's last step was runtime.Gosched, so the next
	// goroutine choice switches from it for free (curGoesOn).
	curYielded bool
	// curFree: curYielded at a poll loop's free switch (fair.go), where
	// dfs goes on with cur first (FreeSwitch).
	curFree bool
	// procs is the GOMAXPROCS setting and startProcs the one the run
	// started with, both 0 until the program first asks
	// (runtimeGOMAXPROCS).
	procs, startProcs int
	// Go's run queue at GOMAXPROCS=1 (runorder.go), kept only when
	// runOrder is set (TrackRunOrder): each goroutine's place in it while
	// runnable (by ID-1), the goroutine in runnext, the sequence stamps
	// come from and the base of the local queue's keys.
	runOrder bool
	runKey   []uint64
	runNext  *Goroutine
	runSeq   uint64
	runBase  uint64

	choices      Choices
	preemptions  int // goroutine choices that switched away from one that could go on
	trace        []Event
	traceDropped int // events past cfg.MaxTrace (TraceDropped)
	stepNo       int

	race  *raceDetector
	view  *View
	words []wordCopy // visible aggregate loads and stores stopped between two words (words.go)

	freeFrames []*Frame
	freeDefers *deferRec // deferred-call records that ran, for the next defer (runDefer)
	idleEpoch  uint32    // times the clock jumped with every goroutine blocked (settle; popWaiter, lockRelease)
	start      *Func     // goroutine 1's entry
	scratch    []Value   // see scratchArgs
	firstRegs  []Value   // see firstOp
	first      entry     // see firstOp
	// inlinePanic is the stack of the last call run inline (callInline)
	// that panicked: a panic value's Error method that panics shows its
	// frames above the panic's in the fatal error's traceback.
	inlinePanic []frameSnap
	peek        Ctx    // the scheduler's look at a pending intrinsic (Obj)
	ctxs        []*Ctx // reused by callIntrinsicArgs, one per nesting depth
	ctxDepth    int
	argBufs     [][]Value // reused by callIntrinsic, one per nesting depth
	argDepth    int

	sync syncState

	// fin holds the run's finalizers and cleanups (final.go); nil until
	// the first SetFinalizer or AddCleanup. throwKey names the check a
	// runtime.SetFinalizer throw failed, for the frame's line (traceOf).
	fin      *finState
	throwKey string

	epoch         uint64       // steps with an effect so far: see fair.go
	pollHeld      []pollHold   // locks taken at a step that may be half of a lock-protected poll (fair.go)
	writes        uint64       // plain memory writes counted so far, by fast and exec alike (fair.go)
	privWrites    uint64       // of which into private slices (private.go): not seen by others
	probe         spinProbe    // what Step learned about the step it runs, for the fairness rule (fair.go)
	slowStores    bool         // stores take exec's path: the race detector is on
	loops         int          // turns of Run's loop, for Progress's cadence
	inRun         bool         // Run drives the steps (not a person, manual.go)
	stepping      *Goroutine   // the goroutine Step is running, nil outside a step
	stepEnded     bool         // stepOn ended the step Step is running
	runs          runSet       // who is runnable (runq.go)
	watch         []watchEntry // runnable goroutines whose next operation might block (runq.go)
	selGen        uint32       // select waiters that stopped waiting so far (checkWatch)
	watchUnsorted bool         // watch needs sorting by ID (runq.go's touch)
	// stopCh, when set, is the channel of the send or receive at which
	// chanStep stopped the goroutine that ran (cur), found to proceed
	// then (bufferedRoom) while the channel's version was stopVer: the
	// step's checkWatch takes that verdict instead of looking again.
	// &dropStop: it stopped at a visible call look drops (an Unlock).
	stopCh     *Chan
	stopVer    uint32
	idsOnly    bool        // the Chooser reads no Options (IDChooser)
	offerBuf   []Option    // offered's buffer
	nChooser   NChooser    // the Chooser, when it reads only N (NChooser)
	pcg        *rand.PCG   // the source nChooser's ChooseN draws from, when it says so (PCGChooser)
	cp         ChoicePoint // reused by choose
	nYield     int         // goroutines that reached the spin limit in epoch yieldEpoch (fair.go)
	yieldEpoch uint64
	// starved is a goroutine that could run for a whole starveWindow of
	// steps without taking one: the others yield to it until it steps
	// (fair.go's endWindow). ranMask has bit id-1 set for each goroutine
	// that stepped or became runnable in the current window, ranPrev in
	// the window before, for IDs up to 64 (the run set's word); ranWords
	// and ranPrevWords hold the same for every ID, word (id-1)/64, once
	// an ID past 64 has run (word 0 unused: ranMask is it).
	starved                *Goroutine
	ranMask, ranPrev       uint64
	ranWords, ranPrevWords []uint64
	// ahead is the goroutine running ahead in epoch aheadEpoch: polling on
	// while its state moves on, alone (fair.go).
	ahead      *Goroutine
	aheadEpoch uint64
	aheadFn    *Func // the poll it runs ahead at: its loop's
	aheadPC    int
	// cappedSites are the poll sites where a goroutine polled on to the
	// cap in this run (fair.go's capped).
	cappedSites map[pollSite]bool
	merged      int // steps of a goroutine running ahead that went on with no choice (MergedSteps)

	// Forced preemption (preempt.go).
	runG      *Goroutine // the goroutine that ran last, since budget runStart
	runStart  int64
	sliceEnd  int64     // instructions since runStart at which runG's time slice ends (preempt.go)
	preemptAt int64     // budget at which the next preemption look is due
	armEnd    int64     // budget at which the cycle check stops comparing
	armFloor  int64     // while armed: the budget below which a block end must run check (the tick or armEnd is due)
	armed     bool      // a cycle check compares at every block end
	snap      cycleSnap // the state the cycle check compares with
	// hidden counts what a goroutine reads from outside its own state
	// and memory: clock reads and calls of host functions (a random
	// source's, a builtin's); a turn that made one may not repeat.
	hidden uint64
}

// Choices are a run's recorded nondeterministic choices, kept compactly
// (a long run makes millions; a struct per choice, grown by copying, was
// most of what a channel or mutex workload allocated): every pick as a
// uvarint, in order, which is a schedule token's raw form (sched.Encode)
// and takes one byte for a pick below 128, and a bit per choice that says
// whether it is not a goroutine choice.
type Choices struct {
	Picks []byte // each choice's pick, a uvarint
	// other has bit i%64 of word i/64 set when choice i is of another
	// kind than ChooseGoroutine; words past its end are zero (most runs
	// make goroutine choices only, and have none).
	other []uint64
	N     int // choices recorded
}

// OtherPicks lists the picks of the choices that are not goroutine
// choices, in order.
func (c Choices) OtherPicks() []int {
	var out []int
	b := c.Picks
	for i := 0; len(b) > 0; i++ {
		p, n := binary.Uvarint(b)
		if n <= 0 {
			break
		}
		if i/64 < len(c.other) && c.other[i/64]&(1<<(i%64)) != 0 {
			out = append(out, int(p))
		}
		b = b[n:]
	}
	return out
}

// ChoiceKind says what a choice decides.
type ChoiceKind uint8

const (
	ChooseGoroutine ChoiceKind = iota // which runnable goroutine takes the next visible step
	ChooseSelect                      // which ready select case wins
	ChooseMapIter                     // where a map iteration starts
	ChooseTimer                       // which of timers due at the same instant fires, or whether they wait (clock.go)
	ChoosePool                        // whether a Get takes a blocked goroutine's pool item, or ran on another P (pool.go)
	ChooseMapNew                      // whether a map iteration produces an entry created during it (maps.go)
	ChooseFlush                       // whether a load of a cell in another goroutine's store buffer flushes it (0), reads the committed value (1), or flushes an older store to it (2…) (storebuf.go)
	ChooseGC                          // whether a collection finds a tiny object's shared block garbage (1) or keeps it (0) (final.go)
	ChooseIdleWake                    // when Go's idle P wakes for the earliest timer: on time (0), at its whole-millisecond wake (1), or later, at a rival's deadline (2…) (clock.go)
	ChooseProcs                       // the GOMAXPROCS a run started with, asked for the first time: NumCPU (0) or 1 (1) (stdpkgs.go)
)

// Option is one goroutine that may take the next step.
type Option struct {
	G     int    // goroutine ID
	Op    string // its next visible operation
	Obj   int    // object it touches (0 if none)
	Write bool   // whether the operation changes the object
}

// ChoicePoint is a decision the Chooser makes.
type ChoicePoint struct {
	Kind    ChoiceKind
	N       int
	Options []Option // for ChooseGoroutine, sorted by goroutine ID
	Last    int      // index in Options of the goroutine that ran last, or -1
	// Yielded is the index in Options of the goroutine that ran last
	// when its last step was runtime.Gosched (Last is then -1: switching
	// from it is no preemption), or -1.
	Yielded int
	// YieldGoesOn says the switch at Yielded is a poll loop's free switch
	// (fair.go), not a Gosched: dfs first goes on with the goroutine.
	YieldGoesOn bool
	// Natural is the index in Options of the goroutine Go's scheduler
	// runs next at GOMAXPROCS=1 (runorder.go): Last when the goroutine
	// that ran last goes on, else the one in runnext, else the head of
	// the run queue. Picking it is never a preemption. -1 unless the
	// machine keeps the run queue (TrackRunOrder) and Options is listed.
	Natural int
	Step    int // number of goroutine choices made so far

	m *Machine // for G when Options is nil
}

// G returns the goroutine ID of option i of a goroutine choice, whether or
// not Options was filled in.
func (cp *ChoicePoint) G(i int) int {
	if cp.Options != nil {
		return cp.Options[i].G
	}
	if cp.m != nil {
		return cp.m.runs.nth(i)
	}
	return 0
}

// NChooser is implemented by Choosers whose every choice depends only on
// the number of options (random): Run's loop then asks a goroutine choice
// of ChooseN, the pick Choose would make, without filling a ChoicePoint or
// finding where the goroutine that ran last stands among the options.
type NChooser interface {
	Chooser
	ChooseN(n int) int
}

// IDChooser is implemented by Choosers that read only N, Last and G(i) of
// a goroutine choice, never Options, and keep nothing of a ChoicePoint
// after Choose returns: the machine then skips describing each runnable
// goroutine's pending operation at every step.
type IDChooser interface {
	Chooser
	IDsOnly() bool
}

// Chooser makes a run's nondeterministic choices: the scheduling strategy.
type Chooser interface {
	Choose(cp *ChoicePoint) int
}

// Event is one visible operation in the trace.
type Event struct {
	Step  int
	G     int
	Op    string
	Obj   int
	Line  int32
	Peer  int
	Block string
	End   bool
}

// New prepares a machine for one run of p.
func (p *Program) New(cfg Config) *Machine {
	if cfg.MaxFrames == 0 {
		cfg.MaxFrames = DefaultMaxFrames
	}
	m := &Machine{prog: p, cfg: cfg, budget: cfg.MaxSteps, objIDs: map[any]int{}, runNo: newRunNo()}
	m.sync.init()
	if c, ok := cfg.Chooser.(IDChooser); cfg.Chooser == nil || ok && c.IDsOnly() {
		m.idsOnly = true
	}
	m.nChooser, _ = cfg.Chooser.(NChooser)
	if c, ok := cfg.Chooser.(PCGChooser); ok {
		m.pcg = c.PCG()
	}
	if cfg.Race || cfg.RaceQuiet {
		m.race = newRaceDetector(m)
		m.slowStores = true
		m.race.quiet = !cfg.Race
		if cfg.Guards {
			m.race.guards = newGuards(m)
		}
	}
	m.view = cfg.View
	if cfg.MaxSteps <= 0 {
		m.budget = 1 << 62
	}
	m.budget0 = m.budget
	m.workMark = m.budget
	if n := p.picksHint.Load(); n > 0 {
		// Room for as many choices as the last run made, so that a long
		// run's picks are one allocation, not a doubling series four
		// times their size (a pipeline's 300,000 choices allocated 1.2
		// MB, and with the collector's 4 MB minimum heap goal that was a
		// collection every few runs).
		m.choices.Picks = make([]byte, 0, n)
	}
	m.checkAt = m.budget - checkEvery
	m.tickAt, m.preemptAt = m.checkAt, math.MinInt64
	m.heap0 = heapInUse()
	m.mem.rng, m.mem.countdown = 0x9e3779b97f4a7c15, sampleRate/2
	if tmpl := p.stdTemplate(cfg.Args); tmpl != nil {
		// Aggregates are copied, as a run writes into their storage in
		// place, unless no code writes them (template.share).
		// Packages whose state the template cannot hold start from zero
		// and are initialised again, before the run, so that the run's
		// steps, virtual time and trace are the same either way.
		m.globals = make([]Value, len(p.globalTypes))
		for _, i := range p.slots {
			if t := p.globalTypes[i]; tmpl.share[i] {
				m.globals[i] = tmpl.globals[i]
			} else if tmpl.keep[i] {
				m.globals[i] = copyVal(tmpl.globals[i], t)
			} else {
				m.globals[i] = t.Zero()
			}
		}
		for _, c := range tmpl.cells {
			if c.target >= 0 {
				m.globals[c.slot] = Value{R: &m.globals[c.target]}
			} else {
				obj := new(Value)
				*obj = copyVal(*tmpl.globals[c.slot].R.(*Value), c.elem)
				m.globals[c.slot] = Value{R: obj}
			}
		}
		if len(tmpl.again) > 0 {
			p.runInits(m.globals, cfg.Args, tmpl.again)
		}
		m.start = p.start(false)
	} else {
		m.globals = p.zeroGlobals()
		m.start = p.start(true)
	}
	return m
}

// stdTemplate returns the standard library's package-level variables as
// they are after its initialisers ran, computed once per Program, or nil.
// Std initialisers are deterministic and observable by nobody, so a run
// may start from a copy instead of running them (strconv's and unicode's
// tables would otherwise cost every run of an exploration).
//
// A copy is a copy only of what the globals hold by value. A package
// whose state, after its initialiser, reaches memory through a pointer, a
// slice, a map, a channel, a closure or an interface that the program may
// write through (log's standard Logger, math/rand's generator) could be
// changed by one run for the next, or by two runs on different goroutines
// at once: such a package's globals start each run at zero and its
// initialiser runs again (see template.go).
//
// os.Args is std state too, so the template holds for the program
// arguments of the first run only. It returns nil if the initialisers could
// not run to completion on their own, or for other arguments.
func (p *Program) stdTemplate(args []string) *template {
	p.templateOnce.Do(func() {
		p.templateArgs = strings.Join(args, "\x00")
		if globals := p.img.stdGlobals(p, args); globals != nil {
			p.template = p.newTemplate(globals)
		}
	})
	if strings.Join(args, "\x00") != p.templateArgs {
		return nil
	}
	return p.template
}

// runInits runs package initialisers over globals on a machine of their
// own, and reports whether they ran to completion without output or
// goroutines.
func (p *Program) runInits(globals []Value, args []string, inits []*Func) bool {
	m := &Machine{prog: p, cfg: Config{MaxFrames: DefaultMaxFrames, MaxSteps: 1 << 30, MaxOutput: 1 << 20, Args: args}, budget: 1 << 30, workMark: 1 << 30, objIDs: map[any]int{}, runNo: newRunNo()}
	m.sync.init()
	m.globals = globals
	f := &Func{Name: "runtime.main", Thunk: true, RecoverPC: -1, compiled: true, NRegs: 1}
	for _, init := range inits {
		if init != nil {
			f.Code = append(f.Code, Instr{Op: opCall, Aux: &callInfo{fn: init}})
		}
	}
	f.Code = append(f.Code, Instr{Op: opReturn, Aux: []int32{}})
	m.start = f
	m.Run()
	return m.outcome == "ok" && m.stdout.Len() == 0 && m.stderr.Len() == 0 && len(m.gs) == 1
}

// start returns goroutine 1's entry: the package initialisers (all of them,
// or only the main package's when std state comes from the template), then
// main.main.
func (p *Program) start(withStd bool) *Func {
	build := func(inits []*Func) *Func {
		f := &Func{Name: "runtime.main", Thunk: true, RecoverPC: -1, compiled: true, NRegs: 1}
		for _, init := range inits {
			if init != nil {
				f.Code = append(f.Code, Instr{Op: opCall, Aux: &callInfo{fn: init}})
			}
		}
		if p.Main != nil {
			f.Code = append(f.Code, Instr{Op: opCall, Aux: &callInfo{fn: p.Main}})
		}
		f.Code = append(f.Code, Instr{Op: opReturn, Aux: []int32{}})
		return f
	}
	p.startOnce.Do(func() {
		p.startAll = build(p.Inits)
		p.startMain = build(p.Inits[max(len(p.Inits)-1, 0):])
	})
	if withStd {
		return p.startAll
	}
	return p.startMain
}

// objID names an object (map, channel, mutex…) stably within a run.
//
// The last few objects numbered are kept beside the map (a step touches
// one or two, a pipeline's stage three) and compared by their interface
// words: the same words are the same object, and a value that compares
// equal with other words (a string, boxed twice) only misses the cache
// and is found in the map, so numbers are those the map gives. A hit
// writes nothing; a miss replaces the entries in turn.
func (m *Machine) objID(o any) int {
	c := &m.objCache
	w := wordsOf(&o)
	if e := &c[m.objNext]; wordsOf(&e.o) == w && e.id != 0 {
		return e.id // the newest, as most steps touch one object
	}
	for i := range c {
		if wordsOf(&c[i].o) == w && c[i].id != 0 {
			return c[i].id
		}
	}
	id, ok := m.objIDs[o]
	if !ok {
		m.nextObj++
		id = m.nextObj
		m.objIDs[o] = id
	}
	m.objNext = (m.objNext + 1) % uint8(len(c))
	c[m.objNext] = objEntry{o, id}
	return id
}

// chanID is objID for a channel: the number is kept in the channel too,
// for this machine, so that a channel operation finds it without a look
// at the cache or the map. Numbers are given as objID gives them.
func (m *Machine) chanID(ch *Chan) int {
	if ch.objNo != 0 && ch.objRun == m.runNo {
		return int(ch.objNo)
	}
	return m.numberChan(ch)
}

// numberChan is chanID's first look at ch in this machine.
//
//go:noinline
func (m *Machine) numberChan(ch *Chan) int {
	id := m.objID(ch)
	ch.objNo, ch.objRun = int32(id), m.runNo
	return id
}

// mapID is objID for a map: the map numbered last is kept beside the
// machine, so that a goroutine's run of operations on one map (every one a
// step, a write two) finds its number without objID's interface
// comparisons. Numbers are given as objID gives them. (The number is not
// kept in the Map, as chanID keeps a channel's: a read-only global map of
// the std image is shared by the machines of parallel exploration.)
func (m *Machine) mapID(mp *Map) int {
	if mp == m.lastMap && mp != nil {
		return m.lastMapID
	}
	return m.numberMap(mp)
}

// numberMap is mapID's look at a map other than the last one.
//
//go:noinline
func (m *Machine) numberMap(mp *Map) int {
	id := m.objID(mp)
	if mp != nil {
		m.lastMap, m.lastMapID = mp, id
	}
	return id
}

// runNos numbers machines (Machine.runNo), so that what a channel keeps
// for one machine is never taken for another's.
var runNos atomic.Uint32

func newRunNo() uint32 {
	for {
		if n := runNos.Add(1); n != 0 {
			return n
		}
	}
}

// objEntry is an object and its number.
type objEntry struct {
	o  any
	id int
}

// ifaceWords are an interface value's type and data words.
type ifaceWords struct{ t, p unsafe.Pointer }

func wordsOf(o *any) ifaceWords { return *(*ifaceWords)(unsafe.Pointer(o)) }

// write appends program output, honouring the output cap.
func (m *Machine) write(fd int, s string) {
	if m.stdout.Len()+m.stderr.Len()+len(s) > m.cfg.MaxOutput && m.cfg.MaxOutput > 0 {
		if !m.outDropped {
			m.outDropped = true
			m.limit(fmt.Sprintf("output limit exceeded: the program printed more than %d bytes (raise it with MaxOutput)", m.cfg.MaxOutput))
		}
		return
	}
	if fd == 2 {
		m.stderr.WriteString(s)
	} else {
		m.stdout.WriteString(s)
	}
}

// Stdout returns what the program printed to standard output.
func (m *Machine) Stdout() string { return m.stdout.String() }

// Stderr returns what the program (or the runtime) printed to standard error.
func (m *Machine) Stderr() string { return m.stderr.String() }

// ExitCode is the process exit status Go would give.
func (m *Machine) ExitCode() int { return m.exitCode }

// Outcome returns the kind of ending and its one-line message.
func (m *Machine) Outcome() (string, string) { return m.outcome, m.message }

// Steps is the number of instructions executed.
func (m *Machine) Steps() int64 {
	// The budget may overshoot zero by the last block's cost.
	return m.budget0 - max(m.budget, 0)
}

// Choices returns every choice made, in order: the schedule. They are the
// machine's own: the caller must not change them.
func (m *Machine) Choices() Choices { return m.choices }

// Preemptions counts the context switches the schedule forced.
func (m *Machine) Preemptions() int { return m.preemptions }

// StartProcs is the GOMAXPROCS setting the run started with (NumCPU or 1,
// a choice), or 0 if the program never asked for it.
func (m *Machine) StartProcs() int { return m.startProcs }

// Trace returns the recorded events.
func (m *Machine) Trace() []Event { return m.trace }

// TraceDropped is how many events the trace did not record, past
// Config.MaxTrace.
func (m *Machine) TraceDropped() int { return m.traceDropped }

// Goroutines returns every goroutine of the run.
func (m *Machine) Goroutines() []*Goroutine { return m.gs }

// FailingGoroutine is the goroutine that crashed, if any.
func (m *Machine) FailingGoroutine() *Goroutine { return m.failG }

// limit ends the run because an Interleave limit was hit.
func (m *Machine) limit(msg string) {
	if m.done {
		return
	}
	m.done = true
	m.outcome = "limit"
	m.message = msg
	m.exitCode = 2
	m.stderr.WriteString("interleave: " + msg + "\n")
}

// exit ends the run with os.Exit semantics.
func (m *Machine) exit(code int) {
	if m.done {
		return
	}
	m.done = true
	m.exitCode = code
	if code == 0 {
		m.outcome = "ok"
	} else {
		m.outcome = "exit"
		m.message = fmt.Sprintf("exit status %d", code)
	}
}

func (m *Machine) event(g *Goroutine, op string, obj int, line int32) *Event {
	if !m.cfg.Trace {
		return nil
	}
	if m.cfg.MaxTrace > 0 && len(m.trace) >= m.cfg.MaxTrace {
		m.traceDropped++
		return nil
	}
	m.trace = append(m.trace, Event{Step: m.stepNo, G: g.ID, Op: op, Obj: obj, Line: line})
	return &m.trace[len(m.trace)-1]
}
