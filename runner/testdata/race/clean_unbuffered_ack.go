// On an unbuffered channel the receive also happens before the send
// completes: the goroutine's read of x is ordered before main's write.
package main

func main() {
	x := 1
	ch := make(chan int)
	out := make(chan int, 1)
	go func() {
		v := x
		<-ch
		out <- v
	}()
	ch <- 0
	x = 2
	println(<-out, x)
}
