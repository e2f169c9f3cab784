// Map basics: insert, lookup with comma-ok, delete, clear, len, zero values.
package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(m, len(m))
	v, ok := m["two"]
	fmt.Println("two:", v, ok)
	v, ok = m["four"]
	fmt.Println("four:", v, ok)
	fmt.Println("missing reads zero:", m["nope"], len(m))
	m["one"] += 10
	m["new"]++
	fmt.Println(m)
	delete(m, "two")
	delete(m, "absent")
	fmt.Println(m, len(m))
	clear(m)
	fmt.Println(m, len(m), m == nil)
	var nilMap map[string]bool
	fmt.Println(nilMap, len(nilMap), nilMap == nil, nilMap["x"])
	delete(nilMap, "x")
	for k := range nilMap {
		fmt.Println("never", k)
	}
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts)
	fmt.Printf("%v %d\n", counts, len(counts))
	sq := make(map[int]int, 100)
	for i := -3; i <= 3; i++ {
		sq[i] = i * i
	}
	fmt.Println(sq)
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	alias := sq
	alias[100] = 10000
	fmt.Println(len(sq), sq[100])
	bools := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bools)
	type Set map[string]struct{}
	s := Set{}
	for _, w := range []string{"a", "b", "a", "c", "b"} {
		s[w] = struct{}{}
	}
	_, hasA := s["a"]
	_, hasZ := s["z"]
	fmt.Println(len(s), hasA, hasZ, s)
	fl := map[float64]string{2.5: "x", -1: "y", 0: "z"}
	fmt.Println(fl)
}
