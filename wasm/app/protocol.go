//go:build js && wasm

package main

import "syscall/js"

// reply is one message from the worker.
type reply struct {
	ID       int
	Ready    bool
	Error    string
	Diags    []diagnostic
	Sites    []lockSite
	HasSites bool
	Result   *result
	Progress *progress
	Explore  *exploreResult
	Session  *sessionState
	Src      *string
}

func decodeReply(v js.Value) reply {
	r := reply{ID: num(v, "id"), Ready: flag(v, "ready"), Error: str(v, "error")}
	r.Diags = list(v.Get("diags"), func(d js.Value) diagnostic {
		return diagnostic{num(d, "line"), num(d, "col"), str(d, "msg")}
	})
	if s := v.Get("lockSites"); s.Truthy() {
		r.HasSites = true
		r.Sites = list(s, func(s js.Value) lockSite {
			return lockSite{num(s, "id"), num(s, "line"), num(s, "col"), num(s, "endCol"), str(s, "op"), str(s, "recv"), flag(s, "deferred"), num(s, "pair")}
		})
	}
	if x := v.Get("result"); x.Truthy() {
		r.Result = decodeResult(x)
	}
	if p := v.Get("progress"); p.Truthy() {
		r.Progress = &progress{num(p, "schedules"), num(p, "failures"), num(p, "elapsed_ms"), float(p, "schedules_per_sec"), num(p, "preemption_bound")}
	}
	if x := v.Get("explore"); x.Truthy() {
		r.Explore = decodeExplore(x)
	}
	if s := v.Get("session"); s.Truthy() {
		st := &sessionState{Done: flag(s, "done"), Steps: num(s, "steps")}
		st.Goroutines = list(s.Get("goroutines"), func(g js.Value) goroutineState {
			return goroutineState{num(g, "id"), str(g, "func"), str(g, "status"), str(g, "op"), num(g, "line"), str(g, "waiting")}
		})
		if x := s.Get("result"); x.Truthy() {
			st.Result = decodeResult(x)
		}
		r.Session = st
	}
	if s := v.Get("src"); s.Type() == js.TypeString {
		src := s.String()
		r.Src = &src
	}
	return r
}

func decodeResult(v js.Value) *result {
	o := v.Get("outcome")
	return &result{
		Stdout: str(v, "stdout"), Stderr: str(v, "stderr"), ExitCode: num(v, "exitCode"),
		Kind: str(o, "kind"), Message: str(o, "message"),
		Schedule: str(v, "schedule"), Steps: num(v, "steps"),
		Trace: decodeTrace(v.Get("trace")), Goroutines: decodeGoroutines(v.Get("goroutines")),
		Leaks: decodeGoroutines(v.Get("leaks")), Explanation: str(v, "explanation"),
	}
}

func decodeExplore(v js.Value) *exploreResult {
	x := &exploreResult{
		Strategy: str(v, "strategy"), Schedules: num(v, "schedules"), Failures: num(v, "failures"),
		Exhausted: flag(v, "exhausted"), Bound: num(v, "preemption_bound"), ElapsedMS: num(v, "elapsed_ms"),
		PerSec: float(v, "schedules_per_sec"), Verdict: str(v, "verdict"), Cancelled: flag(v, "cancelled"),
	}
	x.Outcomes = list(v.Get("outcomes"), func(o js.Value) outcomeCount {
		return outcomeCount{str(o, "kind"), str(o, "message"), str(o, "schedule"), num(o, "count")}
	})
	if f := v.Get("first_failure"); f.Truthy() {
		x.First = &failure{
			Schedule: str(f, "schedule"), Minimal: str(f, "minimal_schedule"), Preemptions: num(f, "preemptions"),
			Stdout: str(f, "stdout"), Stderr: str(f, "stderr"),
			ExitCode: num(f, "exit_code"), Explanation: str(f, "explanation"),
			Trace: decodeTrace(f.Get("trace")), Goroutines: decodeGoroutines(f.Get("goroutines")),
		}
	}
	return x
}

func decodeTrace(v js.Value) []event {
	return list(v, func(e js.Value) event {
		return event{num(e, "step"), num(e, "g"), str(e, "op"), str(e, "obj"), num(e, "line"), num(e, "col"), num(e, "peer"), str(e, "block"), flag(e, "end")}
	})
}

func decodeGoroutines(v js.Value) []goroutineInfo {
	return list(v, func(g js.Value) goroutineInfo {
		return goroutineInfo{num(g, "id"), str(g, "func"), num(g, "createdBy"), num(g, "line"), str(g, "state"), num(g, "waitLine")}
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
