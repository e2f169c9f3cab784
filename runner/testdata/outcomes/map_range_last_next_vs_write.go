// A range over a map checks the writing flag at every step, the last one
// that finds nothing too: Go's Iter.Next begins with the check whenever the
// map held entries when the iteration started. Here the range reaches the
// only entry and releases a writer, which rewrites that entry under equal
// keys of distinct memory (each write compares 64 KiB inside its window),
// and the range's final step can land inside one of those writes.
// Small budgets: a run costs ~20 ms (the race detector's shadow of the
// 64 KiB keys), and random finds the crash within a few runs.
// outcomes: dfs-runs=40 random=20 pct=20
package main

import "fmt"

func main() {
	k1 := string(make([]byte, 1<<16))
	k2 := string(make([]byte, 1<<16))
	m := map[string]int{k1: 0}
	start := make(chan bool)
	done := make(chan bool)
	go func() {
		<-start
		for i := 0; i < 40; i++ {
			if i%2 == 0 {
				m[k2] = i
			} else {
				m[k1] = i
			}
		}
		done <- true
	}()
	for range m {
		start <- true
	}
	<-done
	fmt.Println(len(m))
}
