// time.After in select: a timeout that fires, and one that loses the race.
// Every race is decided by at least 125ms, so one run of real Go on a loaded
// machine (a sleep may overshoot by tens of milliseconds) prints the same.
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
	// Ticks at 250, 500 and 750ms; the deadline falls halfway to the fourth.
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(875 * time.Millisecond)
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
