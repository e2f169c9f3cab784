package runner

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"interleave/runner/sched"
	"interleave/runner/vm"
)

// Parallel exploration. Random and pct runs are independent of each other
// given their inputs (a seed, pct's estimate k of the run length, and the
// run options), so worker goroutines run the next schedules ahead of time
// while Explore's loop takes the results in schedule order. A result is
// used only if its inputs are the ones the sequential loop would have
// given that schedule at the moment it is taken; otherwise (pct's k grew,
// race-directed exploration made new sites visible) the schedule is run
// again on the spot. The outcome of an exploration — every count, the
// first failure, the verdict — is therefore exactly the sequential one,
// whatever the number of workers; only the speed differs.
//
// In the page the runs ahead go to other Web Workers (Remote, RunBatch):
// they run the same program in batches and send back what Explore's loop
// needs of each run. dfs is not run ahead this way, since each of its
// schedules depends on the whole search so far. Instead it splits its tree
// across goroutines (dfssplit.go), but not onto remotes.

// runKey is every input of a random or pct run besides the options.
type runKey struct {
	seed  int64
	pct   bool
	depth int
	k     int
}

// speculative is a strategy whose future runs can be predicted.
type speculative interface {
	// ahead returns the key of the run j places after the next one
	// (j = 0: the next run), if nothing learnt meanwhile changes it.
	ahead(j int) runKey
	// adopt tells the strategy that its latest run was made elsewhere, by
	// a chooser built for the same key, which took steps goroutine choices.
	adopt(steps int)
}

func (s *randomStrategy) ahead(j int) runKey { return runKey{seed: s.seed + s.i + int64(j)} }
func (s *randomStrategy) adopt(int)          {}

func (s *pctStrategy) ahead(j int) runKey {
	return runKey{seed: s.seed + s.i + int64(j), pct: true, depth: s.depth, k: s.kNext()}
}
func (s *pctStrategy) adopt(steps int) { s.adopted, s.hasAdopted = steps, true }

// chooser builds the chooser of a run with key k, as the strategy would.
func (k runKey) chooser() vm.Chooser {
	if k.pct {
		return sched.NewPCT(k.seed, k.depth, k.k)
	}
	return sched.NewRandom(k.seed)
}

// chooserSteps is what pct learns from a run: its goroutine choices.
func chooserSteps(c vm.Chooser) int {
	if p, ok := c.(*sched.PCT); ok {
		return p.Steps()
	}
	return 0
}

// specJob is one run made ahead of time.
type specJob struct {
	key     runKey
	opts    Options
	gen     int // the speculator's options generation opts belongs to
	chooser vm.Chooser
	claimed atomic.Bool // someone runs it, or it is no longer wanted
	res     *Result
	steps   int // chooserSteps of the run
	done    chan struct{}
}

// claim reports whether the caller is the one to run j.
func (j *specJob) claim() bool { return j.claimed.CompareAndSwap(false, true) }

// Remote runs a batch of schedules somewhere else — in the page, another
// Web Worker that has the same program — and returns RunBatch's answer. An
// exploration calls each of its remotes from one goroutine, one batch at a
// time.
type Remote func(batch []byte) ([]byte, error)

// speculator runs schedules ahead on worker goroutines, or on remotes.
type speculator struct {
	p       *Program
	st      speculative
	workers int
	steal   bool // Explore's loop runs jobs itself (see run)
	batch   atomic.Int32
	jobs    specQueue
	order   []*specJob // in flight: order[i] is the run ahead(i) gave at the last fill
	once    sync.Once
	stop    <-chan struct{} // ExploreOptions.Stop
	remote  atomic.Int64    // runs made by remotes (ExploreResult.RemoteRuns)

	// opts are the run options of now and gen counts their changes, so
	// that a job's options are checked by comparing generations: with
	// remotes the window holds hundreds of jobs, and comparing each one's
	// Options (reflect.DeepEqual) after every run was most of the page's
	// lead worker's time.
	opts Options
	gen  int

	// left is how many schedules the exploration counts after the one
	// under way (Explore's loop sets it before each run). The window never
	// reaches past them: a short exploration ran up to a window (two
	// batches a remote) of schedules past its last one, all thrown away
	// (random, two remotes: 164 runs for 40 schedules, 308 for 200).
	left int
}

// maxBatch bounds the runs a remote gets at once.
const maxBatch = 64

// exploreWorkers is the number of goroutines an exploration runs on.
func exploreWorkers(opts ExploreOptions) int {
	if opts.Workers > 0 {
		return opts.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// newSpeculator starts the workers, or returns nil when there is nothing
// to run ahead. With remotes, one goroutine feeds each remote and Explore's
// loop only takes results (in the page it must not run schedules itself:
// the remotes' answers reach it only while it waits). Without, workers-1
// goroutines run schedules and the loop is the last worker.
func newSpeculator(p *Program, st strategy, workers int, remotes []Remote) *speculator {
	sp, ok := st.(speculative)
	if !ok || (workers < 2 && len(remotes) == 0) {
		return nil
	}
	s := &speculator{p: p, st: sp, left: math.MaxInt}
	s.jobs.cond.L = &s.jobs.mu
	s.batch.Store(1)
	if len(remotes) > 0 {
		s.workers = len(remotes)
		for _, r := range remotes {
			go s.feed(r)
		}
		return s
	}
	s.workers, s.steal = workers, true
	for range workers - 1 {
		go func() {
			for {
				j := s.jobs.take(true)
				if j == nil {
					return
				}
				s.runHere(j)
			}
		}()
	}
	return s
}

// specQueue is the jobs put in flight that no worker has taken yet,
// oldest first. A job can be claimed while it waits here (Explore's loop
// runs it, or it is no longer wanted): take passes over it. A channel
// did not do: the jobs the loop ran itself stayed in it until a busy
// worker read them, so it filled up and fill could put no new job in
// (crashmap random on two workers ran 2,424 of 3,000 schedules on the
// loop, with no job ahead for them).
type specQueue struct {
	mu     sync.Mutex
	cond   sync.Cond // signalled on put and close
	jobs   []*specJob
	closed bool
}

// put adds j at the end.
func (q *specQueue) put(j *specJob) {
	q.mu.Lock()
	// Drop what was claimed at the front, so that the jobs the loop runs
	// itself do not pile up while every worker is busy.
	for len(q.jobs) > 0 && q.jobs[0].claimed.Load() {
		q.jobs = q.jobs[1:]
	}
	q.jobs = append(q.jobs, j)
	q.mu.Unlock()
	q.cond.Signal()
}

// take claims and returns the oldest job nobody has claimed. With wait it
// waits for one; it returns nil once the queue is closed, or, without
// wait, when there is none.
func (q *specQueue) take(wait bool) *specJob {
	q.mu.Lock()
	defer q.mu.Unlock()
	for !q.closed {
		for len(q.jobs) > 0 {
			j := q.jobs[0]
			q.jobs = q.jobs[1:]
			if j.claim() {
				return j
			}
		}
		if !wait {
			return nil
		}
		q.cond.Wait()
	}
	return nil
}

// close ends the workers' waits: take returns nil from now on.
func (q *specQueue) close() {
	q.mu.Lock()
	q.closed = true
	q.jobs = nil
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (s *speculator) runHere(j *specJob) {
	j.res = s.p.RunWith(j.opts, j.chooser)
	j.steps = chooserSteps(j.chooser)
	close(j.done)
}

// window is how many runs are kept in flight: eight for each worker, or two
// batches for each remote, and never more than the exploration has left.
// A worker that finds no job sleeps, and waking it costs about as much as
// a short run on a quiet machine (crashmap: 0.04 ms) and milliseconds
// under load: with two a worker, the helper slept 199–322 times in 3,000
// crashmap random runs on two workers and made 18–20% of them; with
// eight, 29–100 times and 35–39%. Runs ahead that turn out stale are dropped before they
// start (drop), so a wider window costs pct little.
func (s *speculator) window() int {
	per := 2 * int(s.batch.Load())
	if s.steal {
		per = 8
	}
	return min(per*s.workers, s.left)
}

// run returns the result of the next run, whose key is key and whose
// chooser (built by the strategy) is c, under opts; nil when the
// exploration's Stop closed while it waited for the run. The runs after it
// are put in flight first, so that the workers have them meanwhile, and
// for what the strategy knows now: filled after the run, they were made
// before its result raised pct's k, and dropped at once.
func (s *speculator) run(key runKey, opts Options, c vm.Chooser) *Result {
	gen := s.generation(opts)
	var j *specJob
	if len(s.order) > 0 && s.order[0].key == key && s.order[0].gen == gen {
		j, s.order = s.order[0], s.order[1:]
	} else {
		s.drop()
	}
	s.fill(opts, gen)
	var r *Result
	if j != nil {
		if s.steal {
			if j.claim() {
				s.runHere(j)
			} else {
				s.help(j)
			}
		}
		select {
		case <-j.done:
		case <-s.stop:
			return nil
		}
		r = j.res
		s.st.adopt(j.steps)
	} else {
		r = s.p.RunWith(opts, c)
	}
	return r
}

// help runs the next jobs nobody has taken while a worker runs j, so that
// the loop is a worker too instead of waiting: the workers take the oldest
// job first, which is the one the loop needs next, and the loop that only
// waited for it ran about one schedule at a time on two workers (cache
// random: it waited for 155 of 300 runs, ran 61 itself).
func (s *speculator) help(j *specJob) {
	for {
		select {
		case <-j.done:
			return
		case <-s.stop:
			return
		default:
		}
		o := s.jobs.take(false)
		if o == nil {
			return
		}
		s.runHere(o)
	}
}

// generation returns the generation of options opts, a new one when they
// differ from the last options seen.
func (s *speculator) generation(opts Options) int {
	if s.gen == 0 || !reflect.DeepEqual(opts, s.opts) {
		s.opts = opts
		s.gen++
	}
	return s.gen
}

// fill keeps the window of runs ahead full, for the options of now (of
// generation gen).
func (s *speculator) fill(opts Options, gen int) {
	for i := len(s.order); i < s.window(); i++ {
		key := s.st.ahead(i)
		j := &specJob{key: key, opts: opts, gen: gen, chooser: key.chooser(), done: make(chan struct{})}
		s.jobs.put(j)
		s.order = append(s.order, j)
	}
}

// drop forgets every run ahead: the next run is not the first of them, so
// none is (pct's estimate k grew, or the options changed, and the keys
// and options of all of them with it). What no worker has started yet is
// claimed, so that nobody runs it; the jobs made ahead of a pct run whose
// k grew used to stay in flight until their seeds came, run by the workers
// in vain (cache pct on two workers: up to a quarter of the runs).
func (s *speculator) drop() {
	for _, o := range s.order {
		o.claim()
	}
	s.order = s.order[:0]
}

// close lets the workers end once their current run is over; what they
// would have run ahead is not wanted any more.
func (s *speculator) close() {
	if s != nil {
		s.once.Do(func() {
			s.drop()
			s.jobs.close()
		})
	}
}

// feed sends the jobs to one remote in batches: as many as take about
// batchTime there, so that a batch's round trip costs little beside it.
func (s *speculator) feed(remote Remote) {
	var carry *specJob
	for {
		var batch []*specJob
		if carry != nil {
			batch, carry = append(batch, carry), nil
		}
		if len(batch) == 0 {
			j := s.jobs.take(true)
			if j == nil {
				return
			}
			batch = append(batch, j)
		}
		n := int(s.batch.Load())
		for len(batch) < n {
			j := s.jobs.take(false)
			if j == nil {
				break
			}
			if j.gen != batch[0].gen {
				carry = j // one batch, one set of options
				break
			}
			batch = append(batch, j)
		}
		t0 := time.Now()
		results, err := s.remoteRun(remote, batch)
		if err != nil {
			// The remote is gone: run them here, so nobody waits forever.
			for _, j := range batch {
				s.runHere(j)
			}
			continue
		}
		for i, j := range batch {
			if j.res, err = results[i].result(s.p, j.opts); err != nil {
				j.res = s.p.RunWith(j.opts, j.chooser)
			}
			j.steps = results[i].PCTSteps
			close(j.done)
			s.remote.Add(1)
		}
		switch el := time.Since(t0); {
		case el < batchTime/2 && n < maxBatch:
			s.batch.Store(int32(2 * n))
		case el > 4*batchTime && n > 1:
			s.batch.Store(int32(n / 2))
		}
	}
}

// batchTime is what a remote batch should take.
const batchTime = 40 * time.Millisecond

// The wire forms of a batch and its answer (JSON).
type (
	wireBatch struct {
		Src  string      `json:"src"`
		Opts wireOptions `json:"opts"`
		Keys []wireKey   `json:"keys"`
		DFS  *wireDFS    `json:"dfs,omitempty"` // a forked dfs subtree instead of Keys (dfsremote.go)
	}
	wireKey struct {
		Seed  int64 `json:"seed"`
		PCT   bool  `json:"pct,omitempty"`
		Depth int   `json:"depth,omitempty"`
		K     int   `json:"k,omitempty"`
	}
	wireOptions struct {
		Race          bool     `json:"race,omitempty"`
		DisabledLocks []int    `json:"disabledLocks,omitempty"`
		MaxSteps      int64    `json:"maxSteps,omitempty"`
		MaxOutput     int      `json:"maxOutput,omitempty"`
		MaxAlloc      int64    `json:"maxAlloc,omitempty"`
		Args          []string `json:"args,omitempty"`
		FineGrained   bool     `json:"fineGrained,omitempty"`
		Sites         []int    `json:"sites,omitempty"`
		RaceQuiet     bool     `json:"raceQuiet,omitempty"`
		Guards        bool     `json:"guards,omitempty"`
	}
	wireAnswer struct {
		Error   string       `json:"error,omitempty"`
		Results []wireResult `json:"results"`
		// For a dfs batch: each run's record, whether the fork's search
		// is over (Aborted: it gave up at the exploration's budget) and,
		// when it ran to its end, what EndFork needs.
		// Seq numbers a dfs answer on its slot (see slotWire).
		Runs     []wireRun      `json:"runs,omitempty"`
		Finished bool           `json:"finished,omitempty"`
		Aborted  bool           `json:"aborted,omitempty"`
		End      *sched.ForkEnd `json:"end,omitempty"`
		Seq      int64          `json:"seq,omitempty"`
	}
	wireResult struct {
		Stdout      string          `json:"stdout"`
		Stderr      string          `json:"stderr"`
		ExitCode    int             `json:"exitCode"`
		Outcome     Outcome         `json:"outcome"`
		Choices     []byte          `json:"choices"`               // the picks (vm.Choices.Picks): the token is encoded by the lead, only if kept
		ChoicesKeep int             `json:"choicesKeep,omitempty"` // in a dfs answer: leading bytes of the slot's previous picks that Choices leaves out (see slotWire)
		Steps       int64           `json:"steps"`
		Leaks       []GoroutineInfo `json:"leaks,omitempty"`
		Explanation string          `json:"explanation,omitempty"`
		Races       []vm.Race       `json:"races,omitempty"`
		Guards      []vm.Guard      `json:"guards,omitempty"`
		PCTSteps    int             `json:"pctSteps,omitempty"`
		Procs       int             `json:"procs,omitempty"`
	}
)

func toWire(o Options) wireOptions {
	return wireOptions{Race: o.Race, DisabledLocks: o.DisabledLocks, MaxSteps: o.MaxSteps, MaxOutput: o.MaxOutput,
		MaxAlloc: o.MaxAlloc, Args: o.Args, FineGrained: o.FineGrained, Sites: o.sites, RaceQuiet: o.raceQuiet, Guards: o.guards}
}

func (w wireOptions) options() Options {
	return Options{Race: w.Race, DisabledLocks: w.DisabledLocks, MaxSteps: w.MaxSteps, MaxOutput: w.MaxOutput,
		MaxAlloc: w.MaxAlloc, Args: w.Args, FineGrained: w.FineGrained, sites: w.Sites, raceQuiet: w.RaceQuiet, guards: w.Guards}
}

// result is the Result the lead's exploration uses: its schedule token is
// encoded lazily from the choices under the run's view, as for a run made
// on the spot.
func (w wireResult) result(p *Program, opts Options) (*Result, error) {
	if !validPicks(w.Choices) {
		return nil, errors.New("bad choices from a remote")
	}
	return &Result{Stdout: w.Stdout, Stderr: w.Stderr, ExitCode: w.ExitCode, Outcome: w.Outcome,
		Steps: w.Steps, Leaks: w.Leaks, Explanation: w.Explanation, races: w.Races, guards: w.Guards,
		procs: w.Procs, picks: w.Choices, view: p.view(opts), lazy: true}, nil
}

// validPicks reports whether b, a run's picks from a remote (vm.Choices.Picks:
// varints; deflating a token for every run costs a helper more than the
// run), is a sequence of varints.
func validPicks(b []byte) bool {
	for len(b) > 0 {
		_, n := binary.Uvarint(b)
		if n <= 0 {
			return false
		}
		b = b[n:]
	}
	return true
}

// toWireResult is what a remote sends back of run r.
func toWireResult(r *Result, pctSteps int) wireResult {
	return wireResult{Stdout: r.Stdout, Stderr: r.Stderr, ExitCode: r.ExitCode, Outcome: r.Outcome,
		Choices: r.picks, Steps: r.Steps, Leaks: r.Leaks, Explanation: r.Explanation, Races: r.races, Guards: r.guards,
		PCTSteps: pctSteps, Procs: r.procs}
}

func (s *speculator) remoteRun(remote Remote, batch []*specJob) ([]wireResult, error) {
	b := wireBatch{Src: s.p.src, Opts: toWire(batch[0].opts)}
	for _, j := range batch {
		b.Keys = append(b.Keys, wireKey{Seed: j.key.seed, PCT: j.key.pct, Depth: j.key.depth, K: j.key.k})
	}
	a, err := callRemote(remote, b)
	if err != nil {
		return nil, err
	}
	if len(a.Results) != len(batch) {
		return nil, fmt.Errorf("a remote answered %d runs of %d", len(a.Results), len(batch))
	}
	return a.Results, nil
}

// callRemote sends batch b to a remote and decodes its answer; an answer
// that reports an error is one.
func callRemote(remote Remote, b wireBatch) (*wireAnswer, error) {
	msg, err := json.Marshal(b)
	if err != nil {
		return nil, err
	}
	out, err := remote(msg)
	if err != nil {
		return nil, err
	}
	var a wireAnswer
	if err := json.Unmarshal(out, &a); err != nil {
		return nil, err
	}
	if a.Error != "" {
		return nil, errors.New(a.Error)
	}
	return &a, nil
}

// BatchSource is the program text a batch (see Remote) is for: the remote
// compiles it (once) and passes the program to RunBatch.
func BatchSource(batch []byte) (string, error) {
	var b struct {
		Src string `json:"src"`
	}
	err := json.Unmarshal(batch, &b)
	return b.Src, err
}

// RunBatch runs a batch of schedules for a Remote: p is the batch's program
// (BatchSource), compiled where this runs. The answer is what the remote
// returns.
func (p *Program) RunBatch(batch []byte) []byte {
	return ServeBatch(batch, func(string) (*Program, error) { return p, nil })
}

// ServeBatch is RunBatch where the batch's program comes from compile
// (given the batch's source; a remote keeps the program it compiled
// last). It decodes the batch once: a dfs batch carries a fork of about
// 100 KB of JSON, which BatchSource followed by RunBatch read twice.
func ServeBatch(batch []byte, compile func(src string) (*Program, error)) []byte {
	var b wireBatch
	var a wireAnswer
	if err := json.Unmarshal(batch, &b); err != nil {
		a.Error = "bad batch: " + err.Error()
	} else if p, err := compile(b.Src); err != nil {
		a.Error = err.Error()
	} else if b.Src != p.src {
		a.Error = "a batch for another program"
	} else if b.DFS != nil {
		a = p.dfsBatch(b)
	} else {
		opts := b.Opts.options()
		for _, k := range b.Keys {
			c := runKey{seed: k.Seed, pct: k.PCT, depth: k.Depth, k: k.K}.chooser()
			r := p.RunWith(opts, c)
			a.Results = append(a.Results, toWireResult(r, chooserSteps(c)))
		}
	}
	out, err := json.Marshal(a)
	if err != nil {
		out, _ = json.Marshal(wireAnswer{Error: "cannot encode the answer: " + err.Error()})
	}
	return out
}
