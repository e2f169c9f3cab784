// time.After in select: a timeout that fires, and one that loses the race.
package main

import (
	"fmt"
	"time"
)

func fetch(delay time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		ch <- fmt.Sprint("result after ", delay)
	}()
	return ch
}

func withTimeout(delay, limit time.Duration) string {
	select {
	case r := <-fetch(delay):
		return r
	case <-time.After(limit):
		return fmt.Sprint("timed out after ", limit)
	}
}

func main() {
	fmt.Println(withTimeout(50*time.Millisecond, 500*time.Millisecond))
	fmt.Println(withTimeout(500*time.Millisecond, 50*time.Millisecond))
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(450 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-tick.C:
			ticks++
			fmt.Println("tick", ticks)
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticks before deadline:", ticks)
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t.Stop())
	t2 := time.NewTimer(10 * time.Millisecond)
	<-t2.C
	fmt.Println("timer fired; Stop now:", t2.Stop())
	fired := make(chan bool)
	time.AfterFunc(20*time.Millisecond, func() { fired <- true })
	fmt.Println("AfterFunc fired:", <-fired)
	c := time.After(30 * time.Millisecond)
	v := <-c
	fmt.Printf("%T\n", v)
}
