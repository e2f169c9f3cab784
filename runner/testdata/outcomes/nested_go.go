// A goroutine starts another; the grandchild's message races the child's.
package main

import "fmt"

func main() {
	done := make(chan bool, 2)
	go func() {
		go func() {
			fmt.Println("grandchild")
			done <- true
		}()
		fmt.Println("child")
		done <- true
	}()
	<-done
	<-done
}
