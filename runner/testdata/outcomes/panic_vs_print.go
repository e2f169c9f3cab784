// A goroutine panics while main prints: main's lines may or may not appear
// before the crash, or main may finish first.
package main

import "fmt"

func main() {
	go func() {
		panic("boom")
	}()
	fmt.Println("one")
	fmt.Println("two")
}
