// Recovering and panicking again with the same value: Go marks it
// "[recovered, repanicked]".
package main

import "fmt"

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "cleaning up after:", r)
		panic(r)
	}
}

func work() {
	defer cleanup("work")
	fmt.Println("working")
	panic("disk on fire")
}

func main() {
	defer fmt.Println("main defer runs during the repanic")
	work()
	fmt.Println("not reached")
}
