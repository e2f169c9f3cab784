// Every compound assignment on map elements of each kind: ints of several
// widths (wrapping), floats, complex, strings, shifts by a map element,
// missing keys (the zero value), struct-valued and array-valued maps
// through a temporary, and division by zero (a runtime panic, with the map
// untouched).
package main

import "fmt"

type pt struct{ X, Y int }

func main() {
	m := map[string]int{}
	m["a"] += 7
	m["a"] -= 2
	m["a"] *= 6
	m["a"] /= 4
	m["a"] %= 5
	m["b"] |= 12
	m["b"] &= 10
	m["b"] ^= 3
	m["b"] &^= 1
	m["c"] = 1
	m["c"] <<= 10
	m["c"] >>= 3
	fmt.Println(m["a"], m["b"], m["c"], len(m))

	u8 := map[int]uint8{1: 250}
	u8[1] += 10
	i8 := map[int]int8{1: -128}
	i8[1]--
	i8[2] -= 1
	fmt.Println(u8[1], i8[1], i8[2])

	f := map[bool]float64{true: 1.5}
	f[true] *= 3
	f[false] /= 0.5
	f[true] -= 0.25
	c := map[int]complex128{0: 1 + 2i}
	c[0] *= 2i
	fmt.Println(f[true], f[false], c[0])

	s := map[int]string{}
	s[1] += "x"
	s[1] += "y"
	s[2] += s[1] + s[1]
	fmt.Println(s[1], s[2], len(s))

	sh := map[string]uint{"n": 3}
	v := map[string]int{"x": 1}
	v["x"] <<= sh["n"]
	v["x"] >>= sh["missing"]
	fmt.Println(v["x"])

	ps := map[string]pt{"p": {1, 2}}
	p := ps["p"]
	p.X += 10
	ps["p"] = p
	arr := map[int][2]int{}
	a := arr[0]
	a[1] += 5
	arr[0] = a
	fmt.Println(ps, arr)

	ptrs := map[string]*pt{"q": {3, 4}}
	ptrs["q"].Y *= 10
	sl := map[int][]int{0: {1, 2}}
	sl[0][1] += 40
	fmt.Println(*ptrs["q"], sl)

	func() {
		defer func() { fmt.Println("recovered:", recover(), m["a"], len(m)) }()
		zero := 0
		m["a"] /= zero
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover(), len(m)) }()
		zero := 0
		m["new"] %= zero
	}()
	var nilMap map[string]int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilMap["x"] += 1
	}()
}
