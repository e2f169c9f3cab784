// Interfaces: dynamic dispatch, nil interfaces versus typed nils, embedding.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Named interface{ Name() string }
type NamedShape interface {
	Shape
	Named
}

type Square struct{ Rect }

func (s Square) Name() string { return "square" }

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{}
	}
	return e // a typed nil when fail is false!
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}}}
	total := 0.0
	for i, s := range shapes {
		fmt.Printf("%d %T area=%.3f perim=%.3f\n", i, s, s.Area(), s.Perimeter())
		total += s.Area()
		if n, ok := s.(Named); ok {
			fmt.Println("  named:", n.Name())
		}
	}
	fmt.Printf("total %.4f\n", total)
	var ns NamedShape = Square{Rect{1, 5}}
	var sh Shape = ns
	fmt.Println(ns.Name(), sh.Area())
	var s Shape
	fmt.Println(s == nil, s)
	var cp *Circle
	s = cp
	fmt.Println(s == nil, s != nil, cp == nil)
	fmt.Printf("%v %T\n", s, s)
	err := mayFail(false)
	fmt.Println("typed nil error is nil?", err == nil)
	err = mayFail(true)
	fmt.Println(err, err == nil)
	var e error
	fmt.Println(e == nil, e)
	var a, b any = Rect{1, 2}, Rect{1, 2}
	fmt.Println(a == b, a != Rect{2, 1})
	c1, c2 := &Circle{1}, &Circle{1}
	var i1, i2 Shape = c1, c2
	fmt.Println(i1 == i2, i1 == Shape(c1))
	fmt.Printf("%.2f\n", Shape(Rect{1.5, 2}).Area())
}
