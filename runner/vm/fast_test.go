package vm

import "testing"

// TestCheckFastRegs: fast reaches registers and instructions without bounds
// checks, so a function whose fast-run operands name a register outside its
// frame, whose branches leave its code, or whose last instruction may go
// on past its code must be refused when it is compiled.
func TestCheckFastRegs(t *testing.T) {
	ret := Instr{Op: opReturn, Aux: []int32{}}
	cases := []struct {
		name string
		code []Instr
		bad  bool
	}{
		{"ok", []Instr{{Op: opAdd64, A: 0, B: 1, C: 1}, {Op: opJLtS, A: 0, B: 0, C: 1, D: 2}, ret}, false},
		{"register", []Instr{{Op: opAdd64, A: 2, B: 1, C: 1}, ret}, true},
		{"jump", []Instr{{Op: opJump, A: 2}, ret}, true},
		{"if", []Instr{{Op: opIf, A: 0, B: 0, C: -1}, ret}, true},
		{"compare", []Instr{{Op: opJGeU, A: 0, B: 0, C: 1, D: 3}, ret}, true},
		{"falls off", []Instr{{Op: opAdd64, A: 0, B: 1, C: 1}}, true},
		{"call last", []Instr{{Op: opJump, A: 1}, {Op: opCall}}, true},
		{"fused", []Instr{{Op: opAdd64JLtS, A: 0, B: 1, C: 1}, {Op: opJLtS, A: 0, B: 0, C: 1, D: 2}, ret}, false},
		{"fused alone", []Instr{{Op: opAdd64JLtS, A: 0, B: 1, C: 1}, ret}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				if r := recover(); (r != nil) != c.bad {
					t.Errorf("panic %v, want a panic: %v", r, c.bad)
				}
			}()
			checkFastRegs(&Func{Name: c.name, Code: c.code, NRegs: 2})
		})
	}
}

// TestFusedLatch: an opAdd64JLtS does what its opAdd64 and the opJLtS
// after it do, one dispatch after the other, including where the budget
// stops fast (at the opJLtS, the add done) and what the blocks cost.
func TestFusedLatch(t *testing.T) {
	loop := func(add Opcode) []Instr {
		return []Instr{
			{Op: add, A: 0, B: 0, C: 1},                   // i += 1
			{Op: opJLtS, A: 0, B: 0, C: 2, D: 2, Cost: 2}, // if i < n goto 0
			{Op: opReturn, Aux: []int32{}},
		}
	}
	for _, budget := range []int64{100, 7, 6, 1} {
		var pcs [2]int
		var regs [2][]Value
		var left [2]int64
		for k, add := range []Opcode{opAdd64, opAdd64JLtS} {
			m := &Machine{budget: budget, checkAt: 1}
			regs[k] = []Value{{N: 0}, {N: 1}, {N: 5}}
			pcs[k] = m.fast(loop(add), regs[k], 0)
			left[k] = m.budget
		}
		if pcs[0] != pcs[1] || regs[0][0] != regs[1][0] || left[0] != left[1] {
			t.Errorf("budget %d: plain stops at pc %d with i = %d, budget %d; fused at pc %d, i = %d, budget %d",
				budget, pcs[0], regs[0][0].N, left[0], pcs[1], regs[1][0].N, left[1])
		}
	}
}
