// Variadic functions: zero args, several args, and passing a slice with ...
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	fmt.Printf("  sum got %d args, nil=%v\n", len(nums), nums == nil)
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func describe(prefix string, vals ...any) string {
	return fmt.Sprintf("%s(%d): %v", prefix, len(vals), vals)
}

func minMax(first int, rest ...int) (int, int) {
	lo, hi := first, first
	for _, r := range rest {
		lo = min(lo, r)
		hi = max(hi, r)
	}
	return lo, hi
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1))
	fmt.Println(sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(sum(s[1:]...))
	fmt.Println(sum([]int{}...))
	var nilS []int
	fmt.Println(sum(nilS...))
	mutate(s...)
	fmt.Println("slice passed with ... is shared:", s)
	mutate(s[0], s[1])
	fmt.Println("separate args are copied:", s)
	fmt.Println(join("-"), join("-", "a"), join(", ", "a", "b", "c"))
	words := []string{"x", "y"}
	fmt.Println(join("+", words...))
	fmt.Println(describe("none"))
	fmt.Println(describe("mixed", 1, "two", 3.0, nil))
	anys := []any{"a", 1}
	fmt.Println(describe("spread", anys...))
	fmt.Println(describe("nested", anys))
	fmt.Println(minMax(5))
	fmt.Println(minMax(5, 9, -2, 7))
	f := fmt.Sprintln
	fmt.Print(f("via", "func", "value", 1))
	apply := func(fn func(...int) int, xs ...int) int { return fn(xs...) }
	fmt.Println(apply(sum, 10, 20))
	fmt.Println(append([]int{1}, s...), append(s[:1], 9))
}
