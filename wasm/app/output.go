//go:build js && wasm

package main

import (
	"interleave/wasm/app/model"

	"strconv"
	"strings"
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// outputView renders what a program printed, Go-style: stdout, then stderr in
// its own colour, with every prog.go:LINE a link to that line in the editor,
// and under a failure one plain sentence on why it happened.
//
// A long stream arrives cut (see the worker's lastrun.go): its beginning and
// its end, with a line between them offering "Show all", which fetches the
// rest from the worker in chunks, each appended in its own task, and
// "Download", which saves the whole stream as a file.
type outputView struct {
	box, explanation dom.HTMLElement
	gotoLine         func(line, col int)
	hasNotes         func() bool // whether an example with notes is open
	notes            func()      // shows them
	fetch            func(stream string, from, to int, done func(chunk string, ok bool))
	shown            int // bumped by every show: a chunk of an older run is dropped
}

func newOutputView(gotoLine func(int, int), hasNotes func() bool, notes func(), fetch func(string, int, int, func(string, bool))) *outputView {
	return &outputView{box: byID("output"), explanation: byID("explanation"), gotoLine: gotoLine, hasNotes: hasNotes, notes: notes, fetch: fetch}
}

func (o *outputView) clear() {
	o.shown++
	empty(o.box)
	setHidden(o.explanation, true)
}

func (o *outputView) placeholder(text string) {
	o.clear()
	o.box.AppendChild(el("span", "muted", text))
}

// show renders one run's streams and exit status; info says whether the
// streams are cut (its zero value: they are whole).
func (o *outputView) show(stdout, stderr string, exit int, explanation string, info outputInfo) {
	o.clear()
	if stdout == "" && stderr == "" {
		o.box.AppendChild(el("span", "muted", "(no output)"))
	}
	if stdout != "" {
		o.box.AppendChild(el("span", "stream", "stdout"))
		o.stream("stdout", stdout, info.StdoutTail, info.StdoutSize)
	}
	if stderr != "" {
		o.box.AppendChild(el("span", "stream", "stderr"))
		o.stream("stderr", stderr, info.StderrTail, info.StderrSize)
	}
	if exit != 0 {
		o.box.AppendChild(el("span", "exit", "exit status "+itoa(exit)))
	}
	o.explain(explanation)
}

// stream appends one stream: head, and when it was cut, the line offering
// the rest, and tail.
func (o *outputView) stream(name, head, tail string, size int) {
	part := func(text string) dom.HTMLElement {
		s := el("span", name, "")
		if name == "stderr" {
			o.linkify(s, text)
		} else {
			s.SetTextContent(text)
		}
		o.box.AppendChild(s)
		return s
	}
	first := part(head)
	if tail == "" || size <= len(head)+len(tail) {
		return
	}
	cut := el("span", "cut", "… "+sizeText(size-len(head)-len(tail))+" of "+name+" not shown · ")
	all := el("button", "", "Show all")
	all.SetAttribute("type", "button")
	all.SetAttribute("aria-label", "Show all "+sizeText(size)+" of "+name)
	down := el("button", "", "Download")
	down.SetAttribute("type", "button")
	down.SetAttribute("aria-label", "Download all of "+name+" as a file")
	cut.AppendChild(all)
	cut.AppendChild(doc.CreateTextNode(" "))
	cut.AppendChild(down)
	o.box.AppendChild(cut)
	last := part(tail)
	onClick(all, func() { o.showAll(name, size, first, cut, last) })
	onClick(down, func() { o.download(name, size) })
}

// outputChunk is how much of a stream one request brings: small enough
// that appending it is a short task.
const outputChunk = 64 << 10

// showAll replaces a cut stream by the whole of it, appended chunk by chunk.
func (o *outputView) showAll(name string, size int, first, cut, last dom.HTMLElement) {
	shown := o.shown
	cut.SetTextContent("Loading " + sizeText(size) + " of " + name + "…")
	o.box.RemoveChild(last)
	o.box.RemoveChild(first)
	carry := "" // a line begun in one chunk and ended in the next
	var next func(from int)
	next = func(from int) {
		o.fetch(name, from, min(from+outputChunk, size), func(chunk string, ok bool) {
			if o.shown != shown {
				return
			}
			if !ok || chunk == "" {
				cut.SetTextContent("The rest of " + name + " is gone: the runner was restarted.")
				return
			}
			from += len(chunk)
			text := carry + chunk
			carry = ""
			if i := strings.LastIndexByte(text, '\n'); from < size && i >= 0 {
				text, carry = text[:i+1], text[i+1:]
			}
			// Each chunk its own block of whole lines, so that laying out
			// the next one does not lay out the ones before again.
			o.box.InsertBefore(el("span", name+" chunk", text), cut)
			if from < size {
				next(from)
				return
			}
			o.box.RemoveChild(cut)
		})
	}
	next(0)
}

// download saves a whole stream as a text file.
func (o *outputView) download(name string, size int) {
	var parts []any
	var next func(from int)
	next = func(from int) {
		o.fetch(name, from, size, func(chunk string, ok bool) {
			if !ok || chunk == "" {
				return
			}
			parts = append(parts, chunk)
			if from += len(chunk); from < size {
				next(from)
				return
			}
			blob := js.Global().Get("Blob").New(js.ValueOf(parts), map[string]any{"type": "text/plain;charset=utf-8"})
			url := js.Global().Get("URL").Call("createObjectURL", blob)
			a := el("a", "", "")
			a.SetAttribute("href", url.String())
			a.SetAttribute("download", "prog-"+name+".txt")
			a.Underlying().Call("click")
			later(1000, func() { js.Global().Get("URL").Call("revokeObjectURL", url) })
		})
	}
	next(0)
}

// sizeText says a byte count in words: "912 KB".
func sizeText(n int) string {
	switch {
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	case n >= 1<<10:
		return itoa(n>>10) + " KB"
	}
	return plural(n, "byte")
}

// diagnostics renders compile errors like the go command does.
func (o *outputView) diagnostics(ds []model.Diagnostic) {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString("prog.go:" + itoa(d.Line) + ":" + itoa(d.Col) + ": " + d.Msg + "\n")
	}
	o.show("", b.String(), 1, "", outputInfo{})
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
	if o.hasNotes() {
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
