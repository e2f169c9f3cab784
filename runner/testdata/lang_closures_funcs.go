// Functions as values: generators, composition, recursive closures, shadowing.
package main

import "fmt"

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	f := fib()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	compose := func(fns ...func(int) int) func(int) int {
		return func(x int) int {
			for _, fn := range fns {
				x = fn(x)
			}
			return x
		}
	}
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5), compose()(5))
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(20))
	x := 1
	func() {
		x := 2 // shadows
		x++
		fmt.Println("inner x", x)
	}()
	func() { x++ }()
	fmt.Println("outer x", x)
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 5, 10} {
		adders[fmt.Sprint("add", k)] = func(v int) int { return v + k }
	}
	fmt.Println(adders["add1"](1), adders["add5"](1), adders["add10"](1))
}
