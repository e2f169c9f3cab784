package runner

import (
	"strings"
	"testing"
)

// Store buffers (vm/storebuf.go): amd64 is TSO, so a plain load may pass
// the same goroutine's earlier plain store to another variable. Before
// the buffers, every schedule was sequentially consistent and dfs said
// "no failure" about each of these programs, which fail in real Go
// (outcomes sb_litmus, sb_peterson).

// sbOneRound is the store-buffering litmus once: both loads read 0 only
// when each passes its goroutine's store.
const sbOneRound = `package main

var x, y, r1 int

func main() {
	done := make(chan bool)
	go func() {
		x = 1
		r1 = y
		done <- true
	}()
	y = 1
	r2 := x
	<-done
	if r1 == 0 && r2 == 0 {
		panic("both loads read 0")
	}
}
`

// petersonOnce is Peterson's lock with plain flags, entered once by each
// goroutine; the critical section counts its occupants atomically.
const petersonOnce = `package main

import (
	"runtime"
	"sync/atomic"
)

var flag [2]int
var turn int
var inside atomic.Int32

func enter(me int) {
	other := 1 - me
	flag[me] = 1
	turn = other
	for flag[other] == 1 && turn == other {
		runtime.Gosched()
	}
	if inside.Add(1) != 1 {
		panic("both inside")
	}
	inside.Add(-1)
	flag[me] = 0
}

func main() {
	done := make(chan bool)
	go func() {
		enter(1)
		done <- true
	}()
	enter(0)
	<-done
}
`

// TestStoreBufferDFSFindsFailure: dfs finds both failures within bound 2
// (one preemption and one load reading a buffered cell's committed
// value), race-directed and fine-grained.
func TestStoreBufferDFSFindsFailure(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"sb", sbOneRound, "both loads read 0"},
		// A map write is plain stores (mapassign), no fence: real Go
		// reaches the outcome with one between the store and the load
		// on both sides (outcome sb_map_write). On one side only, the
		// other side's load passing its store alone gives the outcome.
		{"sb map write", strings.NewReplacer("x = 1\n", "x = 1\n\t\tmg := map[int]int{}\n\t\tmg[0] = 1\n", "y = 1\n", "y = 1\n\tm := map[int]int{}\n\tm[0] = 1\n").Replace(sbOneRound), "both loads read 0"},
		{"peterson", petersonOnce, "both inside"},
	} {
		p, err := Compile(c.src)
		if err != nil {
			t.Fatal(err)
		}
		for _, fine := range []bool{false, true} {
			res := p.Explore(ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2, FineGrained: fine, StopAtFirst: true, Runs: 2000})
			if res.Failures == 0 || !strings.Contains(res.Verdict, c.want) {
				t.Errorf("%s fine=%v: dfs says %q; on amd64 the loads pass the stores", c.name, fine, res.Verdict)
			}
		}
	}
}

// TestStoreBufferFenceAndOrder: what TSO forbids stays unreachable. With
// an atomic store (XCHG) on both sides the loads cannot both read 0, and
// stores reach memory in order: a reader that sees the flag sees the
// data. dfs covers every schedule within the bound.
func TestStoreBufferFenceAndOrder(t *testing.T) {
	const fenced = `package main

import "sync/atomic"

var x, y int32
var r1 int32

func main() {
	done := make(chan bool)
	go func() {
		atomic.StoreInt32(&x, 1)
		r1 = y
		done <- true
	}()
	atomic.StoreInt32(&y, 1)
	r2 := x
	<-done
	if r1 == 0 && r2 == 0 {
		panic("both loads read 0")
	}
}
`
	const mp = `package main

var data, flag int

func main() {
	done := make(chan bool)
	go func() {
		data = 1
		flag = 1
		done <- true
	}()
	f := flag
	d := data
	<-done
	if f == 1 && d == 0 {
		panic("flag without data")
	}
}
`
	for _, src := range []string{fenced, mp} {
		p, err := Compile(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, fine := range []bool{false, true} {
			res := p.Explore(ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 3, FineGrained: fine, Runs: 5000})
			if res.Failures != 0 {
				t.Errorf("fine=%v: dfs says %q; TSO forbids it", fine, res.Verdict)
			}
			t.Logf("fine=%v: %s", fine, res.Verdict)
		}
	}
}

// TestStoreBufferOutcomesFineGrained: the sb_* outcome programs reach
// exactly real Go's outcomes in fine-grained mode too (TestOutcomes
// explores them race-directed).
func TestStoreBufferOutcomesFineGrained(t *testing.T) { checkOutcomesFineGrained(t, "sb_*") }
