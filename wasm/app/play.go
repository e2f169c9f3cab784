//go:build js && wasm

package main

import (
	"interleave/wasm/app/model"

	"honnef.co/go/js/dom/v2"
)

// playView is "play the scheduler": a button per goroutine showing its next
// visible operation; the person picks who moves, one step at a time, and
// can undo. The app owns the choices and the worker's session.
type playView struct {
	panel, list, status dom.HTMLElement
	undo                *dom.HTMLButtonElement
	pick                func(g int)
}

func newPlayView(pick func(int), undo func()) *playView {
	v := &playView{panel: byID("play-panel"), list: byID("goroutines"), status: byID("play-status"), undo: button("undo"), pick: pick}
	onClick(v.undo, undo)
	return v
}

func (v *playView) open() {
	setHidden(v.panel, false)
	empty(v.list)
	v.status.SetTextContent("Starting…")
}

func (v *playView) close() { setHidden(v.panel, true) }

// show draws the session after `steps` choices.
func (v *playView) show(st *model.SessionState, steps int) {
	empty(v.list)
	v.undo.SetDisabled(steps == 0)
	for _, g := range st.Goroutines {
		if g.Status == "done" {
			continue
		}
		b := el("button", "g-button "+laneHue(g.ID), "").(*dom.HTMLButtonElement)
		b.SetAttribute("type", "button")
		b.SetAttribute("data-g", itoa(g.ID))
		b.AppendChild(el("span", "", "g"+itoa(g.ID)+" "+model.ShortFunc(g.Func)))
		next := g.Op
		if g.Line > 0 {
			next += " · line " + itoa(g.Line)
		}
		if st.Done {
			b.SetDisabled(true)
		}
		if g.Status == "blocked" {
			next = "blocked"
			if g.Waiting != "" {
				next += ": " + g.Waiting
			}
			b.SetDisabled(true)
		}
		b.AppendChild(el("small", "", next))
		b.SetAttribute("aria-label", "Let goroutine "+itoa(g.ID)+" take its next step: "+next)
		id := g.ID
		onClick(b, func() { v.pick(id) })
		v.list.AppendChild(b)
	}
	switch {
	case st.Done && st.Result != nil && st.Result.Failed():
		v.status.SetTextContent("After " + plural(steps, "choice") + ": " + st.Result.Message)
	case st.Done:
		v.status.SetTextContent("The program finished after " + plural(steps, "choice") + ".")
	default:
		v.status.SetTextContent(plural(steps, "choice") + " so far. Who moves next?")
	}
}

// focusFirst keeps keyboard focus in the panel after the buttons are redrawn.
func (v *playView) focusFirst() {
	if b := v.list.QuerySelector("button:not([disabled])"); b != nil {
		b.(dom.HTMLElement).Focus()
	} else {
		v.undo.Focus()
	}
}

// marks places each waiting goroutine at its next operation's line.
func playMarks(st *model.SessionState) []model.Mark {
	var ms []model.Mark
	for _, g := range st.Goroutines {
		if g.Status != "done" && g.Line > 0 {
			ms = append(ms, model.Mark{Line: g.Line, G: g.ID})
		}
	}
	return ms
}
