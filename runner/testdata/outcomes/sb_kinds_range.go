// Store buffering for the range writes of the runtime: copy, clear and
// append into the slice's own array write elements with plain stores
// (memmove, memclr), which wait in the store buffer like any other.
// Each goroutine stores into its variable, then loads the other's (the
// store-buffering litmus); on amd64 (TSO) the load may pass the store
// waiting in the store buffer, so both loads can read the old values.
// Each kind runs rounds, released together by an atomic barrier, until
// both loads read the old values (or rounds(kind)). The program prints
// whether every kind got there.
// (Round robin delays after the barrier vary the goroutines' offset.)
// outcomes: dfs-runs=4 random=40 pct=10 max-steps=20000000
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// maxRounds bounds the rounds of a kind; the first kind has firstRounds,
// as the goroutines may take a while to run in parallel on a loaded machine.
const maxRounds, firstRounds = 150, 1000

func rounds(kind int) int {
	if kind == 0 {
		return firstRounds
	}
	return maxRounds
}

var arrived atomic.Int32

// delay spins for a while that varies with the round, so that in some
// rounds the two goroutines leave the barrier close enough together.
func delay(i int) {
	for j := 0; j < i%50; j++ {
	}
}

// barrier returns when both goroutines have called it k times.
func barrier(k int32) {
	arrived.Add(1)
	for n := 0; arrived.Load() < 2*k; n++ {
		if n > 20000 {
			runtime.Gosched()
		}
	}
}

// A kind of store: reset puts the old values back (before the round's
// barrier), a and b store their goroutine's variable and report whether
// their load read the other's old value.
type kind struct {
	name  string
	reset func()
	a, b  func() bool
}

var (
	ix, iy = make([]int, 4), make([]int, 4)
	ones   = []int{1, 1, 1, 1}
	bx, by = make([]byte, 12), make([]byte, 12)
	bones  = []byte("123456789abc")
	ax, ay = make([]int, 1, 4), make([]int, 1, 4)
	sink   []int
	sinkb  []byte
	cx, cy = make([]byte, 1, 4), make([]byte, 1, 4)
)

func main() {
	kinds := []kind{
		{"copy([]int)",
			func() { clear(ix); clear(iy) },
			func() bool { copy(ix, ones); return iy[3] == 0 },
			func() bool { copy(iy, ones); return ix[3] == 0 }},
		{"copy([]byte)",
			func() { clear(bx); clear(by) },
			func() bool { copy(bx, bones); return by[11] == 0 },
			func() bool { copy(by, bones); return bx[11] == 0 }},
		{"copy([]byte, string)",
			func() { clear(bx); clear(by) },
			func() bool { copy(bx, "123456789abc"); return by[11] == 0 },
			func() bool { copy(by, "123456789abc"); return bx[11] == 0 }},
		{"clear([]int)",
			func() { copy(ix, ones); copy(iy, ones) },
			func() bool { clear(ix); return iy[3] == 1 },
			func() bool { clear(iy); return ix[3] == 1 }},
		{"clear([]byte)",
			func() { copy(bx, bones); copy(by, bones) },
			func() bool { clear(bx); return by[11] == 'c' },
			func() bool { clear(by); return bx[11] == 'c' }},
		{"append([]int, x) in place",
			func() { ax[:2][1], ay[:2][1] = 0, 0 },
			func() bool { sink = append(ax, 1); return ay[:2][1] == 0 },
			func() bool { sink = append(ay, 1); return ax[:2][1] == 0 }},
		{"append([]int, s...) in place",
			func() { clear(ax[:4]); clear(ay[:4]) },
			func() bool { sink = append(ax, ones[:3]...); return ay[:4][3] == 0 },
			func() bool { sink = append(ay, ones[:3]...); return ax[:4][3] == 0 }},
		{"append([]byte, s...) in place",
			func() { clear(cx[:4]); clear(cy[:4]) },
			func() bool { sinkb = append(cx, "abc"...); return cy[:4][3] == 0 },
			func() bool { sinkb = append(cy, "abc"...); return cx[:4][3] == 0 }},
	}
	var r1, r2 bool
	var k int32
	done := make(chan bool)
	go func() {
		var k int32
		for ki, kd := range kinds {
			for i := 0; i < rounds(ki); i++ {
				k++
				barrier(k)
				delay(i * 7)
				r1 = kd.a()
				k++
				barrier(k)
				if r1 && r2 {
					break
				}
			}
		}
		done <- true
	}()
	every := true
	for ki, kd := range kinds {
		reordered := false
		for i := 0; i < rounds(ki) && !reordered; i++ {
			kd.reset()
			k++
			barrier(k)
			delay(i * 3)
			r2 = kd.b()
			k++
			barrier(k)
			reordered = r1 && r2
		}
		every = every && reordered
	}
	<-done
	fmt.Println("every kind reordered:", every)
}
