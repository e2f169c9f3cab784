// sb_older_value for bytes and bools of compact storage: an older
// buffered store reaching memory while a newer one waits. Round i stores
// into one of a []byte element, a [2]byte element and a [2]bool element
// (i%3): the writer stores x = 1, then x = 2 (true, then false), then
// loads y; the reader stores y, fences (an atomic Add) and loads x. On
// amd64 (TSO) the writer's load can pass both its stores and read y
// before the reader's store reaches memory (r1 false), while the
// writer's buffer drains x = 1 only and the reader reads it (r2 true).
// No sequentially consistent interleaving of whole stores gives both.
// Rounds are released together by an atomic barrier, until the pair is
// seen.
// outcomes: dfs-runs=2 random=20 pct=4 max-steps=20000000
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

const rounds = 5000

var arrived, fence atomic.Int32

// barrier returns when both goroutines have called it k times.
func barrier(k int32) {
	arrived.Add(1)
	for n := 0; arrived.Load() < 2*k; n++ {
		if n > 20000 {
			runtime.Gosched()
		}
	}
}

// between keeps gc from dropping the store x = 1 that x = 2 overwrites.
//
//go:noinline
func between() {}

var (
	bs     = make([]byte, 2)
	ba     [2]byte
	bb     [2]bool
	y      bool
	r1, r2 bool
)

func main() {
	done := make(chan bool)
	go func() {
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			switch i % 3 {
			case 0:
				bs[1] = 1
				between()
				bs[1] = 2
			case 1:
				ba[1] = 1
				between()
				ba[1] = 2
			default:
				bb[1] = true
				between()
				bb[1] = false
			}
			r1 = y
			barrier(2 * i)
			if !r1 && r2 {
				break
			}
		}
		done <- true
	}()
	older := false
	for i := int32(1); i <= rounds && !older; i++ {
		bs[1], ba[1], bb[1], y = 0, 0, false, false
		barrier(2*i - 1)
		y = true
		fence.Add(1)
		switch i % 3 {
		case 0:
			r2 = bs[1] == 1
		case 1:
			r2 = ba[1] == 1
		default:
			r2 = bb[1]
		}
		barrier(2 * i)
		older = !r1 && r2
	}
	<-done
	fmt.Println("older value read:", older)
}
