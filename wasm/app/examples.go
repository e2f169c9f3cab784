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
	pending   []string // the current example's Toggle, applied at its first compile
	load      func(ex *exampleInfo)
	onCompare func(ex *exampleInfo)
}

func newExamplesView(list []exampleInfo, load, compare func(*exampleInfo)) *examplesView {
	v := &examplesView{list: list, buttons: map[string]dom.HTMLElement{}, load: load, onCompare: compare}
	v.drawList()
	v.drawMatrix()
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
	var category string
	for i := range v.list {
		ex := &v.list[i]
		if ex.Category != category {
			category = ex.Category
			nav.AppendChild(el("h3", "", category))
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

// select marks ex as current and shows its notes.
func (v *examplesView) selectExample(ex *exampleInfo) {
	v.current = ex
	v.pending = ex.Toggle
	for name, b := range v.buttons {
		b.SetAttribute("aria-current", boolString(name == ex.Name))
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
		body.AppendChild(el("p", "muted", "Its locks start switched off: Explore to see the failure, then switch Locks on and Explore again."))
	}
}

// applyPendingToggles switches off the locks the current example names, once.
func (v *examplesView) applyPendingToggles(l *lockState) {
	if v.pending == nil || len(l.sites) == 0 {
		return
	}
	l.disableMatching(v.pending)
	v.pending = nil
}

// approaches maps a decision matrix row to words that name its example.
var approaches = map[string][]string{
	"mutex":      {"mutex", "fix"},
	"rwmutex":    {"rwmutex", "rw"},
	"syncmap":    {"syncmap", "sync.map", "sync map"},
	"owner":      {"owner", "channel", "communicat"},
	"local":      {"local"},
	"sequential": {"sequential"},
}

func (v *examplesView) forApproach(approach string) *exampleInfo {
	for _, word := range approaches[approach] {
		for i := range v.list {
			ex := &v.list[i]
			hay := strings.ToLower(ex.Name + " " + ex.Category + " " + ex.Title)
			if approach == "mutex" && strings.Contains(hay, "rwmutex") {
				continue
			}
			if strings.Contains(hay, word) {
				return ex
			}
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
