// A WaitGroup in a struct field, Add and Done through a pointer receiver,
// Wait through a method value: the workers' prints come in either order
// and main's after both.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

type pool struct {
	wg  sync.WaitGroup
	out chan string
}

func (p *pool) spawn(name string) {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		p.out <- name
	}()
}

func main() {
	p := &pool{out: make(chan string, 2)}
	p.spawn("a")
	p.spawn("b")
	wait := p.wg.Wait
	wait()
	close(p.out)
	for s := range p.out {
		fmt.Print(s, " ")
	}
	fmt.Println()
}
