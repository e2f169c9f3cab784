package main

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; carol@site.org"
	fmt.Println(re.MatchString(s))
	fmt.Println(re.FindString(s))
	fmt.Println(re.FindAllString(s, -1))
	fmt.Println(re.FindStringSubmatch(s))
	fmt.Println(re.FindAllStringSubmatchIndex(s, -1))
	fmt.Println(re.ReplaceAllString(s, "$2:$1"))
	fmt.Println(re.NumSubexp(), re.String())

	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := named.FindStringSubmatch("date: 2024-03-17")
	for i, n := range named.SubexpNames() {
		if n != "" {
			fmt.Printf("%s=%s ", n, m[i])
		}
	}
	fmt.Println(named.SubexpIndex("month"))
	fmt.Println(named.ReplaceAllString("2024-03-17 and 1999-12-31", "${day}/${month}/${year}"))

	fmt.Println(regexp.MustCompile(`a+b*`).FindAllStringIndex("aaabbb ab a b", -1))
	fmt.Println(regexp.MustCompile(`(?i)héllo`).MatchString("HÉLLO world"))
	fmt.Println(regexp.MustCompile(`\p{Greek}+`).FindString("abc αβγ def"))
	fmt.Println(regexp.MustCompile(`[[:upper:]]+`).FindAllString("ABC def GHI", -1))
	fmt.Println(regexp.MustCompile(`\s+`).Split("a  b \t c\nd", -1))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))
	fmt.Println(regexp.MustCompile(`(a)(b)?`).ReplaceAllStringFunc("ab a", strings.ToUpper))
	fmt.Println(regexp.QuoteMeta("1.5+2=[3]?"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	_, err = regexp.Compile(`*a`)
	fmt.Println(err)
	_, err = regexp.Compile(`\8`)
	fmt.Println(err)
	lit := regexp.MustCompile(`^hello`)
	fmt.Println(lit.LiteralPrefix())
	fmt.Println(regexp.MustCompilePOSIX(`a+|a+b`).FindString("aab"))
	fmt.Println(regexp.MustCompile(`a+|a+b`).FindString("aab"))
	re2 := regexp.MustCompile(`(?m)^(\w+):\s*(.*)$`)
	fmt.Printf("%q\n", re2.FindAllStringSubmatch("name: x\nage: 3\n", -1))
	fmt.Println(string(re2.Expand(nil, []byte("$1=$2"), []byte("k: v"), re2.FindSubmatchIndex([]byte("k: v")))))
	fmt.Println(re.Longest == nil)
	ok, err := regexp.MatchString(`^\d+$`, "12345")
	fmt.Println(ok, err)
	fmt.Println(regexp.MustCompile(`(?s)a.b`).MatchString("a\nb"), regexp.MustCompile(`a.b`).MatchString("a\nb"))
	fmt.Println(regexp.MustCompile(`\bfoo\b`).FindAllStringIndex("foo foobar barfoo foo.", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("a,b,,c", 2))
	p, err := syntax.Parse(`a|b|c[d-f]+`, syntax.Perl)
	fmt.Println(p, err, p.Simplify())
	prog, _ := syntax.Compile(p.Simplify())
	fmt.Println(prog.NumCap, len(prog.Inst) > 0)
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`(`)
}
