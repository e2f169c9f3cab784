package runner

import (
	"reflect"
	"runtime"
	"sync"

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
// dfs is not run ahead: each of its schedules depends on the whole search
// so far.

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
	// adopt tells the strategy that its latest run was made by c, a
	// chooser built for the same key on another goroutine.
	adopt(c vm.Chooser)
}

func (s *randomStrategy) ahead(j int) runKey { return runKey{seed: s.seed + s.i + int64(j)} }
func (s *randomStrategy) adopt(vm.Chooser)   {}

func (s *pctStrategy) ahead(j int) runKey {
	return runKey{seed: s.seed + s.i + int64(j), pct: true, depth: s.depth, k: s.kNext()}
}
func (s *pctStrategy) adopt(c vm.Chooser) { s.cur = c.(*sched.PCT) }

// chooser builds the chooser of a run with key k, as the strategy would.
func (k runKey) chooser() vm.Chooser {
	if k.pct {
		return sched.NewPCT(k.seed, k.depth, k.k)
	}
	return sched.NewRandom(k.seed)
}

// specJob is one run made ahead of time.
type specJob struct {
	key     runKey
	opts    Options
	chooser vm.Chooser
	res     *Result
	done    chan struct{}
}

// speculator runs schedules ahead on worker goroutines.
type speculator struct {
	p       *Program
	st      speculative
	window  int // runs kept in flight
	jobs    chan *specJob
	pending map[runKey]*specJob
	order   []*specJob // in flight, oldest first
	stop    sync.Once
}

// exploreWorkers is the number of goroutines an exploration runs on.
func exploreWorkers(opts ExploreOptions) int {
	if opts.Workers > 0 {
		return opts.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// newSpeculator starts workers-1 worker goroutines (Explore's own loop is
// the last worker), or returns nil when there is nothing to run ahead.
func newSpeculator(p *Program, st strategy, workers int) *speculator {
	sp, ok := st.(speculative)
	if !ok || workers < 2 {
		return nil
	}
	s := &speculator{p: p, st: sp, window: 2 * workers, jobs: make(chan *specJob, 4*workers), pending: map[runKey]*specJob{}}
	for range workers - 1 {
		go func() {
			for j := range s.jobs {
				j.res = p.RunWith(j.opts, j.chooser)
				close(j.done)
			}
		}()
	}
	return s
}

// run returns the result of the next run, whose key is key and whose
// chooser (built by the strategy) is c, under opts.
func (s *speculator) run(key runKey, opts Options, c vm.Chooser) *Result {
	j := s.pending[key]
	delete(s.pending, key)
	// Forget what ran ahead of this run in vain (an older key).
	for len(s.order) > 0 && s.order[0].key.seed <= key.seed {
		if s.order[0] != j {
			delete(s.pending, s.order[0].key)
		}
		s.order = s.order[1:]
	}
	var r *Result
	if j != nil && reflect.DeepEqual(j.opts, opts) {
		<-j.done
		r = j.res
		s.st.adopt(j.chooser)
	} else {
		r = s.p.RunWith(opts, c)
	}
	s.fill(opts)
	return r
}

// fill keeps the window of runs ahead full, for the options of now.
func (s *speculator) fill(opts Options) {
	for i := 0; i < s.window; i++ {
		key := s.st.ahead(i)
		if j, ok := s.pending[key]; ok && reflect.DeepEqual(j.opts, opts) {
			continue
		}
		if len(s.order) >= s.window {
			return
		}
		j := &specJob{key: key, opts: opts, chooser: key.chooser(), done: make(chan struct{})}
		select {
		case s.jobs <- j:
			s.pending[key] = j
			s.order = append(s.order, j)
		default:
			return // the workers are busy enough
		}
	}
}

// close lets the workers end once their current run is over.
func (s *speculator) close() {
	if s != nil {
		s.stop.Do(func() { close(s.jobs) })
	}
}
