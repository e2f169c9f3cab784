package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/scanner"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"interleave/runner"
	"interleave/wasm/app/model"
)

// request is every field any command may carry; see the package doc.
type request struct {
	ID      int                   `json:"id"`
	Cmd     string                `json:"cmd"`
	Src     *string               `json:"src"`
	Options runner.Options        `json:"options"`
	Explore runner.ExploreOptions `json:"explore"`
	Choices []int                 `json:"choices"`

	// "view", "at" and "output" ask about the last run (see lastRun).
	From, To, Cols, Lane0, Lanes, Step int
	Stream                             string
}

// reply is every field any answer may carry; empty ones are left out.
type reply struct {
	ID        int                     `json:"id"`
	Error     string                  `json:"error,omitempty"`
	Diags     []runner.Diagnostic     `json:"diags,omitempty"`
	LockSites *[]runner.LockSite      `json:"lockSites,omitempty"`
	Result    *runner.Result          `json:"result,omitempty"`
	Progress  *runner.ExploreProgress `json:"progress,omitempty"`
	Explore   *runner.ExploreResult   `json:"explore,omitempty"`
	Session   *sessionState           `json:"session,omitempty"`
	Src       *string                 `json:"src,omitempty"`

	RunProgress *runner.RunProgress `json:"runProgress,omitempty"`
	Timeline    *timelineInfo       `json:"timeline,omitempty"` // with a traced run's result
	Output      *outputInfo         `json:"output,omitempty"`   // with every run's result
	View        *model.View         `json:"view,omitempty"`
	At          *model.At           `json:"at,omitempty"`
	Chunk       *string             `json:"chunk,omitempty"`
}

type sessionState struct {
	Goroutines []runner.GoroutineState `json:"goroutines"`
	Done       bool                    `json:"done"`
	Steps      int                     `json:"steps"`
	Result     *runner.Result          `json:"result"`
}

// progressInterval spaces explore progress reports (a few a second: each
// carries the histogram so far), and with them the moments the worker
// yields to its event loop so that cancel can arrive.
const progressInterval = 200 * time.Millisecond

// worker serves requests one at a time. It keeps the last compiled program,
// so run and explore after compile do not compile again, and the session of
// "play the scheduler".
type worker struct {
	post      func([]byte)
	cancelled atomic.Bool
	// stopExplore cancels the running exploration at once, even while it
	// waits for its helpers (ExploreOptions.Stop); nil when none runs.
	stopExplore func()
	mu          sync.Mutex // guards stopExplore: cancel comes from the message handler

	src  string
	prog *runner.Program

	session *runner.Session
	steps   int

	helpers []runner.Remote // other runner workers, for parallel exploration

	last lastRun
}

func newWorker(post func([]byte)) *worker { return &worker{post: post} }

func (w *worker) isCancel(msg []byte) bool {
	var r struct{ Cmd string }
	return json.Unmarshal(msg, &r) == nil && r.Cmd == "cancel"
}

func (w *worker) cancel() {
	w.cancelled.Store(true)
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.stopExplore != nil {
		w.stopExplore()
	}
}

// handle serves one request and posts its reply; it never panics.
func (w *worker) handle(msg []byte) {
	var req request
	if err := json.Unmarshal(msg, &req); err != nil {
		w.send(reply{ID: req.ID, Error: "bad request: " + err.Error()})
		return
	}
	defer func() {
		if p := recover(); p != nil {
			w.send(reply{ID: req.ID, Error: fmt.Sprintf("internal error in Interleave: %v\n%s", p, debug.Stack())})
		}
	}()
	w.send(w.serve(&req))
}

func (w *worker) send(r reply) {
	b, err := json.Marshal(r)
	if err != nil {
		b, _ = json.Marshal(reply{ID: r.ID, Error: "cannot encode reply: " + err.Error()})
	}
	w.post(b)
}

func (w *worker) serve(req *request) reply {
	out := reply{ID: req.ID}
	switch req.Cmd {
	case "format":
		return w.format(req)
	case "view", "at", "output":
		return w.last.answer(req, out)
	}
	if req.Cmd == "step" && req.Src == nil {
		return w.step(req, out)
	}
	if req.Src == nil {
		out.Error = req.Cmd + ": missing src"
		return out
	}
	prog, diags, err := w.compile(*req.Src)
	if err != nil {
		out.Error = err.Error()
		return out
	}
	if diags != nil {
		out.Diags = diags
		return out
	}
	switch req.Cmd {
	case "compile":
		sites := prog.LockSites()
		if sites == nil {
			sites = []runner.LockSite{}
		}
		out.LockSites = &sites
	case "run":
		opts := req.Options
		boundTrace(&opts)
		opts.Progress = func(p runner.RunProgress) {
			w.send(reply{ID: req.ID, RunProgress: &p})
		}
		out.Result = prog.Run(opts)
		w.finish(&out, out.Result)
	case "explore":
		out.Explore = w.explore(req, prog)
	case "step":
		opts := req.Options
		boundTrace(&opts)
		w.session, w.steps = prog.Start(opts), 0
		return w.step(req, out)
	default:
		out.Error = "unknown command " + req.Cmd
	}
	return out
}

// compile returns the program for src, reusing the last one when src is
// unchanged. A program that does not compile yields its diagnostics.
func (w *worker) compile(src string) (*runner.Program, []runner.Diagnostic, error) {
	if w.prog != nil && w.src == src {
		return w.prog, nil, nil
	}
	prog, err := runner.Compile(src)
	if err != nil {
		if ce, ok := err.(*runner.CompileError); ok {
			return nil, ce.Diags, nil
		}
		return nil, nil, err
	}
	w.src, w.prog = src, prog
	return prog, nil, nil
}

// addHelper gives the worker another runner worker to explore on.
//
//lint:ignore U1000 main.go (js/wasm only) calls it
func (w *worker) addHelper(h runner.Remote) { w.helpers = append(w.helpers, h) }

// runBatch serves a batch of schedules for a lead worker (see Remote).
//
//lint:ignore U1000 main.go (js/wasm only) calls it
func (w *worker) runBatch(batch []byte) []byte {
	return runner.ServeBatch(batch, func(src string) (*runner.Program, error) {
		prog, diags, err := w.compile(src)
		switch {
		case err != nil:
			return nil, err
		case diags != nil:
			return nil, errors.New("the program does not compile here")
		}
		return prog, nil
	})
}

func (w *worker) explore(req *request, prog *runner.Program) *runner.ExploreResult {
	opts := req.Explore
	// Several workers means the helpers: for random and pct this one
	// takes their results in order; dfs searches here too and hands forked
	// subtrees to Workers-1 helpers. Goroutines would not help here (wasm
	// runs one thread).
	if opts.Strategy == runner.StrategyDFS {
		if n := min(opts.Workers-1, len(w.helpers)); n >= 1 {
			opts.Remotes = w.helpers[:n]
		}
	} else if n := min(opts.Workers, len(w.helpers)); n > 1 {
		opts.Remotes = w.helpers[:n]
	}
	opts.Workers = 1
	w.cancelled.Store(false)
	stop := make(chan struct{})
	w.mu.Lock()
	w.stopExplore = sync.OnceFunc(func() { close(stop) })
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		w.stopExplore = nil
		w.mu.Unlock()
	}()
	opts.Stop = stop
	opts.ProgressMS = progressInterval.Milliseconds()
	opts.NoFailureTrace = true // the page replays the failure for its timeline
	opts.Progress = func(p runner.ExploreProgress) bool {
		w.send(reply{ID: req.ID, Progress: &p})
		// Sleeping hands control to the event loop, which delivers a
		// pending cancel to the message handler.
		time.Sleep(time.Millisecond)
		return !w.cancelled.Load()
	}
	x := prog.Explore(opts)
	if f := x.FirstFailure; f != nil {
		// The page replays the failure for its timeline.
		f.Trace, f.Goroutines = nil, nil
		f.Stdout, _ = shorten(f.Stdout)
		f.Stderr, _ = shorten(pageWords(f.Stderr))
	}
	return x
}

func (w *worker) step(req *request, out reply) reply {
	if w.session == nil {
		out.Error = "no session: start one with src"
		return out
	}
	for _, g := range req.Choices {
		if w.session.Done() {
			break
		}
		if err := w.session.Step(g); err != nil {
			out.Error = err.Error()
			break
		}
		w.steps++
	}
	st := &sessionState{Goroutines: w.session.Goroutines(), Done: w.session.Done(), Steps: w.steps}
	if st.Goroutines == nil {
		st.Goroutines = []runner.GoroutineState{}
	}
	if st.Done {
		st.Result = w.session.Result()
		w.finish(&out, st.Result)
	}
	out.Session = st
	return out
}

func (w *worker) format(req *request) reply {
	out := reply{ID: req.ID}
	if req.Src == nil {
		out.Error = "format: missing src"
		return out
	}
	src, err := runner.Format(*req.Src)
	if err == nil {
		out.Src = &src
		return out
	}
	if list, ok := err.(scanner.ErrorList); ok {
		for _, e := range list {
			out.Diags = append(out.Diags, runner.Diagnostic{Line: e.Pos.Line, Col: e.Pos.Column, Msg: e.Msg})
		}
		return out
	}
	out.Error = err.Error()
	return out
}
