// Other runtime errors: negative shift, makeslice, slice-to-array conversion.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if e, ok := r.(error); ok {
			fmt.Println("   error text:", e.Error())
		}
	}()
	f()
}

func main() {
	n := -1
	big := 1 << 62
	s := []int{1, 2, 3}
	try("shift", func() { fmt.Println(1 << n) })
	try("makeslice len", func() { _ = make([]int, n) })
	try("makeslice cap", func() { _ = make([]int, 2, 1+n+1) })
	try("makeslice huge", func() { _ = make([]int64, big) })
	try("makemap ok", func() { fmt.Println(len(make(map[int]int, 10))) })
	try("makechan", func() { _ = make(chan int, n) })
	try("to array", func() { _ = [4]int(s) })
	try("to array ptr", func() { _ = (*[5]int)(s) })
	try("to array ok", func() { fmt.Println([2]int(s), *(*[3]int)(s)) })
	fmt.Println("finally an unrecovered one")
	fmt.Println(s[0] << n)
}
