// A go statement evaluates the function value and its arguments (and a
// value receiver's copy) in the caller at once: later writes by main are not
// seen through them, while a pointer receiver's field is read when the
// goroutine runs.
package main

import (
	"fmt"
	"sync"
)

type box struct{ v int }

func (b box) byValue(wg *sync.WaitGroup, out *string) { *out = fmt.Sprint("value ", b.v); wg.Done() }
func (b *box) byPointer(wg *sync.WaitGroup, out *string) {
	*out = fmt.Sprint("pointer ", b.v)
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	var a, b, c string
	x := box{1}
	y := &box{1}
	n := 1
	wg.Add(3)
	go x.byValue(&wg, &a)
	go y.byPointer(&wg, &b)
	go func(n int) { c = fmt.Sprint("arg ", n); wg.Done() }(n)
	x.v, y.v, n = 2, 2, 2
	wg.Wait()
	fmt.Println(a, "|", b, "|", c, n)
}
