package runner

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strconv"
	"sync/atomic"
	"time"

	"interleave/runner/sched"
)

// dfs split across remotes: in the page, forked subtrees (dfssplit.go) are
// searched by other Web Workers. The pool then has one goroutine per remote
// instead of worker goroutines; each takes forks from the pool's queue as
// a worker goroutine would, sends the fork's nodes over (sched.EncodeFork)
// and brings its runs back a chunk at a time, each with its ForkRun, so
// the search that adopts the fork takes them exactly as it takes a local
// worker's. The remote keeps the fork's search between chunks (Program.
// dfsForks). The lead's own goroutine searches too: it runs the search
// itself and, while it waits for a fork, searches forks nobody took yet.
//
// In wasm a remote's answer reaches the lead only while the lead's
// goroutine is parked; so that idle remotes get new forks soon, a search
// that has remotes yields to the event loop at most every remoteYield
// between its runs.

// remoteChunk is how long a remote searches a fork before it sends the
// runs so far: short enough that the search adopting it is seldom kept
// waiting, long enough that a chunk's round trip costs little beside it.
const remoteChunk = 50 * time.Millisecond

// remoteYield spaces the lead's yields to the event loop in wasm.
const remoteYield = 30 * time.Millisecond

// remoteForksKept bounds the fork searches a remote keeps between chunks
// (one per lead goroutine that sends to it; more only from leads gone).
const remoteForksKept = 8

// dfsRemoteRuns counts the runs remotes made for forks (tests check that
// the split reached them).
var dfsRemoteRuns atomic.Int64

// dfsSlots numbers the remote goroutines of this process, so that a remote
// shared by several of them keeps their forks apart.
var dfsSlots atomic.Int64

// wireDFS is a batch of a fork's search (wireBatch.DFS): its start (Fork
// set), the next chunk of runs, or its end (End: the lead wants no more).
type wireDFS struct {
	Slot    string  `json:"slot"`
	Fork    []byte  `json:"fork,omitempty"`
	Left    dfsLeft `json:"left"`
	ChunkMS int64   `json:"chunkMS,omitempty"`
	End     bool    `json:"end,omitempty"`
}

// MarshalJSON and UnmarshalJSON give dfsLeft (unexported fields) a wire
// form.
func (l dfsLeft) MarshalJSON() ([]byte, error) {
	return json.Marshal([2]int{l.runs, l.executed})
}

func (l *dfsLeft) UnmarshalJSON(b []byte) error {
	var v [2]int
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	l.runs, l.executed = v[0], v[1]
	return nil
}

// remoteSlots is how many forks a remote has in flight at once: it
// answers its batches in order, so the next fork waits in its queue and it
// starts on it as soon as it sends the last one's runs, without waiting for
// the lead to see them and send another.
var remoteSlots = 2

// newDFSRemotePool starts remoteSlots goroutines per remote.
func newDFSRemotePool(p *Program, remotes []Remote, stop <-chan struct{}) *dfsPool {
	pl := &dfsPool{p: p, jobs: make(chan *dfsJob, len(remotes)*remoteSlots), closed: make(chan struct{}), stop: stop, remote: true, remotes: len(remotes)}
	for i := range len(remotes) * remoteSlots {
		r := remotes[i%len(remotes)]
		slot := strconv.FormatInt(dfsSlots.Add(1), 10)
		go func() {
			for {
				pl.idle.Add(1)
				select {
				case j := <-pl.jobs:
					pl.idle.Add(-1)
					if j.claim() {
						pl.searchRemote(j, r, slot)
					}
				case <-pl.closed:
					pl.idle.Add(-1)
					return
				}
			}
		}()
	}
	return pl
}

// searchRemote has remote r search job j's subtree, a chunk at a time. If
// the remote fails, the rest is searched here.
func (pl *dfsPool) searchRemote(j *dfsJob, r Remote, slot string) {
	enc := j.fork.EncodeFork()
	b := wireBatch{Src: pl.p.src, Opts: toWire(j.opts),
		DFS: &wireDFS{Slot: slot, Fork: enc, Left: j.left, ChunkMS: remoteChunk.Milliseconds()}}
	got := 0
	for {
		a, err := pl.callDFS(r, b)
		if err != nil {
			pl.searchLocal(j, enc, got)
			return
		}
		for i, w := range a.Results {
			res, err := w.result(pl.p, j.opts)
			if err != nil {
				pl.searchLocal(j, enc, got)
				return
			}
			j.add(dfsRun{res: res, rec: a.Runs[i]})
			dfsRemoteRuns.Add(1)
			pl.remoteRuns.Add(1)
			got++
		}
		if a.Finished {
			if a.End != nil {
				j.fork.SetEnd(*a.End)
			}
			j.finish(a.Aborted)
			return
		}
		if j.dropped.Load() || pl.isClosed() {
			b.DFS = &wireDFS{Slot: slot, End: true}
			pl.callDFS(r, b) // the remote may forget the search
			j.finish(true)
			return
		}
		b = wireBatch{Src: pl.p.src, DFS: &wireDFS{Slot: slot, ChunkMS: remoteChunk.Milliseconds()}}
	}
}

// callDFS sends a dfs batch and checks its answer.
func (pl *dfsPool) callDFS(r Remote, b wireBatch) (*wireAnswer, error) {
	a, err := callRemote(r, b)
	if err != nil {
		return nil, err
	}
	if len(a.Runs) != len(a.Results) {
		return nil, fmt.Errorf("a remote answered %d runs with %d records", len(a.Results), len(a.Runs))
	}
	return a, nil
}

// searchLocal searches job j's subtree here from its encoded fork, after
// the first skip runs (which a remote made before it failed): the search is
// deterministic, so those runs come again and are left out.
func (pl *dfsPool) searchLocal(j *dfsJob, enc []byte, skip int) {
	d, err := sched.DecodeFork(enc)
	if err != nil { // the lead's own encoding: cannot happen
		j.finish(true)
		return
	}
	s := &dfsSearch{p: pl.p, d: d, left: j.left}
	for d.Next() {
		if j.dropped.Load() || pl.isClosed() || s.left.over() {
			j.finish(true)
			return
		}
		r := s.run(j.opts)
		pruned, pre := s.done()
		rec := d.Record(pruned, pre)
		if skip > 0 {
			skip--
			continue
		}
		j.add(dfsRun{res: r, rec: rec})
	}
	j.fork.SetEnd(d.End())
	j.finish(false)
}

// yield lets the event loop run in wasm, at most every remoteYield: the
// remotes' answers are delivered only then.
func (pl *dfsPool) yield() {
	if runtime.GOOS != "js" || time.Since(pl.lastYield) < remoteYield {
		return
	}
	time.Sleep(time.Millisecond)
	pl.lastYield = time.Now()
}

// remoteFork is a fork's search kept by a remote between chunks.
type remoteFork struct {
	s    *dfsSearch
	opts Options
	used time.Time
}

// dfsBatch serves a dfs batch (see wireDFS) on the remote's side: the next
// chunk of the fork's runs.
func (p *Program) dfsBatch(b wireBatch) wireAnswer {
	var a wireAnswer
	w := b.DFS
	p.dfsMu.Lock()
	if p.dfsForks == nil {
		p.dfsForks = map[string]*remoteFork{}
	}
	f := p.dfsForks[w.Slot]
	switch {
	case w.End:
		delete(p.dfsForks, w.Slot)
		p.dfsMu.Unlock()
		return a
	case w.Fork != nil:
		d, err := sched.DecodeFork(w.Fork)
		if err != nil {
			p.dfsMu.Unlock()
			a.Error = err.Error()
			return a
		}
		opts := b.Opts.options()
		f = &remoteFork{s: &dfsSearch{p: p, d: d, left: w.Left}, opts: opts}
		p.dfsForks[w.Slot] = f
		for len(p.dfsForks) > remoteForksKept { // forget the least recently used
			var old string
			for k, o := range p.dfsForks {
				if old == "" || o.used.Before(p.dfsForks[old].used) {
					old = k
				}
			}
			delete(p.dfsForks, old)
		}
	case f == nil:
		p.dfsMu.Unlock()
		a.Error = "no such fork search (slot " + w.Slot + ")"
		return a
	}
	f.used = time.Now()
	p.dfsMu.Unlock()
	chunk := time.Duration(w.ChunkMS) * time.Millisecond
	t0 := time.Now()
	s := f.s
	a.Results, a.Runs = []wireResult{}, []sched.ForkRun{}
	for {
		if !s.d.Next() {
			e := s.d.End()
			a.Finished, a.End = true, &e
			break
		}
		if s.left.over() {
			a.Finished, a.Aborted = true, true
			break
		}
		r := s.run(f.opts)
		pruned, pre := s.done()
		a.Runs = append(a.Runs, s.d.Record(pruned, pre))
		a.Results = append(a.Results, toWireResult(r, 0))
		if time.Since(t0) >= chunk || len(a.Results) >= maxBatch {
			break
		}
	}
	if a.Finished {
		p.dfsMu.Lock()
		if p.dfsForks[w.Slot] == f {
			delete(p.dfsForks, w.Slot)
		}
		p.dfsMu.Unlock()
	}
	return a
}
