package vm

import "math"

// fast runs the common instructions that cannot fail, block, call or
// allocate — moves, integer and float arithmetic, comparisons, branches,
// loads and stores of scalars, slice element addresses — in a small loop of
// its own, and returns the pc of the first instruction it does not handle
// (or that would fail, or a branch due for the periodic check) for exec's
// full switch to execute.
//
// Keeping this loop free of calls keeps its few variables in machine
// registers; exec's big switch, with its many calls, cannot.
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
			if p == nil || m.race != nil || in.Aux.(*Type).IsAggregate() {
				m.budget = budget
				return pc
			}
			regs[in.A] = *p
		case opStore:
			p := regs[in.A].Ptr()
			if p == nil || m.race != nil || in.Aux.(*Type).IsAggregate() {
				m.budget = budget
				return pc
			}
			*p = regs[in.B]
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
			if b := budget - int64(in.Cost); b >= checkAt {
				budget = b
			} else {
				m.budget = budget
				return pc
			}
			pc = int(in.A)
			continue
		case opIf:
			if b := budget - int64(in.Cost); b >= checkAt {
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
		case opJEqN, opJNeN, opJLtS, opJLeS, opJGtS, opJGeS, opJLtU, opJLeU, opJGtU, opJGeU:
			if b := budget - int64(in.Cost); b >= checkAt {
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
