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
