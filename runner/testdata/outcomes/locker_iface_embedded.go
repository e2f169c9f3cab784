// A mutex embedded in a struct and used through sync.Locker: the struct's
// promoted Lock/Unlock and an interface value both guard one list; main
// appends between the goroutines' turns.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

type guarded struct {
	sync.Mutex
	list []string
}

func add(l sync.Locker, g *guarded, s string) {
	l.Lock()
	defer l.Unlock()
	g.list = append(g.list, s)
}

func main() {
	g := &guarded{}
	done := make(chan bool)
	go func() {
		add(g, g, "iface")
		done <- true
	}()
	g.Lock()
	g.list = append(g.list, "promoted")
	g.Unlock()
	<-done
	fmt.Println(g.list)
}
