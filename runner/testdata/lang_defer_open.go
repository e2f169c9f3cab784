// A function's only defer statement outside a loop keeps no record (the
// VM open-codes it: its operands stay in their registers until the call
// runs). Its arguments must still be the values at the defer statement,
// whatever the function does with the variables afterwards, and it must
// run on every way out: return, panic, recovery, Goexit, recursion.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

func reassigned(c bool) {
	x := 1
	s := "first"
	defer fmt.Println("reassigned: deferred saw", x, s)
	if c {
		x, s = 2, "second"
	}
	for i := 0; i < 3; i++ {
		x += i
		s += "!"
	}
	fmt.Println("reassigned: body ends with", x, s)
}

func afterLoop(n int) {
	sum := 0
	for i := 0; i < n; i++ {
		sum += i
	}
	defer fmt.Println("afterLoop: deferred sum", sum)
	for i := 0; i < n; i++ {
		sum -= 2 * i
	}
	fmt.Println("afterLoop: body sum", sum)
}

func inBranch(c bool) {
	for i := 0; i < 2; i++ {
		fmt.Println("inBranch: before", i)
	}
	if c {
		defer fmt.Println("inBranch: deferred in the branch")
	}
	fmt.Println("inBranch: body", c)
}

func named() (n int, err error) {
	defer func() {
		n *= 10
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return 4, errors.New("base")
}

func recovers(i int) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("recovered ", r)
		}
	}()
	if i > 1 {
		panic(fmt.Sprint("boom ", i))
	}
	return "no panic"
}

func panicInDeferred() {
	defer func() {
		fmt.Println("panicInDeferred: outer recover:", recover())
	}()
	func() {
		defer panic("from the deferred call")
		fmt.Println("panicInDeferred: body")
	}()
}

func depth(n int) int {
	defer fmt.Println("depth: leaving", n)
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) add(k int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n += k
}

func manyArgs(a int, b string, c float64, d []int) {
	defer fmt.Println("manyArgs: deferred", a, b, c, d)
	a, b, c = 0, "", 0
	d[0] = 99
	fmt.Println("manyArgs: body", a, b, c, d)
}

func goexit(wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Println("goexit: deferred print before Done")
	runtime.Goexit()
}

func goexitOne(done chan<- string) {
	defer func() { done <- "goexitOne: deferred ran" }()
	runtime.Goexit()
}

func main() {
	reassigned(true)
	reassigned(false)
	afterLoop(4)
	inBranch(true)
	inBranch(false)
	fmt.Println(named())
	for i := 0; i < 4; i++ {
		fmt.Println(recovers(i))
	}
	panicInDeferred()
	fmt.Println("depth:", depth(3))

	var c counter
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.add(i)
		}()
	}
	wg.Wait()
	fmt.Println("counter:", c.n)

	manyArgs(1, "b", 2.5, []int{1, 2})

	wg.Add(1)
	go goexit(&wg)
	wg.Wait()
	done := make(chan string)
	go goexitOne(done)
	fmt.Println(<-done)
}
