// Values handed over through select cases and a closed channel.
package main

func main() {
	a := make(chan *int)
	b := make(chan *int)
	quit := make(chan struct{})
	go func() {
		x := new(int)
		*x = 1
		a <- x
		y := new(int)
		*y = 2
		b <- y
		close(quit)
	}()
	sum := 0
	for {
		select {
		case p := <-a:
			sum += *p
		case p := <-b:
			sum += *p
		case <-quit:
			println("sum:", sum)
			return
		}
	}
}
