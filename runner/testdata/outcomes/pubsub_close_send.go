package main

import (
	"fmt"
	"sync"
)

// A broker publishes to subscribers while one unsubscribes by closing its
// channel under the broker's lock; a publisher that copied the list before
// the close may send on the closed channel.
type broker struct {
	mu   sync.Mutex
	subs []chan int
}

func (b *broker) publish(v int) {
	b.mu.Lock()
	subs := append([]chan int(nil), b.subs...)
	b.mu.Unlock()
	for _, s := range subs {
		select {
		case s <- v:
		default:
		}
	}
}

func (b *broker) unsubscribe(i int) {
	b.mu.Lock()
	close(b.subs[i])
	b.subs = b.subs[:i]
	b.mu.Unlock()
}

func main() {
	b := &broker{}
	for range 2 {
		b.subs = append(b.subs, make(chan int, 1))
	}
	var wg sync.WaitGroup
	wg.Go(func() { b.publish(1) })
	wg.Go(func() { b.unsubscribe(1) })
	wg.Wait()
	v, ok := <-b.subs[0]
	fmt.Println(v, ok)
}
