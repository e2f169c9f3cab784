package vm

import (
	"fmt"
	"go/token"
	"math"
	"unsafe"
)

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
	rp := unsafe.Pointer(unsafe.SliceData(regs)) // for reg
	cp := unsafe.Pointer(unsafe.SliceData(code)) // for instr
	for {
		in := instr(cp, pc)
		// The operands, read once here: the compiler recomputes in's
		// address for every field read in a case otherwise.
		a, b, c := in.A, in.B, in.C
		switch in.Op {
		case opMove:
			*reg(rp, a) = *reg(rp, b)
		case opAdd64:
			reg(rp, a).N = reg(rp, b).N + reg(rp, c).N
		case opAdd64JLtS:
			// opAdd64, then the opJLtS at the next pc (as its case).
			reg(rp, a).N = reg(rp, b).N + reg(rp, c).N
			pc++
			in = instr(cp, pc)
			if left := budget - int64(in.Cost); left < checkAt && !m.passBlockEnd(left, pc, regs) {
				m.budget = budget
				return pc
			}
			budget -= int64(in.Cost)
			x, y := reg(rp, in.B).N, reg(rp, in.C).N
			pc = branch(int64(x) < int64(y), in.A, in.D)
			continue
		case opAdd:
			reg(rp, a).N = normN(reg(rp, b).N+reg(rp, c).N, in.K)
		case opSub:
			reg(rp, a).N = normN(reg(rp, b).N-reg(rp, c).N, in.K)
		case opMul:
			reg(rp, a).N = normN(reg(rp, b).N*reg(rp, c).N, in.K)
		case opAnd:
			reg(rp, a).N = reg(rp, b).N & reg(rp, c).N
		case opOr:
			reg(rp, a).N = reg(rp, b).N | reg(rp, c).N
		case opXor:
			reg(rp, a).N = reg(rp, b).N ^ reg(rp, c).N
		case opAndNot:
			reg(rp, a).N = reg(rp, b).N &^ reg(rp, c).N
		case opEqN:
			reg(rp, a).N = b2n(reg(rp, b).N == reg(rp, c).N)
		case opNeN:
			reg(rp, a).N = b2n(reg(rp, b).N != reg(rp, c).N)
		case opLtS:
			reg(rp, a).N = b2n(int64(reg(rp, b).N) < int64(reg(rp, c).N))
		case opLeS:
			reg(rp, a).N = b2n(int64(reg(rp, b).N) <= int64(reg(rp, c).N))
		case opGtS:
			reg(rp, a).N = b2n(int64(reg(rp, b).N) > int64(reg(rp, c).N))
		case opGeS:
			reg(rp, a).N = b2n(int64(reg(rp, b).N) >= int64(reg(rp, c).N))
		case opLtU:
			reg(rp, a).N = b2n(reg(rp, b).N < reg(rp, c).N)
		case opLeU:
			reg(rp, a).N = b2n(reg(rp, b).N <= reg(rp, c).N)
		case opGtU:
			reg(rp, a).N = b2n(reg(rp, b).N > reg(rp, c).N)
		case opGeU:
			reg(rp, a).N = b2n(reg(rp, b).N >= reg(rp, c).N)
		// Division and remainder by a divisor that is not zero (exec raises
		// the panic), a case each for the same reason.
		case opDivS:
			y := regs[c].N
			if y == 0 {
				m.budget = budget
				return pc
			}
			regs[a].N = normN(uint64(int64(regs[b].N)/int64(y)), in.K)
		case opRemS:
			y := regs[c].N
			if y == 0 {
				m.budget = budget
				return pc
			}
			regs[a].N = normN(uint64(int64(regs[b].N)%int64(y)), in.K)
		case opDivU:
			y := regs[c].N
			if y == 0 {
				m.budget = budget
				return pc
			}
			regs[a].N = normN(regs[b].N/y, in.K)
		case opRemU:
			y := regs[c].N
			if y == 0 {
				m.budget = budget
				return pc
			}
			regs[a].N = normN(regs[b].N%y, in.K)
		case opNeg:
			reg(rp, a).N = normN(-reg(rp, b).N, in.K)
		case opNot:
			reg(rp, a).N = reg(rp, b).N ^ 1
		case opCplI:
			reg(rp, a).N = normN(^reg(rp, b).N, in.K)
		case opAddF:
			regs[a].N = fnormN(regs[b].Float()+regs[c].Float(), in.K)
		case opSubF:
			regs[a].N = fnormN(regs[b].Float()-regs[c].Float(), in.K)
		case opMulF:
			regs[a].N = fnormN(regs[b].Float()*regs[c].Float(), in.K)
		case opDivF:
			regs[a].N = fnormN(regs[b].Float()/regs[c].Float(), in.K)
		case opEqF:
			regs[a].N = b2n(regs[b].Float() == regs[c].Float())
		case opNeF:
			regs[a].N = b2n(regs[b].Float() != regs[c].Float())
		case opLtF:
			regs[a].N = b2n(regs[b].Float() < regs[c].Float())
		case opLeF:
			regs[a].N = b2n(regs[b].Float() <= regs[c].Float())
		case opGtF:
			regs[a].N = b2n(regs[b].Float() > regs[c].Float())
		case opGeF:
			regs[a].N = b2n(regs[b].Float() >= regs[c].Float())
		case opField:
			regs[a] = regs[b].Elems()[c]
		case opExtract:
			regs[a] = regs[b].Elems()[c]
		case opFieldAddr:
			p := regs[b].Ptr()
			if p == nil {
				m.budget = budget
				return pc // exec panics
			}
			regs[a] = Value{R: &p.Elems()[c]}
		case opBinary:
			// == and != of pointers and channels (strings.Builder's copy
			// check, a list walk's p != nil): sameRef's answer when the
			// references are the same words or one is nil; exec's
			// otherwise.
			bi := in.Aux.(*binInfo)
			if k := bi.t.Kind; k != KPointer && k != KChan && k != KUnsafePointer || bi.op != token.EQL && bi.op != token.NEQ {
				m.budget = budget
				return pc
			}
			x, y := wordsOf(&regs[b].R), wordsOf(&regs[c].R)
			if x != y && x.t != nil && y.t != nil {
				m.budget = budget
				return pc
			}
			regs[a] = Value{N: b2n((x == y) == (bi.op == token.EQL))}
		case opLoad:
			p := regs[b].Ptr()
			if p == nil || m.race != nil && in.K == 0 || in.Aux.(*Type).IsAggregate() {
				if bp, isB := regs[b].R.(*byte); isB && m.race == nil {
					regs[a] = Value{N: uint64(*bp)} // compact byte storage
					break
				}
				m.budget = budget
				return pc
			}
			regs[a] = *p
		case opStore:
			p := regs[a].Ptr()
			if p == nil || m.slowStores && in.K&kCannotRace == 0 || in.Aux.(*Type).IsAggregate() {
				if bp, isB := regs[a].R.(*byte); isB && !m.slowStores {
					*bp = byte(regs[b].N) // compact byte storage
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
			*p = regs[b]
			if in.K == 0 {
				m.writes++ // the fairness rule's count, as exec's (a frame's own variable is kLocalStore)
			} else if in.K == kPrivateStore {
				m.writes++
				m.privWrites++ // a private array's (private.go): the cycle check's only
			}
		case opIndexAddrB:
			b, _ := regs[b].R.([]byte) // a pointer to an array: exec
			i := regs[c].N
			if i >= uint64(len(b)) {
				m.budget = budget
				return pc
			}
			regs[a] = Value{R: &b[i]}
		case opIndexAddr:
			if in.Aux.(*Type).Kind != KSlice {
				m.budget = budget
				return pc
			}
			elems := regs[b].Elems()
			i := regs[c].N
			if i >= uint64(len(elems)) {
				m.budget = budget
				return pc
			}
			regs[a] = Value{R: &elems[i]}
		case opJump:
			if left := budget - int64(in.Cost); left >= checkAt || m.passBlockEnd(left, pc, regs) {
				budget = left
			} else {
				m.budget = budget
				return pc
			}
			pc = int(a)
			continue
		case opIf:
			if left := budget - int64(in.Cost); left >= checkAt || m.passBlockEnd(left, pc, regs) {
				budget = left
			} else {
				m.budget = budget
				return pc
			}
			if reg(rp, b).N != 0 {
				pc = int(a)
			} else {
				pc = int(c)
			}
			continue
		case opJLtS:
			// A loop's i < n, on its own: no second dispatch in compare.
			if left := budget - int64(in.Cost); left >= checkAt || m.passBlockEnd(left, pc, regs) {
				budget = left
			} else {
				m.budget = budget
				return pc
			}
			if int64(reg(rp, b).N) < int64(reg(rp, c).N) {
				pc = int(a)
			} else {
				pc = int(in.D)
			}
			continue
		// The other compare-and-branch opcodes, a case each like opJLtS:
		// a shared case read the opcode again (compare), which kept it in
		// the frame, stored there at every dispatch of every opcode.
		case opJEqN:
			if left := budget - int64(in.Cost); left < checkAt && !m.passBlockEnd(left, pc, regs) {
				m.budget = budget
				return pc
			}
			budget -= int64(in.Cost)
			x, y := reg(rp, b).N, reg(rp, c).N
			pc = branch(x == y, a, in.D)
			continue
		case opJNeN:
			if left := budget - int64(in.Cost); left < checkAt && !m.passBlockEnd(left, pc, regs) {
				m.budget = budget
				return pc
			}
			budget -= int64(in.Cost)
			x, y := reg(rp, b).N, reg(rp, c).N
			pc = branch(x != y, a, in.D)
			continue
		case opJLeS:
			if left := budget - int64(in.Cost); left < checkAt && !m.passBlockEnd(left, pc, regs) {
				m.budget = budget
				return pc
			}
			budget -= int64(in.Cost)
			x, y := reg(rp, b).N, reg(rp, c).N
			pc = branch(int64(x) <= int64(y), a, in.D)
			continue
		case opJGtS:
			if left := budget - int64(in.Cost); left < checkAt && !m.passBlockEnd(left, pc, regs) {
				m.budget = budget
				return pc
			}
			budget -= int64(in.Cost)
			x, y := reg(rp, b).N, reg(rp, c).N
			pc = branch(int64(x) > int64(y), a, in.D)
			continue
		case opJGeS:
			if left := budget - int64(in.Cost); left < checkAt && !m.passBlockEnd(left, pc, regs) {
				m.budget = budget
				return pc
			}
			budget -= int64(in.Cost)
			x, y := reg(rp, b).N, reg(rp, c).N
			pc = branch(int64(x) >= int64(y), a, in.D)
			continue
		case opJLtU:
			if left := budget - int64(in.Cost); left < checkAt && !m.passBlockEnd(left, pc, regs) {
				m.budget = budget
				return pc
			}
			budget -= int64(in.Cost)
			x, y := reg(rp, b).N, reg(rp, c).N
			pc = branch(x < y, a, in.D)
			continue
		case opJLeU:
			if left := budget - int64(in.Cost); left < checkAt && !m.passBlockEnd(left, pc, regs) {
				m.budget = budget
				return pc
			}
			budget -= int64(in.Cost)
			x, y := reg(rp, b).N, reg(rp, c).N
			pc = branch(x <= y, a, in.D)
			continue
		case opJGtU:
			if left := budget - int64(in.Cost); left < checkAt && !m.passBlockEnd(left, pc, regs) {
				m.budget = budget
				return pc
			}
			budget -= int64(in.Cost)
			x, y := reg(rp, b).N, reg(rp, c).N
			pc = branch(x > y, a, in.D)
			continue
		case opJGeU:
			if left := budget - int64(in.Cost); left < checkAt && !m.passBlockEnd(left, pc, regs) {
				m.budget = budget
				return pc
			}
			budget -= int64(in.Cost)
			x, y := reg(rp, b).N, reg(rp, c).N
			pc = branch(x >= y, a, in.D)
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
			top := int64(fr.stack) + fn.FrameBytes
			if fn.Intr != nil || top > maxStackBytes || len(g.frames) >= m.cfg.MaxFrames {
				return fr, code, regs, pc, moved
			}
			fr.pc = pc
			var nf *Frame
			if m.view == nil {
				nf = m.reuseFrame(fn) // newFrame's common case, inlined
			}
			if nf == nil {
				nf = m.newFrame(fn)
			}
			nf.stack = int32(top)
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
		// Reloaded from the frame rather than kept: values live across
		// the call are spilled before it and reloaded after it, more
		// host instructions than these loads.
		code, regs = fr.fn.Code, fr.regs
	}
}

// branch is the pc a compare-and-branch goes to: t when the condition
// holds, f otherwise.
func branch(cond bool, t, f int32) int {
	if cond {
		return int(t)
	}
	return int(f)
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

// reg is register i of the frame whose registers begin at rp: the integer
// instructions fast runs read and write their registers without a bounds
// check, a tenth of a loop's host instructions. Sound because every
// register operand of those instructions is in [0, NRegs) of its function
// (checkFastRegs, when the function is compiled) and a frame has exactly
// NRegs registers (newFrame).
func reg(rp unsafe.Pointer, i int32) *Value {
	return (*Value)(unsafe.Add(rp, uintptr(uint32(i))*unsafe.Sizeof(Value{})))
}

// instr is instruction pc of the code that begins at cp: fast reads its
// instructions without a bounds check, as it reaches registers through reg.
// Sound because fast is only ever given a pc of the function's code, and
// the pcs it moves to are branch targets, each within the code, or the
// next instruction after one that is not the last (checkFastRegs, when the
// function is compiled: the last instruction is one that never goes on to
// the next).
func instr(cp unsafe.Pointer, pc int) *Instr {
	return (*Instr)(unsafe.Add(cp, uintptr(pc)*unsafe.Sizeof(Instr{})))
}

// fastRegOperands says which operands of op are registers fast reaches
// through reg (A, B, C), for checkFastRegs; ok is false for the opcodes
// whose registers fast indexes with bounds checks.
func fastRegOperands(op Opcode) (a, b, c, ok bool) {
	switch op {
	case opMove, opNeg, opNot, opCplI:
		return true, true, false, true
	case opAdd64, opAdd64JLtS, opAdd, opSub, opMul, opAnd, opOr, opXor, opAndNot,
		opEqN, opNeN, opLtS, opLeS, opGtS, opGeS, opLtU, opLeU, opGtU, opGeU:
		return true, true, true, true
	case opIf:
		return false, true, false, true
	case opJLtS, opJEqN, opJNeN, opJLeS, opJGtS, opJGeS, opJLtU, opJLeU, opJGtU, opJGeU:
		return false, true, true, true
	}
	return false, false, false, false
}

// checkFastRegs panics (an internal error) if an instruction of f that fast
// runs through reg names a register outside f's NRegs, if a branch fast
// takes leads outside f's code, if an opAdd64JLtS is not followed by its
// opJLtS, or if f's last instruction may go on to the next (one past the
// code): fast would read or write past the frame's registers or past the
// code (instr).
func checkFastRegs(f *Func) {
	bad := func(r int32) bool { return r < 0 || int(r) >= f.NRegs }
	badPC := func(t int32) bool { return t < 0 || int(t) >= len(f.Code) }
	for pc := range f.Code {
		in := &f.Code[pc]
		a, b, c, ok := fastRegOperands(in.Op)
		if ok && (a && bad(in.A) || b && bad(in.B) || c && bad(in.C)) {
			panic(fmt.Sprintf("interleave: %s pc %d: opcode %d names a register outside its %d", f.Name, pc, in.Op, f.NRegs))
		}
		switch {
		case in.Op == opJump && badPC(in.A),
			in.Op == opIf && (badPC(in.A) || badPC(in.C)),
			isCompareBranch(in.Op) && (badPC(in.A) || badPC(in.D)):
			panic(fmt.Sprintf("interleave: %s pc %d: opcode %d branches outside its %d instructions", f.Name, pc, in.Op, len(f.Code)))
		case in.Op == opAdd64JLtS && (pc+1 == len(f.Code) || f.Code[pc+1].Op != opJLtS):
			panic(fmt.Sprintf("interleave: %s pc %d: an opAdd64JLtS without its opJLtS", f.Name, pc))
		}
	}
	if n := len(f.Code); n > 0 {
		switch op := f.Code[n-1].Op; {
		case op == opJump, op == opIf, op == opReturn, op == opPanic, isCompareBranch(op):
		default:
			panic(fmt.Sprintf("interleave: %s: its last instruction (opcode %d) may go on past its code", f.Name, op))
		}
	}
}

// isCompareBranch reports whether op is a compare-and-branch opcode
// (opJEqN … opJGeU, declared in a row).
func isCompareBranch(op Opcode) bool { return op >= opJEqN && op <= opJGeU }
