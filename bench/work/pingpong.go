package work

// PingPong hands a value back and forth over unbuffered channels.
func PingPong() int {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 50000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	return v
}
