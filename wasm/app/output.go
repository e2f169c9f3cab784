//go:build js && wasm

package main

import (
	"interleave/wasm/app/model"

	"strings"

	"honnef.co/go/js/dom/v2"
)

// outputView renders what a program printed, Go-style: stdout, then stderr in
// its own colour, with every prog.go:LINE a link to that line in the editor,
// and under a failure one plain sentence on why it happened.
type outputView struct {
	box, explanation dom.HTMLElement
	gotoLine         func(line, col int)
	notes            func() // shows the current example's notes; nil when embedded
}

func newOutputView(gotoLine func(int, int), notes func()) *outputView {
	return &outputView{box: byID("output"), explanation: byID("explanation"), gotoLine: gotoLine, notes: notes}
}

func (o *outputView) clear() {
	empty(o.box)
	setHidden(o.explanation, true)
}

func (o *outputView) placeholder(text string) {
	o.clear()
	o.box.AppendChild(el("span", "muted", text))
}

// show renders one run's streams and exit status.
func (o *outputView) show(stdout, stderr string, exit int, explanation string) {
	o.clear()
	if stdout == "" && stderr == "" {
		o.box.AppendChild(el("span", "muted", "(no output)"))
	}
	if stdout != "" {
		o.box.AppendChild(el("span", "stream", "stdout"))
		o.box.AppendChild(el("span", "stdout", stdout))
	}
	if stderr != "" {
		o.box.AppendChild(el("span", "stream", "stderr"))
		s := el("span", "stderr", "")
		o.linkify(s, stderr)
		o.box.AppendChild(s)
	}
	if exit != 0 {
		o.box.AppendChild(el("span", "exit", "exit status "+itoa(exit)))
	}
	o.explain(explanation)
}

// diagnostics renders compile errors like the go command does.
func (o *outputView) diagnostics(ds []model.Diagnostic) {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString("prog.go:" + itoa(d.Line) + ":" + itoa(d.Col) + ": " + d.Msg + "\n")
	}
	o.show("", b.String(), 1, "")
}

func (o *outputView) explain(text string) {
	empty(o.explanation)
	if text == "" {
		setHidden(o.explanation, true)
		return
	}
	p := el("p", "", "")
	o.linkify(p, text) // its prog.go:LINE references lead to the editor too
	o.explanation.AppendChild(p)
	if o.notes != nil {
		a := el("a", "", "Read the notes for this example")
		a.SetAttribute("href", "#notes")
		onClick(a, o.notes)
		o.explanation.AppendChild(a)
	}
	setHidden(o.explanation, false)
}

// linkify appends text to parent, turning each prog.go:LINE[:COL] into a
// link that moves the editor there.
func (o *outputView) linkify(parent dom.HTMLElement, text string) {
	const file = "prog.go:"
	for {
		i := strings.Index(text, file)
		if i < 0 {
			break
		}
		j := i + len(file)
		line, n := leadingInt(text[j:])
		if n == 0 {
			parent.AppendChild(doc.CreateTextNode(text[:j]))
			text = text[j:]
			continue
		}
		j += n
		col := 0
		if j < len(text) && text[j] == ':' {
			if c, m := leadingInt(text[j+1:]); m > 0 {
				col, j = c, j+1+m
			}
		}
		parent.AppendChild(doc.CreateTextNode(text[:i]))
		a := el("a", "src", text[i:j])
		a.SetAttribute("href", "#")
		a.SetAttribute("aria-label", "Go to line "+itoa(line)+" in the editor")
		onClick(a, func() { o.gotoLine(line, col) })
		parent.AppendChild(a)
		text = text[j:]
	}
	parent.AppendChild(doc.CreateTextNode(text))
}

func leadingInt(s string) (v, n int) {
	for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
		v = v*10 + int(s[n]-'0')
		n++
	}
	return v, n
}
