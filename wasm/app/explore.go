//go:build js && wasm

package main

import (
	"interleave/wasm/app/model"

	"honnef.co/go/js/dom/v2"
)

// exploreView shows an exploration: a live progress bar with schedules done,
// schedules per second and failures so far, a histogram of the outcomes so
// far, and at the end the verdict with its notes: findings (an output that
// depends on the schedule, data races), why it holds, what it does not
// cover.
type exploreView struct {
	panel, stats, histogram, verdict, notes dom.HTMLElement
	bar                                     *dom.HTMLProgressElement
	openFailure                             *dom.HTMLButtonElement
	runs                                    int
	rows                                    []histRow
	linkify                                 func(dom.HTMLElement, string)
}

// newExploreView builds the view; linkify writes text with its prog.go:LINE
// references as links to the editor.
func newExploreView(open func(), linkify func(dom.HTMLElement, string)) *exploreView {
	v := &exploreView{
		panel: byID("explore-panel"), stats: byID("explore-stats"), histogram: byID("histogram"),
		verdict: byID("verdict"), bar: byID("progress").(*dom.HTMLProgressElement), openFailure: button("open-failure"),
		notes: el("ul", "verdict-notes", ""), linkify: linkify,
	}
	v.notes.SetID("verdict-notes")
	v.notes.SetAttribute("aria-label", "About the verdict")
	v.verdict.Underlying().Call("after", v.notes.Underlying())
	setHidden(v.notes, true)
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
	v.rows = nil
	v.verdict.SetTextContent("")
	v.verdict.Class().SetString("verdict")
	empty(v.notes)
	setHidden(v.notes, true)
	setHidden(v.openFailure, true)
	v.stats.SetTextContent("Exploring with " + strategy + "…")
}

func (v *exploreView) progress(p *model.Progress) {
	v.bar.SetValue(float64(p.Schedules))
	v.stats.SetTextContent(statsLine(p.Schedules, p.PerSec, p.Failures, p.Bound))
	v.drawHistogram(p.Outcomes, p.Schedules)
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
	v.drawHistogram(x.Outcomes, x.Schedules)
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
	v.showNotes(x)
}

// showNotes lists the verdict's findings, why it holds and what it does not
// cover, one short item each.
func (v *exploreView) showNotes(x *model.ExploreResult) {
	empty(v.notes)
	add := func(class, head, text string) {
		li := el("li", class, "")
		li.AppendChild(el("strong", "", head+" "))
		v.linkify(li, text)
		v.notes.AppendChild(li)
	}
	for _, f := range x.Findings {
		text := f.Message
		if f.Cause != "" {
			text += "; " + f.Cause
		}
		add("finding", "Finding:", text)
	}
	for _, p := range x.Protection {
		add("holds", "Why it holds:", p)
	}
	for _, n := range x.NotCovered {
		add("muted", "Not covered:", n)
	}
	setHidden(v.notes, len(x.Findings)+len(x.Protection)+len(x.NotCovered) == 0)
}

// drawHistogram shows outcomes out of schedules, most frequent first. It
// runs on every progress report, so it updates the rows it has in place and
// only adds or removes rows when outcomes appear: nothing flickers, and the
// panel grows only by a row for each new outcome.
func (v *exploreView) drawHistogram(outcomes []model.OutcomeCount, schedules int) {
	outcomes = model.SortedOutcomes(outcomes)
	for len(v.rows) < len(outcomes) {
		r := histRow{li: el("li", "", ""), bar: el("span", "bar", ""), fill: el("span", "fill", ""),
			label: el("span", "label", ""), count: el("span", "count", "")}
		r.bar.AppendChild(r.fill)
		r.bar.AppendChild(r.label)
		r.li.AppendChild(r.bar)
		r.li.AppendChild(r.count)
		v.histogram.AppendChild(r.li)
		v.rows = append(v.rows, r)
	}
	for len(v.rows) > len(outcomes) {
		v.histogram.RemoveChild(v.rows[len(v.rows)-1].li)
		v.rows = v.rows[:len(v.rows)-1]
	}
	for i, o := range outcomes {
		r := v.rows[i]
		class := ""
		if o.Kind != "ok" && o.Kind != "exit" {
			class = "failed"
		}
		r.li.Class().SetString(class)
		pct := 0.0
		if schedules > 0 {
			pct = 100 * float64(o.Count) / float64(schedules)
		}
		setStyle(r.fill, "width", ftoa(clamp(pct, 1, 100))+"%")
		name := model.OutcomeLabel(o)
		r.label.SetTextContent(name)
		r.bar.SetAttribute("title", name)
		r.count.SetTextContent(groupDigits(o.Count))
		r.li.SetAttribute("aria-label", name+": "+plural(o.Count, "schedule"))
	}
}

// histRow is one outcome's row of the histogram.
type histRow struct{ li, bar, fill, label, count dom.HTMLElement }

// stoppedHard says that an exploration ended without its results: the
// runner did not answer Stop and was replaced.
func (v *exploreView) stoppedHard() {
	v.verdict.SetTextContent("Stopped: the runner did not answer in time, so this exploration's results are lost.")
	v.verdict.Class().SetString("verdict")
}
