package main

// The worker's replies as the app sees them: the JSON forms of the runner's
// types (see the protocol in wasm/worker), decoded in protocol.go. The app
// does not import package runner, nor decode with encoding/json: either would
// make the UI binary, which must paint first, several hundred kilobytes
// larger.

type diagnostic struct {
	Line, Col int
	Msg       string
}

type lockSite struct {
	ID, Line, Col, EndCol int
	Op, Recv              string
	Deferred              bool
	Pair                  int
}

type event struct {
	Step, G   int
	Op, Obj   string
	Line, Col int
	Peer      int
	Block     string
	End       bool
}

type goroutineInfo struct {
	ID        int
	Func      string
	CreatedBy int
	Line      int
	State     string
	WaitLine  int
}

type result struct {
	Stdout, Stderr string
	ExitCode       int
	Kind, Message  string // the outcome
	Schedule       string
	Steps          int
	Trace          []event
	Goroutines     []goroutineInfo
	Leaks          []goroutineInfo
	Explanation    string
}

func (r *result) failed() bool { return r.Kind != "ok" && r.Kind != "exit" }

type progress struct {
	Schedules, Failures int
	ElapsedMS           int
	PerSec              float64
	Bound               int
}

type outcomeCount struct {
	Kind, Message, Schedule string
	Count                   int
}

type failure struct {
	Schedule, Minimal string // the schedule found, and a shortest one with the same failure
	Preemptions       int
	Stdout, Stderr    string
	ExitCode          int
	Explanation       string
	Trace             []event
	Goroutines        []goroutineInfo
}

type exploreResult struct {
	Strategy            string
	Schedules, Failures int
	Exhausted           bool
	Bound               int
	ElapsedMS           int
	PerSec              float64
	Outcomes            []outcomeCount
	First               *failure
	Verdict             string
	Cancelled           bool
}

type goroutineState struct {
	ID               int
	Func, Status, Op string
	Line             int
	Waiting          string
}

type sessionState struct {
	Goroutines []goroutineState
	Done       bool
	Steps      int
	Result     *result
}
