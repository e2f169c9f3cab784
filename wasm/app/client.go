//go:build js && wasm

package main

import (
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

// restart terminates the worker, dropping every request in flight, and
// starts a fresh one.
func (c *runnerClient) restart() {
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
