// Range over integers, including typed integers and empty bodies.
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var n8 int8 = 4
	for i := range n8 {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	type Count uint16
	var c Count = 3
	for i := range c {
		fmt.Printf("%T:%v ", i, i)
	}
	fmt.Println()
	n := 5
	total := 0
	for i := range n {
		n = 2 // the range count is evaluated once
		total += i
	}
	fmt.Println("total", total, "n", n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	neg := -3
	for i := range neg {
		fmt.Println("never", i)
	}
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	const k = 4
	for i := range k {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	var u uint = 2
	for i := range u + 1 {
		fmt.Print(i*i, " ")
	}
	fmt.Println()
}
