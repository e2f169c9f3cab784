//go:build js && wasm

package main

import (
	"interleave/wasm/app/model"

	"honnef.co/go/js/dom/v2"
)

// exploreView shows an exploration: a live progress bar with schedules done,
// schedules per second and failures so far, then a histogram of outcomes and
// the verdict.
type exploreView struct {
	panel, stats, histogram, verdict dom.HTMLElement
	bar                              *dom.HTMLProgressElement
	openFailure                      *dom.HTMLButtonElement
	runs                             int
}

func newExploreView(open func()) *exploreView {
	v := &exploreView{
		panel: byID("explore-panel"), stats: byID("explore-stats"), histogram: byID("histogram"),
		verdict: byID("verdict"), bar: byID("progress").(*dom.HTMLProgressElement), openFailure: button("open-failure"),
	}
	onClick(v.openFailure, open)
	return v
}

func (v *exploreView) start(strategy string, runs int) {
	v.runs = runs
	setHidden(v.panel, false)
	v.bar.SetMax(float64(runs))
	v.bar.SetValue(0)
	v.bar.RemoveAttribute("hidden")
	empty(v.histogram)
	v.verdict.SetTextContent("")
	v.verdict.Class().SetString("verdict")
	setHidden(v.openFailure, true)
	v.stats.SetTextContent("Exploring with " + strategy + "…")
}

func (v *exploreView) progress(p *model.Progress) {
	v.bar.SetValue(float64(p.Schedules))
	v.stats.SetTextContent(statsLine(p.Schedules, p.PerSec, p.Failures, p.Bound))
}

func statsLine(schedules int, perSec float64, failures, bound int) string {
	s := plural(schedules, "schedule") + " · " + groupDigits(int(perSec)) + "/s · " + plural(failures, "failure")
	if bound > 0 {
		s += " · ≤ " + plural(bound, "preemption")
	}
	return s
}

// done shows the final result; hasFailure enables "open the first failure".
func (v *exploreView) done(x *model.ExploreResult) {
	if x.Schedules > v.runs {
		v.bar.SetMax(float64(x.Schedules))
	}
	if x.Exhausted {
		v.bar.SetMax(float64(x.Schedules))
	}
	v.bar.SetValue(float64(x.Schedules))
	v.stats.SetTextContent(statsLine(x.Schedules, x.PerSec, x.Failures, x.Bound) + " · " + itoa(x.ElapsedMS) + " ms")
	v.drawHistogram(x)
	verdict := x.Verdict
	if verdict == "" {
		if x.Failures > 0 {
			verdict = plural(x.Failures, "failing schedule") + " in " + plural(x.Schedules, "schedule")
		} else {
			verdict = "no failure in " + plural(x.Schedules, "schedule")
		}
	}
	if x.Cancelled {
		verdict = "Stopped early: " + verdict
	}
	v.verdict.SetTextContent(verdict)
	if x.Failures > 0 {
		v.verdict.Class().SetString("verdict failed")
	} else {
		v.verdict.Class().SetString("verdict ok")
	}
	setHidden(v.openFailure, x.First == nil)
}

func (v *exploreView) drawHistogram(x *model.ExploreResult) {
	empty(v.histogram)
	for _, o := range x.Outcomes {
		li := el("li", "", "")
		if o.Kind != "ok" && o.Kind != "exit" {
			li.Class().SetString("failed")
		}
		bar := el("span", "bar", "")
		fill := el("span", "fill", "")
		pct := 0.0
		if x.Schedules > 0 {
			pct = 100 * float64(o.Count) / float64(x.Schedules)
		}
		setStyle(fill, "width", ftoa(clamp(pct, 1, 100))+"%")
		name := o.Message
		if name == "" {
			name = o.Kind
		}
		bar.AppendChild(fill)
		bar.AppendChild(el("span", "label", name))
		bar.SetAttribute("title", name)
		li.AppendChild(bar)
		li.AppendChild(el("span", "count", groupDigits(o.Count)))
		li.SetAttribute("aria-label", name+": "+plural(o.Count, "schedule"))
		v.histogram.AppendChild(li)
	}
}
