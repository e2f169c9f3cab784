// Slice bounds out of range, in every shape the runtime reports.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%-14s %v\n", name+":", recover())
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "hello"
	arr := [3]int{1, 2, 3}
	a, b, c := 2, 1, 9
	try("s[:9]", func() { _ = s[:c] })
	try("s[9:]", func() { _ = s[c:] })
	try("s[2:1]", func() { _ = s[a:b] })
	try("s[:4] ok", func() { fmt.Println(len(s[:4]), cap(s[:4])) })
	try("s[::9]", func() { _ = s[:2:c] })
	try("s[:3:2]", func() { _ = s[: a+1 : a] })
	try("s[2:1:4]", func() { _ = s[a:b:4] })
	try("str[:9]", func() { _ = str[:c] })
	try("str[9:]", func() { _ = str[c:] })
	try("str[2:1]", func() { _ = str[a:b] })
	try("arr[:9]", func() { _ = arr[:c] })
	try("arr[1:2:9]", func() { _ = arr[1:2:c] })
	try("neg", func() { n := -1; _ = s[n:] })
	try("nil[:1]", func() {
		var ns []int
		_ = ns[:b]
	})
	fmt.Println("now without recover")
	fmt.Println(s[b:c])
}
