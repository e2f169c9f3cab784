// switch: evaluation order of case expressions, init statements, break inside
// a case, switching on interfaces and on named integer types.
package main

import "fmt"

func evalOrder(x int) {
	f := func(v int) int { fmt.Print("eval ", v, "; "); return v }
	switch x {
	case f(1), f(2):
		fmt.Println("matched 1 or 2")
	case f(3):
		fmt.Println("matched 3")
	default:
		fmt.Println("no match")
	}
}

func main() {
	evalOrder(2)
	evalOrder(3)
	evalOrder(9)
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		if x == 5 {
			break
		}
		fmt.Println("not printed")
	case x > 1:
		fmt.Println("not reached")
	}
	switch y := "go"; y + "lang" {
	case "golang":
		fmt.Println("golang!")
	}
	switch {
	}
	var v any = 3
	switch v {
	case 3:
		fmt.Println("interface switch matched int 3")
	case "3":
		fmt.Println("string")
	}
	type Dir int
	const (
		N Dir = iota
		E
		S
		W
	)
	for d := N; d <= W; d++ {
		switch d {
		case N, S:
			fmt.Print("vertical ")
		default:
			fmt.Print("horizontal ")
		}
	}
	fmt.Println()
}
