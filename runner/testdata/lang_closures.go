// Closures: captured variables, per-iteration loop variables (Go 1.22+), generators.
package main

import "fmt"

func makeCounter(start int) (func() int, func()) {
	n := start
	return func() int { n++; return n }, func() { n = start }
}

func main() {
	next, reset := makeCounter(10)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("(per-iteration i)")
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 3; i++ {
		hs = append(hs, func() int { i += 10; return i })
		i++ // the closure and the loop share this iteration's i
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	shared := 0
	incs := make([]func(), 3)
	for i := range incs {
		incs[i] = func() { shared += i + 1 }
	}
	for _, f := range incs {
		f()
	}
	fmt.Println("shared:", shared)
}
