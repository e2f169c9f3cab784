// Visibility row "os.Exit": exiting ends every goroutine, before or after
// another one prints.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"os"
)

func main() {
	go fmt.Println("child")
	fmt.Println("main")
	os.Exit(3)
}
