package main

import "fmt"

func Map[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Source[T any](vs ...T) <-chan T {
	out := make(chan T, 1)
	go func() {
		defer close(out)
		for _, v := range vs {
			out <- v
		}
	}()
	return out
}

// Two Map stages over one source: the items split between them in any way;
// the merge prints which stage handled which.
func main() {
	src := Source(1, 2, 3)
	a := Map(src, func(x int) string { return fmt.Sprint("a", x) })
	b := Map(src, func(x int) string { return fmt.Sprint("b", x) })
	var out []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, v)
		}
	}
	fmt.Println(len(out), out[len(out)-1][1:])
}
