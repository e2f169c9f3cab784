// A panic deep in a call chain: every deferred print runs innermost first,
// then the trace lists the frames.
package main

import "fmt"

type Parser struct {
	tokens []string
	pos    int
}

func (p *Parser) next() string {
	defer fmt.Println("  next() returning at pos", p.pos)
	t := p.tokens[p.pos]
	p.pos++
	return t
}

func (p *Parser) expr(depth int) int {
	defer fmt.Println("  leaving expr depth", depth)
	t := p.next()
	fmt.Println("token", t, "at depth", depth)
	if t == "(" {
		v := p.expr(depth + 1)
		p.next()
		return v
	}
	var n int
	fmt.Sscan(t, &n)
	return n
}

func parse(src []string) int {
	p := &Parser{tokens: src}
	return p.expr(0)
}

func main() {
	fmt.Println("result:", parse([]string{"(", "(", "7", ")", ")"}))
	fmt.Println("result:", parse([]string{"(", "(", "8"}))
}
