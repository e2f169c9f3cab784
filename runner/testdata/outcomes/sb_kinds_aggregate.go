// Store buffering for structs and arrays stored whole: of one word
// ([1]int, struct{ v int }, [4]bool, [8]byte: one store in gc), of two
// chunks ([16]byte) and of several words ([3]int, a struct with a string),
// the load reading the last word stored.
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

type one struct{ v int }

type pair struct {
	n int
	s string
}

var (
	a1x, a1y   [1]int
	s1x, s1y   one
	b4x, b4y   [4]bool
	b8x, b8y   [8]byte
	b16x, b16y [16]byte
	a3x, a3y   [3]int
	px, py     pair
)

func main() {
	kinds := []kind{
		{"[1]int",
			func() { a1x, a1y = [1]int{}, [1]int{} },
			func() bool { a1x = [1]int{1}; return a1y == [1]int{} },
			func() bool { a1y = [1]int{1}; return a1x == [1]int{} }},
		{"struct{ v int }",
			func() { s1x, s1y = one{}, one{} },
			func() bool { s1x = one{1}; return s1y == one{} },
			func() bool { s1y = one{1}; return s1x == one{} }},
		{"[4]bool",
			func() { b4x, b4y = [4]bool{}, [4]bool{} },
			func() bool { b4x = [4]bool{true, true, true, true}; return b4y == [4]bool{} },
			func() bool { b4y = [4]bool{true, true, true, true}; return b4x == [4]bool{} }},
		{"[8]byte",
			func() { b8x, b8y = [8]byte{}, [8]byte{} },
			func() bool { b8x = [8]byte{1, 2, 3, 4, 5, 6, 7, 8}; return b8y == [8]byte{} },
			func() bool { b8y = [8]byte{1, 2, 3, 4, 5, 6, 7, 8}; return b8x == [8]byte{} }},
		{"[16]byte",
			func() { b16x, b16y = [16]byte{}, [16]byte{} },
			func() bool { b16x = [16]byte{15: 1}; return b16y[15] == 0 },
			func() bool { b16y = [16]byte{15: 1}; return b16x[15] == 0 }},
		{"[3]int",
			func() { a3x, a3y = [3]int{}, [3]int{} },
			func() bool { a3x = [3]int{1, 1, 1}; return a3y[2] == 0 },
			func() bool { a3y = [3]int{1, 1, 1}; return a3x[2] == 0 }},
		{"struct{ n int; s string }",
			func() { px, py = pair{}, pair{} },
			func() bool { px = pair{1, "a"}; return py.s == "" },
			func() bool { py = pair{1, "a"}; return px.s == "" }},
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
