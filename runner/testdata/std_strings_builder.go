// strings.Builder and a few text-processing helpers built on strings.
package main

import (
	"fmt"
	"strings"
)

func table(rows [][]string) string {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(c)
			b.WriteString(strings.Repeat(" ", widths[i]-len(c)))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d:", i)
		b.WriteRune('→')
		b.WriteByte(' ')
	}
	n, err := b.WriteString("end")
	fmt.Println(n, err)
	fmt.Println(b.String())
	fmt.Println(b.Len())
	b.Reset()
	b.WriteString("fresh")
	fmt.Println(b.String(), b.Len())
	fmt.Print(table([][]string{{"name", "qty", "note"}, {"apple", "3", ""}, {"kiwi", "12", "ripe"}}))
	words := strings.Fields("the cat sat on the mat")
	var caps []string
	for _, w := range words {
		caps = append(caps, strings.ToUpper(w[:1])+w[1:])
	}
	fmt.Println(strings.Join(caps, " "))
	acr := strings.Builder{}
	for _, w := range strings.Fields("portable network graphics") {
		acr.WriteByte(w[0] - 32)
	}
	fmt.Println(acr.String())
	line := "name=Ada; lang=Go; year=2009"
	for _, kv := range strings.Split(line, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(kv), "=")
		fmt.Printf("%-5s -> %s\n", k, v)
	}
	pal := func(s string) bool {
		s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
		for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
			if s[i] != s[j] {
				return false
			}
		}
		return true
	}
	fmt.Println(pal("Never odd or even"), pal("Gopher"))
	var sb strings.Builder
	sb.Grow(64)
	for i := range 3 {
		sb.WriteString(strings.Repeat("*", i+1))
		sb.WriteString("\n")
	}
	fmt.Print(sb.String())
}
