// Package runner is Interleave's engine: it compiles a Go program once and runs
// it many times on a bytecode VM under a deterministic scheduler.
//
// The engine is pure Go. It never imports syscall/js, never starts a host
// goroutine that runs user code, and keeps no global state: a compiled Program
// is immutable and every Run builds its own machine, so runs are independent and
// may be explored side by side.
package runner

import (
	"fmt"
	"strings"

	"interleave/runner/vm"
)

// FileName is the name user programs carry in diagnostics and traces.
const FileName = "prog.go"

// Diagnostic is one compile error at a position in the user's file.
type Diagnostic struct {
	Line int    `json:"line"`
	Col  int    `json:"col"`
	Msg  string `json:"msg"`
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", FileName, d.Line, d.Col, d.Msg)
}

// CompileError holds every diagnostic of a program that did not compile.
type CompileError struct {
	Diags []Diagnostic
}

func (e *CompileError) Error() string {
	var b strings.Builder
	for i, d := range e.Diags {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.String())
	}
	return b.String()
}

// LockSite is one call of Lock, Unlock, RLock or RUnlock on a sync.Mutex or
// sync.RWMutex in the user's code.
type LockSite struct {
	ID       int    `json:"id"`       // index in Program.LockSites
	Line     int    `json:"line"`     // 1-based
	Col      int    `json:"col"`      // 1-based
	EndCol   int    `json:"endCol"`   // column just past the call
	Op       string `json:"op"`       // "Lock", "Unlock", "RLock", "RUnlock"
	Recv     string `json:"recv"`     // receiver expression as written, e.g. "c.mu"
	Deferred bool   `json:"deferred"` // called through defer
	Pair     int    `json:"pair"`     // ID of the matching site, or -1
}

// Outcome kinds.
const (
	OutcomeOK       = "ok"
	OutcomePanic    = "panic"    // an unrecovered panic, exit 2
	OutcomeFatal    = "fatal"    // a fatal error such as concurrent map writes, exit 2
	OutcomeDeadlock = "deadlock" // all goroutines are asleep, exit 2
	OutcomeRace     = "race"     // --race found a data race, exit 66
	OutcomeLimit    = "limit"    // an Interleave limit (steps, memory, output) was hit
	OutcomeExit     = "exit"     // os.Exit with a non-zero code
	OutcomeInternal = "internal" // a fault inside Interleave itself
)

// Options control one run of a compiled program.
type Options struct {
	Seed          int64  // seed of the random scheduler (default strategy)
	Schedule      string // a schedule token to replay; overrides Seed
	Race          bool   // run the data race detector
	DisabledLocks []int  // LockSite IDs whose calls become no-ops
	Trace         bool   // record Result.Trace
	// MaxTraceEvents bounds the trace: a run's first MaxTraceEvents events
	// are recorded, the rest only counted (Result.TraceDropped). 0: no
	// bound. The page sets it (a million goroutines make four million
	// events, about a gigabyte of the page's timeline).
	MaxTraceEvents int
	MaxSteps       int64 // instruction budget; 0 means DefaultMaxSteps
	MaxOutput      int   // bytes of stdout+stderr kept; 0 means DefaultMaxOutput
	MaxAlloc       int64 // memory cap in bytes (heap growth of the run, and any one allocation); 0 means DefaultMaxAlloc
	Args           []string
	// FineGrained makes every load and store of shared memory in the
	// program (globals, captured variables, fields through pointers, slice
	// elements) a scheduling point, for small lessons: every interleaving
	// of racy accesses becomes reachable, at the price of many more
	// schedules. A schedule token remembers it.
	FineGrained bool
	// Progress, when set, is called during the run with how far it got,
	// at most every 100 ms (the first time as soon as a million
	// instructions or a few thousand scheduler steps have passed), for a
	// host that shows a long run's progress.
	Progress func(RunProgress) `json:"-"`

	sites     []int // access sites race-directed exploration made visible (race.go)
	raceQuiet bool  // run the race detector silently, to learn racy sites
	guards    bool  // with the race detector: observe what protects shared locations (protection.go)
}

// RunProgress is how far a run got.
type RunProgress struct {
	Steps      int64 `json:"steps"`      // instructions executed so far
	Goroutines int   `json:"goroutines"` // goroutines alive
	VirtualNS  int64 `json:"virtual_ns"` // the virtual clock
}

// Default limits. They are generous for honest programs and stop runaway ones.
const (
	DefaultMaxSteps  = 1_000_000_000
	DefaultMaxOutput = 1 << 20
	DefaultMaxAlloc  = 1 << 30
)

// Event is one visible operation in the trace of a run.
type Event struct {
	Step  int    `json:"step"`            // scheduler step (one grant) during which it happened; several events may share one
	G     int    `json:"g"`               // goroutine that performed it
	Op    string `json:"op"`              // e.g. "map.read", "map.write", "lock", "chan.send", "go", "exit"
	Obj   string `json:"obj,omitempty"`   // the object, e.g. "map#1", "mutex#2"
	Line  int    `json:"line,omitempty"`  // source position in prog.go
	Col   int    `json:"col,omitempty"`   //
	Peer  int    `json:"peer,omitempty"`  // the other goroutine: created (go), or matched (channel)
	Block string `json:"block,omitempty"` // set when the operation blocked: what it waits for
	End   bool   `json:"end,omitempty"`   // a map write's end (its window closes here)
}

// GoroutineInfo describes a goroutine of a run, for traces and timelines.
type GoroutineInfo struct {
	ID        int    `json:"id"`
	Func      string `json:"func"`               // e.g. "main.CrashMap.func1"
	CreatedBy int    `json:"createdBy"`          // parent goroutine ID, 0 for main
	Line      int    `json:"line,omitempty"`     // where it was created
	State     string `json:"state"`              // at the end: "done", "running", or its wait reason
	WaitLine  int    `json:"waitLine,omitempty"` // line it is blocked at, if blocked
}

// Outcome says how a run ended.
type Outcome struct {
	Kind    string `json:"kind"`    // one of the Outcome* constants
	Message string `json:"message"` // first line of stderr for failures, e.g. "fatal error: concurrent map writes"
}

// Failed reports whether the outcome is a failure worth exploring for.
func (o Outcome) Failed() bool {
	switch o.Kind {
	case OutcomeOK, OutcomeExit:
		return false
	}
	return true
}

// Result is everything one run produced.
type Result struct {
	Stdout     string          `json:"stdout"`
	Stderr     string          `json:"stderr"`
	ExitCode   int             `json:"exitCode"`
	Outcome    Outcome         `json:"outcome"`
	Steps      int64           `json:"steps"`                // instructions executed
	Trace      []Event         `json:"trace,omitempty"`      // when Options.Trace
	Goroutines []GoroutineInfo `json:"goroutines,omitempty"` // when Options.Trace
	// TraceDropped counts the events past Options.MaxTraceEvents, which
	// Trace does not hold.
	TraceDropped int             `json:"traceDropped,omitempty"`
	Leaks        []GoroutineInfo `json:"leaks,omitempty"`       // goroutines still blocked when main returned
	Explanation  string          `json:"explanation,omitempty"` // one plain sentence on why it failed

	races []vm.Race // data races the detector saw (when it ran)

	// The token that replays the run (Schedule) is encoded when first
	// asked for: deflating it costs as much as a short run, and most runs'
	// tokens are never shown (an exploration keeps a handful; a CLI run
	// prints it only on request). Until then picks holds the run's choices
	// (vm.Choices.Picks) made under view.
	token string
	picks []byte
	view  *vm.View
	lazy  bool // token is still to be encoded from picks

	// wgCounters holds, for a deadlocked traced run, the counter of each
	// WaitGroup a goroutine waits on, by object number.
	wgCounters map[int]int64
	guards     []vm.Guard // what protected shared locations, when Options.guards
	procs      int        // the GOMAXPROCS the run started with, 0 if the program never asked (vm.Machine.StartProcs)
}

// ExploreOptions control a search over many schedules of one program.
type ExploreOptions struct {
	Strategy        string // "random" (default), "pct", "dfs"
	Runs            int    // schedule budget; 0 means DefaultRuns
	Seed            int64  // first seed for random and pct
	PreemptionBound int    // dfs: bound K; -1 raises it step by step
	// RaiseBound makes a dfs with a bound K >= 0 raise its bound 0, 1, …
	// K in turn (the schedules with fewest preemptions first) instead of
	// searching bound K depth first: a search that completes covers the
	// same schedules, but one that ends on its budget has spent it on the
	// likeliest ones first (the CLI's --preemption-bound).
	RaiseBound bool
	Depth      int  // pct: bug depth d; 0 means 3
	Race       bool // report data races as failures, like go run -race (exit 66)
	// NoRaceDetector switches off race-directed exploration: by default
	// every run watches for data races, and the two plain accesses of a race
	// become scheduling points in later runs, so their interleavings (a lost
	// update of counter++) are explored too. Off is faster, and racy plain
	// accesses are then never interleaved.
	NoRaceDetector bool
	FineGrained    bool // every shared load and store is a scheduling point (see Options)
	DisabledLocks  []int
	TimeLimitMS    int64 // 0 means no time limit
	StopAtFirst    bool  // stop at the first failure
	// Workers is how many goroutines run schedules (random and pct run
	// ahead; dfs splits its tree); 0 means GOMAXPROCS. The result does not
	// depend on it.
	Workers int
	// Remotes, when set, run the schedules instead of goroutines (the
	// page's other Web Workers; see Remote). The result does not depend on
	// them either.
	Remotes []Remote `json:"-"`
	// Progress, when set, is called every ProgressEvery schedules; returning
	// false cancels the exploration.
	Progress      func(ExploreProgress) bool `json:"-"`
	ProgressEvery int
	// ProgressMS, when positive, reports progress by time instead: after
	// the first schedule that ends at least ProgressMS milliseconds after
	// the last report (the page wants a few reports a second, whatever the
	// speed of a schedule, and nothing built for the schedules between).
	ProgressMS int64 `json:"-"`
	// NoFailureTrace leaves the first failure's Trace and Goroutines out:
	// the page replays the failure it shows, so the worker would only
	// build them to throw them away.
	NoFailureTrace bool `json:"-"`
	// Stop, when set, cancels the exploration once closed, like Progress
	// returning false, but noticed at once even while Explore waits for
	// schedules run elsewhere (the page's helper workers can take seconds
	// for their first batch, compiling the program first).
	Stop <-chan struct{} `json:"-"`

	observe func(*Result) // tests: sees every run that counts
}

// DefaultRuns is the schedule budget of Explore when none is given.
const DefaultRuns = 1000

// ExploreProgress is reported while exploring.
type ExploreProgress struct {
	Schedules       int     `json:"schedules"`
	Failures        int     `json:"failures"`
	ElapsedMS       int64   `json:"elapsed_ms"`
	SchedulesPerSec float64 `json:"schedules_per_sec"`
	PreemptionBound int     `json:"preemption_bound"`
	// Outcomes so far, for a live histogram (unsorted).
	Outcomes []OutcomeCount `json:"outcomes,omitempty"`
}

// OutcomeCount is one distinct outcome seen while exploring: schedules that
// ended the same way (kind, exit status, first line of stderr) and printed
// the same (see runner/outcomes.go).
type OutcomeCount struct {
	Kind     string `json:"kind"`
	Message  string `json:"message"`
	Count    int    `json:"count"`
	Schedule string `json:"schedule"` // an example token
	ExitCode int    `json:"exit_code"`
	Stdout   string `json:"stdout"`           // what the example printed (clipped at 2 KiB)
	Stderr   string `json:"stderr,omitempty"` // what a run that did not fail wrote to stderr (println)
	// Output names the output among the others when they differ, e.g.
	// `"10000"` or `line 3: "x = 2"`; "other outputs" for the row that
	// counts outputs past the first 64.
	Output string `json:"output,omitempty"`

	procs uint8 // the GOMAXPROCS settings its runs started with: bit 0 for 1, bit 1 for vm.NumCPU (procsBit)
}

// Finding kinds.
const (
	FindingOutput    = "output"     // the output depends on the schedule
	FindingRace      = "race"       // a data race (added by the race detector's exploration)
	FindingLockOrder = "lock-order" // two goroutines take the same locks in opposite orders
)

// Finding is something an exploration established about the program that
// is worth saying even when no schedule failed.
type Finding struct {
	Kind    string `json:"kind"`            // one of the Finding* constants
	Message string `json:"message"`         // one sentence, e.g. "the output depends on the schedule: …"
	Cause   string `json:"cause,omitempty"` // what makes it happen, with prog.go:LINE positions
}

// Protection says what kept one shared variable or map safe over every
// explored schedule.
type Protection struct {
	Name    string `json:"name"`    // the variable or map as the source writes it, e.g. "c.data"
	How     string `json:"how"`     // "lock", "atomic", "ordered"
	By      string `json:"by"`      // the lock, or the kinds of synchronisation that ordered the accesses
	Message string `json:"message"` // e.g. "every access to `c.data` held `c.mu`"
}

// Failure is a failing schedule with what it printed and why.
type Failure struct {
	Schedule        string          `json:"schedule"`
	Stdout          string          `json:"stdout"`
	Stderr          string          `json:"stderr"`
	ExitCode        int             `json:"exit_code"`
	MinimalSchedule string          `json:"minimal_schedule"`
	Preemptions     int             `json:"preemptions"`
	Explanation     string          `json:"explanation"`
	Trace           []Event         `json:"trace,omitempty"`
	Goroutines      []GoroutineInfo `json:"goroutines,omitempty"`
}

// ExploreResult summarises an exploration.
type ExploreResult struct {
	Strategy        string         `json:"strategy"`
	Schedules       int            `json:"schedules"`
	Failures        int            `json:"failures"`
	Exhausted       bool           `json:"exhausted"` // dfs covered the whole bounded space
	PreemptionBound int            `json:"preemption_bound"`
	ElapsedMS       int64          `json:"elapsed_ms"`
	FoundUS         int64          `json:"found_us,omitempty"` // time to the first failure, before minimising it
	SchedulesPerSec float64        `json:"schedules_per_sec"`
	Outcomes        []OutcomeCount `json:"outcomes"`
	FirstFailure    *Failure       `json:"first_failure"`
	Verdict         string         `json:"verdict"` // one sentence, e.g. "no failure in all 42 interleavings with ≤ 2 preemptions"
	Cancelled       bool           `json:"cancelled,omitempty"`
	// Findings hold what is worth knowing besides failures: an output that
	// depends on the schedule, data races. Never null.
	Findings []Finding `json:"findings"`
	// OutputVaries is set when the runs that ended printed different things.
	OutputVaries bool `json:"output_varies"`
	// Protection says why the verdict holds: what protected each shared
	// variable and map in every explored schedule (empty when nothing was
	// shared, or the race detector was off).
	Protection []Protection `json:"protection"`
	// NotCovered says plainly what the verdict does not cover.
	NotCovered []string `json:"not_covered"`
	// Races are the data races seen while exploring, whether or not they
	// made a run fail, in the order first seen.
	Races []RaceFinding `json:"races,omitempty"`
	// VisibleSites counts the plain accesses race-directed exploration made
	// scheduling points; Restarts, how often dfs started over to cover them.
	VisibleSites int `json:"visible_sites,omitempty"`
	Restarts     int `json:"restarts,omitempty"`
	// RemoteRuns is how many runs remotes (the page's helper workers)
	// made for this exploration: how the work was shared. It depends on
	// timing; nothing else in the result depends on it.
	RemoteRuns int `json:"remote_runs,omitempty"`
}

// GoroutineState is a goroutine as seen while stepping a run by hand.
type GoroutineState struct {
	ID      int    `json:"id"`
	Func    string `json:"func"`
	Status  string `json:"status"` // "runnable", "blocked", "done"
	Line    int    `json:"line"`   // line of its next visible operation
	Op      string `json:"op"`     // its next visible operation, e.g. "map.write"
	Waiting string `json:"waiting,omitempty"`
}

// Planned API (implemented in this package):
//
//	func Compile(src string) (*Program, error) // error is *CompileError on bad input
//	func (p *Program) LockSites() []LockSite
//	func (p *Program) Run(opts Options) *Result
//	func (p *Program) Explore(opts ExploreOptions) *ExploreResult
//	func (p *Program) Start(opts Options) *Session   // manual scheduling ("play the scheduler")
//	func (s *Session) Goroutines() []GoroutineState
//	func (s *Session) Step(g int) error            // let goroutine g take its next visible step
//	func (s *Session) Done() bool
//	func (s *Session) Result() *Result              // when Done; Schedule replays the choices made
//	func Format(src string) (string, error)         // go/format
