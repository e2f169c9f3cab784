package vm

import (
	"math"
	"strings"
	"unicode/utf8"
)

// exec runs g from its current position until it stops before a visible
// operation, blocks, finishes, or the run ends. stopped says that g's pc is
// where fast stopped (chanStep): exec begins at its switch, as it would
// have gone on after that fast.
func (m *Machine) exec(g *Goroutine, stopped bool) {
	if len(g.frames) == 0 || m.done {
		if g.exiting && g.granted && !m.done {
			m.goexit(g, Value{}) // performs the exit, the step's visible operation
		}
		return
	}
	if g.dying {
		if g.granted {
			g.granted = false
			if g.rare != nil && g.rare.fatal != "" {
				m.fatalStep(g)
			} else {
				m.panicExit(g)
			}
		}
		return
	}
	fr := g.top()
	code := fr.fn.Code
	regs := fr.regs
	pc := fr.pc

	var ok bool // scratch for frameState

	// A step usually begins at the channel operation or intrinsic call it
	// performs, which fast never runs: the first turn goes straight to the
	// switch instead of calling fast only to have it return.
	atVisible := stopped || code[pc].Op == opSend || code[pc].Op == opRecv || code[pc].Op == opCallIntr
	for {
		if atVisible {
			atVisible = false
		} else {
			pc = m.fast(code, regs, pc)
		}
	dispatch:
		in := &code[pc]
		// Instructions fast always completes (moves, arithmetic,
		// comparisons, field reads) never reach this switch.
		switch in.Op {
		case opNop:
		case opGlobal:
			regs[in.A] = Value{R: &m.globals[in.B]}

		case opDivS, opRemS, opDivU, opRemU:
			y := regs[in.C].N
			if y == 0 {
				fr.pc = pc
				m.runtimeError(g, "integer divide by zero")
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			r := divide(in.Op, regs[in.B].N, y)
			regs[in.A] = norm(r, in.K)
		case opShl, opShrS, opShrU:
			s := regs[in.C].N
			if in.Aux.(bool) && int64(s) < 0 {
				fr.pc = pc
				m.runtimeError(g, "negative shift amount")
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			x := regs[in.B].N
			var r uint64
			switch in.Op {
			case opShl:
				if s < 64 {
					r = x << s
				}
			case opShrS:
				if s > 63 {
					s = 63
				}
				r = uint64(int64(x) >> s)
			default:
				if s < 64 {
					r = x >> s
				}
			}
			regs[in.A] = norm(r, in.K)
		case opNegF:
			regs[in.A] = floatVal(-regs[in.B].Float())

		case opConcat:
			s := regs[in.B].Str() + regs[in.C].Str()
			if !m.allocOK(int64(len(s)), int64(len(s))) {
				return
			}
			m.chargeStr(s)
			regs[in.A] = Value{R: s}
		case opEqStr:
			regs[in.A] = boolVal(regs[in.B].Str() == regs[in.C].Str())
		case opNeStr:
			regs[in.A] = boolVal(regs[in.B].Str() != regs[in.C].Str())
		case opLtStr:
			regs[in.A] = boolVal(regs[in.B].Str() < regs[in.C].Str())
		case opLeStr:
			regs[in.A] = boolVal(regs[in.B].Str() <= regs[in.C].Str())
		case opGtStr:
			regs[in.A] = boolVal(regs[in.B].Str() > regs[in.C].Str())
		case opGeStr:
			regs[in.A] = boolVal(regs[in.B].Str() >= regs[in.C].Str())

		case opBinary:
			bi := in.Aux.(*binInfo)
			v, err := m.binary(bi.op, bi.t, regs[in.B], regs[in.C])
			if err != "" {
				fr.pc = pc
				m.runtimeError(g, err)
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			regs[in.A] = v
		case opUnary:
			bi := in.Aux.(*binInfo)
			regs[in.A] = unary(bi.op, bi.t, regs[in.B])
		case opConvert:
			if in.K == kRangeV && !m.rangeGrant(g, fr, pc, in) {
				return
			}
			ci := in.Aux.(*convInfo)
			if m.race != nil && ci.from.Kind == KSlice && ci.to.Kind == KString {
				m.raceConvert(g, ci, regs[in.B], pc)
			}
			var patches []sbPatch
			if in.K == kRangeV && len(m.stale) > 0 {
				patches = m.sbReadSpans(g, []sbSpan{convertSource(ci, regs[in.B])}, nil)
			}
			v, err := m.convert(regs[in.B], ci.from, ci.to)
			if patches != nil {
				sbUnpatch(patches, sbSpan{})
			}
			if m.done { // out of memory
				return
			}
			if err != "" {
				fr.pc = pc
				if strings.HasPrefix(err, "cannot convert slice") {
					// gc panics with a boundsError (boundsConvert), whose %T shows.
					m.boundsError(g, err)
				} else {
					m.runtimeError(g, err)
				}
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			regs[in.A] = v

		case opAlloc:
			t := in.Aux.(*Type)
			if cell, ok := regs[in.A].R.(*Value); ok && in.C != 0 {
				// The cell an earlier execution made, of a variable
				// whose address never leaves the frame (cellOnly):
				// zeroed in place. Go keeps such a variable in its
				// frame, so nothing is charged.
				zeroInto(cell, t)
				break
			}
			goBytes := goSize(t.Size, !hasPointers(t))
			if !m.allocOK(goBytes, hostElemBytes(t)) {
				return
			}
			cell := new(Value)
			*cell = t.Zero()
			chargeObj(m, cell, goBytes)
			regs[in.A] = Value{R: cell}
		case opLoad, opLoadV:
			if in.Op == opLoadV {
				if !m.visibleAccess(g, fr, pc, in, regs) {
					return
				}
				if inWords(in.Aux.(*Type), regs[in.B].Ptr()) {
					if !m.copyWords(g, fr, pc, in, regs) {
						return
					}
					break
				}
				if len(m.stale) > 0 && m.staleLoad(g, in, regs, pc) {
					break
				}
			}
			p := regs[in.B].Ptr()
			if p == nil {
				if b, isB := regs[in.B].R.(*byte); isB {
					regs[in.A] = m.loadByte(g, b, pc)
					break
				}
				fr.pc = pc
				m.nilDeref(g)
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			if m.race != nil && in.K == 0 { // a frame's own variable cannot race (kLocalLoad)
				m.raceLoad(g, p, pc)
			}
			t := in.Aux.(*Type)
			if t.IsAggregate() {
				regs[in.A] = copyVal(*p, t)
			} else {
				regs[in.A] = *p
			}
		case opStore, opStoreV:
			if in.Op == opStoreV {
				if !m.visibleAccess(g, fr, pc, in, regs) {
					return
				}
				if inWords(in.Aux.(*Type), regs[in.A].Ptr()) {
					if !m.copyWords(g, fr, pc, in, regs) {
						return
					}
					break
				}
				if m.bufferedStore(g, in, regs, pc) {
					break
				}
			}
			if in.K == 0 || in.K == kPrivateStore {
				// The fairness rule's count (fair.go); a frame's own
				// variable (kLocalStore) and an object no one else can
				// hold yet (kInitStore) are no one else's to see, a
				// private array's (kPrivateStore) only the cycle check's.
				m.writes++
				if in.K == kPrivateStore {
					m.privWrites++
				}
			}
			p := regs[in.A].Ptr()
			if p == nil {
				if b, isB := regs[in.A].R.(*byte); isB {
					m.storeByte(g, b, regs[in.B], pc)
					break
				}
				fr.pc = pc
				m.nilDeref(g)
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			if m.race != nil && in.K&kCannotRace == 0 { // a frame's own variable cannot race (kLocalStore), nor a private array
				m.raceStore(g, p, pc)
			}
			storeInto(p, regs[in.B], in.Aux.(*Type))
		case opFieldAddr:
			p := regs[in.B].Ptr()
			if p == nil {
				fr.pc = pc
				m.nilDeref(g)
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			regs[in.A] = Value{R: &p.Elems()[in.C]}
		case opIndexAddr:
			t := in.Aux.(*Type)
			var elems []Value
			if t.Kind == KPointer {
				p := regs[in.B].Ptr()
				if p == nil {
					fr.pc = pc
					m.nilDeref(g)
					if fr, code, regs, pc, ok = m.frameState(g); !ok {
						return
					}
					continue
				}
				elems = p.Elems()
			} else {
				elems = regs[in.B].Elems()
			}
			i := regs[in.C].N
			if i >= uint64(len(elems)) {
				fr.pc = pc
				m.indexError(g, regs[in.C], len(elems))
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			regs[in.A] = Value{R: &elems[i]}
		case opIndexAddrB, opIndexB:
			// Compact byte storage (bytes.go).
			fr.pc = pc
			if in.Op == opIndexAddrB && !m.indexAddrB(g, in, regs) || in.Op == opIndexB && !m.indexB(g, in, regs) {
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
		case opIndex:
			elems := regs[in.B].Elems()
			i := regs[in.C].N
			if i >= uint64(len(elems)) {
				fr.pc = pc
				m.indexError(g, regs[in.C], len(elems))
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			regs[in.A] = elems[i]
		case opStrIndex:
			s := regs[in.B].Str()
			i := regs[in.C].N
			if i >= uint64(len(s)) {
				fr.pc = pc
				m.indexError(g, regs[in.C], len(s))
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			regs[in.A] = Value{N: uint64(s[i])}
		case opSlice:
			v, err := m.slice(regs, in.Aux.(*sliceInfo), regs[in.B])
			if err != "" {
				fr.pc = pc
				if strings.HasPrefix(err, "slice bounds") {
					m.boundsError(g, err)
				} else {
					m.runtimeError(g, err)
				}
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			regs[in.A] = v
		case opMakeIface:
			regs[in.A] = Value{R: &Iface{T: in.Aux.(*Type), V: regs[in.B]}}
		case opTypeAssert:
			if ai := in.Aux.(*assertInfo); ai.ok >= 0 {
				regs[in.A], regs[ai.ok] = m.assertOk(regs[in.B], ai)
				break
			}
			fr.pc = pc // a failed assertion panics here: the traceback's line
			v, ok := m.typeAssert(g, regs[in.B], in.Aux.(*assertInfo))
			if !ok {
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			regs[in.A] = v
		case opMakeClosure:
			ci := in.Aux.(*closureInfo)
			env := make([]Value, len(ci.bindings))
			for i, b := range ci.bindings {
				env[i] = regs[b]
			}
			regs[in.A] = Value{R: &Closure{Fn: ci.fn, Env: env}}
		case opMakeSlice:
			t := in.Aux.(*Type)
			n, c := regs[in.B], regs[in.C]
			v, err := m.makeSlice(t, n, c)
			if err != "" {
				fr.pc = pc
				m.runtimeError(g, err)
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			if m.done {
				return
			}
			regs[in.A] = v
		case opMakeMap:
			mp := newMap(in.Aux.(*Type))
			if in.B >= 0 {
				mp.sizeFor(int64(regs[in.B].N))
			}
			regs[in.A] = Value{R: mp}
		case opMakeChan:
			t := in.Aux.(*Type)
			n := int64(regs[in.B].N)
			if n < 0 || n > 1<<28 {
				fr.pc = pc
				m.runtimePlain(g, "makechan: size out of range")
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			goBytes := 96 + goSize(n*t.Elem.Size, !hasPointers(t.Elem)) // hchan and its buffer
			if !m.allocOK(goBytes, n*hostElemBytes(t.Elem)) {
				return
			}
			ch := newChan(t.Elem, int(n))
			chargeObj(m, ch, goBytes)
			regs[in.A] = Value{R: ch}

		case opJump:
			if !m.chargeBlock(g, in, fr, pc) {
				return
			}
			pc = int(in.A)
			continue
		case opIf:
			if !m.chargeBlock(g, in, fr, pc) {
				return
			}
			if regs[in.B].N != 0 {
				pc = int(in.A)
			} else {
				pc = int(in.C)
			}
			continue
		case opJEqN, opJNeN, opJLtS, opJLeS, opJGtS, opJGeS, opJLtU, opJLeU, opJGtU, opJGeU:
			if !m.chargeBlock(g, in, fr, pc) {
				return
			}
			if compare(in.Op, regs[in.B].N, regs[in.C].N) {
				pc = int(in.A)
			} else {
				pc = int(in.D)
			}
			continue
		case opReturn:
			if f, c, r, p, moved := m.calls(g, fr, code, regs, pc); moved {
				fr, code, regs, pc = f, c, r, p
				goto dispatch
			}
			if !m.chargeBlock(g, in, fr, pc) {
				return
			}
			rs := in.Aux.([]int32)
			var result Value
			switch len(rs) {
			case 0:
			case 1:
				result = regs[rs[0]]
			default:
				if spreadReturn(g, fr, rs) {
					break
				}
				t := make([]Value, len(rs))
				for i, r := range rs {
					t[i] = regs[r]
				}
				result = Value{R: t}
			}
			if len(g.frames) == 1 && g.ID == 1 && !g.inline {
				// main returning ends the program: a visible operation.
				if !m.takeGrant(g, fr, pc) {
					return
				}
				m.event(g, "exit", 0, 0)
				m.exit(0)
				return
			}
			m.popFrame(g, result)
			if fr, code, regs, pc, ok = m.frameState(g); !ok {
				return
			}
			continue
		case opRunDefers:
			if fr.hasDefers() {
				fr.pc = pc
				m.runDefer(g, fr)
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
		case opPanic:
			fr.pc = pc
			v := regs[in.B]
			switch rv := in.Aux.(type) {
			case *Iface:
				v = Value{R: rv} // a runtime error in place of SSA's own panic
			case *rangePanics:
				v = rv.value(regs)
			}
			m.startPanic(g, v, false)
			if fr, code, regs, pc, ok = m.frameState(g); !ok {
				return
			}
			continue
		case opRecover:
			regs[in.A] = m.recover(g)

		case opCall:
			if f, c, r, p, moved := m.calls(g, fr, code, regs, pc); moved {
				fr, code, regs, pc = f, c, r, p
				goto dispatch
			}
			ci := in.Aux.(*callInfo)
			fr.pc = pc
			if !m.pushCall(g, ci.fn, regs, ci.args, nil) {
				return
			}
			fr, code, regs, pc, _ = m.frameState(g)
			continue
		case opGoEnter:
			fr.pc = pc
			if m.enterGo(g, fr, in) {
				fr, code, regs, pc, _ = m.frameState(g)
				continue
			}
			if in.C == 0 {
				ci := in.Aux.(*callInfo)
				if !m.pushCall(g, ci.fn, regs, ci.args, nil) {
					return
				}
				fr, code, regs, pc, _ = m.frameState(g)
				continue
			}
			// An ordinary closure call (opCallFunc's case, below).
			fallthrough
		case opCallFunc:
			ci := in.Aux.(*callInfo)
			cl, _ := regs[ci.fnReg].R.(*Closure)
			fr.pc = pc
			if cl == nil {
				m.nilDeref(g)
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			if cl.Fn.Intr != nil {
				switch m.callIntrinsic(g, cl.Fn.Intr, ci, regs, in) {
				case intrStop:
					return
				case intrReload:
					if fr, code, regs, pc, ok = m.frameState(g); !ok {
						return
					}
				default:
					pc = fr.pc
				}
				continue
			}
			if !m.pushCall(g, cl.Fn, regs, ci.args, cl.Env) {
				return
			}
			fr, code, regs, pc, _ = m.frameState(g)
			continue
		case opInvoke:
			ci := in.Aux.(*callInfo)
			fr.pc = pc
			iv := regs[ci.fnReg].Iface()
			if iv == nil {
				m.nilDeref(g)
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			var fn *Func
			if c := ci.cache.Load(); c != nil && c.t == iv.T {
				fn = c.fn
			} else {
				fn = iv.T.Method(ci.method)
				if fn == nil {
					m.internal("no method " + ci.method + " on " + iv.T.Name)
					return
				}
				ci.cache.Store(&invokeCache{t: iv.T, fn: fn})
			}
			if fn.Intr != nil {
				args := make([]Value, 0, len(ci.args)+1)
				args = append(args, iv.V)
				for _, a := range ci.args {
					args = append(args, regs[a])
				}
				switch m.callIntrinsicArgs(g, fn.Intr, ci, args, in) {
				case intrStop:
					return
				case intrReload:
					if fr, code, regs, pc, ok = m.frameState(g); !ok {
						return
					}
				default:
					pc = fr.pc
				}
				continue
			}
			if !m.pushInvoke(g, fn, iv.V, regs, ci.args) {
				return
			}
			fr, code, regs, pc, _ = m.frameState(g)
			continue
		case opCallIntr:
			ci := in.Aux.(*callInfo)
			if in.K == kRangeV && !m.rangeGrant(g, fr, pc, in) {
				return
			}
			fr.pc = pc
			switch m.callIntrinsic(g, ci.intr, ci, regs, in) {
			case intrStop:
				return
			case intrReload:
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
			default:
				pc = fr.pc
			}
			continue
		case opCallBuilt:
			ci := in.Aux.(*callInfo)
			if in.K != 0 && !m.builtinGrant(g, ci, regs, fr, pc) {
				return
			}
			fr.pc = pc
			if ci.print != nil {
				if !m.printCall(g, ci, regs, fr, pc) {
					return // stopped before its next write, parked, or the run ended
				}
				break
			}
			var v Value
			var ok bool
			if in.K == kRangeV {
				v, ok = m.rangeBuiltin(g, ci, regs, in)
			} else {
				v, ok = m.builtin(g, ci, regs, in)
			}
			if !ok {
				if m.race != nil {
					m.race.pending = nil
				}
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			if m.race != nil && m.race.pending != nil {
				m.race.appended(v)
			}
			if m.done {
				return
			}
			if in.A >= 0 {
				regs[in.A] = v
			}
		case opGo:
			// In a program that counts goroutines a go statement is a
			// visible operation: NumGoroutine observes it (see goexit).
			if (m.prog.countsGoroutines || m.sbN > 0 && g.hasSB()) && !m.takeGrant(g, fr, pc) {
				// Also a point while g holds buffered stores: the go
				// statement drains them (storebuf.go).
				return
			}
			ci := in.Aux.(*callInfo)
			m.goStmt(g, ci, regs, in.Line)
			if m.done {
				return
			}
			// A go before the step's visible operation ends the step at
			// that operation: once the child exists it may act first (a
			// goroutine's first step must not print past a go it makes).
			g.granted = false
		case opDefer:
			if in.C != 0 {
				// Open-coded (Func.openDefer): the operands stay in
				// their registers until the call runs.
				fr.openDefer = true
				break
			}
			ci := in.Aux.(*callInfo)
			d := m.freeDefers
			if d != nil {
				m.freeDefers = d.next
				d.thunk, d.next, d.line = ci.thunk, nil, in.Line
			} else {
				d = &deferRec{thunk: ci.thunk, line: in.Line}
			}
			switch len(ci.args) {
			case 0:
			case 1:
				d.arg = regs[ci.args[0]]
			default:
				args := make([]Value, len(ci.args))
				for i, a := range ci.args {
					args[i] = regs[a]
				}
				d.arg = Value{R: args}
			}
			if in.B >= 0 {
				// A defer inside a range-over-func body goes to the enclosing frame.
				target := regs[in.B].R.(*Frame)
				d.next = target.defers
				target.defers = d
			} else {
				d.next = fr.defers
				fr.defers = d
			}

		case opSend, opRecv, opSelect:
			if !m.takeGrant(g, fr, pc) {
				return
			}
			fr.pc = pc
			if !m.chanOp(g, in, regs) {
				return
			}
			if fr, code, regs, pc, ok = m.frameState(g); !ok {
				return
			}
			continue
		case opMapLookup:
			mp, _ := regs[in.B].R.(*Map)
			mi := in.Aux.(*mapInfo)
			if mp != nil && in.K == 0 {
				// Every read of a map is a scheduling point; only reads of a
				// non-empty map check the writing flag, as in Go.
				if !m.takeGrant(g, fr, pc) {
					return
				}
				m.event(g, "map.read", m.mapID(mp), in.Line)
				m.sbMapSeen(g, mp)
				if mp.readFails() {
					fr.pc = pc
					m.fatal(g, "concurrent map read and map write")
					return
				}
				m.raceMapRead(g, mp, in.Line)
			} else if in.K != 0 {
				switch m.mapAssign(g, fr, pc, in, mp) {
				case intrStop:
					return
				case intrReload:
					if fr, code, regs, pc, ok = m.frameState(g); !ok {
						return
					}
					continue
				}
			}
			if m.race != nil {
				m.raceLookup(g, mp, pc)
			}
			v, ok, bad := mp.Get(m, regs[in.C], mi.m)
			// A read folded into a mapassign (K=1) leaves the key to it.
			if bad != nil && in.K == 0 {
				fr.pc = pc
				m.unhashablePanic(g, bad, mp.Len() == 0)
				if fr, code, regs, pc, ok = m.frameState(g); !ok {
					return
				}
				continue
			}
			if mi.ok >= 0 {
				regs[in.A], regs[mi.ok] = v, boolVal(ok)
			} else if mi.commaOk {
				regs[in.A] = Value{R: []Value{v, boolVal(ok)}}
			} else {
				regs[in.A] = v
			}
		case opMapUpdate:
			fr.pc = pc
			if !m.mapUpdate(g, fr, in, regs) {
				return
			}
		case opMapRange:
			mp, _ := regs[in.B].R.(*Map)
			regs[in.A] = Value{R: m.newMapIter(g, mp)}
		case opMapNext:
			it := regs[in.B].R.(*mapIter)
			if it.began {
				// Every Next of an iteration that began with
				// entries checks the flag, the last one too.
				if !m.takeGrant(g, fr, pc) {
					return
				}
				if !it.looking {
					m.event(g, "map.iter", m.objID(it.m), in.Line)
					m.sbMapSeen(g, it.m)
					if it.m.writing {
						fr.pc = pc
						m.fatal(g, "concurrent map iteration and map write")
						return
					}
					if it.relooks() {
						// Go's Next looks the key up again in the
						// grown map (getWithKey), which checks the
						// flag once more: a second point, where a
						// write begun since fails the read.
						it.looking = true
						if !m.takeGrant(g, fr, pc) {
							return
						}
					}
				}
				if it.looking {
					it.looking = false
					m.event(g, "map.read", m.objID(it.m), in.Line)
					m.sbMapSeen(g, it.m)
					if it.m.writing {
						fr.pc = pc
						m.fatal(g, "concurrent map read and map write")
						return
					}
				}
				m.raceMapRead(g, it.m, in.Line)
				it.advance(m)
			}
			if m.race != nil {
				m.raceIter(g, it, pc)
			}
			regs[in.A] = it.next()
		case opStrRange:
			regs[in.A] = Value{R: &strIter{s: regs[in.B].Str()}}
		case opStrNext:
			regs[in.A] = regs[in.B].R.(*strIter).next()
		default:
			m.internal("unknown opcode " + itoa(int64(in.Op)))
			return
		}
		pc++
	}
}

// norm builds an integer Value normalised to kind k.
func norm(n uint64, k Kind) Value {
	if k == 0 {
		return Value{N: n}
	}
	return normInt(Value{N: n}, k)
}

// fnorm builds a float Value, rounding to float32 when k says so.
func fnorm(f float64, k Kind) Value {
	if k == KFloat32 {
		f = float64(float32(f))
	}
	return Value{N: math.Float64bits(f)}
}

func itoa(i int64) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	u := uint64(i)
	if neg {
		u = uint64(-i)
	}
	var b [24]byte
	n := len(b)
	for u > 0 {
		n--
		b[n] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// strIter iterates over a string's runes.
type strIter struct {
	s string
	i int
}

func (it *strIter) next() Value {
	if it.i >= len(it.s) {
		return Value{R: []Value{boolVal(false), {}, {}}}
	}
	r, n := decodeRune(it.s[it.i:])
	v := Value{R: []Value{boolVal(true), intVal(int64(it.i)), intVal(int64(r))}}
	it.i += n
	return v
}

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// frameState returns the innermost frame of g and its code, registers and
// pc, or false when g cannot go on (finished, blocked, or the run ended).
// exec keeps these in locals (not captured by closures) so they stay in
// machine registers.
func (m *Machine) frameState(g *Goroutine) (*Frame, []Instr, []Value, int, bool) {
	if len(g.frames) == 0 || m.done || g.state != gRunnable || g.dying {
		return nil, nil, nil, 0, false
	}
	fr := g.top()
	return fr, fr.fn.Code, fr.regs, fr.pc, true
}

// takeGrant consumes the scheduler's grant to perform the visible
// operation at pc. Without one, g stops there (fr.pc = pc) and it reports
// false.
//
// When g is the only goroutine that can run, its next step is forced: the
// step ends here and the next one begins at once (stepOn), without
// returning to the scheduler's loop, and it reports true.
func (m *Machine) takeGrant(g *Goroutine, fr *Frame, pc int) bool {
	if g.granted || g.inline { // inlined: at every visible operation
		g.granted = false
		return true
	}
	return m.stopAt(g, fr, pc)
}

// stopAt is takeGrant without a grant.
//
//go:noinline
func (m *Machine) stopAt(g *Goroutine, fr *Frame, pc int) bool {
	fr.pc = pc
	return (m.runs.n == 1 || m.mayRunAhead(g)) && m.stepping == g && m.stepOn(g)
}

// exitGrant is takeGrant for g's exit, where g has no frame left.
func (m *Machine) exitGrant(g *Goroutine) bool {
	if g.granted {
		g.granted = false
		return true
	}
	return m.runs.n == 1 && m.stepping == g && m.stepOn(g)
}

// tick runs the periodic checks, every checkEvery instructions: the
// instruction budget and the memory cap. It reports false when the run ended.
func (m *Machine) tick() bool {
	if m.budget < 0 {
		m.limit("instruction budget exhausted: the program ran more than " + itoa(m.cfg.MaxSteps) + " instructions (an infinite loop?); raise the limit with --max-steps")
		return false
	}
	m.tickAt = m.budget - checkEvery
	m.setCheckAt()
	if m.cfg.Progress != nil {
		m.cfg.Progress(m)
	}
	return m.checkMemory()
}

// chargeBlock takes a block's cost from the budget at its terminator and
// runs the periodic checks and the forced preemption (preempt.go) when
// due; false means g stopped at pc or the run ended.
func (m *Machine) chargeBlock(g *Goroutine, in *Instr, fr *Frame, pc int) bool {
	m.budget -= int64(in.Cost)
	if m.budget < m.checkAt {
		fr.pc = pc
		return m.check(g, in, pc)
	}
	return true
}

// divide is integer division or remainder (op is opDivS, opRemS, opDivU or
// opRemU) of x by y, which is not zero: exec raises the zero divisor's
// panic before, and fast leaves that case to exec.
func divide(op Opcode, x, y uint64) uint64 {
	switch op {
	case opDivS:
		return uint64(int64(x) / int64(y))
	case opRemS:
		return uint64(int64(x) % int64(y))
	case opDivU:
		return x / y
	}
	return x % y
}
