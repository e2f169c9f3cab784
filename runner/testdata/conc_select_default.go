// select with a default case never blocks.
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 4; i++ {
		fmt.Println("trySend", i, trySend(ch, i))
	}
	for i := 0; i < 4; i++ {
		v, ok := tryRecv(ch)
		fmt.Println("tryRecv", v, ok)
	}
	unbuf := make(chan int)
	fmt.Println("send on unbuffered with no receiver:", trySend(unbuf, 1))
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("impossible")
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channels are never ready")
	}
	closed := make(chan int)
	close(closed)
	for i := 0; i < 2; i++ {
		select {
		case v, ok := <-closed:
			fmt.Println("closed channel is always ready:", v, ok)
		default:
			fmt.Println("not printed")
		}
	}
	count := 0
	ready := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ready <- i
	}
	for {
		select {
		case v := <-ready:
			count += v
			continue
		default:
		}
		break
	}
	fmt.Println("drained sum:", count)
}
