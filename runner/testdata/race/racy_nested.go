// A goroutine started by another goroutine: the report shows where each was
// created.
package main

import "time"

var shared int

func worker(n int) {
	shared = n
}

func spawn() {
	go worker(1)
}

func main() {
	go spawn()
	time.Sleep(10 * time.Millisecond)
	go worker(2)
	time.Sleep(10 * time.Millisecond)
	println("shared:", shared)
}
