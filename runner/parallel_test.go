package runner

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"interleave/examples"
)

// TestParallelExploreDeterministic checks that random and pct explorations
// give the same counts, outcomes, first failure and verdict whatever the
// number of workers, including with race-directed exploration making new
// sites visible along the way and pct's estimate of the run length
// growing (both make runs made ahead of time stale).
func TestParallelExploreDeterministic(t *testing.T) {
	crash, _ := examples.Get("crashmap")
	cache, _ := examples.Get("cache")
	racy, err := os.ReadFile("testdata/outcomes/race_counter_increment.go")
	if err != nil {
		t.Fatal(err)
	}
	progs := map[string]string{"crashmap": crash.Source, "cache": cache.Source, "racy": string(racy)}
	for name, src := range progs {
		p := compileT(t, src)
		for _, strategy := range []string{StrategyRandom, StrategyPCT} {
			for _, stop := range []bool{false, true} {
				var want string
				for _, workers := range []int{1, 2, 3, 5} {
					opts := ExploreOptions{Strategy: strategy, Seed: 7, Runs: 60, Workers: workers, StopAtFirst: stop}
					if name == "cache" {
						opts.Runs = 12
					}
					got := exploreSummary(t, p.Explore(opts))
					if workers == 1 {
						want = got
					} else if got != want {
						t.Errorf("%s %s stop=%v: %d workers give\n%s\none gives\n%s", name, strategy, stop, workers, got, want)
					}
				}
			}
		}
	}
}

// exploreSummary is everything of a result that must not depend on the
// number of workers (not timings).
func exploreSummary(t *testing.T, r *ExploreResult) string {
	t.Helper()
	r.ElapsedMS, r.SchedulesPerSec, r.FoundUS, r.RemoteRuns = 0, 0, 0, 0
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRemoteExploreDeterministic runs the schedules on remotes, as the page
// does on its other Web Workers (each remote compiles the batch's program
// itself and answers in RunBatch's wire form): the result is the one of a
// single worker, for random and pct, with and without stop-at-first, with
// race-directed exploration changing the options along the way.
func TestRemoteExploreDeterministic(t *testing.T) {
	crash, _ := examples.Get("crashmap")
	racy, err := os.ReadFile("testdata/outcomes/race_counter_increment.go")
	if err != nil {
		t.Fatal(err)
	}
	var runs atomic.Int64 // schedules the remotes ran
	remote := func() Remote {
		var p *Program
		return func(batch []byte) ([]byte, error) {
			var b wireBatch
			if err := json.Unmarshal(batch, &b); err != nil {
				return nil, err
			}
			runs.Add(int64(len(b.Keys)))
			src, err := BatchSource(batch)
			if err != nil {
				return nil, err
			}
			if p == nil || p.src != src {
				if p, err = Compile(src); err != nil {
					return nil, err
				}
			}
			return p.RunBatch(batch), nil
		}
	}
	for name, src := range map[string]string{"crashmap": crash.Source, "racy": string(racy)} {
		p := compileT(t, src)
		for _, strategy := range []string{StrategyRandom, StrategyPCT} {
			for _, stop := range []bool{false, true} {
				opts := ExploreOptions{Strategy: strategy, Seed: 3, Runs: 80, Workers: 1, StopAtFirst: stop}
				want := exploreSummary(t, p.Explore(opts))
				for _, n := range []int{1, 2, 3} {
					opts.Remotes = nil
					for range n {
						opts.Remotes = append(opts.Remotes, remote())
					}
					runs.Store(0)
					if got := exploreSummary(t, p.Explore(opts)); got != want {
						t.Errorf("%s %s stop=%v: %d remotes give\n%s\none worker gives\n%s", name, strategy, stop, n, got, want)
					}
					if runs.Load() == 0 && !stop { // stopping at a first failure may come before any
						t.Errorf("%s %s stop=%v: %d remotes ran nothing", name, strategy, stop, n)
					}
				}
			}
		}
	}
}

// TestRemoteBadBatch: a remote that cannot answer makes the exploration
// run those schedules itself, with the same result.
func TestRemoteBadBatch(t *testing.T) {
	crash, _ := examples.Get("crashmap")
	p := compileT(t, crash.Source)
	opts := ExploreOptions{Strategy: StrategyRandom, Seed: 1, Runs: 40, Workers: 1}
	want := exploreSummary(t, p.Explore(opts))
	opts.Remotes = []Remote{func([]byte) ([]byte, error) { return []byte(`{"error":"gone"}`), nil }}
	if got := exploreSummary(t, p.Explore(opts)); got != want {
		t.Errorf("with a failing remote\n%s\nwant\n%s", got, want)
	}
	if got := string(p.RunBatch([]byte(`{"src":"package other"}`))); got != `{"error":"a batch for another program","results":null}` {
		t.Errorf("a batch for another program: %s", got)
	}
}

// TestStopWhileWaitingForRemotes: closing Stop ends an exploration at once
// even while it waits for a remote that has not answered (in the page, a
// helper still compiling the program): Stop must not wait for a batch.
func TestStopWhileWaitingForRemotes(t *testing.T) {
	crash, _ := examples.Get("crashmap")
	p := compileT(t, crash.Source)
	stop := make(chan struct{})
	release := make(chan struct{})
	defer close(release)
	calls := make(chan struct{}, 16)
	never := func([]byte) ([]byte, error) {
		calls <- struct{}{}
		<-release // answers only after the test
		return nil, errors.New("gone")
	}
	done := make(chan *ExploreResult)
	go func() {
		done <- p.Explore(ExploreOptions{Strategy: StrategyRandom, Seed: 1, Runs: 1000, Remotes: []Remote{never, never}, Stop: stop})
	}()
	<-calls // a batch is out and will not come back
	close(stop)
	r := <-done // hangs (and the test times out) if Stop waited for the batch
	if !r.Cancelled || r.Schedules >= 1000 {
		t.Errorf("stopped exploration: cancelled=%v after %d schedules", r.Cancelled, r.Schedules)
	}
}

// TestRemoteRunsNoFurther: remotes run no schedule past an exploration's
// last one (a short random exploration on remotes used to run up to two
// batches a remote past it, all thrown away). The loop runs the first
// schedule itself (nothing was sent ahead yet); the remotes run the rest.
func TestRemoteRunsNoFurther(t *testing.T) {
	crash, _ := examples.Get("crashmap")
	p := compileT(t, crash.Source)
	var runs atomic.Int64 // schedules the remotes ran
	remote := func(batch []byte) ([]byte, error) {
		var b wireBatch
		if err := json.Unmarshal(batch, &b); err != nil {
			return nil, err
		}
		runs.Add(int64(len(b.Keys)))
		return p.RunBatch(batch), nil
	}
	for _, n := range []int{5, 40, 200} {
		runs.Store(0)
		x := p.Explore(ExploreOptions{Strategy: StrategyRandom, Seed: 1, Runs: n, Workers: 1, Remotes: []Remote{remote, remote}})
		if x.Schedules != n || runs.Load() != int64(n-1) {
			t.Errorf("runs %d: %d schedules, the remotes ran %d", n, x.Schedules, runs.Load())
		}
	}
}

// loopOnly is a speculator for p and st on workers workers that starts no
// worker goroutine: the tests play the workers (or none), so that what
// Explore's loop does is deterministic.
func loopOnly(p *Program, st speculative, workers int) *speculator {
	s := &speculator{p: p, st: st, workers: workers, steal: true, left: math.MaxInt}
	s.jobs.cond.L = &s.jobs.mu
	s.batch.Store(1)
	return s
}

// next is one turn of Explore's loop for a random or pct strategy st.
func next(s *speculator, st strategy) *Result {
	key := s.st.ahead(0)
	c, _ := st.next()
	r := s.run(key, Options{}, c)
	st.done(r)
	return r
}

// TestSpeculatorWindowStaysFull: the runs ahead that Explore's loop ran
// itself (no worker took them) do not keep new ones out. With a channel
// of jobs they stayed in it until a worker read them, so it filled up and
// the window emptied: crashmap random on two workers ran 2,424 of 3,000
// schedules on the spot, with nothing ahead.
func TestSpeculatorWindowStaysFull(t *testing.T) {
	crash, _ := examples.Get("crashmap")
	p := compileT(t, crash.Source)
	st := &randomStrategy{seed: 1}
	s := loopOnly(p, st, 2)
	defer s.close()
	for i := range 30 {
		next(s, st)
		if len(s.order) != s.window() {
			t.Fatalf("after run %d: %d runs ahead, want %d", i, len(s.order), s.window())
		}
	}
}

// TestSpeculatorDropsStaleRuns: when pct's estimate k grows, the runs
// made ahead for the old k are claimed at once, so that no worker runs
// them in vain, and the window is refilled for the new k.
func TestSpeculatorDropsStaleRuns(t *testing.T) {
	crash, _ := examples.Get("crashmap")
	p := compileT(t, crash.Source)
	st := &pctStrategy{seed: 1, depth: 3}
	s := loopOnly(p, st, 2)
	defer s.close()
	next(s, st) // measures k: 64 was a guess
	stale := append([]*specJob(nil), s.order...)
	if len(stale) == 0 || stale[0].key.k == st.kNext() {
		t.Fatalf("%d runs ahead, k %d then %d: the test needs k to grow after the first run", len(stale), stale[0].key.k, st.kNext())
	}
	k := st.kNext()
	next(s, st)
	for _, j := range stale {
		if !j.claimed.Load() {
			t.Errorf("run ahead for seed %d, k %d is still wanted after k became %d", j.key.seed, j.key.k, st.kNext())
		}
	}
	if len(s.order) != s.window() || s.order[0].key.k != k {
		t.Errorf("%d runs ahead (want %d), the first for %+v (want k %d)", len(s.order), s.window(), s.order[0].key, k)
	}
}

// TestLoopHelpsWhileWorkerRuns: while a worker runs the schedule Explore's
// loop needs next, the loop runs the next ones nobody took instead of
// waiting (the workers take the oldest job, the very one the loop needs,
// so a loop that only waited made two workers about as fast as one).
func TestLoopHelpsWhileWorkerRuns(t *testing.T) {
	crash, _ := examples.Get("crashmap")
	p := compileT(t, crash.Source)
	st := &randomStrategy{seed: 1}
	s := loopOnly(p, st, 2)
	defer s.close()
	next(s, st)
	mine := s.jobs.take(false) // the worker takes the oldest: the loop's next
	others := append([]*specJob(nil), s.order[1:]...)
	go func() {
		// Run it only once the loop has taken every other one.
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
			if allClaimed(others) {
				break
			}
		}
		s.runHere(mine)
	}()
	next(s, st)
	for _, j := range others {
		select {
		case <-j.done:
		default:
			t.Errorf("the run ahead for seed %d did not run while the loop waited", j.key.seed)
		}
	}
}

func allClaimed(jobs []*specJob) bool {
	for _, j := range jobs {
		if !j.claimed.Load() {
			return false
		}
	}
	return true
}
