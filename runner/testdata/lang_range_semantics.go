package main

import "fmt"

type Count uint8

type Grid [2][3]int

func main() {
	s := []int{1, 2, 3}
	for i, x := range s {
		if i == 0 {
			s = append(s, 4)
			s[2] = 30
		}
		fmt.Print(x, " ")
	}
	fmt.Println(len(s))
	s2 := []int{1, 2, 3}
	for i := range s2 {
		s2 = s2[:1]
		fmt.Print(i, " ")
	}
	fmt.Println()
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	for i := range int8(-2) {
		fmt.Println("never", i)
	}
	m := map[int]bool{1: true}
	n := 0
	for k := range m {
		delete(m, k)
		n++
	}
	fmt.Println(n, len(m))
	var g Grid
	for i, row := range g {
		row[0] = 9
		g[i][1] = i + 1
	}
	fmt.Println(g)
	for i := range &g {
		g[i][2] = 7
	}
	fmt.Println(g)
	arr := [3]string{"a", "b", "c"}
	for i, v := range arr {
		arr[(i+1)%3] = v + v
	}
	fmt.Println(arr)
	sl := arr[:]
	for i, v := range sl {
		sl[(i+1)%3] = v + "!"
	}
	fmt.Println(arr)
	var fns []func()
	for i, v := range []string{"x", "y"} {
		fns = append(fns, func() { fmt.Print(i, v, " ") })
	}
	for i := 0; i < 2; i++ {
		fns = append(fns, func() { fmt.Print(i, " ") })
	}
	for _, f := range fns {
		f()
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
	str := "aé"
	for i := range str {
		fmt.Print(i)
	}
	fmt.Println()
	var nilmap map[string]int
	for range nilmap {
		fmt.Println("never")
	}
	var nilslice []int
	for range nilslice {
		fmt.Println("never")
	}
	i := 10
	for i := range 2 {
		i += 5
		fmt.Print(i, " ")
	}
	fmt.Println(i)
	for j := 0; j < 3; j++ {
		defer func() { fmt.Print("d", j, " ") }()
		j++
	}
	k := 0
	for k = range 3 {
	}
	fmt.Println("k", k)
	type pt struct{ x, y int }
	pts := []pt{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.x = 100
	}
	for i := range pts {
		pts[i].y *= 10
	}
	fmt.Println(pts)
	var ptrs []*pt
	for _, p := range pts {
		ptrs = append(ptrs, &p)
	}
	ptrs[0].x = -1
	fmt.Println(pts, *ptrs[0], *ptrs[1])
}
