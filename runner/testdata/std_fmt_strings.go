// String verbs %s %q %x %X with widths and precision; %% and %*s.
package main

import "fmt"

func main() {
	strs := []string{"", "go", "héllo", "tab\there", "quote\"back\\", "日本語", "\x00\x7f"}
	for _, s := range strs {
		fmt.Printf("[%s] [%q] [%+q] [%#q] [%x] [% X] [%8s] [%-8s] [%.2s] [%8.3q]\n", s, s, s, s, s, s, s, s, s, s)
	}
	fmt.Printf("[%*s] [%-*s] [%.*s]\n", 6, "ab", 6, "ab", 1, "ab")
	fmt.Printf("[%s] [%q] [%v]\n", []string{"a", "b c"}, []string{"a", "b c"}, []string{"x"})
	fmt.Printf("[%s] [%x] [%X] [% x] [%q]\n", []byte("bytes"), []byte("bytes"), []byte{1, 171}, []byte{1, 2}, []byte("q"))
	fmt.Printf("[%5s] [%-5s] [%05s]\n", []byte("ab"), "ab", "ab")
	fmt.Printf("[%s] [%10v] [%-10v]\n", true, "v", "v")
	fmt.Printf("%s %v %d\n", 'x', 'x', 'x')
	fmt.Printf("%q %q %q\n", "\a\b\f\n\r\t\v", "\u2028", "\U0010FFFF")
	fmt.Printf("%q %+q\n", "\xff\xfe", "é😀")
	fmt.Printf("%#q %#q\n", "back`tick", "no tick")
	fmt.Printf("%%d %% %5.1f%%\n", 12.34)
	fmt.Printf("%s|%10s|%-10s|\n", fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(3, "c"))
	type S string
	fmt.Printf("%s %q %v %x\n", S("typed"), S("typed"), S("typed"), S("ty"))
	fmt.Printf("%s\n", struct {
		A string
		B []byte
	}{"a", []byte("b")})
	fmt.Printf("%v %s\n", [3]string{"x", "", "z"}, map[string]string{"k": "v", "a": "b"})
	fmt.Printf("%.0s|%.10s|%3.1s|\n", "abc", "abc", "abc")
	fmt.Printf("%q\n", []any{"s", 1, 'c'})
	fmt.Printf("%x %X\n", "Hello, 世界", "\xff")
	fmt.Printf("%08q|%-8q|\n", "a", "b")
}
