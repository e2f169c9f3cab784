// Store buffering through reflect.Copy: its typedslicecopy is a memmove,
// plain stores into the destination and plain loads of the source, no
// fence. Each goroutine copies ones into its slice with reflect.Copy,
// then copies the other's slice out with reflect.Copy (the
// store-buffering litmus); on amd64 (TSO) both can read the old values.
// Rounds, released together by an atomic barrier, run until both read
// the old values, at most 2000; the program prints whether they did.
// (Round robin delays after the barrier vary the goroutines' offset.)
// outcomes: dfs-runs=4 random=40 pct=10 max-steps=20000000
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"sync/atomic"
)

const maxRounds = 2000

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
	x, y   = make([]int, 2), make([]int, 2)
	t1, t2 = make([]int, 2), make([]int, 2)
	ones   = reflect.ValueOf([]int{1, 1})
)

// storeLoad copies ones into mine and the other's slice out, and reports
// whether it read the other's old value.
func storeLoad(mine, other, tmp []int) bool {
	reflect.Copy(reflect.ValueOf(mine), ones)
	reflect.Copy(reflect.ValueOf(tmp), reflect.ValueOf(other))
	return tmp[1] == 0
}

func main() {
	var r1, r2 bool
	var k int32
	done := make(chan bool)
	go func() {
		var k int32
		for i := 0; i < maxRounds; i++ {
			k++
			barrier(k)
			delay(i * 7)
			r1 = storeLoad(x, y, t1)
			k++
			barrier(k)
			if r1 && r2 {
				break
			}
		}
		done <- true
	}()
	reordered := false
	for i := 0; i < maxRounds && !reordered; i++ {
		clear(x)
		clear(y)
		k++
		barrier(k)
		delay(i * 3)
		r2 = storeLoad(y, x, t2)
		k++
		barrier(k)
		reordered = r1 && r2
	}
	<-done
	fmt.Println("both read the old values:", reordered)
}
