// Message passing through a map read by reflect (sb_map_message with
// reflect.Value.Len, the runtime's maplen, for len): the writer stores
// data, then writes an entry into a map; the reader reads the map's
// length through reflect, then data. amd64 is TSO: the map write's plain
// stores reach memory after the data's, so a reader that sees the entry
// sees the data, whichever code reads the map.
// outcomes: dfs-runs=20 random=40 pct=20 max-steps=8000000
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"sync/atomic"
)

const rounds = 300

var arrived atomic.Int32

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
	data    int
	entries = map[int]int{}
)

func main() {
	done := make(chan bool)
	go func() {
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			data = 1
			entries[0] = 1
			barrier(2 * i)
		}
		done <- true
	}()
	seen, stale := false, false
	for i := int32(1); i <= rounds; i++ {
		data = 0
		delete(entries, 0)
		barrier(2*i - 1)
		n := reflect.ValueOf(entries).Len()
		d := data
		barrier(2 * i)
		if n == 1 {
			seen = true
			if d == 0 {
				stale = true
			}
		}
	}
	<-done
	fmt.Println("entry seen:", seen, "entry without data:", stale)
}
