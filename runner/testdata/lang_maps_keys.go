// Maps keyed by structs, arrays and interfaces.
package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	ID   int
}

func main() {
	grid := map[Point]string{}
	grid[Point{1, 2}] = "a"
	grid[Point{0, 0}] = "origin"
	grid[Point{1, -1}] = "b"
	grid[Point{1, 2}] = "A"
	fmt.Println(grid, len(grid))
	fmt.Println(grid[Point{1, 2}], grid[Point{9, 9}] == "")
	keys := map[Key]int{{"x", 2}: 20, {"x", 1}: 10, {"a", 5}: 50}
	fmt.Println(keys)
	fmt.Printf("%+v\n", keys)
	arr := map[[3]int]bool{{1, 2, 3}: true, {0, 0, 0}: false, {1, 2, 2}: true}
	fmt.Println(arr, arr[[3]int{1, 2, 3}])
	var ik = map[any]string{}
	ik[1] = "int one"
	ik["1"] = "string one"
	ik[1.0] = "float one"
	ik[int8(1)] = "int8 one"
	ik[Point{1, 1}] = "point"
	ik[[2]int{1, 1}] = "array"
	ik[true] = "bool"
	fmt.Println(len(ik))
	for _, k := range []any{1, "1", 1.0, int8(1), int16(1), Point{1, 1}, [2]int{1, 1}, true, false, nil} {
		v, ok := ik[k]
		fmt.Printf("%T %v -> %q %v\n", k, k, v, ok)
	}
	strKeys := map[any]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(strKeys)
	intKeys := map[any]int{3: 3, -1: -1, 2: 2}
	fmt.Println(intKeys)
	type Pair struct {
		A any
		B string
	}
	pm := map[Pair]int{{1, "x"}: 1, {"s", "y"}: 2}
	fmt.Println(pm[Pair{1, "x"}], pm[Pair{"s", "y"}], pm[Pair{1, "y"}])
	ptrA, ptrB := &Point{1, 1}, &Point{1, 1}
	pk := map[*Point]string{ptrA: "A", ptrB: "B"}
	fmt.Println(len(pk), pk[ptrA], pk[ptrB])
	ch := make(chan int)
	ck := map[chan int]int{ch: 5}
	fmt.Println(ck[ch], len(ck))
	rk := map[rune]bool{'a': true, 'Z': false, '0': true}
	fmt.Println(rk)
}
