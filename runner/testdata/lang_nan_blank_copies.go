package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

type Blank struct {
	A int
	_ int
	B string
}

type Inner struct{ V int }

func (i *Inner) Get() int { return i.V }
func (i Inner) Val() int  { return i.V }

type Outer struct {
	*Inner
	Name string
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	b1 := Blank{A: 1, B: "x"}
	b2 := Blank{A: 1, B: "x"}
	fmt.Println(b1 == b2)
	nan := math.NaN()
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[0] = 3
	m[math.Copysign(0, -1)] = 4
	fmt.Println(len(m), m[0], m[nan])
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println("nan sum", sum)
	delete(m, nan)
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m))
	var x, y any = nan, nan
	fmt.Println(x == y, [1]float64{nan} == [1]float64{nan})
	fmt.Println(min(1.0, nan), max(nan, 1.0), min(0.0, math.Copysign(0, -1)), max(math.Copysign(0, -1), 0.0))
	fmt.Println(min("b", "a", "c"), max(3, 7, 5))
	fs := []float64{3, nan, 1, math.Inf(-1), 2}
	sort.Float64s(fs)
	fmt.Println(fs)
	fs2 := []float64{3, nan, 1, math.Inf(-1), 2}
	slices.Sort(fs2)
	fmt.Println(fs2, slices.Max([]float64{1, nan, 3}), slices.Min([]float64{1, 3}))
	o := Outer{Name: "o"}
	try("promoted ptr method value", func() {
		f := o.Get
		fmt.Println("made")
		fmt.Println(f())
	})
	try("promoted value method value", func() {
		f := o.Val
		fmt.Println("made val")
		fmt.Println(f())
	})
	try("nil array ptr range index", func() {
		var p *[3]int
		for i := range p {
			fmt.Print(i)
		}
		fmt.Println(len(p))
		for i, v := range p {
			fmt.Print(i, v)
		}
	})
	try("builder copy", func() {
		var sb strings.Builder
		sb.WriteString("a")
		sb2 := sb
		sb2.WriteString("b")
	})
	try("string index", func() {
		s := "abc"
		bs := []byte(s)
		bs[0] = 'z'
		fmt.Println(s, string(bs), strings.Repeat("ab", 3))
		fmt.Println(strings.Repeat("x", -1))
	})
	try("slices.Insert out of range", func() {
		s := []int{1, 2}
		s = slices.Insert(s, 5, 9)
	})
	try("slices.Delete", func() {
		s := []int{1, 2, 3}
		s = slices.Delete(s, 2, 1)
	})
	try("copy string", func() {
		b := make([]byte, 3)
		n := copy(b, "héllo")
		fmt.Println(n, b)
	})
	try("append string", func() {
		b := append([]byte("x"), "yz"...)
		fmt.Println(string(b), cap(b) >= 3)
	})
	try("multidim", func() {
		var grid [3][4]int
		for i := range grid {
			for j := range grid[i] {
				grid[i][j] = i * j
			}
		}
		g2 := grid
		g2[2][3] = -1
		fmt.Println(grid[2], g2[2])
		row := grid[1]
		row[0] = 100
		fmt.Println(grid[1][0])
		pr := &grid[1]
		pr[0] = 100
		fmt.Println(grid[1][0])
	})
	try("struct with array assign", func() {
		type A struct{ Arr [2]int }
		a := A{[2]int{1, 2}}
		bb := a
		bb.Arr[0] = 9
		ms := map[string]A{"k": a}
		v := ms["k"]
		v.Arr[1] = 7
		fmt.Println(a, bb, ms, v)
		arrOfStructs := [2]A{a, bb}
		cp := arrOfStructs
		cp[0].Arr[0] = 42
		fmt.Println(arrOfStructs[0].Arr[0], cp[0].Arr[0])
		ch := make(chan [2]int, 1)
		arr := [2]int{5, 6}
		ch <- arr
		arr[0] = 0
		fmt.Println(<-ch)
		var iface any = arr
		arr[1] = 0
		fmt.Println(iface)
	})
}
