//go:build js && wasm

// Command worker is Interleave's runner inside a Web Worker. It compiles and
// runs Go programs with package runner and talks to the page (wasm/app)
// through JSON strings sent with postMessage. It never touches the DOM: it
// lives in a worker so that no run, however long, can freeze the page.
//
// # Protocol
//
// Every message in either direction is one JSON object, sent as a string.
// Requests carry an id chosen by the page; every reply echoes it. Exactly one
// final reply answers each request; explore may send progress messages
// before its final reply. Requests are served one at a time, in order.
//
// When the runner is loaded the worker sends, unasked:
//
//	{"id":0, "ready":true}
//
// Requests and their final replies:
//
//	{"id":1, "cmd":"compile", "src":"package main…"}
//	  → {"id":1, "lockSites":[LockSite…]}                 compiled
//	  → {"id":1, "diags":[{"line":3,"col":2,"msg":"…"}]}  did not compile
//
//	{"id":2, "cmd":"run", "src":"…", "options":{"seed":7, "schedule":"", "race":false,
//	                                          "disabledLocks":[0,1], "trace":true}}
//	  → {"id":2, "result":Result}  or  {"id":2, "diags":[…]}
//
//	{"id":3, "cmd":"explore", "src":"…", "explore":{"strategy":"random|pct|dfs",
//	    "runs":1000, "seed":1, "preemptionBound":2, "depth":3, "race":false,
//	    "disabledLocks":[], "timeLimitMS":0, "stopAtFirst":false}}
//	  → {"id":3, "progress":ExploreProgress}    zero or more, at most ~10 a second,
//	                                            each with the outcomes so far
//	  → {"id":3, "explore":ExploreResult}  or  {"id":3, "diags":[…]}
//
//	{"id":4, "cmd":"step", "src":"…", "options":{…}, "choices":[1,2,2]}
//	    starts a fresh manually scheduled session and lets goroutines 1, 2, 2
//	    take their next visible step; undo is a fresh session replaying all
//	    choices but the last.
//	{"id":5, "cmd":"step", "choices":[3]}
//	    continues the current session.
//	  → {"id":5, "session":{"goroutines":[GoroutineState…], "done":false,
//	                        "steps":4, "result":Result|null}}
//	  → {"id":5, "error":"…"}   e.g. a goroutine that cannot step
//
//	{"id":6, "cmd":"format", "src":"…"}
//	  → {"id":6, "src":"formatted…"}  or  {"id":6, "diags":[…]}
//
//	{"id":7, "cmd":"cancel"}
//	    asks a running explore to stop at its next progress report; the
//	    explore then replies with "cancelled":true and what it found so far.
//	    Cancel has no reply of its own.
//
// Result, ExploreResult, ExploreProgress, LockSite and GoroutineState are the
// JSON forms of the runner types of those names. Any request may instead be
// answered with {"id":N, "error":"…"} when something inside Interleave failed.
//
// # Helpers
//
// Explorations run their schedules on several workers at once. The page
// starts helper workers and connects each to this one (the lead) with a
// MessageChannel: boot.js posts {connect:"helper", port} here and
// {connect:"lead", port} to the helper. An explore request with
// "workers": N > 1 then runs random and pct on N helpers: this worker keeps
// Explore's loop (runner.Remote), which only takes results in schedule
// order. dfs runs on this worker and N-1 helpers: this worker searches the
// tree and the helpers search the subtrees it forks, a chunk of runs per
// batch. Either way the result is the one a single worker gives. On the
// port, the lead sends "SEQ\nBATCH" and the helper answers "SEQ\nANSWER"
// (runner.RunBatch).
//
// Stopping a run is the page's business: it terminates this worker and
// starts a fresh one, so runs need no cooperative cancellation.
package main

import (
	"encoding/json"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall/js"
)

// gcPercent and memoryLimit tune the collector for exploration in wasm. The
// worker's live heap is about 30 MB (the std image, the compiled program),
// and with GOGC=100 every 30 MB allocated is a collection marking all of it:
// in wasm, on one thread and without the native scanners, that was about
// half of a short program's exploration (examples/crashmap.go, random: a
// run allocates about 220 KB starting its machine). Collecting at 4× the
// live heap does a quarter of that work. The limit keeps a program that
// holds much (the memory cap is 1 GB of the interpreter's heap) from
// growing the worker's memory past what GOGC=100 would have allowed it:
// near 2 GB the collector runs as often as it must.
const (
	gcPercent   = 400
	memoryLimit = 2 << 30
)

func main() {
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(memoryLimit)
	w := newWorker(func(reply []byte) {
		js.Global().Call("postMessage", string(reply))
	})
	requests := make(chan []byte, 64)
	// The handler must return at once: a running explore only lets the
	// event loop deliver messages while it yields, and cancel must get
	// through then.
	js.Global().Set("onmessage", js.FuncOf(func(this js.Value, args []js.Value) any {
		data := args[0].Get("data")
		if data.Type() == js.TypeObject && data.Get("port").Type() == js.TypeObject {
			// A MessageChannel port to another runner worker (boot.js's
			// connect), for parallel exploration.
			switch data.Get("connect").String() {
			case "helper":
				w.addHelper(newPortLink(data.Get("port")).call)
			case "lead":
				serveLead(w, data.Get("port"))
			}
			return nil
		}
		if data.Type() != js.TypeString {
			return nil
		}
		msg := []byte(data.String())
		if w.isCancel(msg) {
			w.cancel()
			return nil
		}
		requests <- msg
		return nil
	}))
	ready, _ := json.Marshal(map[string]any{"id": 0, "ready": true})
	w.post(ready)
	for msg := range requests {
		w.handle(msg)
	}
}

// portLink is the lead's end of a channel to one helper worker.
type portLink struct {
	port    js.Value
	seq     int
	waiting map[int]chan []byte
	onmsg   js.Func
}

func newPortLink(port js.Value) *portLink {
	l := &portLink{port: port, waiting: map[int]chan []byte{}}
	l.onmsg = js.FuncOf(func(this js.Value, args []js.Value) any {
		msg := args[0].Get("data").String()
		head, answer, _ := strings.Cut(msg, "\n")
		seq, _ := strconv.Atoi(head)
		if ch := l.waiting[seq]; ch != nil {
			delete(l.waiting, seq)
			ch <- []byte(answer) // buffered: a callback must not block
		}
		return nil
	})
	port.Set("onmessage", l.onmsg)
	return l
}

// call sends a batch and waits for its answer. While it waits, the Go
// program is parked, so the event loop runs and delivers the answer.
func (l *portLink) call(batch []byte) ([]byte, error) {
	l.seq++
	ch := make(chan []byte, 1)
	l.waiting[l.seq] = ch
	l.port.Call("postMessage", strconv.Itoa(l.seq)+"\n"+string(batch))
	return <-ch, nil
}

// serveLead makes this worker a helper of the lead at the other end of
// port: it runs the batches the lead sends, one at a time, in order.
func serveLead(w *worker, port js.Value) {
	batches := make(chan string, 256)
	port.Set("onmessage", js.FuncOf(func(this js.Value, args []js.Value) any {
		batches <- args[0].Get("data").String()
		return nil
	}))
	go func() {
		for msg := range batches {
			head, batch, _ := strings.Cut(msg, "\n")
			port.Call("postMessage", head+"\n"+string(w.runBatch([]byte(batch))))
		}
	}()
}
