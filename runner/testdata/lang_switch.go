// switch: fallthrough, no condition, init statements, multiple values per case.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one-or-fell")
		fallthrough
	case 2:
		out = append(out, "two-or-fell")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	if r >= '0' && r <= '9' {
		return "digit"
	}
	return "other"
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for n := 0; n <= 4; n++ {
		fmt.Println(n, fall(n))
	}
	for _, r := range "a1 z\te" {
		fmt.Printf("%q:%s ", r, kind(r))
	}
	fmt.Println()
}
