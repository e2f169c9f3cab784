package runner

// The sync model measurement: see BenchmarkSyncModel.

import (
	"fmt"
	"strings"
	"testing"

	"interleave/runner/sched"
	"interleave/runner/vm"
)

const measureModel = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for range GOROUTINES {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range ITERS {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(n)
}
`

// A mutex as Go's internal/sync/mutex.go builds it (normal mode, no
// spinning, no starvation): a CAS fast path, a slow path of atomic
// operations around a semaphore, an Unlock that releases a waiter. The
// semaphore is a channel: acquiring and releasing are one visible step each,
// as semacquire/semrelease hooks would be.
const measureGo = `package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const (
	locked = 1
	woken  = 2
	shift  = 2
)

type Mutex struct {
	state atomic.Int32
	sema  chan struct{}
}

func (m *Mutex) Lock() {
	if m.state.CompareAndSwap(0, locked) {
		return
	}
	awoke := false
	old := m.state.Load()
	for {
		new := old | locked
		if old&locked != 0 {
			new += 1 << shift
		}
		if awoke {
			new &^= woken
		}
		if m.state.CompareAndSwap(old, new) {
			if old&locked == 0 {
				return
			}
			<-m.sema
			awoke = true
		}
		old = m.state.Load()
	}
}

func (m *Mutex) Unlock() {
	new := m.state.Add(-locked)
	if new == 0 {
		return
	}
	old := new
	for {
		if old>>shift == 0 || old&(locked|woken) != 0 {
			return
		}
		if m.state.CompareAndSwap(old, (old-1<<shift)|woken) {
			m.sema <- struct{}{}
			return
		}
		old = m.state.Load()
	}
}

func main() {
	mu := &Mutex{sema: make(chan struct{}, 100)}
	var wg sync.WaitGroup
	n := 0
	for range GOROUTINES {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range ITERS {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(n)
}
`

// BenchmarkSyncModel measures the decision recorded in docs/design.md
// ("sync: the scheduler's model"): a Lock-protected counter with
// sync.Mutex as the VM models it, against the same program with a mutex
// built as Go's own sync builds it (atomics around a semaphore). Per
// operation it reports the visible operations and goroutine choices of one
// run (random schedules), and the schedules an exhaustive dfs needs with up
// to six preemptions.
func BenchmarkSyncModel(b *testing.B) {
	for _, shape := range [][2]int{{2, 2}, {4, 10}} {
		for _, kind := range []string{"model", "gosync"} {
			src := measureModel
			if kind == "gosync" {
				src = measureGo
			}
			src = strings.ReplaceAll(src, "GOROUTINES", fmt.Sprint(shape[0]))
			src = strings.ReplaceAll(src, "ITERS", fmt.Sprint(shape[1]))
			b.Run(fmt.Sprintf("%dx%d/%s", shape[0], shape[1], kind), func(b *testing.B) {
				p := compileT(b, src)
				var visible, choices int
				for i := range b.N {
					rec := &sched.Recorder{Inner: sched.NewRandom(int64(i + 1))}
					r := p.RunWith(Options{Trace: true}, rec)
					if r.ExitCode != 0 {
						b.Fatalf("%s: %s", kind, r.Stderr)
					}
					for _, e := range r.Trace {
						if e.Op != "block" && e.Op != "go" && e.Op != "output" {
							visible++
						}
					}
					for _, pt := range rec.Points {
						if pt.Kind == vm.ChooseGoroutine {
							choices++
						}
					}
				}
				b.ReportMetric(float64(visible)/float64(b.N), "visible/run")
				b.ReportMetric(float64(choices)/float64(b.N), "choices/run")
				if shape[0]*shape[1] <= 4 {
					b.StopTimer()
					res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 100000, PreemptionBound: 6, NoRaceDetector: true})
					b.ReportMetric(float64(res.Schedules), "dfs-schedules")
				}
			})
		}
	}
}
