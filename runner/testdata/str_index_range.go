// Indexing strings yields bytes; ranging yields runes with their byte offsets.
package main

import "fmt"

func main() {
	s := "aé世😀"
	fmt.Println("len:", len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("s[%d] = %d %#x %T\n", i, s[i], s[i], s[i])
	}
	for i, r := range s {
		fmt.Printf("offset %d rune %c %U %d %T\n", i, r, r, r, r)
	}
	bad := "a\xffb\xe4\xb8c\x80"
	for i, r := range bad {
		fmt.Printf("bad offset %d rune %q %U\n", i, r, r)
	}
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println("runes counted by range:", n)
	fmt.Println(s[1:3], s[3:6], s[:1])
	fmt.Printf("%q %q %+q %x % x\n", s, bad, s, s, bad)
	b := s[1]
	fmt.Println(b, string(b), string(rune(b)))
	str := "hello"
	last := str[len(str)-1]
	fmt.Println(last, string(last), str[0] == 'h', str[1] < str[2])
	rs := []rune(bad)
	fmt.Println(len(rs), rs)
}
