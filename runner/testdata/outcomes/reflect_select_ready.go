// reflect.Select with two ready receive cases and a default: it picks one
// of the ready cases uniformly at random, never the default.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	a <- 1
	b <- "x"
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(a)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(b)},
		{Dir: reflect.SelectDefault},
	}
	i, v, ok := reflect.Select(cases)
	fmt.Println(i, v, ok)
}
