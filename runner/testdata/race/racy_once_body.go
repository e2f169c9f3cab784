// The function run by sync.Once writes a variable that main reads without
// going through the Once: the write's stack runs through sync.
package main

import (
	"sync"
	"time"
)

var (
	once sync.Once
	conf string
)

func main() {
	go once.Do(func() { conf = "loaded" })
	time.Sleep(10 * time.Millisecond)
	println("conf:", conf)
}
