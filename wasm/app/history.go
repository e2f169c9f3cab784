//go:build js && wasm

package main

import (
	"interleave/wasm/app/model"
	"strings"
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// historyView lists the last runs, newest first, each with Restore (its
// code and options back in the editor) and Replay (that, and its exact
// schedule run again).
type historyView struct {
	list, empty     dom.HTMLElement
	restore, replay func(runRecord)
}

func newHistoryView(restore, replay func(runRecord)) *historyView {
	return &historyView{list: byID("history-list"), empty: byID("history-empty"), restore: restore, replay: replay}
}

func (v *historyView) show(runs []runRecord) {
	empty(v.list)
	setHidden(v.empty, len(runs) > 0)
	for _, r := range runs {
		li := el("li", "", "")
		li.SetAttribute("data-run", itoa(r.ID))
		outcome := el("span", "h-outcome ok", r.Outcome)
		if r.Failed {
			outcome.Class().SetString("h-outcome failed")
		}
		li.AppendChild(outcome)
		when := js.Global().Get("Date").New(r.When).Call("toLocaleTimeString").String()
		li.AppendChild(el("span", "h-what muted", r.Title+" · seed "+itoa(r.Seed)+" · "+when))
		for _, b := range []struct {
			label string
			do    func(runRecord)
		}{{"Restore", v.restore}, {"Replay", v.replay}} {
			btn := el("button", "h-"+strings.ToLower(b.label), b.label)
			btn.SetAttribute("type", "button")
			btn.SetAttribute("aria-label", b.label+" the run of "+when+": "+r.Outcome)
			if b.label == "Replay" && r.Schedule == "" {
				btn.(*dom.HTMLButtonElement).SetDisabled(true)
			}
			do, rec := b.do, r
			onClick(btn, func() { do(rec) })
			li.AppendChild(btn)
		}
		v.list.AppendChild(li)
	}
}

// recordRun adds a finished run of src to the history.
func (a *app) recordRun(src string, res *model.Result) {
	if a.history == nil {
		return
	}
	seed, _ := atoi(input("seed").Value())
	outcome := "finished"
	switch {
	case res.Failed() && res.Message != "":
		outcome = res.Message
	case res.Failed():
		outcome = res.Kind
	case res.ExitCode != 0:
		outcome = "exit status " + itoa(res.ExitCode)
	}
	r := runRecord{Title: a.docTitle(), Src: src, Off: a.offKeys(), Seed: seed, Strategy: a.strategy(),
		Schedule: res.Schedule, Outcome: outcome, Failed: res.Failed(), When: now()}
	a.store.addRun(r, a.refreshHistory)
}

func (a *app) refreshHistory() {
	if a.history != nil {
		a.store.runs(a.history.show)
	}
}

func (a *app) restoreRun(r runRecord) {
	if a.busy != "" {
		return
	}
	a.applyState(r.Src, r.Off, r.Seed, r.Strategy)
	a.saveDraftSoon()
	a.status("Restored the run of "+js.Global().Get("Date").New(r.When).Call("toLocaleTimeString").String()+".", "")
}

func (a *app) replayRun(r runRecord) {
	if a.busy != "" {
		return
	}
	a.restoreRun(r)
	a.run(r.Schedule)
}
