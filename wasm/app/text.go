//go:build js && wasm

package main

import "strconv"

// Number and word formatting shared by the views.

func itoa(i int) string { return strconv.Itoa(i) }

// plural says "1 schedule" or "3,000 schedules".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return groupDigits(n) + " " + word + "s"
}

// groupDigits writes 12345 as 12,345.
func groupDigits(n int) string {
	if n < 0 {
		return "-" + groupDigits(-n)
	}
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// atoi reads a decimal integer, as typed in a form field.
func atoi(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func clamp(x, lo, hi float64) float64 {
	return max(lo, min(x, hi))
}
