// append writing into the slice's own array: a pointer into an element
// taken before the append sees what the append stored there (memmove
// writes the element's memory), and an appended slice overlapping the
// range written is read as memmove reads it (as if copied first).
package main

import "fmt"

type pt struct{ a, b int }

func main() {
	q := make([]pt, 2, 4)
	pa := &q[:3][2].a
	q = append(q, pt{3, 3})
	*pa = 7
	fmt.Println(q, *pa)

	arr := make([][2]int, 1, 3)
	pe := &arr[:2][1]
	arr = append(arr, [2]int{5, 6})
	pe[0] = 9
	fmt.Println(arr)

	s := make([]int, 4, 8)
	for i := range s {
		s[i] = i + 1
	}
	s = append(s[:2], s[1:4]...)
	fmt.Println(s)

	r := make([]pt, 3, 8)
	r[0], r[1], r[2] = pt{1, 1}, pt{2, 2}, pt{3, 3}
	r = append(r[:2], r[1:3]...)
	fmt.Println(r)

	b := []byte("abcdef")
	b = append(b[:2], b[1:5]...)
	fmt.Println(string(b))
}
