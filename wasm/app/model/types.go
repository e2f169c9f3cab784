// Package model is the browser-free half of the playground's UI controller
// (wasm/app): the worker's replies as the app sees them, the lock switches,
// and the timeline laid out from a trace. It builds and is tested natively;
// it must never import syscall/js.
//
// The types mirror the JSON forms of package runner's types (see the
// protocol in wasm/worker), which wasm/app decodes from JS values. The app
// imports neither package runner nor encoding/json: either would make the
// UI binary, which must paint first, several hundred kilobytes larger.
package model

// Diagnostic is a compile error at a position in prog.go.
type Diagnostic struct {
	Line, Col int
	Msg       string
}

// LockSite is a call of Lock, Unlock, RLock or RUnlock; Pair is its partner's ID.
type LockSite struct {
	ID, Line, Col, EndCol int
	Op, Recv              string
	Deferred              bool
	Pair                  int
}

// Event is one visible operation of a traced run.
type Event struct {
	Step, G   int
	Op, Obj   string
	Line, Col int
	Peer      int
	Block     string
	End       bool
}

// GoroutineInfo describes a goroutine of a traced run.
type GoroutineInfo struct {
	ID        int
	Func      string
	CreatedBy int
	Line      int
	State     string
	WaitLine  int
}

// Result is one run: its output, how it ended and its trace.
type Result struct {
	Stdout, Stderr string
	ExitCode       int
	Kind, Message  string // the outcome
	Schedule       string
	Steps          int
	Trace          []Event
	Goroutines     []GoroutineInfo
	Leaks          []GoroutineInfo
	Explanation    string
}

// Failed reports whether the run failed (exiting with a status is no failure).
func (r *Result) Failed() bool { return r.Kind != "ok" && r.Kind != "exit" }

// Progress is a running exploration's report.
type Progress struct {
	Schedules, Failures int
	ElapsedMS           int
	PerSec              float64
	Bound               int
	Outcomes            []OutcomeCount // so far, in the order first seen
}

// OutcomeCount is one distinct outcome of an exploration: how the runs
// ended and, when outputs differ, what they printed (Output).
type OutcomeCount struct {
	Kind, Message, Schedule string
	Count                   int
	Output                  string
}

// Finding is what an exploration established besides failures: an output
// that depends on the schedule, a data race.
type Finding struct {
	Kind, Message, Cause string
}

// Failure is an exploration's first failing schedule.
type Failure struct {
	Schedule, Minimal string // the schedule found, and a shortest one with the same Failure
	Preemptions       int
	Stdout, Stderr    string
	ExitCode          int
	Explanation       string
	Trace             []Event
	Goroutines        []GoroutineInfo
}

// ExploreResult summarises an exploration.
type ExploreResult struct {
	Strategy            string
	Schedules, Failures int
	Exhausted           bool
	Bound               int
	ElapsedMS           int
	PerSec              float64
	Outcomes            []OutcomeCount
	First               *Failure
	Verdict             string
	Cancelled           bool
	Findings            []Finding
	Protection          []string // why the verdict holds, one sentence per shared variable or map
	NotCovered          []string // what the verdict does not cover
}

// GoroutineState is a goroutine as seen while playing the scheduler.
type GoroutineState struct {
	ID               int
	Func, Status, Op string
	Line             int
	Waiting          string
}

// SessionState is a hand-scheduled session after the choices made so far.
type SessionState struct {
	Goroutines []GoroutineState
	Done       bool
	Steps      int
	Result     *Result
}

// SortedOutcomes returns outcomes most frequent first; equal counts keep
// their order (the order first seen), so rows do not jump between reports.
func SortedOutcomes(outcomes []OutcomeCount) []OutcomeCount {
	out := append([]OutcomeCount(nil), outcomes...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Count > out[j-1].Count; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// OutcomeLabel names an outcome in the histogram: a failure by its message,
// the others in words.
func OutcomeLabel(o OutcomeCount) string {
	label := o.Kind
	switch {
	case o.Message != "":
		label = o.Message
	case o.Kind == "ok":
		label = "finished normally"
	case o.Kind == "exit":
		label = "exited with a non-zero status"
	}
	if o.Output != "" {
		label += " · printed " + o.Output
	}
	return label
}
