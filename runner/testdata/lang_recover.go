// recover: what it returns, where it works, and recovering runtime errors.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %v (%T)\n", name, r, r)
		if err, ok := r.(error); ok {
			fmt.Printf("  as error: %s\n", err.Error())
		}
	}()
	f()
	fmt.Println(name, "finished normally")
}

func helperRecover() any { return recover() }

func main() {
	catch("none", func() {})
	catch("string", func() { panic("boom") })
	catch("int", func() { panic(42) })
	catch("error", func() { panic(&MyErr{7}) })
	catch("errorf", func() { panic(fmt.Errorf("wrapped: %w", &MyErr{8})) })
	catch("index", func() {
		s := []int{1}
		i := 3
		_ = s[i]
	})
	catch("nil map", func() {
		var m map[int]int
		m[1] = 1
	})
	catch("divide", func() {
		z := 0
		_ = 10 / z
	})
	catch("assert", func() {
		var x any = "s"
		_ = x.(int)
	})
	catch("nil deref", func() {
		var p *MyErr
		_ = p.Code
	})
	catch("closed chan", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	catch("nested", func() {
		defer func() {
			fmt.Println("  inner defer runs first, recover in helper:", helperRecover())
		}()
		panic("deep")
	})
	catch("repanic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	})
	var target *MyErr
	func() {
		defer func() {
			r := recover()
			if err, ok := r.(error); ok && errors.As(err, &target) {
				fmt.Println("errors.As on recovered value:", target.Code)
			}
		}()
		panic(fmt.Errorf("ctx: %w", &MyErr{99}))
	}()
	fmt.Println("recover outside panic:", recover())
	fmt.Println("main done")
}
