package vm

import "math"

// fast runs the common instructions that cannot fail, block, call or
// allocate — moves, integer and float arithmetic (division by a divisor
// that is not zero), comparisons, branches,
// loads and stores of scalars, slice element addresses — in a small loop of
// its own, and returns the pc of the first instruction it does not handle
// (or that would fail, or a branch due for the periodic check).
//
// Keeping this loop free of calls keeps its few variables in machine
// registers (a call anywhere in it makes the compiler spill them at every
// dispatch); exec's big switch, with its many calls, cannot.
func (m *Machine) fast(code []Instr, regs []Value, pc int) int {
	// The budget lives in a local while the loop runs; every return
	// stores it back.
	budget, checkAt := m.budget, m.checkAt
	for {
		in := &code[pc]
		switch in.Op {
		case opMove:
			regs[in.A] = regs[in.B]
		case opAdd:
			regs[in.A].N = normN(regs[in.B].N+regs[in.C].N, in.K)
		case opSub:
			regs[in.A].N = normN(regs[in.B].N-regs[in.C].N, in.K)
		case opMul:
			regs[in.A].N = normN(regs[in.B].N*regs[in.C].N, in.K)
		case opAnd:
			regs[in.A].N = regs[in.B].N & regs[in.C].N
		case opOr:
			regs[in.A].N = regs[in.B].N | regs[in.C].N
		case opXor:
			regs[in.A].N = regs[in.B].N ^ regs[in.C].N
		case opAndNot:
			regs[in.A].N = regs[in.B].N &^ regs[in.C].N
		case opEqN:
			regs[in.A].N = b2n(regs[in.B].N == regs[in.C].N)
		case opNeN:
			regs[in.A].N = b2n(regs[in.B].N != regs[in.C].N)
		case opLtS:
			regs[in.A].N = b2n(int64(regs[in.B].N) < int64(regs[in.C].N))
		case opLeS:
			regs[in.A].N = b2n(int64(regs[in.B].N) <= int64(regs[in.C].N))
		case opGtS:
			regs[in.A].N = b2n(int64(regs[in.B].N) > int64(regs[in.C].N))
		case opGeS:
			regs[in.A].N = b2n(int64(regs[in.B].N) >= int64(regs[in.C].N))
		case opLtU:
			regs[in.A].N = b2n(regs[in.B].N < regs[in.C].N)
		case opLeU:
			regs[in.A].N = b2n(regs[in.B].N <= regs[in.C].N)
		case opGtU:
			regs[in.A].N = b2n(regs[in.B].N > regs[in.C].N)
		case opGeU:
			regs[in.A].N = b2n(regs[in.B].N >= regs[in.C].N)
		case opDivS, opRemS, opDivU, opRemU:
			// A zero divisor panics: exec raises it.
			y := regs[in.C].N
			if y == 0 {
				m.budget = budget
				return pc
			}
			r := divide(in.Op, regs[in.B].N, y)
			regs[in.A].N = normN(r, in.K)
		case opNeg:
			regs[in.A].N = normN(-regs[in.B].N, in.K)
		case opNot:
			regs[in.A].N = regs[in.B].N ^ 1
		case opCplI:
			regs[in.A].N = normN(^regs[in.B].N, in.K)
		case opAddF:
			regs[in.A].N = fnormN(regs[in.B].Float()+regs[in.C].Float(), in.K)
		case opSubF:
			regs[in.A].N = fnormN(regs[in.B].Float()-regs[in.C].Float(), in.K)
		case opMulF:
			regs[in.A].N = fnormN(regs[in.B].Float()*regs[in.C].Float(), in.K)
		case opDivF:
			regs[in.A].N = fnormN(regs[in.B].Float()/regs[in.C].Float(), in.K)
		case opEqF:
			regs[in.A].N = b2n(regs[in.B].Float() == regs[in.C].Float())
		case opNeF:
			regs[in.A].N = b2n(regs[in.B].Float() != regs[in.C].Float())
		case opLtF:
			regs[in.A].N = b2n(regs[in.B].Float() < regs[in.C].Float())
		case opLeF:
			regs[in.A].N = b2n(regs[in.B].Float() <= regs[in.C].Float())
		case opGtF:
			regs[in.A].N = b2n(regs[in.B].Float() > regs[in.C].Float())
		case opGeF:
			regs[in.A].N = b2n(regs[in.B].Float() >= regs[in.C].Float())
		case opField:
			regs[in.A] = regs[in.B].Elems()[in.C]
		case opExtract:
			regs[in.A] = regs[in.B].Elems()[in.C]
		case opLoad:
			p := regs[in.B].Ptr()
			if p == nil || m.race != nil && in.K == 0 || in.Aux.(*Type).IsAggregate() {
				if b, isB := regs[in.B].R.(*byte); isB && m.race == nil {
					regs[in.A] = Value{N: uint64(*b)} // compact byte storage
					break
				}
				m.budget = budget
				return pc
			}
			regs[in.A] = *p
		case opStore:
			p := regs[in.A].Ptr()
			if p == nil || m.slowStores && in.K&kCannotRace == 0 || in.Aux.(*Type).IsAggregate() {
				if b, isB := regs[in.A].R.(*byte); isB && !m.slowStores {
					*b = byte(regs[in.B].N) // compact byte storage
					if in.K == 0 {
						m.writes++ // as exec counts (a frame's own variable is kLocalStore)
					} else if in.K == kPrivateStore {
						m.writes++
						m.privWrites++
					}
					break
				}
				m.budget = budget
				return pc
			}
			*p = regs[in.B]
			if in.K == 0 {
				m.writes++ // the fairness rule's count, as exec's (a frame's own variable is kLocalStore)
			} else if in.K == kPrivateStore {
				m.writes++
				m.privWrites++ // a private array's (private.go): the cycle check's only
			}
		case opIndexAddrB:
			b, _ := regs[in.B].R.([]byte) // a pointer to an array: exec
			i := regs[in.C].N
			if i >= uint64(len(b)) {
				m.budget = budget
				return pc
			}
			regs[in.A] = Value{R: &b[i]}
		case opIndexAddr:
			if in.Aux.(*Type).Kind != KSlice {
				m.budget = budget
				return pc
			}
			elems := regs[in.B].Elems()
			i := regs[in.C].N
			if i >= uint64(len(elems)) {
				m.budget = budget
				return pc
			}
			regs[in.A] = Value{R: &elems[i]}
		case opJump:
			if b := budget - int64(in.Cost); b >= checkAt || m.passBlockEnd(b, pc, regs) {
				budget = b
			} else {
				m.budget = budget
				return pc
			}
			pc = int(in.A)
			continue
		case opIf:
			if b := budget - int64(in.Cost); b >= checkAt || m.passBlockEnd(b, pc, regs) {
				budget = b
			} else {
				m.budget = budget
				return pc
			}
			if regs[in.B].N != 0 {
				pc = int(in.A)
			} else {
				pc = int(in.C)
			}
			continue
		case opJLtS:
			// A loop's i < n, on its own: no second dispatch in compare.
			if b := budget - int64(in.Cost); b >= checkAt || m.passBlockEnd(b, pc, regs) {
				budget = b
			} else {
				m.budget = budget
				return pc
			}
			if int64(regs[in.B].N) < int64(regs[in.C].N) {
				pc = int(in.A)
			} else {
				pc = int(in.D)
			}
			continue
		case opJEqN, opJNeN, opJLeS, opJGtS, opJGeS, opJLtU, opJLeU, opJGtU, opJGeU:
			if b := budget - int64(in.Cost); b >= checkAt || m.passBlockEnd(b, pc, regs) {
				budget = b
			} else {
				m.budget = budget
				return pc
			}
			if compare(in.Op, regs[in.B].N, regs[in.C].N) {
				pc = int(in.A)
			} else {
				pc = int(in.D)
			}
			continue
		default:
			m.budget = budget
			return pc
		}
		pc++
	}
}

// calls performs the call or return at pc the common way — a plain call
// of a compiled function within the stack limit, a return of at most one
// result into a caller's frame — and runs on with fast, performing the
// calls and returns that stop it, until an instruction neither handles.
// It returns g's frame and the pc of that instruction, and whether it
// moved at all (false: exec's full switch performs the call or return at
// pc). fr is g's innermost frame, code and regs its code and registers.
//
// Calls and returns are most of what recursive code does, and exec's
// switch, with its large frame, costs several times more per instruction
// than this loop.
func (m *Machine) calls(g *Goroutine, fr *Frame, code []Instr, regs []Value, pc int) (*Frame, []Instr, []Value, int, bool) {
	moved := false
	for {
		in := &code[pc]
		switch in.Op {
		case opCall:
			// pushCall's common case.
			ci := in.Aux.(*callInfo)
			fn := ci.fn
			top := fr.stack + fn.FrameBytes
			if fn.Intr != nil || top > maxStackBytes || len(g.frames) >= m.cfg.MaxFrames {
				return fr, code, regs, pc, moved
			}
			fr.pc = pc
			nf := m.newFrame(fn)
			nf.stack = top
			if ci.scalarArgs {
				for i, a := range ci.args {
					nf.regs[i].N = regs[a].N
				}
			} else {
				for i, a := range ci.args {
					nf.regs[i] = regs[a]
				}
			}
			g.frames = append(g.frames, nf)
			fr, code, regs, pc = nf, nf.fn.Code, nf.regs, 0
		case opReturn:
			// popFrame's common case (not a deferred call's frame, nor
			// the goroutine's last).
			rs := in.Aux.([]int32)
			n := len(g.frames)
			b := m.budget - int64(in.Cost)
			if len(rs) > 1 || n < 2 || fr.isDefer || b < m.checkAt && !m.passBlockEnd(b, pc, regs) {
				return fr, code, regs, pc, moved
			}
			m.budget = b
			var result Value
			if len(rs) == 1 {
				result = regs[rs[0]]
			}
			g.frames = g.frames[:n-1]
			m.releaseFrame(fr)
			fr = g.frames[n-2]
			code, regs = fr.fn.Code, fr.regs
			if call := &code[fr.pc]; call.Op == opCall && call.Aux.(*callInfo).scalarResult && int(call.A) < len(regs) {
				regs[call.A].N = result.N
			} else {
				setResult(regs, call, result)
			}
			fr.pc++
			pc = fr.pc
		default:
			return fr, code, regs, pc, moved
		}
		moved = true
		pc = m.fast(code, regs, pc)
	}
}

// compare evaluates a compare-and-branch condition.
func compare(op Opcode, x, y uint64) bool {
	switch op {
	case opJEqN:
		return x == y
	case opJNeN:
		return x != y
	case opJLtS:
		return int64(x) < int64(y)
	case opJLeS:
		return int64(x) <= int64(y)
	case opJGtS:
		return int64(x) > int64(y)
	case opJGeS:
		return int64(x) >= int64(y)
	case opJLtU:
		return x < y
	case opJLeU:
		return x <= y
	case opJGtU:
		return x > y
	}
	return x >= y
}

// The scalar results fast writes: only N, since a register that holds a
// scalar never has R set (newFrame clears a reused frame's registers when
// another function used it), so one word is stored instead of three and
// no write barrier is involved.

// b2n is a bool as N.
func b2n(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// normN is norm's N.
func normN(n uint64, k Kind) uint64 {
	if k == 0 {
		return n
	}
	return normInt(Value{N: n}, k).N
}

// fnormN is fnorm's N.
func fnormN(f float64, k Kind) uint64 {
	if k == KFloat32 {
		f = float64(float32(f))
	}
	return math.Float64bits(f)
}
