package work

// Pipeline passes values through three stages over buffered channels.
func Pipeline() int {
	src, mid, out := make(chan int, 64), make(chan int, 64), make(chan int, 64)
	go func() {
		for i := 0; i < 50000; i++ {
			src <- i
		}
		close(src)
	}()
	go func() {
		for v := range src {
			mid <- v * 2
		}
		close(mid)
	}()
	go func() {
		for v := range mid {
			out <- v + 1
		}
		close(out)
	}()
	s := 0
	for v := range out {
		s += v
	}
	return s
}
