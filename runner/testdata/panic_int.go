// panic with an int value.
package main

import "fmt"

func check(codes []int) {
	for _, c := range codes {
		fmt.Println("checking code", c)
		if c >= 400 {
			panic(c)
		}
	}
}

func main() {
	defer fmt.Println("deferred in main still runs")
	check([]int{200, 301, 404, 500})
}
