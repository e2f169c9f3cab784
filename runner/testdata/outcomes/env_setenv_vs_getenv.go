// os.Setenv in a goroutine against os.Getenv in main: the environment is
// shared behind a lock, so main sees the old value or the new one.
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Setenv("MODE", "old")
	done := make(chan bool)
	go func() {
		os.Setenv("MODE", "new")
		done <- true
	}()
	x := 0
	for i := range 300000 {
		x += i
	}
	v := os.Getenv("MODE")
	<-done
	fmt.Println(v, os.Getenv("MODE"), x > 0)
}
