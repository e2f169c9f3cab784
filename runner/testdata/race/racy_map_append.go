// m[k] = append(m[k], x) is a single map assignment under -race (unlike
// m[k]++), then reads of the old slice: three races.
package main

import "time"

func main() {
	m := map[string][]int{}
	go func() {
		m["a"] = append(m["a"], 1)
	}()
	time.Sleep(10 * time.Millisecond)
	m["a"] = append(m["a"], 2)
	println(len(m["a"]))
}
