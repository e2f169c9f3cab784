//go:build js && wasm

package main

import (
	"syscall/js"

	"interleave/wasm/app/model"
)

// reply is one message from the worker (protocol in wasm/worker's package
// doc), decoded from the parsed JSON with syscall/js.
type reply struct {
	ID       int
	Ready    bool
	Error    string
	Diags    []model.Diagnostic
	Sites    []model.LockSite
	HasSites bool
	Result   *model.Result
	Progress *model.Progress
	Explore  *model.ExploreResult
	Session  *model.SessionState
	Src      *string

	RunProgress *runProgress
	Timeline    *timelineInfo
	Output      outputInfo
	View        *model.View
	At          *model.At
	Chunk       *string
}

// runProgress is how far a running program got.
type runProgress struct {
	Steps, Goroutines int
	VirtualNS         float64
}

// timelineInfo comes with a traced run: the worker keeps its timeline.
type timelineInfo struct {
	Steps, Lanes int
	Digest       string
	// Events is how many trace events the timeline holds; Dropped, how
	// many more the run had past the page's bound, which it does not.
	Events, Dropped int
}

// outputInfo comes with a run's result: the streams' sizes, and their
// ends when the result carries only their beginnings.
type outputInfo struct {
	StdoutSize, StderrSize int
	StdoutTail, StderrTail string
}

func decodeReply(v js.Value) reply {
	r := reply{ID: num(v, "id"), Ready: flag(v, "ready"), Error: str(v, "error")}
	r.Diags = list(v.Get("diags"), func(d js.Value) model.Diagnostic {
		return model.Diagnostic{Line: num(d, "line"), Col: num(d, "col"), Msg: str(d, "msg")}
	})
	if s := v.Get("lockSites"); s.Truthy() {
		r.HasSites = true
		r.Sites = list(s, func(s js.Value) model.LockSite {
			return model.LockSite{ID: num(s, "id"), Line: num(s, "line"), Col: num(s, "col"), EndCol: num(s, "endCol"),
				Op: str(s, "op"), Recv: str(s, "recv"), Deferred: flag(s, "deferred"), Pair: num(s, "pair")}
		})
	}
	if x := v.Get("result"); x.Truthy() {
		r.Result = decodeResult(x)
	}
	if p := v.Get("progress"); p.Truthy() {
		r.Progress = &model.Progress{Schedules: num(p, "schedules"), Failures: num(p, "failures"),
			ElapsedMS: num(p, "elapsed_ms"), PerSec: float(p, "schedules_per_sec"), Bound: num(p, "preemption_bound"),
			Outcomes: decodeOutcomes(p.Get("outcomes"))}
	}
	if x := v.Get("explore"); x.Truthy() {
		r.Explore = decodeExplore(x)
	}
	if s := v.Get("session"); s.Truthy() {
		st := &model.SessionState{Done: flag(s, "done"), Steps: num(s, "steps")}
		st.Goroutines = list(s.Get("goroutines"), func(g js.Value) model.GoroutineState {
			return model.GoroutineState{ID: num(g, "id"), Func: str(g, "func"), Status: str(g, "status"),
				Op: str(g, "op"), Line: num(g, "line"), Waiting: str(g, "waiting")}
		})
		if x := s.Get("result"); x.Truthy() {
			st.Result = decodeResult(x)
		}
		r.Session = st
	}
	if p := v.Get("runProgress"); p.Truthy() {
		r.RunProgress = &runProgress{Steps: num(p, "steps"), Goroutines: num(p, "goroutines"), VirtualNS: float(p, "virtual_ns")}
	}
	if t := v.Get("timeline"); t.Truthy() {
		r.Timeline = &timelineInfo{Steps: num(t, "steps"), Lanes: num(t, "lanes"), Digest: str(t, "digest"), Events: num(t, "events"), Dropped: num(t, "dropped")}
	}
	if o := v.Get("output"); o.Truthy() {
		r.Output = outputInfo{StdoutSize: num(o, "stdoutSize"), StderrSize: num(o, "stderrSize"), StdoutTail: str(o, "stdoutTail"), StderrTail: str(o, "stderrTail")}
	}
	if x := v.Get("view"); x.Truthy() {
		r.View = decodeView(x)
	}
	if a := v.Get("at"); a.Truthy() {
		r.At = &model.At{Step: num(a, "step"), Describe: str(a, "describe"), Line: num(a, "line"),
			Marks: list(a.Get("marks"), func(m js.Value) model.Mark { return model.Mark{Line: num(m, "line"), G: num(m, "g")} })}
	}
	if c := v.Get("chunk"); c.Type() == js.TypeString {
		chunk := c.String()
		r.Chunk = &chunk
	}
	if s := v.Get("src"); s.Type() == js.TypeString {
		src := s.String()
		r.Src = &src
	}
	return r
}

func decodeResult(v js.Value) *model.Result {
	o := v.Get("outcome")
	return &model.Result{
		Stdout: str(v, "stdout"), Stderr: str(v, "stderr"), ExitCode: num(v, "exitCode"),
		Kind: str(o, "kind"), Message: str(o, "message"),
		Schedule: str(v, "schedule"), Steps: num(v, "steps"),
		Trace: decodeTrace(v.Get("trace")), Goroutines: decodeGoroutines(v.Get("goroutines")),
		Leaks: decodeGoroutines(v.Get("leaks")), Explanation: str(v, "explanation"),
	}
}

func decodeView(v js.Value) *model.View {
	x := &model.View{Steps: num(v, "steps"), Total: num(v, "total"), From: num(v, "from"), To: num(v, "to"), Per: num(v, "per"), Lane0: num(v, "lane0")}
	x.Lanes = list(v.Get("lanes"), func(l js.Value) model.LaneView {
		return model.LaneView{G: num(l, "g"), Name: str(l, "name"), States: str(l, "states"), Marks: str(l, "marks")}
	})
	x.Items = str(v, "items")
	x.Unpack()
	x.Conflict = list(v.Get("conflict"), func(c js.Value) int { return c.Int() })
	return x
}

func decodeExplore(v js.Value) *model.ExploreResult {
	x := &model.ExploreResult{
		Strategy: str(v, "strategy"), Schedules: num(v, "schedules"), Failures: num(v, "failures"),
		Exhausted: flag(v, "exhausted"), Bound: num(v, "preemption_bound"), ElapsedMS: num(v, "elapsed_ms"),
		PerSec: float(v, "schedules_per_sec"), Verdict: str(v, "verdict"), Cancelled: flag(v, "cancelled"),
	}
	x.Outcomes = decodeOutcomes(v.Get("outcomes"))
	x.Findings = list(v.Get("findings"), func(f js.Value) model.Finding {
		return model.Finding{Kind: str(f, "kind"), Message: str(f, "message"), Cause: str(f, "cause")}
	})
	x.Protection = list(v.Get("protection"), func(p js.Value) string { return str(p, "message") })
	x.NotCovered = list(v.Get("not_covered"), func(s js.Value) string { return s.String() })
	if f := v.Get("first_failure"); f.Truthy() {
		x.First = &model.Failure{
			Schedule: str(f, "schedule"), Minimal: str(f, "minimal_schedule"), Preemptions: num(f, "preemptions"),
			Stdout: str(f, "stdout"), Stderr: str(f, "stderr"),
			ExitCode: num(f, "exit_code"), Explanation: str(f, "explanation"),
			Trace: decodeTrace(f.Get("trace")), Goroutines: decodeGoroutines(f.Get("goroutines")),
		}
	}
	return x
}

func decodeOutcomes(v js.Value) []model.OutcomeCount {
	return list(v, func(o js.Value) model.OutcomeCount {
		return model.OutcomeCount{Kind: str(o, "kind"), Message: str(o, "message"), Schedule: str(o, "schedule"), Count: num(o, "count"), Output: str(o, "output")}
	})
}

func decodeTrace(v js.Value) []model.Event {
	return list(v, func(e js.Value) model.Event {
		return model.Event{Step: num(e, "step"), G: num(e, "g"), Op: str(e, "op"), Obj: str(e, "obj"), Line: num(e, "line"),
			Col: num(e, "col"), Peer: num(e, "peer"), Block: str(e, "block"), End: flag(e, "end")}
	})
}

func decodeGoroutines(v js.Value) []model.GoroutineInfo {
	return list(v, func(g js.Value) model.GoroutineInfo {
		return model.GoroutineInfo{ID: num(g, "id"), Func: str(g, "func"), CreatedBy: num(g, "createdBy"),
			Line: num(g, "line"), State: str(g, "state"), WaitLine: num(g, "waitLine")}
	})
}

// field is v[key], or undefined when v is not an object.
func field(v js.Value, key string) js.Value {
	if v.Type() != js.TypeObject {
		return js.Undefined()
	}
	return v.Get(key)
}

func str(v js.Value, key string) string {
	if x := field(v, key); x.Type() == js.TypeString {
		return x.String()
	}
	return ""
}

func num(v js.Value, key string) int {
	if x := field(v, key); x.Type() == js.TypeNumber {
		return x.Int()
	}
	return 0
}

func float(v js.Value, key string) float64 {
	if x := field(v, key); x.Type() == js.TypeNumber {
		return x.Float()
	}
	return 0
}

func flag(v js.Value, key string) bool { return field(v, key).Truthy() }

func list[T any](v js.Value, decode func(js.Value) T) []T {
	if !v.Truthy() || v.Type() != js.TypeObject {
		return nil
	}
	n := v.Length()
	out := make([]T, n)
	for i := range n {
		out[i] = decode(v.Index(i))
	}
	return out
}
