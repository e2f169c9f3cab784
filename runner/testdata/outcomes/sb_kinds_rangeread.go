// Store buffering for the runtime's range reads: copy and append read
// their source with plain loads (memmove), and string(b) its bytes, so
// each may pass the goroutine's earlier plain store waiting in the store
// buffer, as a plain load does. Each goroutine stores into its slice, then reads the other's
// through the kind of range read (the store-buffering litmus); on amd64
// (TSO) both can read the old values. Each kind runs rounds, released
// together by an atomic barrier, until both read the old values (or
// rounds(kind)). The program prints whether every kind got there.
// (Round robin delays after the barrier vary the goroutines' offset.)
// fmt reads its operands the same way, but the time it takes before
// reading them outlasts a store buffer's drain: in scratch runs (3000
// rounds at GOMAXPROCS=2) it never showed the outcome, so it is not here.
// reflect.Copy is in reflect_copy_store_buffer (its site, inside reflect,
// is visible only once race-directed exploration saw it race).
// outcomes: dfs-runs=4 random=40 pct=10 max-steps=20000000
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// maxRounds bounds the rounds of a kind; the first kind has firstRounds,
// as the goroutines may take a while to run in parallel on a loaded machine.
const maxRounds, firstRounds = 500, 2000

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

// A kind of range read: reset puts the old values back (before the
// round's barrier), a and b store into their goroutine's slice and report
// whether their read of the other's read its old value.
type kind struct {
	name  string
	reset func()
	a, b  func() bool
}

var (
	ix, iy = make([]int, 2), make([]int, 2)
	t1, t2 = make([]int, 2), make([]int, 2)
	bx, by = make([]byte, 9), make([]byte, 9)
	u1, u2 = make([]byte, 9), make([]byte, 9)
	ax, ay = make([][2]int, 2), make([][2]int, 2)
	a1, a2 = make([][2]int, 2), make([][2]int, 2)
	s1, s2 []int
)

func main() {
	kinds := []kind{
		{"copy([]int)", func() { clear(ix); clear(iy) },
			func() bool { ix[1] = 1; copy(t1, iy); return t1[1] == 0 },
			func() bool { iy[1] = 1; copy(t2, ix); return t2[1] == 0 }},
		{"copy([]byte)", func() { clear(bx); clear(by) },
			func() bool { bx[8] = 1; copy(u1, by); return u1[8] == 0 },
			func() bool { by[8] = 1; copy(u2, bx); return u2[8] == 0 }},
		{"copy([][2]int)", func() { clear(ax); clear(ay) },
			func() bool { ax[1][1] = 1; copy(a1, ay); return a1[1][1] == 0 },
			func() bool { ay[1][1] = 1; copy(a2, ax); return a2[1][1] == 0 }},
		{"append(s, x...)", func() { clear(ix); clear(iy) },
			func() bool { ix[1] = 1; s1 = append(s1[:0], iy...); return s1[1] == 0 },
			func() bool { iy[1] = 1; s2 = append(s2[:0], ix...); return s2[1] == 0 }},
		{"append growing", func() { clear(ix); clear(iy) },
			func() bool { ix[1] = 1; return append(iy, 5)[1] == 0 },
			func() bool { iy[1] = 1; return append(ix, 5)[1] == 0 }},
		{"string(b)", func() { clear(bx); clear(by) },
			func() bool { bx[8] = 1; return string(by)[8] == 0 },
			func() bool { by[8] = 1; return string(bx)[8] == 0 }},
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
