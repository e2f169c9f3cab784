// Untyped constants, constant arithmetic and booleans.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Third = 1.0 / 3
	Name  = "inter" + "leave"
	Char  = 'x'
	Truth = 3 > 2
)

type Weekday int

const Sunday Weekday = 0

func main() {
	fmt.Println(Small, Pi, Third, Name, Char, Truth)
	fmt.Printf("%T %T %T %T %T %T\n", Small, Pi, Third, Name, Char, Truth)
	var f32 float32 = Pi
	var i int = Small * 10
	fmt.Println(f32, i, Big/Big, Sunday+3)
	fmt.Printf("%T %v\n", Sunday+3, Sunday+3)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	var d float64 = 7 / 2
	var e float64 = 7 / 2.0
	fmt.Println("7/2 untyped into float64:", d, e)
	t, f := true, false
	fmt.Println(t && f, t || f, !t, t != f, t == !f)
	calls := 0
	check := func(v bool) bool { calls++; return v }
	if check(false) && check(true) {
		fmt.Println("unreachable")
	}
	if check(true) || check(false) {
		fmt.Println("short circuit, calls =", calls)
	}
	type Flag bool
	var fl Flag = true
	fmt.Println(fl, !fl)
	fmt.Printf("%v %t %5t|%-6t|\n", t, f, t, f)
	var bs [3]bool
	fmt.Println(bs, len(bs))
	x := 5
	fmt.Println(x > 3 == true, (x&1 == 1) != false)
}
