// Loops of every shape: while-style, infinite with break, continue, labeled
// break out of switch and select, parallel assignment in the post statement.
package main

import "fmt"

func main() {
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps:", steps)
	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 9 {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
sw:
	for x := 0; x < 5; x++ {
		switch {
		case x == 1:
			continue
		case x == 3:
			break sw
		}
		fmt.Print("x=", x, " ")
	}
	fmt.Println()
	c := make(chan int, 3)
	c <- 1
	c <- 2
	c <- 3
	close(c)
sel:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break sel
			}
			fmt.Print("recv ", v, " ")
		}
	}
	fmt.Println()
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		fmt.Print(a, ":", b, " ")
	}
	fmt.Println()
	goto end
end:
	fmt.Println("end")
}
