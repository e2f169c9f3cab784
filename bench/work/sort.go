package work

import "sort"

type shape interface{ Area() int }

type rect struct{ W, H int }

func (r rect) Area() int { return r.W * r.H }

type square struct{ S int }

func (s square) Area() int { return s.S * s.S }

type item struct {
	Name  string
	Shape shape
	Score int
}

// Sort builds a slice of structs holding interfaces and sorts it by an
// interface method.
func Sort() int {
	items := make([]item, 0, 20000)
	for i := 0; i < 20000; i++ {
		var s shape = rect{i * 7919 % 1000, 3}
		if i%3 == 0 {
			s = square{i * 31 % 50}
		}
		items = append(items, item{Name: "x", Shape: s, Score: i})
	}
	sort.Slice(items, func(i, j int) bool { return items[i].Shape.Area() < items[j].Shape.Area() })
	sum := 0
	for _, it := range items {
		sum += it.Shape.Area() & 1
	}
	return items[0].Shape.Area() + sum
}
