// Store buffering for every scalar kind a Go program stores: sized
// integers, bool, floats, a pointer, a string and an interface (headers of
// two words) and a channel.
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
	i8x, i8y   int8
	i16x, i16y int16
	i32x, i32y int32
	i64x, i64y int64
	u8x, u8y   uint8
	u16x, u16y uint16
	u32x, u32y uint32
	u64x, u64y uint64
	bx, by     bool
	f32x, f32y float32
	f64x, f64y float64
	px, py     *int
	one        = new(int)
	sx, sy     string
	ix, iy     any
	chx, chy   chan int
	ch         = make(chan int)
)

func main() {
	kinds := []kind{
		{"int8",
			func() { i8x, i8y = 0, 0 },
			func() bool { i8x = 1; return i8y == 0 },
			func() bool { i8y = 1; return i8x == 0 }},
		{"int16",
			func() { i16x, i16y = 0, 0 },
			func() bool { i16x = 1; return i16y == 0 },
			func() bool { i16y = 1; return i16x == 0 }},
		{"int32",
			func() { i32x, i32y = 0, 0 },
			func() bool { i32x = 1; return i32y == 0 },
			func() bool { i32y = 1; return i32x == 0 }},
		{"int64",
			func() { i64x, i64y = 0, 0 },
			func() bool { i64x = 1; return i64y == 0 },
			func() bool { i64y = 1; return i64x == 0 }},
		{"uint8",
			func() { u8x, u8y = 0, 0 },
			func() bool { u8x = 1; return u8y == 0 },
			func() bool { u8y = 1; return u8x == 0 }},
		{"uint16",
			func() { u16x, u16y = 0, 0 },
			func() bool { u16x = 1; return u16y == 0 },
			func() bool { u16y = 1; return u16x == 0 }},
		{"uint32",
			func() { u32x, u32y = 0, 0 },
			func() bool { u32x = 1; return u32y == 0 },
			func() bool { u32y = 1; return u32x == 0 }},
		{"uint64",
			func() { u64x, u64y = 0, 0 },
			func() bool { u64x = 1; return u64y == 0 },
			func() bool { u64y = 1; return u64x == 0 }},
		{"bool",
			func() { bx, by = false, false },
			func() bool { bx = true; return by == false },
			func() bool { by = true; return bx == false }},
		{"float32",
			func() { f32x, f32y = 0, 0 },
			func() bool { f32x = 1; return f32y == 0 },
			func() bool { f32y = 1; return f32x == 0 }},
		{"float64",
			func() { f64x, f64y = 0, 0 },
			func() bool { f64x = 1; return f64y == 0 },
			func() bool { f64y = 1; return f64x == 0 }},
		{"pointer",
			func() { px, py = nil, nil },
			func() bool { px = one; return py == nil },
			func() bool { py = one; return px == nil }},
		{"string",
			func() { sx, sy = "", "" },
			func() bool { sx = "a"; return sy == "" },
			func() bool { sy = "a"; return sx == "" }},
		{"interface",
			func() { ix, iy = nil, nil },
			func() bool { ix = any(1); return iy == nil },
			func() bool { iy = any(1); return ix == nil }},
		{"channel",
			func() { chx, chy = nil, nil },
			func() bool { chx = ch; return chy == nil },
			func() bool { chy = ch; return chx == nil }},
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
