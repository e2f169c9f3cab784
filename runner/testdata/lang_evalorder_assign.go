package main

import "fmt"

var x = 1
var arr = [3]int{10, 20, 30}
var m = map[string]int{"a": 1}

func f() int { x = 100; arr[0] = 7; m["a"] = 9; return 5 }

func idx(n int) int { fmt.Println("idx", n); return n }

type T struct{ a, b int }

func (t T) sum() int  { return t.a + t.b }
func (t *T) inc() int { t.a++; return t.a }

func get(s string) string { fmt.Println("get", s); return s }

func main() {
	fmt.Println(x, f(), x)
	x = 1
	fmt.Println(arr[0], f(), arr[0], m["a"])
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	a[idx(0)], a[idx(1)] = idx(2), idx(1)
	fmt.Println(a)
	mm := map[string]int{}
	mm[get("k")] = len(get("v"))
	fmt.Println(mm)
	t := T{1, 2}
	fmt.Println(t.sum(), t.inc(), t.sum(), t)
	y := 1
	g := func() int { y++; return y }
	fmt.Println(y+g(), g()+y, y)
	s := []int{1, 2, 3}
	j := 0
	s[j], j = 5, 2
	fmt.Println(s, j)
	var p *T
	func() {
		defer func() { fmt.Println("rec", recover() != nil) }()
		p.a, i = idx(3), idx(4)
	}()
	fmt.Println(i)
	k := 1
	k, s[k] = 2, 99
	fmt.Println(k, s)
	b := [2]int{1, 2}
	b[0], b[1] = b[1], b[0]
	fmt.Println(b)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(<-ch, <-ch)
	var ifs []any
	for n := range 3 {
		ifs = append(ifs, func() int { return n })
	}
	for _, fn := range ifs {
		fmt.Print(fn.(func() int)(), " ")
	}
	fmt.Println()
	z := 0
	h := func(v int) int { z = z*10 + v; return v }
	_ = h(1) + h(2)*h(3)
	fmt.Println(z)
	str := "héllo"
	for i, r := range str {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
}
