//go:build js && wasm

package main

import (
	"interleave/wasm/app/model"

	"honnef.co/go/js/dom/v2"
)

// timelineView draws a timeline as SVG — a lane per goroutine, time running
// left to right one column per visible step — and walks it with the
// scrubber, marking each goroutine's line in the editor in its lane colour.
type timelineView struct {
	box, label dom.HTMLElement
	row        dom.HTMLElement
	scroll     dom.HTMLElement // the lanes, scrolling sideways under fixed labels
	scrubber   *dom.HTMLInputElement
	cursor     dom.Element
	t          *model.Timeline
	dx         float64
	onMarks    func(marks []model.Mark, focusLine int)
}

const (
	labelW = 150.0 // width of the fixed column of lane labels
	laneH  = 28.0
	axisH  = 18.0
)

func newTimelineView(onMarks func([]model.Mark, int)) *timelineView {
	v := &timelineView{box: byID("timeline"), label: byID("step-label"), row: byID("scrub-row"), scrubber: input("scrubber"), onMarks: onMarks}
	v.scrubber.AddEventListener("input", false, func(dom.Event) { v.seek(v.step()) })
	return v
}

func (v *timelineView) step() int {
	n, _ := atoi(v.scrubber.Value())
	return n
}

func (v *timelineView) clear(text string) {
	v.t = nil
	empty(v.box)
	v.box.AppendChild(el("p", "muted", text))
	setHidden(v.row, true)
	setHidden(byID("legend"), true)
	v.onMarks(nil, 0)
}

// show draws t and parks the scrubber at its last step.
func (v *timelineView) show(t *model.Timeline) {
	v.t = t
	empty(v.box)
	if t.Steps == 0 || len(t.Lanes) == 0 {
		v.clear("This run recorded no visible steps.")
		return
	}
	width := float64(v.box.Underlying().Get("clientWidth").Int())
	v.dx = clamp((width-labelW-16)/float64(t.Steps), 4, 64)
	w := v.dx*float64(t.Steps) + 12
	h := axisH + laneH*float64(len(t.Lanes)) + 4
	labels := svg("svg", "width", ftoa(labelW), "height", ftoa(h), "class", "tl-labels", "aria-hidden", "true")
	v.drawLabels(labels)
	v.box.AppendChild(labels)
	v.scroll = el("div", "tl-scroll", "")
	v.box.AppendChild(v.scroll)
	root := svg("svg", "width", ftoa(w), "height", ftoa(h), "role", "img",
		"aria-label", "Timeline of "+plural(len(t.Lanes), "goroutine")+" over "+plural(t.Steps, "step")+"; the scrubber below walks it step by step")
	defs := svg("defs")
	marker := svg("marker", "id", "arrowhead", "viewBox", "0 0 8 8", "refX", "7", "refY", "4", "markerWidth", "6", "markerHeight", "6", "orient", "auto-start-reverse")
	marker.AppendChild(svg("path", "d", "M0,0 L8,4 L0,8 z", "fill", "currentColor", "class", "lane-label"))
	defs.AppendChild(marker)
	root.AppendChild(defs)
	v.drawLanes(root)
	v.drawConflict(root)
	v.drawSpans(root)
	v.drawLinks(root)
	v.drawEvents(root)
	v.cursor = svg("line", "class", "cursor", "y1", "0", "y2", ftoa(h))
	root.AppendChild(v.cursor)
	v.scroll.AppendChild(root)
	v.scrubber.Underlying().Set("max", t.Steps-1)
	setHidden(v.row, false)
	setHidden(byID("legend"), false)
	v.seek(t.Steps - 1)
}

// seek moves the cursor, the label and the editor marks to step.
func (v *timelineView) seek(step int) {
	if v.t == nil {
		return
	}
	step = int(clamp(float64(step), 0, float64(v.t.Steps-1)))
	v.scrubber.SetValue(itoa(step))
	x := v.x(step) + v.dx/2
	v.cursor.SetAttribute("x1", ftoa(x))
	v.cursor.SetAttribute("x2", ftoa(x))
	v.label.SetTextContent(v.t.Describe(step))
	v.onMarks(v.t.Positions(step), v.t.LineAt(step))
	v.scrollTo(x)
}

// scrollTo keeps x, a position on the timeline, in view in a long trace.
func (v *timelineView) scrollTo(x float64) {
	box := v.scroll.Underlying()
	left, width := box.Get("scrollLeft").Float(), box.Get("clientWidth").Float()
	if x < left+10 || x > left+width-20 {
		box.Set("scrollLeft", x-width/2)
	}
}

func (v *timelineView) x(step int) float64 { return v.dx * float64(step) }

func (v *timelineView) y(laneIndex int) float64 { return axisH + laneH*float64(laneIndex) }

func (v *timelineView) drawLabels(root dom.Element) {
	for i, l := range v.t.Lanes {
		y := v.y(i)
		root.AppendChild(svg("rect", "x", "0", "y", ftoa(y+6), "width", "5", "height", ftoa(laneH-12), "class", "g-fill "+laneHue(l.G)))
		name := "g" + itoa(l.G)
		if l.Name != "" {
			name += " " + model.ShortFunc(l.Name)
		}
		label := svg("text", "class", "lane-label", "x", "10", "y", ftoa(y+laneH/2+4))
		label.SetTextContent(name)
		title := svg("title")
		title.SetTextContent("goroutine " + itoa(l.G) + " " + l.Name)
		label.AppendChild(title)
		root.AppendChild(label)
	}
}

func (v *timelineView) drawLanes(root dom.Element) {
	for i, l := range v.t.Lanes {
		y := v.y(i)
		hue := " g-fill " + laneHue(l.G)
		root.AppendChild(svg("rect", "class", "lane-bg", "x", "0", "y", ftoa(y+4), "width", ftoa(v.dx*float64(v.t.Steps)), "height", ftoa(laneH-8)))
		for _, s := range l.Segs {
			root.AppendChild(svg("rect", "class", "st-"+s.State+hue, "x", ftoa(v.x(s.From)), "y", ftoa(y+4),
				"width", ftoa(v.dx*float64(s.To-s.From)), "height", ftoa(laneH-8)))
		}
	}
	axis := svg("text", "class", "lane-label", "x", "0", "y", "12")
	axis.SetTextContent("step →")
	root.AppendChild(axis)
}

func (v *timelineView) drawSpans(root dom.Element) {
	for _, s := range v.t.Spans {
		i := v.t.LaneOf(s.G)
		y := v.y(i) + laneH - 5
		class, what := "held", "lock held on "+s.Obj
		if s.Kind == "write" {
			class, what, y = "window", "map write window on "+s.Obj, v.y(i)+5
		}
		line := svg("line", "class", class, "x1", ftoa(v.x(s.From)), "x2", ftoa(v.x(s.To)), "y1", ftoa(y), "y2", ftoa(y))
		t := svg("title")
		t.SetTextContent(what)
		line.AppendChild(t)
		root.AppendChild(line)
	}
}

func (v *timelineView) drawLinks(root dom.Element) {
	for _, k := range v.t.Links {
		x1, x2 := v.x(k.FromStep)+v.dx/2, v.x(k.ToStep)+v.dx/2
		y1, y2 := v.y(v.t.LaneOf(k.FromG))+laneH/2, v.y(v.t.LaneOf(k.ToG))+laneH/2
		p := svg("path", "class", "arrow", "d", "M"+ftoa(x1)+","+ftoa(y1)+" L"+ftoa(x2)+","+ftoa(y2))
		t := svg("title")
		if k.Kind == "go" {
			t.SetTextContent("g" + itoa(k.FromG) + " starts g" + itoa(k.ToG))
		} else {
			t.SetTextContent("g" + itoa(k.FromG) + " sends to g" + itoa(k.ToG))
		}
		p.AppendChild(t)
		root.AppendChild(p)
	}
}

func (v *timelineView) drawEvents(root dom.Element) {
	inConflict := map[int]bool{}
	for _, i := range v.t.Conflict {
		inConflict[i] = true
	}
	r := clamp(v.dx/2-1, 2, 5)
	for i, e := range v.t.Events {
		cx, cy := v.x(e.Step)+v.dx/2, v.y(v.t.LaneOf(e.G))+laneH/2
		var shape dom.Element
		class := "ev"
		switch model.OpKind(e.Op) {
		case "write":
			class += " write"
			shape = svg("rect", "x", ftoa(cx-r), "y", ftoa(cy-r), "width", ftoa(2*r), "height", ftoa(2*r))
		case "lock", "unlock":
			shape = svg("path", "d", "M"+ftoa(cx)+","+ftoa(cy-r-1)+" l"+ftoa(r+1)+","+ftoa(r+1)+" l-"+ftoa(r+1)+","+ftoa(r+1)+" l-"+ftoa(r+1)+",-"+ftoa(r+1)+" z")
		default:
			shape = svg("circle", "cx", ftoa(cx), "cy", ftoa(cy), "r", ftoa(r))
		}
		if inConflict[i] {
			class += " conflict"
		}
		if model.OpKind(e.Op) != "write" {
			class += " g-fill " + laneHue(e.G)
		}
		shape.SetAttribute("class", class)
		t := svg("title")
		t.SetTextContent(model.DescribeEvent(e))
		shape.AppendChild(t)
		root.AppendChild(shape)
	}
}

// drawConflict shades the steps between the two halves of a conflict.
func (v *timelineView) drawConflict(root dom.Element) {
	if len(v.t.Conflict) != 2 {
		return
	}
	a, b := v.t.Events[v.t.Conflict[0]], v.t.Events[v.t.Conflict[1]]
	band := svg("rect", "class", "conflict-band", "x", ftoa(v.x(a.Step)), "y", "0",
		"width", ftoa(v.x(b.Step+1)-v.x(a.Step)), "height", ftoa(axisH+laneH*float64(len(v.t.Lanes))))
	t := svg("title")
	t.SetTextContent("conflict: g" + itoa(a.G) + "'s map write at line " + itoa(a.Line) + " is still in progress when g" + itoa(b.G) + " touches the same map at line " + itoa(b.Line))
	band.AppendChild(t)
	root.AppendChild(band)
}

func clamp(x, lo, hi float64) float64 {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}
