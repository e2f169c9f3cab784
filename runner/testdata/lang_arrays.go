// Arrays are values: assignment, function arguments and range copy them.
package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

type Grid [3][3]int

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println("a:", a, "b:", b)
	c := double(a)
	fmt.Println("after double: a", a, "c", c)
	doublePtr(&a)
	fmt.Println("after doublePtr: a", a)
	fmt.Println("a==c:", a == c, "a==b:", a == b, "len:", len(a), "cap:", cap(a))
	var g Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = i*3 + j
		}
	}
	row := g[1]
	row[0] = -1
	fmt.Println(g, row)
	g2 := g
	g2[2][2] = 99
	fmt.Println(g == g2, g[2], g2[2])
	for i, v := range a {
		a[3] = 1000
		fmt.Println("range copy:", i, v)
	}
	fmt.Println("a now:", a)
	for i, v := range &a {
		if i == 0 {
			a[3] = 7
		}
		fmt.Println("range ptr:", i, v)
	}
	idx := [...]string{2: "two", 5: "five", 0: "zero"}
	fmt.Println(len(idx), idx)
	fmt.Printf("%q\n", idx)
	type P struct{ X, Y int }
	ps := [2]P{{1, 2}, {3, 4}}
	ps2 := ps
	ps2[1].X = 30
	fmt.Println(ps, ps2, ps == ps2, ps == [2]P{{1, 2}, {3, 4}})
	sl := a[1:3]
	sl[0] = -5
	fmt.Println(a, sl, len(sl), cap(sl))
	var zero [3]float64
	fmt.Println(zero, [0]int{}, [2]bool{true})
	arrOfArr := [2][2]string{{"a", "b"}, {"c", "d"}}
	for _, r := range arrOfArr {
		for _, s := range r {
			fmt.Print(s)
		}
	}
	fmt.Println()
	keys := map[[2]int]string{{1, 2}: "x", {0, 5}: "y"}
	fmt.Println(keys, keys[[2]int{1, 2}])
}
