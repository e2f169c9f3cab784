package main

import (
	"hash/fnv"
	"strconv"
	"strings"
	"unicode/utf8"

	"interleave/runner"
	"interleave/wasm/app/model"
)

// The last run stays here, in the worker: its timeline, laid out once, and
// its whole output. The page gets a run's result without its trace and
// with at most outputShown bytes of each stream, then asks for the views
// of the timeline it draws ("view"), for what happens at a step ("at") and
// for the rest of the output when the person wants it ("output"). So
// nothing the page does grows with the length of a run or of its output.

// outputShown bounds each stream in a result sent to the page: its first
// outputHead bytes and its last outputTail.
const (
	outputHead  = 48 << 10
	outputTail  = 16 << 10
	outputShown = outputHead + outputTail
	chunkMax    = 256 << 10 // the most one "output" reply carries
)

type lastRun struct {
	timeline       *model.Timeline
	stdout, stderr string
}

// timelineInfo comes with a traced run's result: the timeline's size, and
// a digest of the trace, equal exactly when two runs interleaved alike.
type timelineInfo struct {
	Steps  int    `json:"steps"`
	Lanes  int    `json:"lanes"`
	Digest string `json:"digest"`
	// Events is how many events the timeline holds; Dropped, how many
	// more the run had past pageTraceEvents, which it does not.
	Events  int `json:"events"`
	Dropped int `json:"dropped,omitempty"`
}

// pageTraceEvents bounds the trace of a run in the page
// (Options.MaxTraceEvents): its first million events. A million
// goroutines that each block once make four million, and their timeline
// took about a gigabyte of the worker's heap (wasm's is at most 4 GB);
// a million events and the goroutines they show, about 400 MB.
const pageTraceEvents = 1 << 20

// boundTrace applies pageTraceEvents to a traced run's options.
func boundTrace(opts *runner.Options) {
	if opts.Trace && opts.MaxTraceEvents == 0 {
		opts.MaxTraceEvents = pageTraceEvents
	}
}

// outputInfo comes with every run's result, whose Stdout and Stderr are
// then only the streams' first outputHead bytes when they are longer than
// outputShown: the sizes, and the last outputTail bytes.
type outputInfo struct {
	StdoutSize int    `json:"stdoutSize"`
	StderrSize int    `json:"stderrSize"`
	StdoutTail string `json:"stdoutTail,omitempty"`
	StderrTail string `json:"stderrTail,omitempty"`
}

// finish keeps res as the last run and makes it fit for the page.
func (w *worker) finish(out *reply, res *runner.Result) {
	res.Stderr, res.Outcome.Message, res.Explanation = pageWords(res.Stderr), pageWords(res.Outcome.Message), pageWords(res.Explanation)
	w.last = lastRun{stdout: res.Stdout, stderr: res.Stderr}
	if len(res.Trace) > 0 {
		rest := ""
		if res.TraceDropped > 0 {
			// Runs alike in their first events may differ later: the
			// schedule tells them apart.
			rest = res.Schedule()
		}
		d := digest(res.Trace, rest)
		evs, gs := events(res.Trace), goroutines(res.Goroutines)
		if res.TraceDropped > 0 {
			gs = traced(gs, evs)
		}
		info := &timelineInfo{Digest: d, Events: len(evs), Dropped: res.TraceDropped}
		// The runner's copies go before the timeline is laid out.
		res.Trace, res.Goroutines = nil, nil
		w.last.timeline = model.BuildTimeline(evs, gs, res.Outcome.Failed())
		info.Steps, info.Lanes = w.last.timeline.Steps, len(w.last.timeline.Lanes)
		out.Timeline = info
	}
	res.Trace, res.Goroutines = nil, nil
	info := &outputInfo{StdoutSize: len(res.Stdout), StderrSize: len(res.Stderr)}
	res.Stdout, info.StdoutTail = shorten(res.Stdout)
	res.Stderr, info.StderrTail = shorten(res.Stderr)
	out.Output = info
}

// answer serves "view", "at" and "output" from the last run.
func (l *lastRun) answer(req *request, out reply) reply {
	switch req.Cmd {
	case "output":
		s := l.stdout
		if req.Stream == "stderr" {
			s = l.stderr
		}
		from := min(max(req.From, 0), len(s))
		to := min(max(req.To, from), len(s), from+chunkMax)
		chunk := strings.ToValidUTF8(s[from:to], "")
		out.Chunk = &chunk
	case "view", "at":
		if l.timeline == nil {
			out.Error = "no timeline: the last run recorded no trace"
			return out
		}
		if req.Cmd == "view" {
			v := l.timeline.View(req.From, req.To, min(req.Cols, 4000), req.Lane0, min(req.Lanes, 200))
			v.Pack()
			out.View = &v
		} else {
			a := l.timeline.At(req.Step, req.Lane0, min(req.Lanes, 200))
			out.At = &a
		}
	}
	return out
}

// shorten cuts s to its first outputHead bytes when it is longer than
// outputShown, and returns its last outputTail bytes too; cuts fall on
// character boundaries.
func shorten(s string) (head, tail string) {
	if len(s) <= outputShown {
		return s, ""
	}
	h := outputHead
	for h > 0 && !utf8.RuneStart(s[h]) {
		h--
	}
	t := len(s) - outputTail
	for t < len(s) && !utf8.RuneStart(s[t]) {
		t++
	}
	return s[:h], s[t:]
}

// pageWords says Interleave's own messages in the page's words: the
// instruction budget is a setting on the page, not a command-line flag.
func pageWords(stderr string) string {
	stderr = strings.Replace(stderr, "raise the limit with --max-steps", "raise the instruction budget in the settings above the editor", 1)
	return strings.Replace(stderr, " (raise it with MaxOutput)", ": the playground keeps the first megabyte", 1)
}

func events(trace []runner.Event) []model.Event {
	out := make([]model.Event, len(trace))
	for i, e := range trace {
		out[i] = model.Event{Step: e.Step, G: e.G, Op: e.Op, Obj: e.Obj, Line: e.Line, Col: e.Col, Peer: e.Peer, Block: e.Block, End: e.End}
	}
	return out
}

// traced keeps the goroutines a cut trace shows: those with an event of
// their own, or started by one. The others started after its end.
func traced(gs []model.GoroutineInfo, evs []model.Event) []model.GoroutineInfo {
	seen := map[int]bool{}
	for _, e := range evs {
		seen[e.G] = true
		if e.Op == "go" && e.Peer > 0 {
			seen[e.Peer] = true
		}
	}
	out := gs[:0]
	for _, g := range gs {
		if seen[g.ID] {
			out = append(out, g)
		}
	}
	return out
}

func goroutines(gs []runner.GoroutineInfo) []model.GoroutineInfo {
	out := make([]model.GoroutineInfo, len(gs))
	for i, g := range gs {
		out[i] = model.GoroutineInfo{ID: g.ID, Func: g.Func, CreatedBy: g.CreatedBy, Line: g.Line, State: g.State, WaitLine: g.WaitLine}
	}
	return out
}

// digest hashes a trace: who did what, where, in which order.
// rest, when not empty, stands for what the trace left out.
func digest(trace []runner.Event, rest string) string {
	h := fnv.New64a()
	var b []byte
	for _, e := range trace {
		b = b[:0]
		b = strconv.AppendInt(b, int64(e.Step), 10)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(e.G), 10)
		b = append(b, ' ')
		b = append(b, e.Op...)
		b = append(b, ' ')
		b = append(b, e.Obj...)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(e.Line), 10)
		b = append(b, '\n')
		h.Write(b)
	}
	if rest != "" {
		h.Write([]byte("…\n" + rest))
	}
	return strconv.FormatUint(h.Sum64(), 36)
}
