// reflect's channel operations: a pipeline driven through reflect, a
// text/template ranging over a channel (template uses Value.Recv), then a
// deadlock with goroutines blocked in reflect.Select, Recv and Send.
package main

import (
	"fmt"
	"os"
	"reflect"
	"text/template"
)

func main() {
	c := make(chan string, 3)
	cv := reflect.ValueOf(c)
	for _, s := range []string{"a", "b", "c"} {
		cv.Send(reflect.ValueOf(s))
	}
	fmt.Println(cv.Len(), cv.Cap())
	cv.Close()
	template.Must(template.New("t").Parse("{{range .}}[{{.}}]{{end}}\n")).Execute(os.Stdout, c)
	d := make(chan int, 2)
	d <- 7
	d <- 8
	close(d)
	for x := range reflect.ValueOf(d).Seq() {
		fmt.Println(x)
	}
	blocked := make(chan int)
	go reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(blocked)}})
	go reflect.ValueOf(blocked).Recv()
	reflect.ValueOf(make(chan int)).Send(reflect.ValueOf(1))
}
