package vm

// The builtin print and println, as Go's runtime performs them.
//
// gc compiles println(a, b) into calls of the runtime's printers between
// printlock and printunlock: one printer per argument, a separating space
// between arguments and a newline at the end, with every run of constant
// strings (the spaces and newline included) joined into one printstring
// (walkPrint in cmd/compile). Each printer ends in a write(2) of its own
// to fd 2 (gwrite; an empty one writes nothing). So println("b0", 8) is
// three writes: "b0 ", "8" and "\n".
//
// printlock is a runtime lock (debuglock) that only the runtime's own
// prints take: another goroutine's builtin print, and the runtime's
// messages printed with print (a fatal panic's, a fatal error's). Writes
// to os.Stderr or os.Stdout through the os package (fmt, log) do not take
// it, so another goroutine's log.Print can land between two pieces of a
// println, and os.Exit or main's return can cut a println short: real Go
// printed `b0 l1 8` for println("b0", 8) against log.Print("l1 8"), and
// stderr `b0 ` alone with an os.Exit in another goroutine.
//
// Here each piece is a visible output operation of its own: the call
// stops before each piece, at the same instruction, and the machine's
// print lock (Machine.printHolder) is held from the first piece of a call
// with several to its last. A goroutine arriving at a print while another
// holds the lock parks until it is released (Go's waiter spins in
// lock(&debuglock), never parked: a traceback shows it running); the
// holder's progress is the machine's (printNext), since only the holder
// can be between pieces. A fatal panic or fatal error of another goroutine
// prints its message after the holder's remaining pieces (finishPrint):
// Go's message waits for printlock while the holder, which the runtime
// does not preempt while it holds a runtime lock, finishes its line.
// A call run inline (callInline) writes every piece at once.

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// printPart is one write of a print or println call: a run of constant
// strings gc joins (lit, arg < 0), or argument arg's text.
type printPart struct {
	lit string
	arg int32 // index into callInfo.args, or -1
}

// printPlan lists the writes of a print or println call of args, as
// walkPrint lays them out: for println a space between arguments and a
// newline after them, then every run of constant strings joined. vars
// (from the call's syntax, nil outside the user's code) marks the
// arguments that name a variable: SSA makes a variable that only ever
// holds a constant that constant, but to gc it is a variable, printed by
// a write of its own.
func printPlan(println bool, args []ssa.Value, vars []bool) []printPart {
	type item struct {
		lit   string
		isLit bool
		arg   int32
	}
	var items []item
	for i, a := range args {
		if i > 0 && println {
			items = append(items, item{lit: " ", isLit: true})
		}
		if s, ok := constString(a); ok && (i >= len(vars) || !vars[i]) {
			items = append(items, item{lit: s, isLit: true})
		} else {
			items = append(items, item{arg: int32(i)})
		}
	}
	if println {
		items = append(items, item{lit: "\n", isLit: true})
	}
	plan := []printPart{}
	for i := 0; i < len(items); {
		if !items[i].isLit {
			plan = append(plan, printPart{arg: items[i].arg})
			i++
			continue
		}
		s := ""
		for i < len(items) && items[i].isLit {
			s += items[i].lit
			i++
		}
		if s != "" { // gwrite writes nothing for an empty string
			plan = append(plan, printPart{lit: s, arg: -1})
		}
	}
	return plan
}

// namesVariable reports whether expression e, an argument of print, is a
// variable of the user's file (through parentheses and conversions), so
// not one of gc's constants whatever SSA makes of it.
func namesVariable(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Obj != nil && e.Obj.Kind == ast.Var
	case *ast.CallExpr:
		if len(e.Args) == 1 {
			return namesVariable(e.Args[0]) // a conversion T(x)
		}
	}
	return false
}

// constString reports a constant string operand, which gc joins with its
// neighbours (of a string type, named or not).
func constString(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	if b, ok := c.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

// printPiece is the text of write k of the print call ci with arguments
// in regs, counting only the writes that write something, and how many
// there are. Only the piece written is formatted: a number is never empty,
// a string argument is looked at for its length alone.
func printPiece(ci *callInfo, regs []Value, k int) (text string, n int) {
	for _, p := range ci.print {
		if p.arg >= 0 {
			v, t := regs[ci.args[p.arg]], ci.types[p.arg]
			if t.Kind == KString && v.Str() == "" {
				continue // gwrite writes nothing
			}
			if n == k {
				if t.Kind == KString {
					text = v.Str()
				} else {
					text, _ = basicString(v, t)
				}
			}
		} else if n == k {
			text = p.lit
		}
		n++
	}
	return text, n
}

// printCall performs g's granted print or println call at pc: the next of
// its writes, taking the print lock first when the call has several. It
// reports true when the call is complete and g goes on after it, false
// when g stopped (before its next write, which needs a grant of its own,
// or parked waiting for the lock) or the run ended.
func (m *Machine) printCall(g *Goroutine, ci *callInfo, regs []Value, fr *Frame, pc int) bool {
	if g.inline {
		_, n := printPiece(ci, regs, 0)
		for k := range n {
			s, _ := printPiece(ci, regs, k)
			m.write(2, s)
		}
		return !m.done
	}
	for {
		k := 0
		if m.printHolder == g {
			k = m.printNext
		} else if m.printHolder != nil {
			m.printWaiters = append(m.printWaiters, g)
			m.park(g, waitPrintLock, nil, fr.fn.Code[pc].Line)
			return false
		}
		s, n := printPiece(ci, regs, k)
		if n == 0 {
			return true // nothing to write
		}
		m.write(2, s)
		if m.done {
			return false
		}
		if k+1 == n {
			if m.printHolder == g {
				m.printRelease()
			}
			return true
		}
		// The next write is a step of its own, under the lock, unless no
		// other goroutine can act before it: g is the only one that can
		// run and no timer can wake another (stepOn would begin it at once).
		m.printHolder, m.printNext = g, k+1
		if m.runs.n == 1 && m.stepping == g && len(m.timers) == 0 {
			continue
		}
		if !m.stopAt(g, fr, pc) {
			return false
		}
	}
}

// isPrint reports a call of print or println: a goroutine stopped before
// one is watched (checkWatch), and parked there while another goroutine
// holds the print lock, so that it takes no step only to find the lock
// held.
func isPrint(in *Instr) bool {
	return in.Op == opCallBuilt && in.Aux.(*callInfo).print != nil
}

// printRelease is printunlock: the goroutines waiting for the lock may
// try again.
func (m *Machine) printRelease() {
	m.printHolder, m.printNext = nil, 0
	for i, w := range m.printWaiters {
		m.wake(w)
		m.printWaiters[i] = nil
	}
	m.printWaiters = m.printWaiters[:0]
}

// finishPrint writes what is left of the print call another goroutine than
// g is in the middle of, before g's fatal message, which Go prints under
// printlock.
func (m *Machine) finishPrint(g *Goroutine) {
	h := m.printHolder
	if h == nil || h == g {
		return
	}
	in := h.pending()
	if in == nil || in.Op != opCallBuilt {
		m.printRelease()
		return
	}
	ci, regs := in.Aux.(*callInfo), h.top().regs
	_, n := printPiece(ci, regs, 0)
	for k := m.printNext; k < n; k++ {
		s, _ := printPiece(ci, regs, k)
		m.write(2, s)
	}
	m.printRelease()
}
