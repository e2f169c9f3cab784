// log.Fatal in a goroutine ends the process with status 1 while main
// prints: main's lines before it, or not.
package main

import (
	"fmt"
	"log"
	"time"
)

func main() {
	log.SetFlags(0)
	go log.Fatal("worker: fatal")
	fmt.Println("main 1")
	fmt.Println("main 2")
	time.Sleep(time.Second)
	fmt.Println("main end")
}
