// A value handed over through a channel: the send happens before the
// receive completes, so main's read is ordered after the goroutine's write.
package main

type job struct {
	id     int
	result string
}

func main() {
	j := &job{id: 1}
	done := make(chan bool)
	go func() {
		j.result = "done"
		done <- true
	}()
	<-done
	println(j.id, j.result)

	// Buffered channel: the k-th receive happens after the k-th send.
	results := make(chan *job, 3)
	for i := 0; i < 3; i++ {
		go func() {
			r := &job{id: i}
			r.result = "ok"
			results <- r
		}()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		r := <-results
		sum += r.id
		_ = r.result
	}
	println("sum:", sum)
}
