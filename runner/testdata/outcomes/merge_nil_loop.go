package main

import "fmt"

// Merge two channels; a channel is set to nil once closed so the select
// stops choosing it.
func gen(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for _, v := range vals {
			c <- v
		}
	}()
	return c
}

func main() {
	a, b := gen(1, 2), gen(10)
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				out = append(out, -1)
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				out = append(out, -10)
				continue
			}
			out = append(out, v)
		}
	}
	fmt.Println(out)
}
