// Store buffering for every place a Go program stores into: a global,
// a captured variable, a struct field, a field through a pointer, a slice
// element ([]int, []byte), an array element ([2]bool, [2]byte: compact
// byte storage here) and a bool inside nested arrays and structs.
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
	gx, gy int
	st     struct{ x, y int }
	pst    = new(struct{ x, y int })
	ints   = make([]int, 2)
	bytes  = make([]byte, 2)
	flags  [2]bool
	arr    [2]byte
	nested struct{ a [2]struct{ b bool } }
)

func main() {
	var cx, cy int
	kinds := []kind{
		{"global",
			func() { gx, gy = 0, 0 },
			func() bool { gx = 1; return gy == 0 },
			func() bool { gy = 1; return gx == 0 }},
		{"captured",
			func() { cx, cy = 0, 0 },
			func() bool { cx = 1; return cy == 0 },
			func() bool { cy = 1; return cx == 0 }},
		{"struct field",
			func() { st.x, st.y = 0, 0 },
			func() bool { st.x = 1; return st.y == 0 },
			func() bool { st.y = 1; return st.x == 0 }},
		{"field via pointer",
			func() { pst.x, pst.y = 0, 0 },
			func() bool { pst.x = 1; return pst.y == 0 },
			func() bool { pst.y = 1; return pst.x == 0 }},
		{"[]int element",
			func() { ints[0], ints[1] = 0, 0 },
			func() bool { ints[0] = 1; return ints[1] == 0 },
			func() bool { ints[1] = 1; return ints[0] == 0 }},
		{"[]byte element",
			func() { bytes[0], bytes[1] = 0, 0 },
			func() bool { bytes[0] = 1; return bytes[1] == 0 },
			func() bool { bytes[1] = 1; return bytes[0] == 0 }},
		{"[2]bool element",
			func() { flags[0], flags[1] = false, false },
			func() bool { flags[0] = true; return flags[1] == false },
			func() bool { flags[1] = true; return flags[0] == false }},
		{"[2]byte element",
			func() { arr[0], arr[1] = 0, 0 },
			func() bool { arr[0] = 1; return arr[1] == 0 },
			func() bool { arr[1] = 1; return arr[0] == 0 }},
		{"nested bool field",
			func() { nested.a[0].b, nested.a[1].b = false, false },
			func() bool { nested.a[0].b = true; return nested.a[1].b == false },
			func() bool { nested.a[1].b = true; return nested.a[0].b == false }},
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
