// panic with float, bool and complex values formats them like print does.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered bool:", r)
		defer func() {
			fmt.Println("recovered complex:", recover())
			ratio := 2.0 / 3
			fmt.Println("panicking with", ratio)
			panic(ratio)
		}()
		panic(complex(1, -2))
	}()
	panic(true)
}
