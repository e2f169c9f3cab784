package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	// Goexit inside a deferred call while panicking: the panic is abandoned.
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("outer defer runs")
		defer func() {
			runtime.Goexit()
		}()
		panic("lost panic")
	}()
	wg.Wait()
	// recover during Goexit returns nil
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recover during goexit:", recover()) }()
		runtime.Goexit()
	}()
	wg.Wait()
	// panic(nil) shapes
	func() {
		defer func() {
			r := recover()
			var pe *runtime.PanicNilError
			fmt.Println(r, errors.As(r.(error), &pe), pe.Error())
			_, isRT := r.(runtime.Error)
			fmt.Println("runtime.Error:", isRT)
		}()
		panic(nil)
	}()
	var e error
	func() {
		defer func() { fmt.Printf("%T %v\n", recover(), e) }()
		panic(e)
	}()
	// runtime error Error() texts via runtime.Error
	errs := []func(){
		func() { var a []int; _ = a[len(a)-1+1:][0] },
		func() { x := 0; _ = 5 % x },
		func() { var p *[3]int; _ = p[1] },
		func() { var i any = 3.5; _ = i.(int) },
		func() { var i fmt.Stringer; _ = i.String() },
		func() { ch := make(chan int); close(ch); ch <- 1 },
		func() { s := make([]int, 3); i := -1; _ = s[i] },
		func() { s := "héllo"; i, j := 3, 2; _ = s[i:j] },
		func() { var arr [4]int; i := 4; arr[i%8] = 1 },
	}
	for i, f := range errs {
		func() {
			defer func() {
				r := recover()
				re, ok := r.(runtime.Error)
				if ok {
					fmt.Println(i, "runtime.Error:", re.Error())
				} else {
					fmt.Println(i, "other:", r)
				}
			}()
			f()
		}()
	}
}
