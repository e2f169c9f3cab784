// Deferred functions may read and modify named results.
package main

import (
	"errors"
	"fmt"
)

func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1
}

func tripleDefer() (n int) {
	defer func() { n += 100 }()
	defer func() { n *= 10 }()
	n = 1
	return n + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func annotate(op string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("%s: %w", op, err)
		}
	}()
	if op == "bad" {
		return errors.New("failed")
	}
	return nil
}

func unnamed() int {
	x := 5
	defer func() { x = 50 }()
	return x
}

func counter() (s []string) {
	defer func() { s = append(s, "deferred") }()
	s = append(s, "body")
	return s
}

func main() {
	fmt.Println(double(3), double(-1))
	fmt.Println(tripleDefer())
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(annotate("good"), annotate("bad"))
	err := annotate("bad")
	fmt.Println(errors.Unwrap(err))
	fmt.Println(unnamed())
	fmt.Println(counter())
}
