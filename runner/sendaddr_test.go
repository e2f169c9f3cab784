package runner

import (
	"strings"
	"testing"
)

// A send whose operand gc passes by address reads it at the hand-off
// (vm/sendaddr.go). The step that reads it — the receive that takes a
// parked sender's value, directly or into the buffer, or a send that
// proceeds at once — reads memory another goroutine may write, so dfs's
// reduction must not treat it as touching only the channel: the write's
// step and the reading step are explored in both orders.
func TestSendOperandHandoffUnderDFS(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"unbuffered", `package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int)
	done, start := make(chan bool), make(chan bool)
	go func() { ch <- x }()
	go func() {
		<-start // parked: the store is not in its first step, which touches everything
		x = 1
		done <- true
	}()
	time.Sleep(time.Millisecond)
	close(start)
	v := <-ch
	<-done
	fmt.Println(v)
}
`, "0\n|1\n"},
		{"refill", `package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int, 1)
	ch <- 5
	done, start := make(chan bool), make(chan bool)
	go func() { ch <- x }()
	go func() {
		<-start // parked: the store is not in its first step, which touches everything
		x = 1
		done <- true
	}()
	time.Sleep(time.Millisecond)
	close(start)
	<-ch
	<-done
	fmt.Println(<-ch)
}
`, "0\n|1\n"},
		{"reflect", `package main

import (
	"fmt"
	"reflect"
	"time"
)

var x int

func main() {
	ch := make(chan int)
	done, start := make(chan bool), make(chan bool)
	go func() { ch <- x }()
	go func() {
		<-start // parked: the store is not in its first step, which touches everything
		x = 1
		done <- true
	}()
	time.Sleep(time.Millisecond)
	close(start)
	v, _ := reflect.ValueOf(ch).Recv()
	<-done
	fmt.Println(v.Int())
}
`, "0\n|1\n"},
		{"send proceeds", `package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int, 1)
	done, start := make(chan bool), make(chan bool)
	go func() {
		<-start // parked: the store is not in its first step, which touches everything
		x = 1
		done <- true
	}()
	time.Sleep(time.Millisecond)
	close(start)
	ch <- x
	<-done
	fmt.Println(<-ch)
}
`, "0\n|1\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := compileT(t, tc.src)
			if got := dfsStdouts(t, p, 2); got != tc.want {
				t.Errorf("dfs reached %q, want %q", got, tc.want)
			}
		})
	}
}

// Under -race gc copies every send operand at the statement (order.go), so
// --race sends the value from before a write the sender did not wait for,
// as go run -race prints; without -race the receiver gets the written one.
func TestSendOperandRaceCopiesAtStatement(t *testing.T) {
	p := compileT(t, `package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int)
	go func() { ch <- x }()
	time.Sleep(time.Millisecond)
	x = 1
	fmt.Println(<-ch)
}
`)
	if r := p.Run(Options{Seed: 1}); r.Stdout != "1\n" {
		t.Errorf("run printed %q, want the value written while the sender waited, 1", r.Stdout)
	}
	r := p.Run(Options{Seed: 1, Race: true})
	if r.Stdout != "0\n" || !strings.Contains(r.Stderr, "WARNING: DATA RACE") {
		t.Errorf("run --race printed %q and stderr %q, want 0 and a race report", r.Stdout, r.Stderr)
	}
}

// A by-address send of a struct hands it over with gc's typedmemmove, a
// move at a time: once the race detector has seen the operand race, the
// hand-off copy is a step per word, so a goroutine writing the struct
// meanwhile can leave the receiver a value half old and half new, {0 1}
// here, which no moment of the writer's stores holds (a is stored first).
// That copy is the receive's when the sender parked first, and the send's
// own when it proceeds at once.
func TestSendHandoffCopyTearsUnderDFS(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"receive copies", `package main

import (
	"fmt"
	"time"
)

type pair struct{ a, b int }

var p pair

func main() {
	ch := make(chan pair)
	done, start := make(chan bool), make(chan bool)
	go func() { ch <- p }()
	go func() {
		<-start
		p.a = 1
		p.b = 1
		done <- true
	}()
	time.Sleep(time.Millisecond) // the sender parks
	close(start)
	v := <-ch
	<-done
	fmt.Println(v)
}
`},
		{"send proceeds", `package main

import (
	"fmt"
	"time"
)

type pair struct{ a, b int }

var p pair

func main() {
	ch := make(chan pair, 1)
	done, start := make(chan bool), make(chan bool)
	go func() {
		<-start
		p.a = 1
		p.b = 1
		done <- true
	}()
	time.Sleep(time.Millisecond)
	close(start)
	ch <- p
	<-done
	fmt.Println(<-ch)
}
`},
		{"refill copies", `package main

import (
	"fmt"
	"time"
)

type pair struct{ a, b int }

var p pair

func main() {
	ch := make(chan pair, 1)
	done, start := make(chan bool), make(chan bool)
	ch <- pair{7, 7}
	go func() { ch <- p }() // the buffer is full: it parks
	go func() {
		<-start
		p.a = 1
		p.b = 1
		done <- true
	}()
	time.Sleep(time.Millisecond)
	close(start)
	<-ch // refills the slot from the parked sender's operand
	<-done
	fmt.Println(<-ch)
}
`},
		{"select receive copies", `package main

import (
	"fmt"
	"time"
)

type pair struct{ a, b int }

var p pair

func main() {
	ch, never := make(chan pair), make(chan pair)
	done, start := make(chan bool), make(chan bool)
	go func() { ch <- p }()
	go func() {
		<-start
		p.a = 1
		p.b = 1
		done <- true
	}()
	time.Sleep(time.Millisecond)
	close(start)
	var v pair
	select {
	case v = <-ch:
	case v = <-never:
	}
	<-done
	fmt.Println(v)
}
`},
		{"select refill copies", `package main

import (
	"fmt"
	"time"
)

type pair struct{ a, b int }

var p pair

func main() {
	ch, never := make(chan pair, 1), make(chan pair)
	done, start := make(chan bool), make(chan bool)
	ch <- pair{7, 7}
	go func() { ch <- p }()
	go func() {
		<-start
		p.a = 1
		p.b = 1
		done <- true
	}()
	time.Sleep(time.Millisecond)
	close(start)
	select {
	case <-ch:
	case <-never:
	}
	<-done
	fmt.Println(<-ch)
}
`},
		{"reflect receive copies", `package main

import (
	"fmt"
	"reflect"
	"time"
)

type pair struct{ a, b int }

var p pair

func main() {
	ch := make(chan pair)
	done, start := make(chan bool), make(chan bool)
	go func() { ch <- p }()
	go func() {
		<-start
		p.a = 1
		p.b = 1
		done <- true
	}()
	time.Sleep(time.Millisecond)
	close(start)
	v, _ := reflect.ValueOf(ch).Recv()
	<-done
	fmt.Println(v.Interface())
}
`},
		{"reflect send proceeds", `package main

import (
	"fmt"
	"reflect"
	"time"
)

type pair struct{ a, b int }

var p pair

func main() {
	ch := make(chan pair, 1)
	done, start := make(chan bool), make(chan bool)
	go func() {
		<-start
		p.a = 1
		p.b = 1
		done <- true
	}()
	time.Sleep(time.Millisecond)
	close(start)
	reflect.ValueOf(ch).Send(reflect.ValueOf(&p).Elem())
	<-done
	fmt.Println(<-ch)
}
`},
		{"reflect send parks, receive copies", `package main

import (
	"fmt"
	"reflect"
	"time"
)

type pair struct{ a, b int }

var p pair

func main() {
	ch := make(chan pair)
	done, start := make(chan bool), make(chan bool)
	go func() { reflect.ValueOf(ch).Send(reflect.ValueOf(&p).Elem()) }()
	go func() {
		<-start
		p.a = 1
		p.b = 1
		done <- true
	}()
	time.Sleep(time.Millisecond) // the sender parks
	close(start)
	v := <-ch
	<-done
	fmt.Println(v)
}
`},
		{"reflect select send parks, receive copies", `package main

import (
	"fmt"
	"reflect"
	"time"
)

type pair struct{ a, b int }

var p pair

func main() {
	ch, never := make(chan pair), make(chan int)
	done, start := make(chan bool), make(chan bool)
	go func() {
		reflect.Select([]reflect.SelectCase{
			{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(never)},
			{Dir: reflect.SelectSend, Chan: reflect.ValueOf(ch), Send: reflect.ValueOf(&p).Elem()},
		})
	}()
	go func() {
		<-start
		p.a = 1
		p.b = 1
		done <- true
	}()
	time.Sleep(time.Millisecond) // the select parks
	close(start)
	v := <-ch
	<-done
	fmt.Println(v)
}
`},
		{"reflect select refill copies", `package main

import (
	"fmt"
	"reflect"
	"time"
)

type pair struct{ a, b int }

var p pair

func main() {
	ch, never := make(chan pair, 1), make(chan pair)
	done, start := make(chan bool), make(chan bool)
	ch <- pair{7, 7}
	go func() { ch <- p }()
	go func() {
		<-start
		p.a = 1
		p.b = 1
		done <- true
	}()
	time.Sleep(time.Millisecond)
	close(start)
	reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(never)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ch)},
	})
	<-done
	fmt.Println(<-ch)
}
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := compileT(t, tc.src)
			if got, want := dfsStdouts(t, p, 2), "{0 0}\n|{0 1}\n|{1 0}\n|{1 1}\n"; got != want {
				t.Errorf("dfs reached %q, want %q", got, want)
			}
		})
	}
}

// Go's recv copies a parked sender's operand with the channel locked: an
// operation on the channel arriving meanwhile waits for the copy to end.
// Here a second receiver may arrive while main's receive refills the
// buffer slot from the parked sender a word per step: it finishes the copy
// first (settleCopy) and takes the slot's value whole, one of the four
// mixes; main then gets the filler. Every outcome is one of those.
func TestHandoffCopyHoldsTheChannel(t *testing.T) {
	p := compileT(t, `package main

import (
	"fmt"
	"time"
)

type pair struct{ a, b int }

var p pair

func main() {
	ch := make(chan pair, 1)
	done, start, got := make(chan bool), make(chan bool), make(chan pair)
	ch <- pair{7, 7}
	go func() { ch <- p }() // the buffer is full: it parks
	go func() {
		<-start
		p.a = 1
		p.b = 1
		done <- true
	}()
	go func() {
		<-start
		got <- <-ch
	}()
	time.Sleep(time.Millisecond)
	close(start)
	v := <-ch
	w := <-got
	<-done
	fmt.Println(v, w)
}
`)
	res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 20000, PreemptionBound: 2, Workers: 1})
	if !res.Exhausted {
		t.Fatalf("not exhausted: %s", res.Verdict)
	}
	seen := map[string]bool{}
	for _, o := range res.Outcomes {
		if o.ExitCode != 0 {
			t.Errorf("outcome exit %d: %q", o.ExitCode, o.Stderr)
		}
		seen[o.Stdout] = true
	}
	mixes := []string{"{0 0}", "{0 1}", "{1 0}", "{1 1}"}
	for _, mix := range mixes {
		for _, want := range []string{"{7 7} " + mix + "\n", mix + " {7 7}\n"} {
			if !seen[want] {
				t.Errorf("dfs did not reach %q", want)
			}
			delete(seen, want)
		}
	}
	for s := range seen {
		t.Errorf("dfs reached %q, not a schedule of Go's", s)
	}
}

// A value over 256 bytes is copied by amd64's memmove tail first: it loads
// the last 128 bytes, then the first 32, then the middle. The hand-off
// copy of such a struct reads b (in the last 128 bytes) before a (in the
// first 32), so a writer storing b then a can leave the receiver a new a
// with an old b, "1 0", which a copy from the first byte to the last never
// shows (it reads a first). Each case is a copy memmove makes: the
// receive's from a parked sender, the send's own, the refill's. (The send
// that proceeds also needed the fairness fix: the visible load before it,
// 13 words, made main yield at its 8th word, so the writer always stored
// before the send's copy began.)
func TestHandoffCopyTailFirst(t *testing.T) {
	const decl = `package main

import (
	"fmt"
	"time"
)

type pair struct {
	a int
	_ [11][]int // 264 bytes in 11 words: a copy of few steps
	b int
}

var p pair

func write(start, done chan bool) {
	<-start
	p.b = 1
	p.a = 1
	done <- true
}
`
	for _, tc := range []struct{ name, src string }{
		{"receive copies", decl + `
func main() {
	ch := make(chan pair)
	done, start := make(chan bool), make(chan bool)
	go func() { ch <- p }()
	go write(start, done)
	time.Sleep(time.Millisecond)
	close(start)
	v := <-ch
	<-done
	fmt.Println(v.a, v.b)
}
`},
		{"send proceeds", decl + `
func main() {
	ch := make(chan pair, 1)
	done, start := make(chan bool), make(chan bool)
	go write(start, done)
	time.Sleep(time.Millisecond)
	close(start)
	ch <- p
	<-done
	v := <-ch
	fmt.Println(v.a, v.b)
}
`},
		{"refill copies", decl + `
func main() {
	ch := make(chan pair, 1)
	done, start := make(chan bool), make(chan bool)
	ch <- pair{}
	go func() { ch <- p }()
	go write(start, done)
	time.Sleep(time.Millisecond)
	close(start)
	<-ch
	<-done
	v := <-ch
	fmt.Println(v.a, v.b)
}
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := compileT(t, tc.src)
			if got, want := dfsStdouts(t, p, 2), "0 0\n|0 1\n|1 0\n|1 1\n"; got != want {
				t.Errorf("dfs reached %q, want %q", got, want)
			}
		})
	}
}
