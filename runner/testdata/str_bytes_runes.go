// Converting between strings, byte slices and rune slices.
package main

import "fmt"

func upper(b []byte) {
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "go, 世界!"
	b := []byte(s)
	upper(b)
	fmt.Println(string(b), s)
	fmt.Println(reverseRunes(s), reverseRunes(""), reverseRunes("a"))
	b = append(b, " more"...)
	fmt.Println(string(b), len(b), cap(b) >= len(b))
	b = append([]byte("x"), 'y', 'z')
	fmt.Printf("%s %v %q %x\n", b, b, b, b)
	r := []rune{72, 105, 0x4e16, -1, 0x110000}
	fmt.Printf("%q %v\n", string(r), []byte(string(r)))
	var bs []byte
	for i := 0; i < 26; i += 5 {
		bs = append(bs, byte('a'+i))
	}
	fmt.Println(string(bs))
	copyDst := make([]byte, 4)
	n := copy(copyDst, "héllo")
	fmt.Println(n, copyDst, string(copyDst[:n]))
	counts := [256]int{}
	for _, c := range []byte("mississippi") {
		counts[c]++
	}
	for c, k := range counts {
		if k > 0 {
			fmt.Printf("%c=%d ", c, k)
		}
	}
	fmt.Println()
	runes := []rune("ÀÉÎõü")
	for i := range runes {
		runes[i]++
	}
	fmt.Println(string(runes))
	fmt.Println(string([]byte{0xe4, 0xb8, 0x96}), []rune(string([]byte{0xff, 'a'})))
}
