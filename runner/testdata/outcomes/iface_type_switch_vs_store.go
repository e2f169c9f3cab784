// A type switch on an interface variable a goroutine stores another
// dynamic type into: the switch sees the int or the string, and the value
// that goes with it.
package main

import "fmt"

func main() {
	var v any = 1
	done := make(chan bool)
	go func() {
		v = "s"
		done <- true
	}()
	switch x := v.(type) {
	case int:
		fmt.Println("int", x)
	case string:
		fmt.Println("string", x)
	}
	<-done
}
