package runner

import (
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"interleave/runner/sched"
)

// Parallel dfs. A dfs search runs on one goroutine, and every time it
// ends a run and a worker is idle, it forks the next alternative of its
// shallowest node that has one (sched.Fork): the whole subtree under it,
// which the search would reach only after everything below. A worker
// searches that subtree on its own (forking in turn to other idle
// workers), and hands its runs over as they come. When the search gets
// to the subtree, it takes them in place of running them if the fork still
// matches (sched.Matches: nothing that came between changed the nodes
// above it), else it runs the subtree itself. The schedules explored, in
// their order, and so every count, the first failure and the verdict, are
// those of the search on one goroutine (sched/split.go says why).

// dfsRunsTaken counts the runs searches took from forks instead of making
// them (tests check that splitting happened).
var dfsRunsTaken atomic.Int64

// dfsOuterTaken counts the replayed requests to nodes above forks, by kind
// (sched.OuterOp.Kind): tests check that each kind was exercised.
var dfsOuterTaken [3]atomic.Int64

// dfsPool is the worker goroutines of one dfs exploration.
type dfsPool struct {
	p      *Program
	jobs   chan *dfsJob
	idle   atomic.Int32 // goroutines waiting for a job
	closed chan struct{}
	once   sync.Once
	stop   <-chan struct{} // ExploreOptions.Stop

	remote     bool         // the workers are remotes (dfsremote.go)
	remotes    int          // how many (forkSome leaves the search one alternative per round of forks to them)
	remoteRuns atomic.Int64 // runs they made (ExploreResult.RemoteRuns)
	lastYield  time.Time    // see yield
}

// dfsJob is a forked subtree, searched by whoever claims it.
type dfsJob struct {
	fork    *sched.DFS
	opts    Options
	left    dfsLeft // how many of its runs the exploration could still take
	claimed atomic.Bool
	dropped atomic.Bool // nobody will take its runs

	mu       sync.Mutex
	runs     []dfsRun
	finished bool // every run is in, or the search gave up (aborted)
	aborted  bool
	wake     chan struct{} // a run came, or the job finished
}

// dfsRun is one run of a forked subtree: its result and what the search
// that takes it needs to replay it.
type dfsRun struct {
	res *Result
	rec sched.ForkRun
}

// newDFSPool starts workers-1 goroutines (the exploration's own goroutine
// is the last worker), or returns nil for one worker.
func newDFSPool(p *Program, workers int, stop <-chan struct{}) *dfsPool {
	if workers < 2 {
		return nil
	}
	pl := &dfsPool{p: p, jobs: make(chan *dfsJob, workers), closed: make(chan struct{}), stop: stop}
	for range workers - 1 {
		go func() {
			for {
				pl.idle.Add(1)
				select {
				case j := <-pl.jobs:
					pl.idle.Add(-1)
					if j.claim() {
						pl.search(j)
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

// close ends the workers after their current run.
func (pl *dfsPool) close() {
	if pl != nil {
		pl.once.Do(func() { close(pl.closed) })
	}
}

func (pl *dfsPool) isClosed() bool {
	select {
	case <-pl.closed:
		return true
	case <-pl.stop:
		return true
	default:
		return false
	}
}

func (j *dfsJob) claim() bool { return j.claimed.CompareAndSwap(false, true) }

func (j *dfsJob) add(r dfsRun) {
	j.mu.Lock()
	j.runs = append(j.runs, r)
	j.mu.Unlock()
	j.poke()
}

func (j *dfsJob) finish(aborted bool) {
	j.mu.Lock()
	j.finished, j.aborted = true, aborted
	j.mu.Unlock()
	j.poke()
}

func (j *dfsJob) poke() {
	select {
	case j.wake <- struct{}{}:
	default:
	}
}

// dfsLeft is how many more runs an exploration can take before its budget
// ends it (Explore's loop stops at runs >= budget or executed >= 20×budget):
// a fork never searches further than that, or a budget-limited
// exploration would pay for forked subtrees far larger than the budget.
type dfsLeft struct {
	runs     int // runs that are not pruned
	executed int // all runs
}

func (l dfsLeft) over() bool { return l.runs <= 0 || l.executed <= 0 }

// took counts one run.
func (l *dfsLeft) took(pruned bool) {
	l.executed--
	if !pruned {
		l.runs--
	}
}

// search searches a forked subtree, handing its runs over as they come.
// It gives up (as when stopped) once the exploration could take no more
// of its runs: the search that adopts it ends before it needs another.
func (pl *dfsPool) search(j *dfsJob) {
	s := &dfsSearch{p: pl.p, pool: pl, d: j.fork, left: j.left}
	defer s.close()
	for j.fork.Next() {
		if j.dropped.Load() || pl.isClosed() || s.left.over() {
			j.finish(true)
			return
		}
		r := s.run(j.opts)
		if r == nil {
			j.finish(true)
			return
		}
		pruned, pre := s.done()
		j.add(dfsRun{res: r, rec: j.fork.Record(pruned, pre)})
	}
	j.finish(false)
}

// help waits until j has news, searching meanwhile a fork nobody took
// yet; it reports true when the exploration stopped.
func (j *dfsJob) help(pl *dfsPool) (stopped bool) {
	pl.idle.Add(1)
	select {
	case <-j.wake:
		pl.idle.Add(-1)
	case o := <-pl.jobs:
		pl.idle.Add(-1)
		if o.claim() {
			pl.search(o)
		}
	case <-pl.stop:
		pl.idle.Add(-1)
		return true
	}
	return false
}

// next waits for run i of the job: ok is false when the job has no run i
// (it finished before), stopped when the exploration stopped meanwhile.
// While it waits, the goroutine searches other forks nobody took yet.
func (j *dfsJob) next(pl *dfsPool, i int) (r dfsRun, ok, stopped bool) {
	for {
		j.mu.Lock()
		n, fin, aborted := len(j.runs), j.finished, j.aborted
		if i < n {
			r = j.runs[i]
			j.runs[i] = dfsRun{} // taken: the job need not keep it
		}
		j.mu.Unlock()
		switch {
		case i < n:
			return r, true, false
		case fin && aborted:
			return r, false, true
		case fin:
			return r, false, false
		}
		if j.help(pl) {
			return r, false, true
		}
	}
}

// dfsSearch drives one dfs search, a whole one or a fork's: it takes the
// runs of the forks it adopts in place of running them, and forks its
// nodes' next alternatives to idle workers.
type dfsSearch struct {
	p     *Program
	pool  *dfsPool // nil: no workers, every run is made here
	d     *sched.DFS
	forks map[int]*dfsJob // by node: a fork of that node's next alternative
	cur   *dfsJob         // the adopted fork whose runs are being taken
	ri    int             // the next of cur's runs
	taken dfsRun          // cur's run being taken
	opts  Options
	left  dfsLeft // after the run being made (Explore's loop sets it for the whole search)

	topNext int // where forkTop goes on
}

// run makes the search's next run (after d.Next) under opts; nil when the
// exploration stopped meanwhile.
func (s *dfsSearch) run(opts Options) *Result {
	s.opts = opts
	if s.pool == nil {
		return s.p.drive(opts, s.d)
	}
	if s.cur == nil {
		s.adopt(opts)
	}
	if s.cur != nil {
		r, ok, stopped := s.cur.next(s.pool, s.ri)
		if stopped || !ok {
			// A job that finished without a run: impossible (a fork has
			// at least one); take it as a stop rather than guess.
			return nil
		}
		s.taken = r
		return r.res
	}
	return s.p.drive(opts, s.d)
}

// adopt looks for a fork of the subtree the search is about to enter: the
// current run starts at the top node's fresh pick. Forks of nodes at or
// below it that do not match are of no use any more.
func (s *dfsSearch) adopt(opts Options) {
	k := s.d.Len() - 1
	for i, j := range s.forks {
		if i < k {
			continue
		}
		delete(s.forks, i)
		if i == k && s.d.Matches(j.fork) && reflect.DeepEqual(j.opts, opts) {
			if !j.claim() { // a worker has it: take its runs
				s.cur, s.ri = j, 0
				continue
			}
			// Nobody took it yet: the search goes on into the subtree
			// itself, as it would without workers (and forks in it).
		}
		j.drop()
	}
}

func (j *dfsJob) drop() {
	j.dropped.Store(true)
	j.claim()
}

// done ends the run, as sched.DFS.Done; then forks more if a worker is
// idle.
func (s *dfsSearch) done() (pruned bool, pre int) {
	if s.cur == nil {
		pruned, pre = s.d.Done()
	} else {
		for _, op := range s.taken.rec.Outer {
			dfsOuterTaken[op.Kind].Add(1)
		}
		pruned, pre = s.d.Replay(s.taken.rec)
		s.taken = dfsRun{}
		dfsRunsTaken.Add(1)
		s.ri++
		// Whether that was the fork's last run decides what comes next.
		if _, more, stopped := s.cur.peek(s.pool, s.ri); !more && !stopped {
			s.d.EndFork(s.cur.fork)
			s.cur = nil
		}
	}
	s.left.took(pruned)
	if s.pool != nil && s.pool.remote {
		s.pool.yield() // in wasm, the remotes' news come in only now
	}
	if s.pool != nil && int(s.pool.idle.Load()) > len(s.pool.jobs) && !s.left.over() {
		if s.forkSome() > 0 && s.pool.remote {
			// In wasm the pool's goroutines run only when this one lets
			// them: without this the fork would reach its remote only at
			// the next yield, after the search's next run, and the search
			// would then often wait for the remote's whole run.
			runtime.Gosched()
		}
	}
	return
}

// peek waits until run i of the job exists or the job finished.
func (j *dfsJob) peek(pl *dfsPool, i int) (r dfsRun, ok, stopped bool) {
	for {
		j.mu.Lock()
		n, fin, aborted := len(j.runs), j.finished, j.aborted
		j.mu.Unlock()
		switch {
		case i < n:
			return r, true, false
		case fin:
			return r, false, aborted
		}
		if j.help(pl) {
			return r, false, true
		}
	}
}

// forkSome gives each idle worker a fork: from the top (forkTop) when the
// search will get there, else from the bottom (forkDeep).
func (s *dfsSearch) forkSome() (forked int) {
	want := int(s.pool.idle.Load()) - len(s.pool.jobs)
	if forked, ok := s.forkTop(want); ok {
		return forked
	}
	return s.forkDeep(want)
}

// topBudget is how many runs of budget per node between a search's floor
// and its current run's last node let it fork from the top (forkTop).
// Tests set it to 0 (always from the top) and to noTop.
var topBudget = 4

// noTop as topBudget: forks always come from the bottom.
const noTop = 1 << 40

// dfsTopForks counts the forks made from the top (tests check both ways).
var dfsTopForks atomic.Int64

// forkTop forks the next alternatives of the shallowest nodes that have
// one and no fork yet, when the budget left is at least topBudget runs per
// node on the current path: then the search will most likely get to them
// (in a budget that covers the whole tree, always). ok is false when it
// is not so: forks then come from the bottom (forkDeep).
//
// The shallowest alternatives hold the largest subtrees (at the root, a
// tree split by its first choices), and the search gets to them last: the
// workers start where the search will end and meet it half way, nobody
// waiting for anybody until then. From the bottom, in a tree like that of
// examples/cache.go at bound 1 (a path of about 4,000 nodes, most with an
// alternative of a single run), the search and a worker take turns: the
// search runs the nearest alternative while the worker runs the next, then
// waits for it. Between Web Workers each turn is a round trip of messages,
// and in the page two workers were no faster than one (104.5 s against
// 108.8 s for its 8,045 schedules). The price of the top is the forks'
// runs in vain when the budget ends the search before it gets there.
//
// Consecutive calls go on from where the last one stopped (topNext):
// the nodes above it have their fork or no alternative (one that a run
// below adds later is left to the search).
func (s *dfsSearch) forkTop(want int) (forked int, ok bool) {
	floor, last := s.d.Floor(), s.d.Len()-1
	if s.left.runs < topBudget*(last-floor) {
		return 0, false
	}
	i := floor
	if s.topNext > i && s.topNext < last {
		i = s.topNext
	}
	for ; i < last && want > 0; i++ {
		if s.forks[i] != nil || !s.d.HasAlt(i) {
			continue
		}
		queued, full := s.queue(i)
		if full {
			break
		}
		if queued {
			dfsTopForks.Add(1)
			want--
			forked++
		}
	}
	s.topNext = i
	return forked, true
}

// forkDeep forks the next alternatives of the deepest nodes above the
// current run's last that have one and no fork yet, the search gets there
// soon (after the rest of the subtree below), so a fork is seldom work in
// vain when a budget ends the search early. The nearest such alternative
// is left to the search itself: it is the next thing the search needs once
// the current subtree is done, which in a program like examples/cache.go
// is a single run, so forking it would only make the search wait for the
// worker, one run at a time, in lock step. Whoever waits for a fork helps
// with the forks its searcher makes meanwhile.
//
// Remotes keep several forks in flight (remoteSlots), so more than the
// nearest alternative is forked at once; then after every round of one
// fork per remote the next alternative is left to the search too (with one
// remote: every other one), so that the search runs one while each remote
// runs the next, instead of waiting for forks queued at the remotes.
func (s *dfsSearch) forkDeep(want int) (forked int) {
	lead := true // the next alternative without a fork is the search's
	since := 0   // forks since the last alternative left to the search
	held := func() {
		since++
		if s.pool.remotes > 0 && since >= s.pool.remotes {
			lead, since = true, 0
		}
	}
	for i := s.d.Len() - 2; i >= s.d.Floor() && want > 0; i-- {
		if s.forks[i] != nil {
			lead = false // a worker has the nearest: nothing to keep
			held()
			continue
		}
		if !s.d.HasAlt(i) {
			continue
		}
		if lead {
			lead = false
			continue
		}
		queued, full := s.queue(i)
		if full {
			return
		}
		if queued {
			held()
			want--
			forked++
		}
	}
	return
}

// queue forks node i's next alternative into the pool's queue; full when
// the queue had no room.
func (s *dfsSearch) queue(i int) (queued, full bool) {
	var f *sched.DFS
	if s.pool.remote {
		f = s.d.ForkToSend(i) // searched by a remote, or from its bytes (searchLocal)
	} else {
		f = s.d.Fork(i)
	}
	if f == nil {
		return false, false
	}
	j := &dfsJob{fork: f, opts: s.opts, left: s.left, wake: make(chan struct{}, 1)}
	select {
	case s.pool.jobs <- j:
		if s.forks == nil {
			s.forks = map[int]*dfsJob{}
		}
		s.forks[i] = j
		return true, false
	default:
		return false, true
	}
}

// close drops the forks the search will not take.
func (s *dfsSearch) close() {
	for _, j := range s.forks {
		j.drop()
	}
	s.forks = nil
	if s.cur != nil {
		s.cur.drop()
		s.cur = nil
	}
}
