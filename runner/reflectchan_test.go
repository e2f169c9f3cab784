package runner

import (
	"strings"
	"testing"
)

// reflect.Select's choice among ready cases is the scheduler's, as the
// language select's: dfs reaches each of three ready cases, and a select
// with nothing ready takes its default.
func TestReflectSelectChoiceUnderDFS(t *testing.T) {
	p := compileT(t, `package main

import (
	"fmt"
	"reflect"
)

func main() {
	var cases []reflect.SelectCase
	for i := 0; i < 3; i++ {
		c := make(chan int, 1)
		c <- i
		cases = append(cases, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)})
	}
	i, v, _ := reflect.Select(cases)
	empty := make(chan int)
	j, _, _ := reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(empty)}, {Dir: reflect.SelectDefault}})
	fmt.Println(i, v, j)
}
`)
	if got := dfsStdouts(t, p, 2); got != "0 0 1\n|1 1 1\n|2 2 1\n" {
		t.Errorf("dfs reached %q, want each case once", got)
	}
}

// Goroutines blocked in reflect's channel operations are asleep to the
// deadlock check, with the wait reasons Go's dump shows (checked against
// go run: chan send, chan receive, their nil-chan forms, select (no cases),
// select).
func TestReflectChanDeadlockReasons(t *testing.T) {
	p := compileT(t, `package main

import "reflect"

func main() {
	var nilc chan int
	c := make(chan int)
	go reflect.ValueOf(c).Recv()
	go reflect.ValueOf(nilc).Send(reflect.ValueOf(1))
	go reflect.ValueOf(nilc).Recv()
	go reflect.Select(nil)
	go reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)}})
	reflect.ValueOf(make(chan int)).Send(reflect.ValueOf(1))
}
`)
	res := p.Run(Options{Seed: 1})
	if !strings.HasPrefix(res.Stderr, "fatal error: all goroutines are asleep - deadlock!") {
		t.Fatalf("stderr %q, want a deadlock", res.Stderr)
	}
	for _, reason := range []string{"[chan send]", "[chan receive]", "[chan send (nil chan)]", "[chan receive (nil chan)]", "[select (no cases)]", "[select]"} {
		if !strings.Contains(res.Stderr, "goroutine ") || !strings.Contains(res.Stderr, " "+reason+":") {
			t.Errorf("the dump shows no goroutine waiting %s:\n%s", reason, res.Stderr)
		}
	}
}
