//go:build js && wasm

package main

import (
	"strings"

	"honnef.co/go/js/dom/v2"
)

// exampleInfo is one of the seed's programs (package examples).
type exampleInfo struct {
	Name, Title, Summary, Expect, ExpectMessage, Category string
	Toggle                                                []string
	Source                                                string
}

// examplesView is the examples menu with each example's notes, and the
// seed's decision matrix beside it, each row a button that loads the
// example for that approach so the approaches can be compared by running.
type examplesView struct {
	list      []exampleInfo
	current   *exampleInfo
	buttons   map[string]dom.HTMLElement
	load      func(ex *exampleInfo)
	onCompare func(ex *exampleInfo)
}

func newExamplesView(list []exampleInfo, load, compare func(*exampleInfo)) *examplesView {
	v := &examplesView{list: list, buttons: map[string]dom.HTMLElement{}, load: load, onCompare: compare}
	if exists("examples-list") { // not in the embedded player
		v.drawList()
		v.drawMatrix()
	}
	return v
}

func (v *examplesView) find(name string) *exampleInfo {
	for i := range v.list {
		if v.list[i].Name == name {
			return &v.list[i]
		}
	}
	return nil
}

func (v *examplesView) drawList() {
	nav := byID("examples-list")
	empty(nav)
	var heading string
	for i := range v.list {
		ex := &v.list[i]
		if h := categoryHeading(ex.Category); h != heading {
			heading = h
			nav.AppendChild(el("h3", "", h))
		}
		b := el("button", "example", ex.Title)
		b.SetAttribute("type", "button")
		b.SetAttribute("data-example", ex.Name)
		if ex.Expect != "" {
			b.AppendChild(el("span", "expect", "→ "+ex.Expect))
		}
		onClick(b, func() { v.load(ex) })
		v.buttons[ex.Name] = b
		nav.AppendChild(b)
	}
	if len(v.list) == 0 {
		nav.AppendChild(el("p", "muted", "No examples are built in."))
	}
}

// categoryHeading groups the decision-matrix categories for the menu.
func categoryHeading(c string) string {
	switch c {
	case "crash":
		return "The crash"
	case "mutex":
		return "The fix"
	case "pitfall":
		return "Pitfalls"
	}
	return "Alternatives"
}

// deselect marks no example as current: a shared program is open.
func (v *examplesView) deselect() {
	v.current = nil
	for _, b := range v.buttons {
		b.SetAttribute("aria-current", "false")
	}
	if exists("notes-body") {
		body := byID("notes-body")
		empty(body)
		body.AppendChild(el("p", "muted", "A shared program is open. Pick an example to read what it shows."))
	}
}

// select marks ex as current and shows its notes.
func (v *examplesView) selectExample(ex *exampleInfo) {
	v.current = ex
	for name, b := range v.buttons {
		b.SetAttribute("aria-current", boolString(name == ex.Name))
	}
	if !exists("notes-body") {
		return
	}
	body := byID("notes-body")
	empty(body)
	body.AppendChild(el("h3", "", ex.Title))
	for _, para := range strings.Split(ex.Summary, "\n\n") {
		if p := strings.TrimSpace(para); p != "" {
			body.AppendChild(el("p", "", p))
		}
	}
	if ex.Expect != "" {
		expect := "Expected: " + ex.Expect
		if ex.ExpectMessage != "" {
			expect += " — " + ex.ExpectMessage
		}
		body.AppendChild(el("p", "muted", expect))
	}
	if len(ex.Toggle) > 0 {
		body.AppendChild(el("p", "", "Try it: switch these off with the padlocks in the gutter (or all at once with Locks), Explore, then switch them back on and Explore again:"))
		ul := el("ul", "toggles", "")
		for _, t := range ex.Toggle {
			ul.AppendChild(el("li", "", t))
		}
		body.AppendChild(ul)
	}
}

// forApproach finds the example in a decision-matrix category.
func (v *examplesView) forApproach(category string) *exampleInfo {
	for i := range v.list {
		if v.list[i].Category == category {
			return &v.list[i]
		}
	}
	return nil
}

func (v *examplesView) drawMatrix() {
	for _, row := range doc.QuerySelectorAll("#matrix tbody tr") {
		approach := row.GetAttribute("data-approach")
		cell := row.QuerySelectorAll("td")
		if len(cell) < 2 {
			continue
		}
		td := cell[len(cell)-1]
		empty(td)
		ex := v.forApproach(approach)
		if ex == nil {
			continue
		}
		b := el("button", "", "Try")
		b.SetAttribute("type", "button")
		b.SetAttribute("aria-label", "Load and explore the example for "+row.QuerySelector("th").TextContent())
		b.SetAttribute("title", ex.Title)
		onClick(b, func() { v.onCompare(ex) })
		td.AppendChild(b)
	}
}
