// A map of interface values written by a goroutine while main takes a
// type switch on what it reads: nil, an int, or a string, by schedule.
package main

import "fmt"

func main() {
	m := map[string]any{"v": nil}
	done := make(chan bool)
	go func() {
		m["v"] = 7
		m["v"] = "seven"
		done <- true
	}()
	var kind string
	switch x := m["v"].(type) {
	case nil:
		kind = "nil"
	case int:
		kind = fmt.Sprint("int ", x)
	case string:
		kind = "string " + x
	}
	<-done
	fmt.Println(kind)
}
