// A goroutine sets a map entry through reflect (SetMapIndex) while main,
// after some work, encodes the map with encoding/json (which iterates it
// through reflect): the output has the old or the new value, or the
// runtime catches the iteration during the write.
// outcomes: random=100 pct=100 dfs-runs=500
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	done := make(chan bool)
	go func() {
		reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("b"), reflect.ValueOf(3))
		done <- true
	}()
	s, d := 0, len(m)+5
	for i := range 40000 {
		s += i % d
	}
	out, err := json.Marshal(m)
	fmt.Println(string(out), err, s > 0)
	<-done
}
