// Pointers: new, address-of, aliasing, pointers to pointers, swapping.
package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func setTo(p **int, v *int) { *p = v }

type T struct{ A, B int }

func newT(a int) *T { return &T{A: a, B: a * 2} }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := &x
	*p += 10
	fmt.Println(x, *p, p == &x, p != &y)
	pp := &p
	**pp = 100
	fmt.Println(x)
	setTo(pp, &y)
	*p = -1
	fmt.Println(x, y)
	n := new(int)
	fmt.Println(*n)
	*n = 5
	m := n
	*m++
	fmt.Println(*n, *m)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	ap := &arr
	ap[2] = 30
	fmt.Println(arr, len(ap))
	t := newT(4)
	t2 := t
	t2.A = 40
	fmt.Println(*t, *t2, t == t2)
	fp := &t.B
	*fp = 80
	fmt.Println(t.B)
	var nilp *T
	fmt.Println(nilp == nil, nilp)
	ptrs := make([]*int, 3)
	for i := range ptrs {
		v := i * i
		ptrs[i] = &v
	}
	for _, q := range ptrs {
		fmt.Print(*q, " ")
	}
	fmt.Println()
	sp := &[]string{"a"}
	*sp = append(*sp, "b")
	fmt.Println(*sp, len(*sp))
	mp := &map[string]int{}
	(*mp)["k"] = 1
	fmt.Println(*mp)
	counter := func() func() int {
		c := new(int)
		return func() int { *c++; return *c }
	}()
	fmt.Println(counter(), counter(), counter())
	s1, s2 := &T{1, 2}, &T{1, 2}
	fmt.Println(s1 == s2, *s1 == *s2)
}
