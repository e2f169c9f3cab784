// Slices of slices, slices of structs, pointers into slices, and filtering in place.
package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func filterEven(xs []int) []int {
	out := xs[:0]
	for _, x := range xs {
		if x%2 == 0 {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	board := make([][]rune, 3)
	for i := range board {
		board[i] = []rune("...")
	}
	board[1][1] = 'X'
	board[0][2] = 'O'
	for _, row := range board {
		fmt.Println(string(row))
	}
	items := []Item{{"apple", 3}, {"pear", 0}, {"fig", 7}}
	for _, it := range items {
		it.Qty++ // modifies a copy
	}
	fmt.Println(items)
	for i := range items {
		items[i].Qty++
	}
	fmt.Println(items)
	p := &items[2]
	p.Qty = 100
	fmt.Println(items[2], *p)
	items = append(items, Item{"kiwi", 1})
	p.Qty = -1 // may point at the old array now
	fmt.Println(items[2].Qty == -1 || items[2].Qty == 100)
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	ev := filterEven(nums)
	fmt.Println(ev, nums)
	tri := [][]int{}
	for i := 0; i < 5; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, r := range tri {
		fmt.Println(r)
	}
	ptrs := []*Item{}
	for i := range items {
		ptrs = append(ptrs, &items[i])
	}
	ptrs[0].Name = "APPLE"
	fmt.Println(items[0].Name, *ptrs[1], len(ptrs))
	stack := []string{}
	for _, w := range []string{"a", "b", "c"} {
		stack = append(stack, w)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, len(stack), " ")
	}
	fmt.Println()
	queue := []int{1, 2, 3}
	for len(queue) > 0 {
		h := queue[0]
		queue = queue[1:]
		if h < 4 {
			queue = append(queue, h+3)
		}
		fmt.Print(h, " ")
	}
	fmt.Println()
}
