// Store buffering through reflect's Value.Set (typedmemmove): each goroutine stores into its
// variable with `reflect.Value.Set`, then loads the other's with a plain load (the
// store-buffering litmus). On amd64 (TSO) the load may pass the store
// waiting in the store buffer, so both loads can read the old values.
// Rounds are released together by an atomic barrier, until both loads
// read the old values (at most rounds).
// (Round robin delays after the barrier vary the goroutines' offset.)
// outcomes: dfs-runs=2 random=20 pct=4 max-steps=20000000
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"sync/atomic"
)

const rounds = 5000

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

var (
	x, y   int
	one    = reflect.ValueOf(1)
	vx, vy = reflect.ValueOf(&x).Elem(), reflect.ValueOf(&y).Elem()
)

var r1, r2 bool

func main() {
	done := make(chan bool)
	go func() {
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			delay(int(i) * 7)
			vx.Set(one)
			r1 = y == 0
			barrier(2 * i)
			if r1 && r2 {
				break
			}
		}
		done <- true
	}()
	reordered := false
	for i := int32(1); i <= rounds && !reordered; i++ {
		x, y = 0, 0
		barrier(2*i - 1)
		delay(int(i) * 3)
		vy.Set(one)
		r2 = x == 0
		barrier(2 * i)
		reordered = r1 && r2
	}
	<-done
	fmt.Println("both loads read the old values:", reordered)
}
