package work

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// Fib is recursive calls: fib(27).
func Fib() int { return fib(27) }
