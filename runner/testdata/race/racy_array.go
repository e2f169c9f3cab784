// Goroutines write elements of a shared array; only the same element races.
package main

import "time"

var grid [4][4]int

func main() {
	for i := 0; i < 2; i++ {
		go func() {
			grid[i][i] = i + 1
			grid[0][3]++
		}()
		time.Sleep(10 * time.Millisecond)
	}
	println(grid[0][0], grid[1][1], grid[0][3])
}
