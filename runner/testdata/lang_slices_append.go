// append may or may not reuse the backing array: aliasing made visible.
package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println("a:", a, "b:", b, "(shared backing array)")
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	fmt.Println("c:", c, "d:", d, "(fresh arrays)")
	c[0] = 100
	fmt.Println("full:", full, "c:", c)

	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	head := s[:3]
	head = append(head, 99)
	fmt.Println("s after append to head:", s, "head:", head)
	mid := s[2:4:4]
	mid = append(mid, -1)
	mid[0] = -2
	fmt.Println("s after 3-index append:", s, "mid:", mid)

	var grow []int
	prev := -1
	for i := 0; i < 20; i++ {
		grow = append(grow, i)
		if cap(grow) != prev {
			fmt.Println("len", len(grow), "cap", cap(grow))
			prev = cap(grow)
		}
	}
	fmt.Println(grow) // grow escapes, so growth starts from the heap size classes
	x := []string{"a", "b"}
	y := append(x[:1], "z")
	fmt.Println(x, y)
	x = append(x, x...)
	fmt.Println(x, len(x))
	x = append(x[:1], x[2:]...)
	fmt.Println("removed index 1:", x, len(x), cap(x))
	var nilS []int
	nilS = append(nilS)
	fmt.Println(nilS == nil, len(nilS))
	nilS = append(nilS, []int{}...)
	fmt.Println(nilS == nil)
	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix)
	rows := [][]int{}
	row := []int{}
	for i := 0; i < 3; i++ {
		row = append(row, i)
		rows = append(rows, row)
	}
	fmt.Println("rows sharing one array:", rows)
	bs := []byte("hello")
	bs2 := append(bs[:2], "LLO"...)
	fmt.Println(string(bs), string(bs2))
}
