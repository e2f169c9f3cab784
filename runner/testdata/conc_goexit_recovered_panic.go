package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("last defer")
		defer func() {
			defer func() {
				fmt.Println("inner recovered:", recover())
			}()
			panic("panic during goexit")
		}()
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	<-done
	done2 := make(chan bool)
	go func() {
		defer close(done2)
		func() {
			defer func() {
				fmt.Println("recovered in helper:", recover())
			}()
			defer runtime.Goexit()
			panic("x")
		}()
		fmt.Println("after helper: not reached")
	}()
	<-done2
	fmt.Println("main end")
}
