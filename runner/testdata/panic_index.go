// Index out of range: recovered shapes first, then an unrecovered one.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%-10s %v\n", name+":", recover())
	}()
	f()
}

func main() {
	s := []int{10, 20, 30}
	arr := [4]string{"a", "b", "c", "d"}
	str := "hey"
	i, neg := 7, -2
	try("slice", func() { _ = s[i] })
	try("negative", func() { _ = s[neg] })
	try("array", func() { _ = arr[i] })
	try("string", func() { _ = str[i] })
	try("len", func() { _ = s[len(s)] })
	try("empty", func() { _ = []int{}[0] })
	try("nil", func() {
		var ns []string
		_ = ns[0]
	})
	try("write", func() { s[i] = 1 })
	try("2d", func() {
		m := [][]int{{1}, {2, 3}}
		_ = m[1][2]
	})
	try("ok", func() { fmt.Println("in range:", s[2], arr[3], str[0]) })
	for j := 0; j <= len(s); j++ {
		fmt.Println("reading index", j)
		fmt.Println("value", s[j+2])
	}
	fmt.Println("not reached")
}
