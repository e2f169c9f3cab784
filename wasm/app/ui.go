//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// Small DOM helpers. Every piece of user or program text reaches the page
// through SetTextContent; nothing here ever sets innerHTML.

var doc = dom.GetWindow().Document()

const svgNS = "http://www.w3.org/2000/svg"

func byID(id string) dom.HTMLElement { return doc.GetElementByID(id).(dom.HTMLElement) }

func button(id string) *dom.HTMLButtonElement { return byID(id).(*dom.HTMLButtonElement) }

func input(id string) *dom.HTMLInputElement { return byID(id).(*dom.HTMLInputElement) }

func selectByID(id string) *dom.HTMLSelectElement { return byID(id).(*dom.HTMLSelectElement) }

// exists reports whether the page has element id: the embedded player
// (embed.html) has only some of the playground's.
func exists(id string) bool { return doc.GetElementByID(id) != nil }

// el makes an element with an optional class and text.
func el(tag, class, text string) dom.HTMLElement {
	e := doc.CreateElement(tag).(dom.HTMLElement)
	if class != "" {
		e.Class().SetString(class)
	}
	if text != "" {
		e.SetTextContent(text)
	}
	return e
}

// svg makes an SVG element with attributes given as name, value pairs.
func svg(tag string, attrs ...string) dom.Element {
	e := doc.CreateElementNS(svgNS, tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		e.SetAttribute(attrs[i], attrs[i+1])
	}
	return e
}

func empty(e dom.Node) {
	for e.HasChildNodes() {
		e.RemoveChild(e.LastChild())
	}
}

func onClick(e dom.Element, f func()) {
	e.AddEventListener("click", false, func(ev dom.Event) {
		ev.PreventDefault()
		f()
	})
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 0, 64) }

// laneHue is the class that gives goroutine g its colour (--g-color, and
// fill in the timeline), shared by its timeline lane, its editor marks and
// its play button. A class, not a style attribute: the Content-Security-Policy
// allows no inline styles.
func laneHue(g int) string { return "g-hue-" + strconv.Itoa(g%8) }

// setStyle sets one CSS property through the CSSOM, which the
// Content-Security-Policy allows where a style attribute is refused.
func setStyle(e dom.Element, prop, value string) {
	e.Underlying().Get("style").Call("setProperty", prop, value)
}

// later runs f after ms milliseconds on the event loop.
func later(ms int, f func()) int {
	var fn js.Func
	fn = js.FuncOf(func(js.Value, []js.Value) any {
		fn.Release()
		f()
		return nil
	})
	return js.Global().Call("setTimeout", fn, ms).Int()
}

func cancelLater(id int) { js.Global().Call("clearTimeout", id) }

func setHidden(e dom.Element, hidden bool) { e.Underlying().Set("hidden", hidden) }
