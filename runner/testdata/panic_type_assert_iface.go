// Asserting to an interface the dynamic type does not implement: "missing method".
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	things := []any{Square{2}, Circle{1}}
	for _, t := range things {
		_, ok := t.(Shape)
		fmt.Printf("%T implements Shape: %v\n", t, ok)
	}
	for _, t := range things {
		sh := t.(Shape)
		fmt.Println("area", sh.Area(), "perimeter", sh.Perimeter())
	}
}
