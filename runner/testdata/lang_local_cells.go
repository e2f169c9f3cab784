// Variables whose address never leaves their frame: their cells are reused
// (opAlloc C), zeroed in place, by the next turn of a loop or the next call
// of the function, and must start at their zero value each time.

package main

import "fmt"

type point struct{ X, Y int }

type box struct {
	Min, Max point
	Tag      [3]byte
	Name     string
}

func (p point) sum() int { return p.X + p.Y }

func (b box) area() int { return (b.Max.X - b.Min.X) * (b.Max.Y - b.Min.Y) }

// fresh: a variable declared in a loop starts at its zero value every turn,
// whatever the turn before stored into it.
func fresh(n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		var b box
		if i%2 == 0 {
			b.Min.X = i
			b.Tag[1] = byte('a' + i)
			b.Name = "even"
		}
		var grid [2][2]int
		grid[i%2][1] = i
		out = append(out, fmt.Sprint(b, grid))
	}
	return out
}

// depth: each call's receiver and locals are its own while deeper calls
// of the same function run.
func depth(p point, n int) int {
	var acc point
	acc.X = p.X * 10
	if n > 0 {
		acc.Y = depth(point{p.X + 1, p.Y}, n-1)
	}
	return acc.sum() + p.sum()
}

// kept: a variable whose address is kept is a new one every turn.
func kept() []*point {
	var ps []*point
	for i := 0; i < 3; i++ {
		var p point
		p.X = i
		ps = append(ps, &p)
	}
	return ps
}

func main() {
	for _, s := range fresh(5) {
		fmt.Println(s)
	}
	fmt.Println(depth(point{1, 2}, 4))
	for _, p := range kept() {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	total := 0
	for i := 0; i < 1000; i++ {
		total += box{Min: point{i, 0}, Max: point{i + 2, 3}}.area() + point{i, i}.sum()
	}
	fmt.Println(total)
}
