package runner_test

import (
	"sort"
	"strings"
	"testing"

	"interleave/runner"
)

// Engine benchmarks: each runs a program on the VM and the same work natively
// in the same run, so their ratio is the interpretive overhead (make bench).

const benchFib = `package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() { println(fib(25)) }
`

const benchLoop = `package main

func main() {
	s := 0
	for i := 0; i < 1000000; i++ {
		s += i & 7
	}
	println(s)
}
`

// The same loop, half of it while another goroutine is runnable: main's
// half runs under forced preemption's cycle check (vm/preempt.go), the
// goroutine's half alone. Its time beside loop's is that check's cost.
const benchLoopBeside = `package main

func loop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i & 7
	}
	return s
}

func main() {
	done := make(chan int)
	go func() { done <- loop(500000) }()
	s := loop(500000)
	println(s + <-done)
}
`

const benchMap = `package main

func main() {
	m := map[int]int{}
	for i := 0; i < 20000; i++ {
		m[i%1000] += i
		if i%3 == 0 {
			delete(m, i%500)
		}
	}
	println(len(m))
}
`

const benchStrings = `package main

import "strings"

func main() {
	var b strings.Builder
	for i := 0; i < 20000; i++ {
		b.WriteString("ab")
	}
	println(len(b.String()))
}
`

const benchSort = `package main

import "sort"

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func main() {
	shapes := make([]Shape, 0, 5000)
	for i := 0; i < 5000; i++ {
		shapes = append(shapes, Rect{i * 7919 % 1000, 3})
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	println(shapes[0].Area())
}
`

func fibNative(n int) int {
	if n < 2 {
		return n
	}
	return fibNative(n-1) + fibNative(n-2)
}

type rect struct{ w, h int }

func (r rect) Area() int { return r.w * r.h }

type shape interface{ Area() int }

var sink int

var natives = map[string]func(){
	"fib": func() { sink = fibNative(25) },
	"loop": func() {
		s := 0
		for i := 0; i < 1000000; i++ {
			s += i & 7
		}
		sink = s
	},
	"loop-beside": func() {
		s := 0
		for i := 0; i < 1000000; i++ {
			s += i & 7
		}
		sink = s
	},
	"map": func() {
		m := map[int]int{}
		for i := 0; i < 20000; i++ {
			m[i%1000] += i
			if i%3 == 0 {
				delete(m, i%500)
			}
		}
		sink = len(m)
	},
	"strings": func() {
		var b strings.Builder
		for i := 0; i < 20000; i++ {
			b.WriteString("ab")
		}
		sink = len(b.String())
	},
	"sort": func() {
		shapes := make([]shape, 0, 5000)
		for i := 0; i < 5000; i++ {
			shapes = append(shapes, rect{i * 7919 % 1000, 3})
		}
		sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
		sink = shapes[0].Area()
	},
}

func BenchmarkEngine(b *testing.B) {
	programs := []struct{ name, src string }{
		{"fib", benchFib}, {"loop", benchLoop}, {"loop-beside", benchLoopBeside}, {"map", benchMap}, {"strings", benchStrings}, {"sort", benchSort},
	}
	for _, pr := range programs {
		p, err := runner.Compile(pr.src)
		if err != nil {
			b.Fatalf("%s: %v", pr.name, err)
		}
		b.Run(pr.name+"/vm", func(b *testing.B) {
			for b.Loop() {
				if r := p.Run(runner.Options{Seed: 1}); r.ExitCode != 0 {
					b.Fatalf("%s: %s", pr.name, r.Stderr)
				}
			}
		})
		b.Run(pr.name+"/native", func(b *testing.B) {
			for b.Loop() {
				natives[pr.name]()
			}
		})
	}
}
