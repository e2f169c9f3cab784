// Defer runs last-in first-out; arguments are evaluated when defer executes.
package main

import "fmt"

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("order body done")
}

func argsNow() {
	x := 1
	defer fmt.Println("defer saw x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
	fmt.Println("argsNow body x =", x)
}

type Res struct{ name string }

func (r *Res) Close() { fmt.Println("close", r.name) }

func open(name string) *Res {
	fmt.Println("open", name)
	return &Res{name}
}

func resources() {
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	fmt.Println("using", a.name, b.name)
}

func methodValueDefer() {
	r := &Res{"first"}
	defer r.Close()
	r = &Res{"second"}
	fmt.Println("reassigned r to", r.name)
}

func loopWithFuncs() {
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Println("  end of iteration", i)
			fmt.Println("  iteration", i)
		}()
	}
}

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) { fmt.Println("leaving", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	order()
	argsNow()
	resources()
	methodValueDefer()
	loopWithFuncs()
	nested()
	defer fmt.Println("main's defer runs last")
	fmt.Println("main body done")
}
