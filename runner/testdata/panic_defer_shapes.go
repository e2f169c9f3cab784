package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
		if e, ok := r.(error); ok {
			var re runtime.Error
			fmt.Println("  runtime.Error:", errors.As(e, &re))
		}
	}()
	f()
}

func nested3() {
	defer func() {
		defer func() {
			defer func() {
				fmt.Println("innermost recover:", recover())
			}()
			panic("third")
		}()
		panic("second")
	}()
	panic("first")
}

func recoverRepanic() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("re:", r))
	}()
	panic("orig")
}

func panicInRecoverDefer() {
	defer func() {
		defer func() {
			fmt.Println("got", recover())
		}()
		r := recover()
		fmt.Println("outer got", r)
		panic("from recover's frame")
	}()
	panic("p0")
}

func recoverNotDirect() {
	defer func() {
		helper := func() any { return recover() }
		fmt.Println("indirect recover:", helper())
	}()
	defer func() {
		fmt.Println("direct recover:", recover())
	}()
	panic("x")
}

func multiDefer() (res int) {
	defer func() { res *= 10 }()
	defer func() {
		if r := recover(); r != nil {
			res = r.(int)
		}
	}()
	defer func() { panic(7) }()
	return 3
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	try("nested3", nested3)
	try("recoverRepanic", recoverRepanic)
	try("panicInRecoverDefer", panicInRecoverDefer)
	try("recoverNotDirect", recoverNotDirect)
	fmt.Println("multiDefer", multiDefer())
	try("index", func() { s := []int{1}; i := 5; _ = s[i] })
	try("slice3", func() { s := make([]int, 2, 4); i, j, k := 1, 3, 5; _ = s[i:j:k] })
	try("slicecap", func() { s := make([]int, 2, 4); j := 5; _ = s[:j] })
	try("sliceinv", func() { s := make([]int, 2, 4); i, j := 2, 1; _ = s[i:j] })
	try("str", func() { s := "abc"; i := 4; _ = s[i] })
	try("strslice", func() { s := "abc"; i := 4; _ = s[:i] })
	try("divzero", func() { a, b := 1, 0; _ = a / b })
	try("modzero", func() { a, b := int8(1), int8(0); _ = a % b })
	try("nilmap", func() { var m map[string]int; m["a"] = 1 })
	try("conv", func() { s := []int{1, 2}; _ = [3]int(s) })
	try("conv2", func() { s := []int{1, 2}; _ = (*[3]int)(s) })
	try("typeassert", func() { var x any = 3; _ = x.(string) })
	try("typeassert2", func() { var x any = &myErr{1}; _ = x.(fmt.Stringer) })
	try("typeassertnil", func() { var x any; _ = x.(int) })
	try("custom", func() { panic(&myErr{42}) })
	try("errorsNew", func() { panic(errors.New("plain")) })
	try("nilfunc", func() { var f func(); f() })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("nilchanclose", func() { var c chan int; close(c) })
	try("negmake", func() { n := -1; _ = make([]int, n) })
	try("negmakecap", func() { n := 1; _ = make([]int, 2, n) })
	try("shift", func() { s := -1; _ = 1 << s })
	try("panicnil", func() { panic(nil) })
	try("goexitless", func() { var p *myErr; _ = p.code })
}
