// Capacity growth of append from an empty slice when the slice never escapes.
// Since Go 1.25 the compiler gives such slices a 32-byte stack buffer for their
// first append, so the first capacities differ from the heap growth sequence.
package main

import "fmt"

type Point struct{ X, Y, Z int64 }

type Small struct {
	A byte
	B int32
}

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			fmt.Println("int len", len(ints), "cap", cap(ints))
		}
	}
	var strs []string
	last = -1
	for i := 0; i < 600; i++ {
		strs = append(strs, "s")
		if cap(strs) != last {
			last = cap(strs)
			fmt.Println("string len", len(strs), "cap", cap(strs))
		}
	}
	var pts []Point
	last = -1
	for i := 0; i < 300; i++ {
		pts = append(pts, Point{int64(i), 0, 0})
		if cap(pts) != last {
			last = cap(pts)
			fmt.Println("Point len", len(pts), "cap", cap(pts))
		}
	}
	var bs []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			last = cap(bs)
			fmt.Println("byte len", len(bs), "cap", cap(bs))
		}
	}
	var sm []Small
	last = -1
	for i := 0; i < 200; i++ {
		sm = append(sm, Small{})
		if cap(sm) != last {
			last = cap(sm)
			fmt.Println("Small len", len(sm), "cap", cap(sm))
		}
	}
	// appending many at once
	x := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println("5 at once:", len(x), cap(x))
	y := append([]byte(nil), "hello, world"...)
	fmt.Println("12 bytes at once:", len(y), cap(y))
	z := append(make([]int, 5), make([]int, 7)...)
	fmt.Println("5+7:", len(z), cap(z))
	w := append([]int32{1}, make([]int32, 100)...)
	fmt.Println("1+100 int32:", len(w), cap(w))
	m := make([]int, 0, 5)
	m = append(m, 1, 2, 3, 4, 5, 6)
	fmt.Println("cap 5 + 6:", len(m), cap(m))
}
