package vm

// time: timers, tickers and the virtual clock. Time values are
// time.Time{ns} with ns the virtual nanoseconds since the program started
// (2009-11-10 23:00:00 UTC, as on the Go playground).

// startSec is the virtual clock's start, 2009-11-10 23:00:00 UTC, in
// seconds since January 1, year 1 (time.Time's epoch).
const startSec = 1257894000 + 62135596800

// timeVal builds a time.Time{sec, nsec} for virtual instant ns.
func timeVal(ns int64) Value {
	return Value{R: []Value{intVal(startSec + ns/1e9), intVal(ns % 1e9)}}
}

// timeNs is the virtual instant of a time.Time.
func timeNs(v Value) int64 {
	e := v.Elems()
	return (int64(e[0].N)-startSec)*1e9 + int64(e[1].N)
}

// timerSend delivers a tick without blocking, as the runtime's timers do.
func (m *Machine) timerSend(ch *Chan, v Value) {
	if w := popLive(&ch.recvq); w != nil {
		w.finish()
		w.g.completed, w.g.wakeVal, w.g.wakeOk, w.g.wakeCase = true, v, true, w.cas
		m.wake(w.g)
		return
	}
	if len(ch.buf) < max(ch.size, 1) {
		ch.buf = append(ch.buf, v)
	}
}

// vmTimer is the VM side of a time.Timer or time.Ticker.
type vmTimer struct {
	t      *timer
	ch     *Chan
	period int64
	fn     *Closure // AfterFunc
}

// callClosureThunk runs regs[0]() as a goroutine body (AfterFunc).
var callClosureThunk = &Func{
	Name: "thunk", Thunk: true, RecoverPC: -1, compiled: true, NParams: 1, NRegs: 2, FreeBase: 1, ConstBase: 1,
	Code: []Instr{
		{Op: opCallFunc, A: 1, Aux: &callInfo{fnReg: 0}},
		{Op: opReturn, Aux: []int32{}},
	},
}

func (m *Machine) startTimer(vt *vmTimer, when int64) {
	vt.t = m.addTimer(when, func() {
		now := m.clock
		switch {
		case vt.fn != nil:
			g := m.newGoroutine(callClosureThunk, []Value{{R: vt.fn}}, nil, 0)
			m.raceTimerGo(vt, g)
			g.Entry = vt.fn.Fn.Name
			m.exec(g)
		default:
			m.timerSend(vt.ch, timeVal(now))
		}
		if vt.period > 0 {
			m.startTimer(vt, now+vt.period)
		} else {
			vt.t = nil
		}
	})
}

// timerStruct builds *time.Timer / *time.Ticker: struct{ C <-chan Time; id int }.
func (m *Machine) timerStruct(vt *vmTimer) Value {
	cell := &Value{R: []Value{{R: vt.ch}, {R: vt}}}
	return Value{R: cell}
}

func timerOf(v Value) *vmTimer {
	p := v.Ptr()
	if p == nil {
		return nil
	}
	vt, _ := p.Elems()[1].R.(*vmTimer)
	return vt
}

func init() {
	register("time.Now", func(c *Ctx, args []Value) Value { return timeVal(c.M.clock) })
	register("time.Since", func(c *Ctx, args []Value) Value { return intVal(c.M.clock - timeNs(args[0])) })
	register("time.Until", func(c *Ctx, args []Value) Value { return intVal(timeNs(args[0]) - c.M.clock) })
	newTimer := func(c *Ctx, d int64, period int64, elem *Type) *vmTimer {
		vt := &vmTimer{ch: newChan(elem, 1), period: period}
		c.M.startTimer(vt, c.M.clock+max(d, 0))
		return vt
	}
	chanElem := func(t *Type) *Type { // *Timer → Timer{C chan Time}
		return t.Elem.Fields[0].Elem
	}
	register("time.After", func(c *Ctx, args []Value) Value {
		return Value{R: newTimer(c, int64(args[0].N), 0, c.ResultType().Elem).ch}
	})
	register("time.Tick", func(c *Ctx, args []Value) Value {
		d := int64(args[0].N)
		if d <= 0 {
			return Value{}
		}
		return Value{R: newTimer(c, d, d, c.ResultType().Elem).ch}
	})
	register("time.NewTimer", func(c *Ctx, args []Value) Value {
		return c.M.timerStruct(newTimer(c, int64(args[0].N), 0, chanElem(c.ResultType())))
	})
	register("time.NewTicker", func(c *Ctx, args []Value) Value {
		d := int64(args[0].N)
		if d <= 0 {
			c.M.startPanic(c.G, Value{R: &Iface{T: c.M.prog.stringType, V: strVal("non-positive interval for NewTicker")}}, false)
			return Value{}
		}
		return c.M.timerStruct(newTimer(c, d, d, chanElem(c.ResultType())))
	})
	register("time.AfterFunc", func(c *Ctx, args []Value) Value {
		vt := &vmTimer{fn: args[1].R.(*Closure), ch: newChan(nil, 1)}
		c.M.raceTimerStart(c.G, vt)
		c.M.startTimer(vt, c.M.clock+max(int64(args[0].N), 0))
		return c.M.timerStruct(vt)
	})
	stop := func(c *Ctx, args []Value) Value {
		vt := timerOf(args[0])
		if vt == nil || vt.t == nil {
			return boolVal(false)
		}
		vt.t.dead = true
		vt.t = nil
		vt.ch.buf = nil
		return boolVal(true)
	}
	reset := func(c *Ctx, args []Value) Value {
		active := stop(c, args)
		vt := timerOf(args[0])
		if vt != nil {
			d := int64(args[1].N)
			if vt.period > 0 {
				vt.period = d
			}
			c.M.startTimer(vt, c.M.clock+max(d, 0))
		}
		return active
	}
	register("(*time.Timer).Stop", stop)
	register("(*time.Timer).Reset", reset)
	register("(*time.Ticker).Stop", func(c *Ctx, args []Value) Value { stop(c, args); return Value{} })
	register("(*time.Ticker).Reset", func(c *Ctx, args []Value) Value { reset(c, args); return Value{} })
}
