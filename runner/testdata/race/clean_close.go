// Closing a channel happens before a receive that sees it closed.
package main

func main() {
	msg := ""
	done := make(chan struct{})
	go func() {
		msg = "hello"
		close(done)
	}()
	<-done
	println(msg)

	var data [3]int
	quit := make(chan struct{})
	finished := make(chan bool)
	go func() {
		<-quit
		println("worker sees", data[0]+data[1]+data[2])
		finished <- true
	}()
	data[0], data[1], data[2] = 1, 2, 3
	close(quit)
	<-finished
}
