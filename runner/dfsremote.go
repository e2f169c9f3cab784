package runner

import (
	"encoding/json"
	"errors"
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
// Fork is the fork's encoding (sched.EncodeFork) after its first Keep
// bytes, which are those of the last fork sent on the slot; Acked is the
// Seq of the last answer the lead took on the slot (see slotWire).
type wireDFS struct {
	Slot    string  `json:"slot"`
	Fork    []byte  `json:"fork,omitempty"`
	Keep    int     `json:"keep,omitempty"`
	Acked   int64   `json:"acked,omitempty"`
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

// Deltas on the wire. A fork of examples/cache.go is about 75 KB
// (4,000 nodes) and each of its runs about 20 KB of requests to the nodes
// above and 4 KB of picks, but consecutive forks share the nodes near the
// root and consecutive runs nearly all of their requests and picks: 98%
// and more of the bytes are a common prefix. So each slot (one pool
// goroutine of the lead and its remote) sends them as the part that
// differs from the last one sent on that slot. Both sides keep the last
// ones: the lead in leadWire, the remote in slotWire. They agree because
// the lead takes the remote's state as its own only from answers it took
// whole, and starts again from nothing after any failure: a fork then goes
// whole (Keep 0), and Acked 0 (or any Acked that is not the remote's last
// Seq) has the remote send its next runs whole. A remote that forgot the
// slot (more slots than remoteSlotsKept) answers a fork with Keep an
// error, and the lead searches that fork itself as after any failure.

// slotWire is what a remote keeps per lead slot for the deltas.
type slotWire struct {
	fork         []byte     // the last fork received, whole
	seq          int64      // the last answer's number
	outer, picks []byte     // the last run's requests (sched.AppendOuter) and picks in that answer or before
	last         *sched.DFS // the last fork decoded, whose memory the next one reuses
	used         time.Time
}

// leadWire is the lead's side of a slot's deltas.
type leadWire struct {
	fork         []byte
	acked        int64
	outer, picks []byte
}

// remoteSlotsKept bounds the slots a remote keeps deltas for.
const remoteSlotsKept = 16

// wireRun is a forked run's record (sched.ForkRun) on the wire: its
// requests to the nodes above as bytes (sched's AppendOuter), of which the
// first Keep are the previous run's on the slot.
type wireRun struct {
	Pruned   bool   `json:"pruned,omitempty"`
	Pre      int    `json:"pre,omitempty"`
	Keep     int    `json:"keep,omitempty"`
	Outer    []byte `json:"outer,omitempty"`
	BoundHit bool   `json:"boundHit,omitempty"`
	Diverged bool   `json:"diverged,omitempty"`
}

// delta returns how many leading bytes b shares with prev, at most
// len(b)-1 so that the rest is never empty, and the rest.
func delta(prev, b []byte) (int, []byte) {
	n := 0
	for n < len(prev) && n < len(b)-1 && prev[n] == b[n] {
		n++
	}
	return n, b[n:]
}

// undelta is the whole of what delta sent: prev's first keep bytes and
// the rest, in a new slice.
func undelta(prev []byte, keep int, rest []byte) ([]byte, error) {
	if keep < 0 || keep > len(prev) {
		return nil, errors.New("a delta against bytes the receiver does not have")
	}
	if keep == 0 {
		return rest, nil
	}
	b := make([]byte, keep+len(rest))
	copy(b, prev[:keep])
	copy(b[keep:], rest)
	return b, nil
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
			var lw leadWire
			for {
				pl.idle.Add(1)
				select {
				case j := <-pl.jobs:
					pl.idle.Add(-1)
					if j.claim() {
						pl.searchRemote(j, r, slot, &lw)
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
// the remote fails, the rest is searched here. lw is the slot's side of
// the deltas.
func (pl *dfsPool) searchRemote(j *dfsJob, r Remote, slot string, lw *leadWire) {
	enc := j.fork.EncodeFork()
	keep, rest := delta(lw.fork, enc)
	b := wireBatch{Src: pl.p.src, Opts: toWire(j.opts),
		DFS: &wireDFS{Slot: slot, Fork: rest, Keep: keep, Acked: lw.acked, Left: j.left, ChunkMS: remoteChunk.Milliseconds()}}
	got := 0
	for {
		a, runs, err := pl.callDFS(r, b, lw)
		if err != nil {
			pl.searchLocal(j, enc, got)
			return
		}
		lw.fork = enc
		for i, w := range a.Results {
			res, err := w.result(pl.p, j.opts)
			if err != nil {
				*lw = leadWire{}
				pl.searchLocal(j, enc, got)
				return
			}
			j.add(dfsRun{res: res, rec: runs[i]})
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
			b.DFS = &wireDFS{Slot: slot, End: true, Acked: lw.acked}
			pl.callDFS(r, b, lw) // the remote may forget the search
			j.finish(true)
			return
		}
		b = wireBatch{Src: pl.p.src, DFS: &wireDFS{Slot: slot, Acked: lw.acked, ChunkMS: remoteChunk.Milliseconds()}}
	}
}

// callDFS sends a dfs batch and checks its answer; it makes the answer's
// runs and picks whole (lw: the slot's deltas) and returns the runs'
// records. After a failure lw starts again from nothing.
func (pl *dfsPool) callDFS(r Remote, b wireBatch, lw *leadWire) (*wireAnswer, []sched.ForkRun, error) {
	a, runs, err := takeDFSAnswer(r, b, lw)
	if err != nil {
		*lw = leadWire{}
		return nil, nil, err
	}
	return a, runs, nil
}

func takeDFSAnswer(r Remote, b wireBatch, lw *leadWire) (*wireAnswer, []sched.ForkRun, error) {
	a, err := callRemote(r, b)
	if err != nil {
		return nil, nil, err
	}
	if len(a.Runs) != len(a.Results) {
		return nil, nil, fmt.Errorf("a remote answered %d runs with %d records", len(a.Results), len(a.Runs))
	}
	outer, picks := lw.outer, lw.picks
	if b.DFS.Acked == 0 || b.DFS.Acked != lw.acked {
		outer, picks = nil, nil
	}
	runs := make([]sched.ForkRun, len(a.Runs))
	for i, w := range a.Runs {
		if outer, err = undelta(outer, w.Keep, w.Outer); err != nil {
			return nil, nil, err
		}
		ops, err := sched.DecodeOuter(outer)
		if err != nil {
			return nil, nil, err
		}
		runs[i] = sched.ForkRun{Pruned: w.Pruned, Pre: w.Pre, Outer: ops, BoundHit: w.BoundHit, Diverged: w.Diverged}
		res := &a.Results[i]
		if picks, err = undelta(picks, res.ChoicesKeep, res.Choices); err != nil {
			return nil, nil, err
		}
		res.Choices, res.ChoicesKeep = picks, 0
	}
	lw.acked, lw.outer, lw.picks = a.Seq, outer, picks
	return a, runs, nil
}

// searchLocal searches job j's subtree here from its encoded fork, after
// the first skip runs (which a remote made before it failed): the search is
// deterministic, so those runs come again and are left out.
func (pl *dfsPool) searchLocal(j *dfsJob, enc []byte, skip int) {
	d, err := sched.DecodeFork(enc, nil)
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
		p.dfsWire = map[string]*slotWire{}
	}
	sw := p.dfsWire[w.Slot]
	if sw == nil {
		sw = &slotWire{}
		p.dfsWire[w.Slot] = sw
		forgetOldest(p.dfsWire, sw, remoteSlotsKept, func(o *slotWire) time.Time { return o.used })
	}
	sw.used = time.Now()
	if w.Acked == 0 || w.Acked != sw.seq {
		sw.outer, sw.picks = nil, nil
	}
	sw.seq++
	a.Seq = sw.seq
	f := p.dfsForks[w.Slot]
	switch {
	case w.End:
		delete(p.dfsForks, w.Slot)
		p.dfsMu.Unlock()
		return a
	case w.Fork != nil:
		whole, err := undelta(sw.fork, w.Keep, w.Fork)
		if err != nil {
			p.dfsMu.Unlock()
			a.Error = err.Error()
			return a
		}
		sw.fork = whole
		// The slot's previous fork is over (its lead sends the next only
		// then): this one takes its memory.
		d, err := sched.DecodeFork(whole, sw.last)
		sw.last = d
		if err != nil {
			p.dfsMu.Unlock()
			a.Error = err.Error()
			return a
		}
		opts := b.Opts.options()
		f = &remoteFork{s: &dfsSearch{p: p, d: d, left: w.Left}, opts: opts}
		p.dfsForks[w.Slot] = f
		forgetOldest(p.dfsForks, f, remoteForksKept, func(o *remoteFork) time.Time { return o.used })
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
	a.Results, a.Runs = []wireResult{}, []wireRun{}
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
		rec := s.d.Record(pruned, pre)
		outer := rec.AppendOuter(make([]byte, 0, len(sw.outer)+len(sw.outer)/8+64))
		wr := wireRun{Pruned: rec.Pruned, Pre: rec.Pre, BoundHit: rec.BoundHit, Diverged: rec.Diverged}
		wr.Keep, wr.Outer = delta(sw.outer, outer)
		a.Runs = append(a.Runs, wr)
		res := toWireResult(r, 0)
		res.ChoicesKeep, res.Choices = delta(sw.picks, r.picks)
		a.Results = append(a.Results, res)
		sw.outer, sw.picks = outer, r.picks
		s.d.Recycle(rec)
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

// forgetOldest deletes the least recently used entries of m, never keep,
// until m holds at most limit.
func forgetOldest[V comparable](m map[string]V, keep V, limit int, used func(V) time.Time) {
	for len(m) > limit {
		var old string
		for k, o := range m {
			if o != keep && (old == "" || used(o).Before(used(m[old]))) {
				old = k
			}
		}
		delete(m, old)
	}
}
