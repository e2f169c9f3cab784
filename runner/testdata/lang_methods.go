// Value and pointer receivers, method values and method expressions.
package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	n    int
	name string
}

func (c Counter) Get() int       { return c.n }
func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Words []string

func (w Words) Join() string   { return strings.Join(w, "+") }
func (w *Words) Push(s string) { *w = append(*w, s) }

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c)
	pc := &c
	pc.Inc()
	fmt.Println(pc.Get(), c.n, *pc)
	get := c.Get // method value: receiver copied now
	inc := c.Inc // method value: &c captured
	inc()
	inc()
	fmt.Println("get():", get(), "c.n:", c.n)
	add := pc.Add
	fmt.Println(add(10), add(10), c.n)
	fget := Counter.Get
	finc := (*Counter).Inc
	fadd := (*Counter).Add
	fptrGet := (*Counter).Get
	finc(&c)
	fmt.Println(fget(c), fadd(&c, 100), fptrGet(&c))
	fs := []func(){c.Inc, pc.Inc}
	for _, f := range fs {
		f()
	}
	fmt.Println(c.n)
	temps := []Celsius{-40, 0, 37, 100}
	for _, t := range temps {
		fmt.Printf("%v°C = %v°F\n", t, t.F())
	}
	conv := Celsius.F
	fmt.Println(conv(20))
	var w Words
	w.Push("a")
	w.Push("b")
	(&w).Push("c")
	fmt.Println(w.Join(), len(w))
	j := w.Join
	w.Push("d")
	fmt.Println(j(), w.Join())
	fmt.Printf("%T %T %T\n", fget, finc, j)
	type Op func(int, int) int
	ops := map[string]Op{"add": func(a, b int) int { return a + b }, "mul": func(a, b int) int { return a * b }}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
	fmt.Println(Counter{n: 3, name: "lit"}.Get(), Counter{name: "s"}.String())
	str := fmt.Sprint(c, &c)
	fmt.Println(str)
}
