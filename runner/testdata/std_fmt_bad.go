// fmt's error shapes for wrong verbs, missing and extra arguments, and nils.
package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }

type Bad struct{}

func (Bad) String() string { panic("String exploded") }

type NilErr struct{}

func (*NilErr) Error() string { return "nil-safe" }

func main() {
	fmt.Printf("%d\n", "hello")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "x", 3.5)
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%d %s\n", []string{"a"}, []int{1})
	fmt.Printf("%x %d\n", 3.5, 2.5)
	fmt.Printf("%c %U\n", "s", 1.5)
	fmt.Printf("%e %f\n", 1, "x")
	fmt.Printf("%d\n", T{5})
	fmt.Printf("%s\n", T{5})
	fmt.Printf("%d %v\n", nil, nil)
	fmt.Printf("%s %d\n", nil, []any{nil})
	fmt.Printf("%q\n", 3.5)
	fmt.Printf("%v|%s|%d\n", Bad{}, Bad{}, Bad{})
	var ne *NilErr
	fmt.Printf("%v %s\n", ne, ne)
	var nilT *T
	fmt.Printf("%v %+v %s %d\n", nilT, nilT, nilT, nilT)
	fmt.Printf("%[2]d %[1]d\n", 10, 20)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]x %[1]o %v\n", 64, 9)
	fmt.Printf("%.*d|%*d\n", "x", 1, 1.5, 2)
	fmt.Printf("%-+#0 d\n", 5)
	fmt.Println(fmt.Sprintf("%d", errors.New("e")), fmt.Sprintf("%s", errors.New("e")))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, 4), fmt.Sprint(1, 2), fmt.Sprint("a", "b"))
	fmt.Println(fmt.Sprintf("%v %v", []any{}, map[int]any{}))
	fmt.Println(fmt.Sprintf("%6.2v|", "abcdef"))
	fmt.Printf("%!d\n", 1)
	fmt.Printf("%w\n", errors.New("not allowed in Printf"))
}
