// Deep recursion that Go's 1 GB stack holds: a million small frames, and a
// few thousand frames with an 8 KB local array each.
package main

import "fmt"

func count(n int) int {
	if n == 0 {
		return 0
	}
	return count(n-1) + 1
}

func big(n int) int {
	var buf [1 << 10]int
	buf[n%len(buf)] = n
	if n == 0 {
		return 0
	}
	return big(n-1) + buf[n%len(buf)] - n + 1
}

func main() {
	fmt.Println(count(1_000_000))
	fmt.Println(big(3000))
}
