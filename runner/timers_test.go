package runner

import (
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"interleave/runner/sched"
	"interleave/runner/vm"
)

// Timers due at the same instant (less than half a millisecond apart; see
// timerWindow in vm/clock.go) fire in an order the schedule chooses; timers
// clearly apart fire exactly as before, with no choice at all. The outcome
// programs testdata/outcomes/timer_*.go compare the reached sets with real
// Go; these tests pin the model's edges.

// timerChoices runs p under a recorder and counts its timer choices.
func timerChoices(t *testing.T, p *Program, seed int64) (int, *Result) {
	t.Helper()
	rec := &sched.Recorder{Inner: sched.NewRandom(seed)}
	res := p.RunWith(Options{}, rec)
	n := 0
	for _, pt := range rec.Points {
		if pt.Kind == vm.ChooseTimer {
			n++
		}
	}
	return n, res
}

// TestTimersApartStayDeterministic: deadlines a millisecond or more apart
// make no timer choice, whatever order the goroutines that set them ran in,
// and print the same under every schedule. The stop timer between ticks is
// due half a millisecond before the next tick: when main waits for it,
// Go's idle P sleeps a whole millisecond (epoll_wait) and may find the
// tick due too (idleWake in vm/clock.go), a choice here, but the stop
// fires first either way and the output is the same.
func TestTimersApartStayDeterministic(t *testing.T) {
	idleWakeChooses := map[string]bool{"ticker against timer between ticks": true}
	progs := map[string]string{
		"sleep sort": `package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int, 4)
	for _, d := range []int{3, 1, 4, 2} {
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- d
		}()
	}
	fmt.Println(<-out, <-out, <-out, <-out)
}
`,
		"ticker against timer between ticks": `package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	stop := time.After(3500 * time.Microsecond)
	n := 0
	for {
		select {
		case <-tick.C:
			n++
		case <-stop:
			fmt.Println("ticks:", n)
			return
		}
	}
}
`,
		"AfterFunc against a longer sleep": `package main

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(time.Millisecond, func() { fmt.Println("func") })
	time.Sleep(2 * time.Millisecond)
	fmt.Println("main")
}
`,
	}
	for name, src := range progs {
		t.Run(name, func(t *testing.T) {
			p, err := Compile(src)
			if err != nil {
				t.Fatal(err)
			}
			var first string
			for seed := int64(1); seed <= 40; seed++ {
				n, res := timerChoices(t, p, seed)
				if n != 0 && !idleWakeChooses[name] {
					t.Fatalf("seed %d: %d timer choices for deadlines a millisecond apart", seed, n)
				}
				if seed == 1 {
					first = res.Stdout
				} else if res.Stdout != first {
					t.Fatalf("seed %d printed %q, seed 1 %q", seed, res.Stdout, first)
				}
			}
		})
	}
}

// TestTimersSameInstantDFS: for every kind of timer, dfs alone reaches both
// orders of two timers due at the same instant, and the token of each
// outcome replays it; two timers one select blocked on keep their order.
func TestTimersSameInstantDFS(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"sleep vs sleep", `
	out := make(chan string, 2)
	go func() { time.Sleep(time.Millisecond); out <- "a" }()
	go func() { time.Sleep(time.Millisecond); out <- "b" }()
	fmt.Println(<-out, <-out)`, []string{"a b\n", "b a\n"}},
		{"sleep vs After", `
	res := make(chan int)
	go func() { time.Sleep(time.Millisecond); res <- 1 }()
	select {
	case <-res:
		fmt.Println("result")
	case <-time.After(time.Millisecond):
		fmt.Println("timeout")
	}`, []string{"result\n", "timeout\n"}},
		{"Timer vs Ticker", `
	tk := time.NewTicker(time.Millisecond)
	defer tk.Stop()
	tm := time.NewTimer(2 * time.Millisecond)
	n := 0
	for {
		select {
		case <-tk.C:
			n++
		case <-tm.C:
			fmt.Println(n)
			return
		}
	}`, []string{"1\n", "2\n"}},
		{"AfterFunc vs sleep", `
	time.AfterFunc(time.Millisecond, func() { fmt.Println("func") })
	time.Sleep(time.Millisecond)
	fmt.Println("main")
	time.Sleep(time.Millisecond)`, []string{"func\nmain\n", "main\nfunc\n"}},
		{"context deadline vs sleep", `
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	res := make(chan int, 1)
	go func() { time.Sleep(time.Millisecond); res <- 1 }()
	select {
	case <-res:
		fmt.Println("result")
	case <-ctx.Done():
		fmt.Println(ctx.Err())
	}`, []string{"context deadline exceeded\n", "result\n"}},
		{"Tick vs Sleep", `
	res := make(chan int)
	go func() { time.Sleep(time.Millisecond); res <- 1 }()
	tick := time.Tick(time.Millisecond)
	select {
	case <-tick:
		fmt.Println("tick")
	case <-res:
		fmt.Println("result")
	}`, []string{"result\n", "tick\n"}},
		// One select's timers are in one heap and fire in deadline order
		// (clock.go's pinTimers): the tick, set first, always wins.
		{"Tick vs After in one select", `
	tick := time.Tick(time.Millisecond)
	deadline := time.After(time.Millisecond)
	select {
	case <-tick:
		fmt.Println("tick")
	case <-deadline:
		fmt.Println("deadline")
	}`, []string{"tick\n"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"time\"\n)\n\nvar _ = context.Background\n\nfunc main() {" + c.body + "\n}\n"
			p, err := Compile(src)
			if err != nil {
				t.Fatal(err)
			}
			res := p.Explore(ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2, Runs: 2000})
			var got []string
			for _, o := range res.Outcomes {
				got = append(got, o.Stdout)
				if r := p.Run(Options{Schedule: o.Schedule}); r.Stdout != o.Stdout {
					t.Errorf("token %s replays to %q, explored %q", o.Schedule, r.Stdout, o.Stdout)
				}
			}
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("dfs reached %q, want %q (%s)", got, c.want, res.Verdict)
			}
		})
	}
}

// TestTimersHeldAtMostWindow: a timer passed over in a contest fires at the
// latest half a millisecond after its deadline (at the first scheduling
// point from then on), however long the goroutine its rival woke keeps
// working.
func TestTimersHeldAtMostWindow(t *testing.T) {
	p, err := Compile(`package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	start := time.Now()
	var work atomic.Int64
	go func() {
		time.Sleep(10 * time.Millisecond)
		for t := time.Now(); time.Since(t) < 3*time.Millisecond; {
			work.Add(1)
		}
	}()
	<-time.After(10 * time.Millisecond)
	fmt.Println(time.Since(start).Nanoseconds())
}
`)
	if err != nil {
		t.Fatal(err)
	}
	check := func(res *Result) time.Duration {
		ns, err := strconv.ParseInt(strings.TrimSpace(res.Stdout), 10, 64)
		if err != nil {
			t.Fatalf("output %q: %v", res.Stdout, err)
		}
		d := time.Duration(ns)
		// Half a millisecond late at most, plus main's own wake-up work.
		if d < 10*time.Millisecond || d > 10*time.Millisecond+510*time.Microsecond {
			t.Fatalf("main woke after %v (schedule %s)", d, res.Schedule())
		}
		return d
	}
	for seed := int64(1); seed <= 30; seed++ {
		_, res := timerChoices(t, p, seed)
		check(res)
	}
	// The latest schedule: the worker's timer fires first (the jump's
	// second option), and main's, held, waits at every later point.
	if d := check(p.RunWith(Options{}, &holdTimers{})); d < 10*time.Millisecond+490*time.Microsecond {
		t.Errorf("main's held timer fired after %v, want it held for the whole window", d)
	}
}

// holdTimers fires the second timer of the first contest and keeps the
// passed-over one waiting as long as it may; goroutine choices take the
// first option.
type holdTimers struct{ contests int }

func (h *holdTimers) Choose(cp *vm.ChoicePoint) int {
	if cp.Kind != vm.ChooseTimer {
		return 0
	}
	h.contests++
	if h.contests == 1 {
		return 1
	}
	return 0
}
