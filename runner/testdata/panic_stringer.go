// panic with a value that has a String method: the runtime prints String().
package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Broken
)

func (s State) String() string {
	return [...]string{"Idle", "Running", "Broken"}[s]
}

type Machine struct{ st State }

func (m *Machine) Step() {
	fmt.Println("state:", m.st)
	if m.st == Broken {
		panic(m.st)
	}
	m.st++
}

func main() {
	var m Machine
	for i := 0; i < 5; i++ {
		m.Step()
	}
}
