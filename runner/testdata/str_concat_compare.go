// String concatenation, comparison and immutability.
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
		s += "-"
		fmt.Println(s, len(s))
	}
	a, b := "apple", "apricot"
	fmt.Println(a < b, a > b, a == b, a != b, a <= "apple", "Z" < "a", "" < "a")
	words := []string{"banana", "Apple", "apple", "cherry", "", "app", "äpfel", "zebra"}
	for _, w := range words {
		fmt.Printf("%q < %q: %v, cmp with \"apple\": %v %v\n", w, "apple", w < "apple", w == "apple", w > "apple")
	}
	t := s
	s += "tail"
	fmt.Println(t, s)
	x := "héllo"
	y := "h" + "é" + "llo"
	fmt.Println(x == y, len(x), len(y))
	multi := `raw
string with \n and "quotes"`
	fmt.Println(multi, len(multi))
	fmt.Println("tab\tnewline\\n quote\" unicode \u00e9 \U0001F600 hex \x41 octal \101")
	parts := []string{}
	for i := 0; i < 3; i++ {
		parts = append(parts, "p"+string(rune('0'+i)))
	}
	fmt.Println(parts, len(parts))
	var empty string
	fmt.Printf("%q %d %v\n", empty, len(empty), empty == "")
	c := "x"
	c2 := c
	c += "y"
	fmt.Println(c, c2)
}
