//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"
)

// runnerClient talks to the runner worker (protocol in wasm/worker). Workers
// come from boot.js's InterleaveBoot.spawnWorker, which already compiled the
// runner module, so restart after Stop brings a fresh worker up quickly.
type runnerClient struct {
	worker  js.Value // {listen, post, terminate} from boot.js
	ready   bool
	nextID  int
	queue   []string // requests posted before the worker was ready
	waiting map[int]*call
	listen  js.Func

	onReady func()
	onFault func(msg string) // the worker died or could not load

	// helpers are more runner workers, connected to the lead (worker) so
	// that an exploration runs on several at once (wasm/worker's package
	// doc). They start on the first exploration that wants them.
	helpers        []*helper
	helperListen   []js.Func
	pendingHelpers func() // waits for helpers to start
}

// helper is one helper worker and whether it said ready.
type helper struct {
	worker js.Value
	ready  bool
	failed bool
}

type call struct {
	done     func(reply)
	progress func(reply) // a progress report: explore's or a run's
}

// newRunnerClient makes a client that is not yet listening: call start once
// the app can take onReady and onFault. boot.js keeps the worker's messages
// until then and hands the waiting ones over inside start, so a runner that
// was ready before the app calls onReady from within start.
func newRunnerClient(onReady func(), onFault func(string)) *runnerClient {
	c := &runnerClient{waiting: map[int]*call{}, onReady: onReady, onFault: onFault}
	c.listen = js.FuncOf(func(this js.Value, args []js.Value) any {
		c.receive(args[0])
		return nil
	})
	return c
}

// start listens to the first worker, which boot.js started with the page.
func (c *runnerClient) start() { c.attach(js.Global().Get("InterleaveBoot").Get("firstWorker")) }

func (c *runnerClient) attach(w js.Value) {
	c.worker, c.ready = w, false
	w.Call("listen", c.listen)
}

// request sends msg (a request without id) and returns its id. done gets the
// final reply; progress, if set, gets the progress reports before it.
func (c *runnerClient) request(msg map[string]any, done func(reply), progress func(reply)) int {
	c.nextID++
	msg["id"] = c.nextID
	c.waiting[c.nextID] = &call{done, progress}
	s := js.Global().Get("JSON").Call("stringify", js.ValueOf(msg)).String()
	if c.ready {
		c.worker.Call("post", s)
	} else {
		c.queue = append(c.queue, s)
	}
	return c.nextID
}

// cancel asks a running explore to stop and report what it has.
func (c *runnerClient) cancel() {
	if c.ready {
		c.worker.Call("post", `{"id":0,"cmd":"cancel"}`)
	}
}

// withHelpers calls then once n helper workers (n-1 beyond the ones that
// exist, up to n) are ready and connected to the lead; then gets how many
// are. A helper that cannot start is left out.
func (c *runnerClient) withHelpers(n int, then func(int)) {
	boot := js.Global().Get("InterleaveBoot")
	for len(c.helpers) < n {
		h := &helper{worker: boot.Call("spawnWorker")}
		c.helpers = append(c.helpers, h)
		var f js.Func
		f = js.FuncOf(func(this js.Value, args []js.Value) any {
			msg := args[0].String()
			switch {
			case h.ready || h.failed:
			case strings.Contains(msg, `"ready":true`):
				h.ready = true
				boot.Call("connect", c.worker, h.worker)
			case strings.Contains(msg, `"error"`):
				h.failed = true
			}
			c.helpersSettled()
			return nil
		})
		c.helperListen = append(c.helperListen, f)
		h.worker.Call("listen", f)
	}
	c.pendingHelpers = func() {
		ready := 0
		for _, h := range c.helpers[:n] {
			if h.ready {
				ready++
			}
		}
		then(ready)
	}
	c.helpersSettled()
}

// warmHelpers has every ready helper compile src now, so that the first
// batch of an exploration does not wait for it (each worker keeps its last
// program; its reply is ignored).
func (c *runnerClient) warmHelpers(src string) {
	msg := js.Global().Get("JSON").Call("stringify", js.ValueOf(map[string]any{"id": -1, "cmd": "compile", "src": src}))
	for _, h := range c.helpers {
		if h.ready {
			h.worker.Call("post", msg)
		}
	}
}

// helpersSettled runs what waits for the helpers once none is starting.
func (c *runnerClient) helpersSettled() {
	if c.pendingHelpers == nil {
		return
	}
	for _, h := range c.helpers {
		if !h.ready && !h.failed {
			return
		}
	}
	f := c.pendingHelpers
	c.pendingHelpers = nil
	f()
}

// dropHelpers terminates the helper workers.
func (c *runnerClient) dropHelpers() {
	for _, h := range c.helpers {
		h.worker.Call("terminate")
	}
	for _, f := range c.helperListen {
		f.Release()
	}
	c.helpers, c.helperListen, c.pendingHelpers = nil, nil, nil
}

// restart terminates the worker and its helpers, dropping every request in
// flight, and starts a fresh one.
func (c *runnerClient) restart() {
	c.dropHelpers()
	c.worker.Call("terminate")
	c.waiting = map[int]*call{}
	c.queue = nil
	c.attach(js.Global().Get("InterleaveBoot").Call("spawnWorker"))
}

func (c *runnerClient) receive(data js.Value) {
	if data.Type() != js.TypeString {
		return
	}
	r := decodeReply(js.Global().Get("JSON").Call("parse", data))
	if r.ID == 0 {
		switch {
		case r.Ready:
			c.ready = true
			for _, s := range c.queue {
				c.worker.Call("post", s)
			}
			c.queue = nil
			c.onReady()
		case r.Error != "":
			c.onFault(r.Error)
		}
		return
	}
	w := c.waiting[r.ID]
	if w == nil {
		return
	}
	if r.Progress != nil || r.RunProgress != nil {
		if w.progress != nil {
			w.progress(r)
		}
		return
	}
	delete(c.waiting, r.ID)
	w.done(r)
}

// ints converts for js.ValueOf, which takes []any but not []int.
func ints(xs []int) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
