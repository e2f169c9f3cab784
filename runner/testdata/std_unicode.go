// unicode and unicode/utf8: classification, case mapping, encoding and decoding.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 \t\n_é世Σ!٣" {
		fmt.Printf("%q upper=%v lower=%v letter=%v digit=%v number=%v space=%v punct=%v ToUpper=%q ToLower=%q\n",
			r, unicode.IsUpper(r), unicode.IsLower(r), unicode.IsLetter(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(unicode.ToTitle('a'), unicode.IsControl('\x07'), unicode.IsPrint('\x07'), unicode.IsGraphic('x'), unicode.In('世', unicode.Han))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.ReplacementChar))
	s := "héllo, 世界! 😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c/%d ", i, r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("last %q %d\n", r, size)
	bad := "a\xffb\xc3"
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad))
	for i := 0; i < len(bad); {
		r, size := utf8.DecodeRuneInString(bad[i:])
		fmt.Printf("%d:%U/%d ", i, r, size)
		i += size
	}
	fmt.Println()
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'é', '世', '😀', -1, 0xD800} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("EncodeRune(%U) = % x (%d) RuneLen=%d ValidRune=%v\n", r, buf[:n], n, utf8.RuneLen(r), utf8.ValidRune(r))
	}
	app := utf8.AppendRune([]byte("x"), '→')
	fmt.Printf("%q %v\n", app, utf8.Valid(app))
	fmt.Println(utf8.FullRuneInString("\xe4\xb8"), utf8.FullRuneInString("\xe4\xb8\x96"), utf8.RuneStart(0x96), utf8.UTFMax, utf8.RuneSelf)
	count := map[string]int{}
	for _, r := range "Hello World 123 ,.!" {
		switch {
		case unicode.IsUpper(r):
			count["upper"]++
		case unicode.IsLower(r):
			count["lower"]++
		case unicode.IsDigit(r):
			count["digit"]++
		case unicode.IsSpace(r):
			count["space"]++
		default:
			count["other"]++
		}
	}
	fmt.Println(count)
}
