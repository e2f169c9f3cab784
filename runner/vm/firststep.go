package vm

// A goroutine that has not run yet stands at its go thunk's first
// instruction, the call of its function, which is no visible operation:
// described from there its first step would touch everything (optionOf's
// default). Its first step runs the function's invisible code up to the
// first visible operation and performs it. When the function begins with
// that operation, its object is known without running anything: the go
// statement evaluated the function and its arguments, and they wait in the
// thunk's registers (newproc copies them to the new stack the same way);
// the operation's other operands are the callee's constants. The
// reduction then sees what the step does — two goroutines that have not
// run and begin on different WaitGroups commute, and one that begins
// with a Lock does not race with a send on an unrelated channel —
// instead of a step dependent with everything.
//
// Nothing of the goroutine runs early and nothing it will observe
// changes: firstOp only reads the thunk's registers, the callee's code
// and the variables those leading loads read, as optionOf reads a pending
// operation's registers. Such a load is plain code: under the
// reduction's assumption that goroutines share plain memory only under
// the synchronisation the scheduler sees, nothing writes the variable
// between the go statement and the load (a write there would race with
// it; one that raced is a visible site once seen, opLoadV, which ends the
// prefix), so it reads now what it will read then.

// firstOp is the visible operation that g's first step performs, with
// the registers it reads it from, when g has not run yet and its
// function begins with the operation; nil otherwise (g has run, or its
// first operation is not known without running code), and optionOf then
// describes g's pending instruction as before.
func (m *Machine) firstOp(g *Goroutine) (*Instr, []Value) {
	if len(g.frames) != 1 || g.inline {
		return nil, nil
	}
	th := g.frames[0]
	if !th.fn.Thunk || th.pc != 0 {
		return nil, nil
	}
	// The thunk: its parameters are the go statement's operands; it may
	// take package variables' addresses before the call.
	e := &m.first
	e.begin(th.fn, th.regs, th.fn.NParams)
	call := m.entryPrefix(e)
	if call == nil {
		return nil, nil
	}
	ci, _ := call.Aux.(*callInfo)
	if ci == nil {
		return nil, nil
	}
	fn, env := ci.fn, []Value(nil)
	switch {
	case call.Op == opCall || call.Op == opGoEnter && call.C == 0:
	case call.Op == opCallFunc || call.Op == opGoEnter && call.C == 1:
		v, ok := e.get(ci.fnReg)
		cl, _ := v.R.(*Closure)
		if !ok || cl == nil {
			return nil, nil
		}
		fn, env = cl.Fn, cl.Env
	default:
		return nil, nil
	}
	if fn == nil || fn.Intr != nil || len(env) != fn.NFree {
		return nil, nil
	}
	if m.view != nil {
		fn = m.viewed(fn) // the code newFrame will run
	}
	// The callee's registers on entry, as pushCall and pushValues set
	// them: the arguments, the free variables, the constants.
	regs := m.firstRegs[:0]
	if cap(regs) < fn.NRegs {
		regs = make([]Value, 0, fn.NRegs)
	}
	regs = regs[:fn.NRegs]
	clear(regs)
	for i, a := range ci.args {
		v, ok := e.get(a)
		if !ok {
			return nil, nil
		}
		regs[i] = v
	}
	copy(regs[fn.FreeBase:fn.FreeBase+fn.NFree], env)
	copy(regs[fn.ConstBase:], fn.Consts)
	m.firstRegs = regs
	e.begin(fn, regs, len(ci.args))
	in := m.entryPrefix(e)
	if in == nil {
		return nil, nil
	}
	var reads []int32 // the registers the operation's description reads
	switch in.Op {
	case opCallIntr:
		c := in.Aux.(*callInfo)
		if c.intr.Visible == "" || m.lockOff(c) {
			return nil, nil // the step runs on past it
		}
		reads = c.args
	case opSend, opRecv:
		reads = []int32{in.B}
	default:
		return nil, nil
	}
	for _, r := range reads {
		if _, ok := e.get(r); !ok {
			return nil, nil
		}
	}
	for _, k := range e.set {
		regs[k.reg] = k.v
	}
	return in, regs
}

// entry is what firstOp knows of a frame that has not run: its
// registers set on entry, and those its leading instructions set.
type entry struct {
	fn    *Func
	regs  []Value
	nargs int        // registers [0, nargs) hold the arguments
	set   []knownReg // set by the instructions entryPrefix passed
}

// knownReg is a register an entry prefix sets.
type knownReg struct {
	reg int32
	v   Value
}

func (e *entry) begin(fn *Func, regs []Value, nargs int) {
	e.fn, e.regs, e.nargs, e.set = fn, regs, nargs, e.set[:0]
}

// get is register r's value when the prefix passed so far has run, if
// known: an argument, a free variable, a constant, or set by the prefix.
func (e *entry) get(r int32) (Value, bool) {
	for i := len(e.set) - 1; i >= 0; i-- {
		if e.set[i].reg == r {
			return e.set[i].v, true
		}
	}
	i, fn := int(r), e.fn
	if i >= 0 && i < e.nargs || i >= fn.FreeBase && i < fn.FreeBase+fn.NFree ||
		i >= fn.ConstBase && i < fn.ConstBase+len(fn.Consts) {
		return e.regs[i], true
	}
	return Value{}, false
}

// entryPrefix passes the instructions e's function may begin with that
// run nothing another goroutine could see or change: the address of a
// package variable (opGlobal), the record of a deferred call (opDefer,
// whose call runs at the return) and a plain load of a word through a
// known pointer (a captured variable). It returns the first other
// instruction, nil when there is none or a load's pointer is unknown.
func (m *Machine) entryPrefix(e *entry) *Instr {
	for pc := range e.fn.Code {
		switch in := &e.fn.Code[pc]; in.Op {
		case opGlobal:
			e.set = append(e.set, knownReg{in.A, Value{R: &m.globals[in.B]}})
		case opDefer:
		case opLoad:
			v, ok := e.get(in.B)
			p := v.Ptr()
			if !ok || p == nil || in.Aux.(*Type).IsAggregate() {
				return nil
			}
			e.set = append(e.set, knownReg{in.A, *p})
		default:
			return in
		}
	}
	return nil
}
