// The simplest panic: panic("boom").
package main

import "fmt"

func main() {
	for i := 3; i > 0; i-- {
		fmt.Println(i, "...")
	}
	panic("boom")
}
