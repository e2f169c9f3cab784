//go:build js && wasm

package main

import (
	"math"
	"strings"
	"syscall/js"

	"interleave/wasm/app/model"

	"honnef.co/go/js/dom/v2"
)

// timelineView draws the last run's timeline on a canvas — a lane per
// goroutine, time running left to right — from a model.View the worker
// computes for the window on screen: steps [from, to) of lanes [lane0,
// lane0+rows). The worker keeps the whole timeline; the page only ever
// holds one window of it, so drawing costs the same for 50 steps and for
// millions. Zoom narrows the window of steps, the lane buttons and the
// wheel move the window of lanes, and the scrubber walks the steps, asking
// the worker what happens at each and marking the goroutines' lines in the
// editor in their lane colours.
type timelineView struct {
	box, label, row, tools, lanesLabel dom.HTMLElement
	canvas                             *dom.HTMLCanvasElement
	scrubber                           *dom.HTMLInputElement
	laneUp, laneDown                   *dom.HTMLButtonElement

	ask     func(msg map[string]any, done func(reply)) // a request to the worker
	onMarks func(marks []model.Mark, focusLine int)

	t                   *timelineInfo // nil: nothing to show
	from, to, lane0     int
	cursor              int
	view                *model.View
	viewBusy, viewAgain bool // a view request is out; another is due after it
	atBusy, atAgain     bool
	quiet               bool // a new run: say what its last step was, but leave the editor alone
}

const (
	labelW  = 150.0 // width of the column of lane labels
	laneH   = 28.0
	axisH   = 18.0
	maxRows = 12 // lanes on screen at once
	minColW = 3  // the narrowest column, in CSS pixels
)

func newTimelineView(ask func(map[string]any, func(reply)), onMarks func([]model.Mark, int)) *timelineView {
	v := &timelineView{box: byID("timeline"), label: byID("step-label"), row: byID("scrub-row"), scrubber: input("scrubber"), ask: ask, onMarks: onMarks}
	v.scrubber.AddEventListener("input", false, func(dom.Event) { v.quiet = false; v.seek(v.step()) })
	if !exists("tl-tools") { // the embedded player has no timeline
		return v
	}
	v.tools, v.lanesLabel = byID("tl-tools"), byID("tl-lanes")
	v.laneUp, v.laneDown = button("tl-lane-up"), button("tl-lane-down")
	v.canvas = byID("tl-canvas").(*dom.HTMLCanvasElement)
	onClick(button("tl-zoom-in"), func() { v.zoom(0.5, v.cursor) })
	onClick(button("tl-zoom-out"), func() { v.zoom(2, v.cursor) })
	onClick(button("tl-fit"), func() { v.setWindow(0, v.t.Steps, v.lane0) })
	onClick(v.laneUp, func() { v.setWindow(v.from, v.to, v.lane0-maxRows) })
	onClick(v.laneDown, func() { v.setWindow(v.from, v.to, v.lane0+maxRows) })
	v.canvas.AddEventListener("click", false, func(e dom.Event) {
		if v.view == nil {
			return
		}
		x := e.Underlying().Get("offsetX").Float() - labelW
		if x >= 0 {
			v.quiet = false
			v.seek(v.view.From + int(x/v.colW())*v.view.Per)
		}
	})
	v.canvas.AddEventListener("wheel", false, func(e dom.Event) {
		if v.t == nil {
			return
		}
		w := e.(*dom.WheelEvent)
		switch {
		case w.CtrlKey() || w.MetaKey(): // zoom around the pointer
			e.PreventDefault()
			at := v.cursor
			if v.view != nil {
				at = v.view.From + int(math.Max(0, w.Underlying().Get("offsetX").Float()-labelW)/v.colW())*v.view.Per
			}
			f := 0.8
			if w.DeltaY() > 0 {
				f = 1.25
			}
			v.zoom(f, at)
		case v.t.Lanes > maxRows && w.DeltaY() != 0:
			e.PreventDefault()
			d := 1
			if w.DeltaY() < 0 {
				d = -1
			}
			v.setWindow(v.from, v.to, v.lane0+d*3)
		}
	})
	js.Global().Get("ResizeObserver").New(js.FuncOf(func(js.Value, []js.Value) any {
		if v.t != nil {
			v.requestView()
		}
		return nil
	})).Call("observe", v.box.Underlying())
	return v
}

func (v *timelineView) step() int {
	n, _ := atoi(v.scrubber.Value())
	return n
}

// clear shows text instead of a timeline.
func (v *timelineView) clear(text string) {
	v.t, v.view = nil, nil
	v.viewBusy, v.viewAgain, v.atBusy, v.atAgain = false, false, false, false
	v.box.RemoveAttribute("data-steps")
	v.box.RemoveAttribute("data-digest")
	v.box.RemoveAttribute("data-conflict")
	if v.canvas != nil {
		setHidden(v.canvas, true)
		setHidden(v.tools, true)
		msg := byID("tl-empty")
		msg.SetTextContent(text)
		setHidden(msg, false)
	}
	setHidden(v.row, true)
	if exists("legend") {
		setHidden(byID("legend"), true)
	}
	v.onMarks(nil, 0)
}

// show takes a run's timeline, kept by the worker, whole in view with the
// scrubber at its last step.
func (v *timelineView) show(t *timelineInfo) {
	if t == nil || t.Steps == 0 || t.Lanes == 0 {
		v.clear("This run recorded no visible steps.")
		return
	}
	v.t = t
	v.box.SetAttribute("data-steps", itoa(t.Steps))
	v.box.SetAttribute("data-digest", t.Digest)
	if v.canvas != nil {
		setHidden(byID("tl-empty"), true)
		setHidden(v.canvas, false)
		setHidden(v.tools, false)
		setHidden(byID("legend"), false)
	}
	v.scrubber.Underlying().Set("max", t.Steps-1)
	setHidden(v.row, false)
	v.from, v.to, v.lane0 = 0, t.Steps, 0
	v.quiet = true // the editor is marked once the person walks the steps
	v.seek(t.Steps - 1)
	v.requestView()
}

// setWindow moves the window of steps and lanes, and redraws.
func (v *timelineView) setWindow(from, to, lane0 int) {
	if v.t == nil {
		return
	}
	span := max(min(to-from, v.t.Steps), 1)
	from = min(max(from, 0), v.t.Steps-span)
	v.from, v.to = from, from+span
	v.lane0 = min(max(lane0, 0), max(v.t.Lanes-maxRows, 0))
	v.requestView()
}

// zoom scales the window of steps by f around step at.
func (v *timelineView) zoom(f float64, at int) {
	if v.t == nil {
		return
	}
	span := int(math.Round(float64(v.to-v.from) * f))
	span = max(min(span, v.t.Steps), min(8, v.t.Steps))
	ratio := 0.5
	if v.to > v.from {
		ratio = float64(at-v.from) / float64(v.to-v.from)
	}
	from := at - int(ratio*float64(span))
	v.setWindow(from, from+span, v.lane0)
}

// rows is the number of lanes on screen.
func (v *timelineView) rows() int { return min(v.t.Lanes, maxRows) }

// cols is how many columns fit the canvas.
func (v *timelineView) cols() int {
	w := v.box.Underlying().Get("clientWidth").Float() - labelW - 4
	return max(int(w/minColW), 1)
}

// colW is the width of one column of the view on screen.
func (v *timelineView) colW() float64 {
	n := (v.view.To - v.view.From + v.view.Per - 1) / v.view.Per
	w := v.box.Underlying().Get("clientWidth").Float() - labelW - 4
	return math.Min(w/float64(max(n, 1)), 64)
}

// requestView asks the worker for the window on screen; requests made
// while one is out collapse into one more.
func (v *timelineView) requestView() {
	if v.t == nil || v.canvas == nil {
		return
	}
	if v.viewBusy {
		v.viewAgain = true
		return
	}
	v.viewBusy = true
	t := v.t
	v.ask(map[string]any{"cmd": "view", "from": v.from, "to": v.to, "cols": v.cols(), "lane0": v.lane0, "lanes": v.rows()}, func(r reply) {
		v.viewBusy = false
		if v.t != t { // another run meanwhile
			return
		}
		if v.viewAgain {
			v.viewAgain = false
			v.requestView()
			return
		}
		if r.View != nil {
			v.view = r.View
			v.draw()
		}
	})
}

// seek moves the cursor to step and asks what happens there.
func (v *timelineView) seek(step int) {
	if v.t == nil {
		return
	}
	step = min(max(step, 0), v.t.Steps-1)
	v.cursor = step
	v.scrubber.SetValue(itoa(step))
	if step < v.from || step >= v.to { // keep the cursor in the window
		span := v.to - v.from
		v.setWindow(step-span/2, step-span/2+span, v.lane0)
	} else if v.view != nil {
		v.draw()
	}
	v.requestAt()
}

func (v *timelineView) requestAt() {
	if v.atBusy {
		v.atAgain = true
		return
	}
	v.atBusy = true
	t := v.t
	v.ask(map[string]any{"cmd": "at", "step": v.cursor, "lane0": v.lane0, "lanes": v.rows()}, func(r reply) {
		v.atBusy = false
		if v.t != t {
			return
		}
		if v.atAgain {
			v.atAgain = false
			v.requestAt()
			return
		}
		if r.At != nil {
			v.label.SetTextContent(r.At.Describe)
			if !v.quiet {
				v.onMarks(r.At.Marks, r.At.Line)
			}
		}
	})
}

// palette is the theme's colours, read from CSS when drawing.
type palette struct {
	fg, muted, bg, danger, lane, mono string
	g                                 [8]string
}

func (v *timelineView) palette() palette {
	cs := js.Global().Call("getComputedStyle", v.box.Underlying())
	get := func(name string) string { return strings.TrimSpace(cs.Call("getPropertyValue", name).String()) }
	p := palette{fg: get("--fg"), muted: get("--muted"), bg: get("--panel"), danger: get("--danger"), lane: get("--active-line"), mono: get("--mono")}
	for i := range p.g {
		p.g[i] = get("--g" + itoa(i))
	}
	return p
}

// draw paints the current view. Its cost is bounded by the canvas: at
// most rows × columns cells, and the view's capped links and spans.
func (v *timelineView) draw() {
	vw := v.view
	if vw == nil || v.canvas == nil {
		return
	}
	p := v.palette()
	dpr := js.Global().Get("devicePixelRatio").Float()
	width := v.box.Underlying().Get("clientWidth").Float() - 4
	height := axisH + laneH*float64(len(vw.Lanes)) + 4
	c := v.canvas.Underlying()
	c.Set("width", int(width*dpr))
	c.Set("height", int(height*dpr))
	setStyle(v.canvas, "width", ftoa(width)+"px")
	setStyle(v.canvas, "height", ftoa(height)+"px")
	ctx := c.Call("getContext", "2d")
	ctx.Call("setTransform", dpr, 0, 0, dpr, 0, 0)
	ctx.Call("clearRect", 0, 0, width, height)
	ctx.Set("font", "11px "+p.mono)
	cw := v.colW()
	x := func(step int) float64 { return labelW + float64(step-vw.From)/float64(vw.Per)*cw }
	laneY := map[int]float64{}
	for i, l := range vw.Lanes {
		laneY[l.G] = axisH + laneH*float64(i)
	}

	// The axis: which steps the window shows.
	ctx.Set("fillStyle", p.muted)
	ctx.Call("fillText", "steps "+groupDigits(vw.From+1)+"–"+groupDigits(vw.To)+" of "+groupDigits(vw.Steps)+" →", labelW, 12)

	if len(vw.Conflict) == 2 && vw.Conflict[1] >= vw.From && vw.Conflict[0] < vw.To {
		ctx.Set("globalAlpha", 0.18)
		ctx.Set("fillStyle", p.danger)
		x0, x1 := x(max(vw.Conflict[0], vw.From)), x(min(vw.Conflict[1]+vw.Per, vw.To))
		ctx.Call("fillRect", x0, 0, math.Max(x1-x0, 2), height)
		ctx.Set("globalAlpha", 1)
	}
	for i, l := range vw.Lanes {
		y := axisH + laneH*float64(i)
		hue := p.g[l.G%8]
		ctx.Set("fillStyle", hue)
		ctx.Call("fillRect", 0, y+6, 5, laneH-12)
		ctx.Set("fillStyle", p.fg)
		name := "g" + itoa(l.G)
		if l.Name != "" {
			name += " " + model.ShortFunc(l.Name)
		}
		ctx.Call("fillText", name, 10, y+laneH/2+4)
		ctx.Set("fillStyle", p.lane)
		ctx.Call("fillRect", labelW, y+4, cw*float64(len(l.States)), laneH-8)
		ctx.Set("fillStyle", hue)
		for c := 0; c < len(l.States); {
			s := l.States[c]
			e := c + 1
			for e < len(l.States) && l.States[e] == s {
				e++
			}
			if a := stateAlpha(s); a > 0 {
				ctx.Set("globalAlpha", a)
				ctx.Call("fillRect", labelW+float64(c)*cw, y+4, float64(e-c)*cw, laneH-8)
			}
			c = e
		}
		ctx.Set("globalAlpha", 1)
		v.drawMarks(ctx, l.Marks, y, cw, hue, p)
	}
	// Spans: a map write in progress along the lane's top, a lock held along its bottom.
	for _, s := range vw.Spans {
		y, ok := laneY[s.G]
		if !ok {
			continue
		}
		ctx.Call("beginPath")
		if s.Kind == "write" {
			ctx.Set("strokeStyle", p.danger)
			ctx.Set("lineWidth", 3)
			ctx.Call("setLineDash", js.ValueOf([]any{}))
			y += 5
		} else {
			ctx.Set("strokeStyle", p.fg)
			ctx.Set("lineWidth", 2)
			ctx.Call("setLineDash", js.ValueOf([]any{4, 2}))
			y += laneH - 5
		}
		ctx.Call("moveTo", x(s.From), y)
		ctx.Call("lineTo", x(s.To), y)
		ctx.Call("stroke")
	}
	ctx.Call("setLineDash", js.ValueOf([]any{}))
	// Links: go statements and sends joined to their receives.
	ctx.Set("strokeStyle", p.muted)
	ctx.Set("lineWidth", 1.3)
	for _, k := range vw.Links {
		y1, ok1 := laneY[k.FromG]
		y2, ok2 := laneY[k.ToG]
		if !ok1 || !ok2 {
			continue
		}
		x1, x2 := x(k.FromStep)+cw/2, x(k.ToStep)+cw/2
		y1, y2 = y1+laneH/2, y2+laneH/2
		ctx.Call("beginPath")
		ctx.Call("moveTo", x1, y1)
		ctx.Call("lineTo", x2, y2)
		ctx.Call("stroke")
		a := math.Atan2(y2-y1, x2-x1)
		ctx.Call("beginPath")
		ctx.Call("moveTo", x2, y2)
		ctx.Call("lineTo", x2-6*math.Cos(a-0.4), y2-6*math.Sin(a-0.4))
		ctx.Call("lineTo", x2-6*math.Cos(a+0.4), y2-6*math.Sin(a+0.4))
		ctx.Call("closePath")
		ctx.Set("fillStyle", p.muted)
		ctx.Call("fill")
	}
	// The cursor.
	if v.cursor >= vw.From && v.cursor < vw.To {
		cx := labelW + (float64((v.cursor-vw.From)/vw.Per)+0.5)*cw
		ctx.Set("strokeStyle", p.fg)
		ctx.Set("lineWidth", 1.5)
		ctx.Call("beginPath")
		ctx.Call("moveTo", cx, 0)
		ctx.Call("lineTo", cx, height)
		ctx.Call("stroke")
	}

	v.box.SetAttribute("data-conflict", boolString(len(vw.Conflict) == 2))
	v.canvas.SetAttribute("aria-label", "Timeline of "+plural(vw.Total, "goroutine")+" over "+plural(vw.Steps, "step")+
		"; showing steps "+groupDigits(vw.From+1)+" to "+groupDigits(vw.To)+" of goroutines "+itoa(vw.Lane0+1)+" to "+itoa(vw.Lane0+len(vw.Lanes))+
		"; the scrubber below walks it step by step")
	many := vw.Total > maxRows
	setHidden(v.laneUp, !many)
	setHidden(v.laneDown, !many)
	v.laneUp.SetDisabled(vw.Lane0 == 0)
	v.laneDown.SetDisabled(vw.Lane0+len(vw.Lanes) >= vw.Total)
	v.lanesLabel.SetTextContent("goroutines " + groupDigits(vw.Lane0+1) + "–" + groupDigits(vw.Lane0+len(vw.Lanes)) + " of " + groupDigits(vw.Total))
	button("tl-zoom-in").SetDisabled(vw.To-vw.From <= 8)
	button("tl-zoom-out").SetDisabled(vw.From == 0 && vw.To == vw.Steps)
}

// drawMarks draws a lane's events, one path per kind of mark, so that the
// number of calls into the canvas stays near the number of marks.
func (v *timelineView) drawMarks(ctx js.Value, marks string, y, cw float64, hue string, p palette) {
	r := math.Max(math.Min(cw/2-1, 5), 1.5)
	cy := y + laneH/2
	for _, kind := range []struct {
		m            byte
		fill, stroke string
		width        float64
	}{{'o', hue, p.bg, 1}, {'l', hue, p.bg, 1}, {'w', p.danger, p.bg, 1}, {'c', p.danger, p.danger, 3}} {
		ctx.Call("beginPath")
		n := 0
		for c := 0; c < len(marks); c++ {
			if marks[c] != kind.m {
				continue
			}
			n++
			cx := labelW + (float64(c)+0.5)*cw
			switch kind.m {
			case 'o':
				ctx.Call("moveTo", cx+r, cy)
				ctx.Call("arc", cx, cy, r, 0, 2*math.Pi)
			case 'l':
				ctx.Call("moveTo", cx, cy-r-1)
				ctx.Call("lineTo", cx+r+1, cy)
				ctx.Call("lineTo", cx, cy+r+1)
				ctx.Call("lineTo", cx-r-1, cy)
				ctx.Call("closePath")
			default:
				ctx.Call("rect", cx-r, cy-r, 2*r, 2*r)
			}
		}
		if n == 0 {
			continue
		}
		ctx.Set("fillStyle", kind.fill)
		ctx.Call("fill")
		ctx.Set("lineWidth", kind.width)
		ctx.Set("strokeStyle", kind.stroke)
		ctx.Call("stroke")
	}
}

// stateAlpha is how strongly a state letter of a model.LaneView is drawn.
func stateAlpha(s byte) float64 {
	switch s {
	case 'r':
		return 0.95
	case 'u':
		return 0.3
	case 'b':
		return 0.12
	}
	return 0
}
