package main

import "fmt"

func keep(yield func(int) bool) {
	for i := range 2 {
		if !yield(i) {
			return
		}
	}
}

func a() {
	for x := range keep {
		defer fmt.Println("deferred a", x)
	}
	fmt.Println("end a")
}

func main() {
	a()
	func() {
		for x := range keep {
			defer fmt.Println("deferred lit", x)
		}
		fmt.Println("end lit")
	}()
	f := func() {
		for x := range keep {
			defer fmt.Println("deferred f", x)
		}
	}
	f()
	g := func() {
		defer fmt.Println("g's own")
		for x := range keep {
			defer fmt.Println("deferred g", x)
		}
	}
	g()
}

func named() (r int) {
	for x := range keep {
		defer func() { r += 10 * (x + 1) }()
	}
	return 1
}

func recovering() (msg string) {
	for x := range keep {
		defer func() {
			if e := recover(); e != nil {
				msg = fmt.Sprint("recovered ", e, " at ", x)
			}
		}()
		if x == 1 {
			panic("boom")
		}
	}
	return "no panic"
}

func nestedLoops() {
	for x := range keep {
		for y := range keep {
			defer fmt.Println("nested defer", x, y)
		}
	}
	fmt.Println("nested end")
}

func init() {
	fmt.Println("named", named())
	fmt.Println(recovering())
	nestedLoops()
	func() {
		defer fmt.Println("outer frame")
		func() {
			for x := range keep {
				defer fmt.Println("inner frame", x)
			}
		}()
		fmt.Println("between")
	}()
}
