package vm

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// instr compiles one SSA instruction (other than Phi, Jump and If).
func (c *fcomp) instr(in ssa.Instruction) {
	switch in := in.(type) {
	case *ssa.DebugRef:
	case *ssa.Alloc:
		t := c.typ(in.Type().(*types.Pointer).Elem())
		reuse := int32(0)
		if cellOnly(in) {
			reuse = 1
		}
		c.emit(Instr{Op: opAlloc, A: c.regs[in], C: reuse, Aux: t})
	case *ssa.BinOp:
		c.binop(in)
	case *ssa.UnOp:
		c.unop(in)
	case *ssa.Call:
		c.call(in.Common(), c.regs[in], in, in.Pos())
	case *ssa.ChangeType, *ssa.ChangeInterface:
		c.emit(Instr{Op: opMove, A: c.regs[in.(ssa.Value)], B: c.use(*in.Operands(nil)[0])})
	case *ssa.SliceToArrayPointer:
		c.emit(Instr{Op: opConvert, A: c.regs[in], B: c.use(in.X), Aux: &convInfo{from: c.typ(in.X.Type()), to: c.typ(in.Type())}})
	case *ssa.Convert:
		c.emit(Instr{Op: opConvert, A: c.regs[in], B: c.use(in.X), Aux: &convInfo{from: c.typ(in.X.Type()), to: c.typ(in.Type()), tmp: tmpBytesToString(in)}})
	case *ssa.MultiConvert:
		c.emit(Instr{Op: opConvert, A: c.regs[in], B: c.use(in.X), Aux: &convInfo{from: c.typ(in.X.Type()), to: c.typ(in.Type())}})
	case *ssa.MakeInterface:
		t := c.typ(in.X.Type())
		c.p.addMethods(in.X.Type())
		c.emit(Instr{Op: opMakeIface, A: c.regs[in], B: c.use(in.X), Aux: t})
	case *ssa.MakeClosure:
		ci := &closureInfo{fn: c.p.funcFor(in.Fn.(*ssa.Function))}
		for _, b := range in.Bindings {
			ci.bindings = append(ci.bindings, c.use(b))
		}
		c.emit(Instr{Op: opMakeClosure, A: c.regs[in], Aux: ci})
	case *ssa.MakeMap:
		r := int32(-1)
		if in.Reserve != nil {
			r = c.use(in.Reserve)
		}
		c.emit(Instr{Op: opMakeMap, A: c.regs[in], B: r, Aux: c.typ(in.Type())})
	case *ssa.MakeChan:
		c.emit(Instr{Op: opMakeChan, A: c.regs[in], B: c.use(in.Size), Aux: c.typ(in.Type())})
	case *ssa.MakeSlice:
		c.emit(Instr{Op: opMakeSlice, A: c.regs[in], B: c.use(in.Len), C: c.use(in.Cap), Aux: c.typ(in.Type())})
	case *ssa.Slice:
		si := &sliceInfo{lo: -1, hi: -1, max: -1, x: c.typ(in.X.Type()), result: c.typ(in.Type())}
		if in.Low != nil {
			si.lo = c.use(in.Low)
		}
		if in.High != nil {
			si.hi = c.use(in.High)
		}
		if in.Max != nil {
			si.max = c.use(in.Max)
		}
		c.emit(Instr{Op: opSlice, A: c.regs[in], B: c.use(in.X), Aux: si})
	case *ssa.FieldAddr:
		c.emit(Instr{Op: opFieldAddr, A: c.regs[in], B: c.use(in.X), C: int32(in.Field)})
	case *ssa.Field:
		c.emit(Instr{Op: opField, A: c.regs[in], B: c.use(in.X), C: int32(in.Field)})
	case *ssa.IndexAddr:
		op, xt := opIndexAddr, c.typ(in.X.Type())
		if xt.compact() || xt.Kind == KPointer && xt.Elem.compact() {
			op = opIndexAddrB
		}
		c.emit(Instr{Op: op, A: c.regs[in], B: c.use(in.X), C: c.use(in.Index), Aux: xt})
	case *ssa.Index:
		if isString(in.X.Type()) {
			c.emit(Instr{Op: opStrIndex, A: c.regs[in], B: c.use(in.X), C: c.use(in.Index)})
			return
		}
		op := opIndex
		if c.typ(in.X.Type()).compact() {
			op = opIndexB
		}
		c.emit(Instr{Op: op, A: c.regs[in], B: c.use(in.X), C: c.use(in.Index)})
	case *ssa.Lookup:
		if isString(in.X.Type()) {
			c.emit(Instr{Op: opStrIndex, A: c.regs[in], B: c.use(in.X), C: c.use(in.Index)})
			return
		}
		mi := &mapInfo{m: c.typ(in.X.Type()), commaOk: in.CommaOk, ok: -1}
		k := Kind(0)
		if c.p.rmwReads[in.Pos()] {
			k = 1 // folded into the following mapassign: no read check
		}
		a := c.regs[in]
		if in.CommaOk {
			a, mi.ok = c.spreadOk(in)
		}
		c.emit(Instr{Op: opMapLookup, K: k, A: a, B: c.use(in.X), C: c.use(in.Index), Aux: mi})
	case *ssa.MapUpdate:
		mi := &mapInfo{m: c.typ(in.Map.Type()), val: c.use(in.Value), rmw: c.p.rmwWrites[in.Pos()]}
		c.emit(Instr{Op: opMapUpdate, B: c.use(in.Map), C: c.use(in.Key), Aux: mi})
	case *ssa.Range:
		if isString(in.X.Type()) {
			c.emit(Instr{Op: opStrRange, A: c.regs[in], B: c.use(in.X)})
		} else {
			c.emit(Instr{Op: opMapRange, A: c.regs[in], B: c.use(in.X), Aux: c.typ(in.X.Type())})
		}
	case *ssa.Next:
		if in.IsString {
			c.emit(Instr{Op: opStrNext, A: c.regs[in], B: c.use(in.Iter)})
		} else {
			// Next has no position; the range statement's is the one to show.
			line := c.line
			if r, ok := in.Iter.(*ssa.Range); ok && c.p.isUser(r.Pos()) {
				line = c.p.line(r.Pos())
			}
			c.emit(Instr{Op: opMapNext, A: c.regs[in], B: c.use(in.Iter), Line: line})
		}
	case *ssa.TypeAssert:
		ai := &assertInfo{to: c.typ(in.AssertedType), from: c.typ(in.X.Type()), commaOk: in.CommaOk, ok: -1}
		// SSA checks the receiver of an interface method value (i.M) with
		// an assertion to its own type; gc dereferences it: a nil
		// interface is a nil pointer dereference there.
		ai.nilCheck = !in.CommaOk && types.Identical(in.AssertedType, in.X.Type()) && !c.p.typeAsserts[in.Pos()]
		a := c.regs[in]
		if in.CommaOk {
			a, ai.ok = c.spreadOk(in)
		}
		c.emit(Instr{Op: opTypeAssert, A: a, B: c.use(in.X), Aux: ai})
		if _, ok := in.AssertedType.Underlying().(*types.Interface); !ok {
			c.p.addMethods(in.AssertedType)
		}
	case *ssa.Extract:
		if c.spreads[in.Tuple] {
			c.elided++ // the tuple's operation wrote c.regs[in] already
			return
		}
		c.emit(Instr{Op: opExtract, A: c.regs[in], B: c.use(in.Tuple), C: int32(in.Index)})
	case *ssa.Return:
		rs := make([]int32, len(in.Results))
		for i, r := range in.Results {
			rs[i] = c.use(r)
		}
		c.emit(Instr{Op: opReturn, Aux: rs})
	case *ssa.RunDefers:
		if line := c.runDefersLine(in); line != 0 && line != c.line {
			if c.f.deferLines == nil {
				c.f.deferLines = map[int]int32{}
			}
			c.f.deferLines[len(c.code)] = line
		}
		c.emit(Instr{Op: opRunDefers})
	case *ssa.Panic:
		pi := Instr{Op: opPanic, B: c.use(in.X)}
		// SSA's range-over-func check panics with its own string; Go's
		// runtime raises a runtime.Error.
		if mi, ok := in.X.(*ssa.MakeInterface); ok && !c.p.isUser(in.Pos()) {
			if k, ok := mi.X.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String {
				switch constant.StringVal(k.Value) {
				case "yield function called after range loop exit":
					pi.Aux = c.rangeStatePanic(in)
				case "iterator call did not preserve panic":
					pi.Aux = c.rtError("range function recovered a loop body panic and did not resume panicking")
				}
			}
		}
		c.emit(pi)
	case *ssa.Go:
		ci := c.thunk(in.Common(), in.Pos(), false)
		// The names every goroutine of this statement shares (goStmt
		// checks them against the running frames).
		ci.site = &goSite{creator: c.f.Name, line: c.p.line(in.Pos())}
		if !c.f.User {
			if p := c.p.Fset.Position(in.Pos()); p.Line > 0 && strings.HasPrefix(p.Filename, "$") {
				ci.site.where = fmt.Sprintf("%s:%d", p.Filename, p.Line)
			}
		}
		if ci.fn != nil {
			ci.site.entry = ci.fn.Name
		}
		if t := ci.thunk; !thunkWrapped(t) && len(t.Code) == 2 && (t.Code[0].Op == opCall || t.Code[0].Op == opCallFunc) {
			switch in.Common().Value.(type) {
			case *ssa.Function, *ssa.MakeClosure:
				if t.Code[0].Op == opCallFunc {
					t.Code[0].C = 1
				}
				t.Code[0].Op = opGoEnter
				ci.site.endCost = int64(t.Code[1].Cost)
			}
		}
		c.emit(Instr{Op: opGo, Aux: ci, Line: c.p.line(in.Pos())})
	case *ssa.Defer:
		ds := int32(-1)
		if in.DeferStack != nil {
			ds = c.use(in.DeferStack)
		}
		ci := c.thunk(in.Common(), in.Pos(), true)
		open := int32(0)
		if openDeferOK(in) {
			c.f.openDefer, open = ci, 1
		}
		c.emit(Instr{Op: opDefer, B: ds, C: open, Aux: ci})
	case *ssa.Send:
		send := Instr{Op: opSend, B: c.use(in.Chan), C: c.use(in.X), Aux: c.typ(in.X.Type())}
		if r, ok := c.sendByAddr(in); ok {
			send.K, send.A = kSendAddr, r
		}
		c.emit(send)
	case *ssa.Store:
		st := Instr{Op: opStore, A: c.use(in.Addr), B: c.use(in.Val), Aux: c.typ(in.Val.Type())}
		switch {
		case frameLocal(in.Addr):
			st.K = kLocalStore
		case c.inits[in]:
			st.K = kInitStore
		case privateAddr(in.Addr, c.priv):
			st.K = kPrivateStore
		}
		c.emit(st)
	case *ssa.Select:
		si := &selectInfo{blocking: in.Blocking}
		for _, st := range in.States {
			si.chans = append(si.chans, c.use(st.Chan))
			si.dirSend = append(si.dirSend, st.Dir == types.SendOnly)
			if st.Send != nil {
				si.sends = append(si.sends, c.use(st.Send))
			} else {
				si.sends = append(si.sends, -1)
			}
			si.elems = append(si.elems, c.typ(st.Chan.Type().Underlying().(*types.Chan).Elem()))
			si.lines = append(si.lines, c.p.line(st.Pos))
		}
		c.emit(Instr{Op: opSelect, A: c.regs[in], Aux: si})
	default:
		panic(fmt.Sprintf("vm: unsupported instruction %T: %v", in, in))
	}
}

// kLocalStore marks an opStore into the frame's own variable: an Alloc
// that does not escape (go/ssa's Heap is false: its address is never taken
// by & or a method call, no closure captures it), or a field or array
// element of one. Such a cell is another register: no other goroutine can
// see it, so the fairness rule (fair.go) does not count the store as a
// write. Named results under a deferred call live in such cells, so that
// `func get() (v T, ok bool) { mu.Lock(); defer mu.Unlock(); v, ok =
// m[k]; return }` — and the overlay's sync.Map.Load — polls like a plain
// read, and an array the loop fills afresh does not make a spin an effect.
const kLocalStore Kind = 1

// kLocalLoad marks an opLoad from a frame's own variable (as kLocalStore).
// No other goroutine can touch the cell, so neither access can race: the
// race detector skips both, and the load stays on the fast path while the
// detector is on. go/ssa gives a function with a defer memory cells for its
// results, so without this every call of examples/cache.go's Get made two
// cells for the detector to track.
const kLocalLoad Kind = 1

// frameLocal reports whether addr is the address of a frame's own
// variable or of part of one.
func frameLocal(addr ssa.Value) bool {
	switch a := addr.(type) {
	case *ssa.Alloc:
		return !a.Heap
	case *ssa.FieldAddr:
		return frameLocal(a.X)
	case *ssa.IndexAddr:
		_, arr := a.X.Type().Underlying().(*types.Pointer)
		return arr && frameLocal(a.X)
	}
	return false
}

// cellOnly reports whether a is a variable of its frame whose address,
// and the address of every part of it (a field, an array's element), is
// only loaded from and stored to, never kept or passed anywhere: no one but
// this frame's registers holds them, and each such register is written
// again, from a, after every execution of a before it is read (SSA
// dominance), so the cell an earlier execution of the Alloc made (an
// earlier call that used the same frame, an earlier turn of a loop) can be
// zeroed and used again (opAlloc's C). Gets of cache.go keep their two
// results in such cells, under their defer; a method with a struct
// receiver keeps its receiver in one.
func cellOnly(a *ssa.Alloc) bool {
	return !a.Heap && addrOnly(a)
}

// addrOnly reports whether the address v is only loaded from and stored
// to, itself or through the addresses of its parts (cellOnly).
func addrOnly(v ssa.Value) bool {
	for _, r := range *v.Referrers() {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.Store:
			if r.Addr != v || r.Val == v {
				return false
			}
		case *ssa.FieldAddr:
			if !addrOnly(r) {
				return false
			}
		case *ssa.IndexAddr:
			if _, arr := r.X.Type().Underlying().(*types.Pointer); !arr || !addrOnly(r) {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// binop picks a fast typed opcode where there is one.
func (c *fcomp) binop(in *ssa.BinOp) {
	t := c.typ(in.X.Type())
	a, x, y := c.regs[in], c.use(in.X), c.use(in.Y)
	op := opNop
	k := Kind(0)
	switch {
	case t.IsInteger():
		signed := t.Signed()
		if needsNorm(t.Kind) {
			k = t.Kind
		}
		switch in.Op {
		case token.ADD:
			op = pick(k == 0, opAdd64, opAdd)
		case token.SUB:
			op = opSub
		case token.MUL:
			op = opMul
		case token.QUO:
			op = pick(signed, opDivS, opDivU)
		case token.REM:
			op = pick(signed, opRemS, opRemU)
		case token.AND:
			op = opAnd
		case token.OR:
			op = opOr
		case token.XOR:
			op = opXor
		case token.AND_NOT:
			op = opAndNot
		case token.SHL:
			op = opShl
		case token.SHR:
			op = pick(signed, opShrS, opShrU)
		case token.EQL:
			op = opEqN
		case token.NEQ:
			op = opNeN
		case token.LSS:
			op = pick(signed, opLtS, opLtU)
		case token.LEQ:
			op = pick(signed, opLeS, opLeU)
		case token.GTR:
			op = pick(signed, opGtS, opGtU)
		case token.GEQ:
			op = pick(signed, opGeS, opGeU)
		}
		if in.Op == token.SHL || in.Op == token.SHR {
			yt := c.typ(in.Y.Type())
			c.emit(Instr{Op: op, K: k, A: a, B: x, C: y, Aux: yt.Signed()})
			return
		}
	case t.IsFloat():
		k = t.Kind
		switch in.Op {
		case token.ADD:
			op = opAddF
		case token.SUB:
			op = opSubF
		case token.MUL:
			op = opMulF
		case token.QUO:
			op = opDivF
		case token.EQL:
			op = opEqF
		case token.NEQ:
			op = opNeF
		case token.LSS:
			op = opLtF
		case token.LEQ:
			op = opLeF
		case token.GTR:
			op = opGtF
		case token.GEQ:
			op = opGeF
		}
	case t.Kind == KString:
		switch in.Op {
		case token.ADD:
			op = opConcat
		case token.EQL:
			op = opEqStr
		case token.NEQ:
			op = opNeStr
		case token.LSS:
			op = opLtStr
		case token.LEQ:
			op = opLeStr
		case token.GTR:
			op = opGtStr
		case token.GEQ:
			op = opGeStr
		}
	case t.Kind == KBool:
		switch in.Op {
		case token.EQL:
			op = opEqN
		case token.NEQ:
			op = opNeN
		}
	}
	if op == opNop {
		c.emit(Instr{Op: opBinary, A: a, B: x, C: y, Aux: &binInfo{in.Op, t}})
		return
	}
	c.emit(Instr{Op: op, K: k, A: a, B: x, C: y})
}

func pick(cond bool, a, b Opcode) Opcode {
	if cond {
		return a
	}
	return b
}

func (c *fcomp) unop(in *ssa.UnOp) {
	t := c.typ(in.X.Type())
	a, x := c.regs[in], c.use(in.X)
	switch in.Op {
	case token.MUL:
		ld := Instr{Op: opLoad, A: a, B: x, Aux: c.typ(in.Type())}
		if frameLocal(in.X) {
			ld.K = kLocalLoad
		} else if refs := in.Referrers(); refs != nil && len(*refs) == 1 {
			if _, isSend := (*refs)[0].(*ssa.Send); isSend {
				// The send may read through the address itself (sendByAddr).
				if c.sendAddrRegs == nil {
					c.sendAddrRegs = map[*ssa.UnOp]int32{}
				}
				c.sendAddrRegs[in] = x
			}
		}
		c.emit(ld)
	case token.ARROW:
		ri := &recvInfo{commaOk: in.CommaOk, ok: -1, elem: c.typ(t.T.Underlying().(*types.Chan).Elem())}
		if in.CommaOk {
			a, ri.ok = c.spreadOk(in)
		}
		c.emit(Instr{Op: opRecv, A: a, B: x, Aux: ri})
	case token.NOT:
		c.emit(Instr{Op: opNot, A: a, B: x})
	case token.SUB:
		switch {
		case t.IsInteger():
			k := Kind(0)
			if needsNorm(t.Kind) {
				k = t.Kind
			}
			c.emit(Instr{Op: opNeg, K: k, A: a, B: x})
		case t.IsFloat():
			c.emit(Instr{Op: opNegF, K: t.Kind, A: a, B: x})
		default:
			c.emit(Instr{Op: opUnary, A: a, B: x, Aux: &binInfo{in.Op, t}})
		}
	case token.XOR:
		k := Kind(0)
		if needsNorm(t.Kind) {
			k = t.Kind
		}
		c.emit(Instr{Op: opCplI, K: k, A: a, B: x})
	default:
		panic(fmt.Sprintf("vm: unary %v", in.Op))
	}
}

// call compiles a call whose result goes to register dst.
func (c *fcomp) call(cc *ssa.CallCommon, dst int32, in ssa.Instruction, pos token.Pos) {
	ci := &callInfo{}
	if v, ok := in.(ssa.Value); ok {
		ci.result = c.typ(v.Type())
		// Several results go straight into their Extracts' registers.
		if t, ok := v.Type().(*types.Tuple); ok && t.Len() > 1 {
			if _, builtin := cc.Value.(*ssa.Builtin); !builtin {
				if ci.spread = c.spread(v, t.Len()); ci.spread != nil {
					dst = -1
				}
			}
		}
	}
	ci.scalarArgs = true
	args := cc.Args
	if call, ok := in.(*ssa.Call); ok && c.listed[call] != nil {
		// A listed append (listed.go): args is s alone, the values'
		// registers are listed.
		args = args[:1]
		for _, v := range c.listed[call] {
			ci.listed = append(ci.listed, c.use(v))
		}
	}
	for _, a := range args {
		ci.args = append(ci.args, c.use(a))
		ci.types = append(ci.types, c.typ(a.Type()))
		ci.scalarArgs = ci.scalarArgs && scalarKind(ci.types[len(ci.types)-1].Kind)
	}
	ci.scalarResult = ci.result != nil && scalarKind(ci.result.Kind) && dst >= 0
	if cc.IsInvoke() {
		ci.fnReg = c.use(cc.Value)
		ci.method = methodKey(cc.Method)
		c.emit(Instr{Op: opInvoke, A: dst, Aux: ci})
		return
	}
	switch fn := cc.Value.(type) {
	case *ssa.Builtin:
		ci.builtin = fn.Name()
		if ci.builtin == "append" && len(cc.Args) == 2 {
			ci.appendsT = !varargs(cc.Args[1])
		}
		switch ci.builtin {
		case "print", "println":
			ci.print = printPlan(ci.builtin == "println", cc.Args, c.p.printVars[cc.Pos()])
		case "append":
			// It writes into its first argument's array or a new one,
			// which becomes its result.
			ci.private = c.priv[in.(ssa.Value)]
		case "copy", "clear":
			ci.private = c.priv[cc.Args[0]]
		}
		if ci.builtin == "recover" {
			c.emit(Instr{Op: opRecover, A: dst})
			return
		}
		// panic reaches a call only as `go panic(v)` or `defer panic(v)`
		// (a thunk's body); SSA has converted v to interface{}.
		if ci.builtin == "panic" {
			c.emit(Instr{Op: opPanic, B: ci.args[0]})
			return
		}
		// delete and clear on maps are map writes, with Go's two halves.
		if (ci.builtin == "delete" || ci.builtin == "clear") && ci.types[0].Kind == KMap {
			if ci.builtin == "delete" {
				c.emit(Instr{Op: opMapUpdate, K: 1, B: ci.args[0], C: ci.args[1], Aux: &mapInfo{m: ci.types[0]}, Line: c.p.line(pos)})
			} else {
				c.emit(Instr{Op: opMapUpdate, K: 2, B: ci.args[0], Aux: &mapInfo{m: ci.types[0]}, Line: c.p.line(pos)})
			}
			return
		}
		c.emit(Instr{Op: opCallBuilt, A: dst, Aux: ci, K: visibleBuiltin(ci)})
	case *ssa.Function:
		f := c.p.funcFor(fn)
		if fn.Blocks == nil {
			c.p.compileFunc(f) // resolves the intrinsic now
			if f.Intr == nil {
				return // reported
			}
			ci.intr = f.Intr
			ci.mayPoll = mayPoll(f.Intr.Visible)
			ci.lock = c.p.lockSite(fn, pos)
			c.emit(Instr{Op: opCallIntr, A: dst, Aux: ci, Line: c.p.line(pos)})
			return
		}
		ci.fn = f
		c.emit(Instr{Op: opCall, A: dst, Aux: ci, Line: c.p.line(pos)})
	default:
		ci.fnReg = c.use(cc.Value)
		c.emit(Instr{Op: opCallFunc, A: dst, Aux: ci, Line: c.p.line(pos)})
	}
}

// thunk compiles the trampoline that performs a go or defer call: a
// function whose parameters are the call's operands and whose body makes the
// call and returns. Running deferred calls and new goroutines through a thunk
// lets them use the ordinary call path, visible operations included.
func (c *fcomp) thunk(cc *ssa.CallCommon, pos token.Pos, isDefer bool) *callInfo {
	t := &Func{Name: "thunk", Thunk: true, RecoverPC: -1, User: false}
	if b, ok := cc.Value.(*ssa.Builtin); ok && b.Name() == "panic" && c.f.User {
		if name := c.gcWrapName(pos, isDefer); name != "" {
			t.Name, t.Wrapper = name, true
		}
	}
	tc := &fcomp{p: c.p, f: t, regs: map[ssa.Value]int32{}, cidx: map[any]int32{}, line: c.p.line(pos)}
	outer := &callInfo{}
	var operands []ssa.Value
	if cc.IsInvoke() {
		operands = append(operands, cc.Value)
	} else if _, ok := cc.Value.(*ssa.Function); !ok {
		if _, ok := cc.Value.(*ssa.Builtin); !ok {
			operands = append(operands, cc.Value)
		}
	}
	operands = append(operands, cc.Args...)
	for _, o := range operands {
		outer.args = append(outer.args, c.use(o))
		tc.regs[o] = tc.newReg()
	}
	t.NParams = len(operands)
	t.FreeBase = int(tc.nregs)
	t.ConstBase = int(tc.nregs)
	switch f := cc.Value.(type) {
	case *ssa.Function:
		tc.constReg(f)
		outer.fn = c.p.funcFor(f)
	case *ssa.MakeClosure:
		outer.fn = c.p.funcFor(f.Fn.(*ssa.Function))
	}
	dst := tc.newReg()
	tc.call(cc, dst, nil, pos)
	tc.emit(Instr{Op: opReturn, Aux: []int32{}})
	t.Code = tc.code
	t.Consts = tc.consts
	t.NRegs = int(tc.nregs)
	checkFastRegs(t)
	t.compiled = true
	outer.thunk = t
	return outer
}

// visibleBuiltin is 1 for the builtin calls that are scheduling points:
// close and len of a channel, whose effect or result another goroutine can
// observe or change, and print/println, which write output. cap of a
// channel is fixed by make, so no other goroutine can change it.
func visibleBuiltin(ci *callInfo) Kind {
	switch ci.builtin {
	case "close", "print", "println":
		return 1
	case "len":
		if ci.types[0].Kind == KChan {
			return 1
		}
	}
	return 0
}

// tmpBytesToString reports a string(b) that gc converts with
// slicebytetostringtmp: every use compares it, concatenates it with a
// non-empty literal, or looks it up as a map key (order.go marks these
// OBYTES2STRTMP), so the string never outlives the statement.
func tmpBytesToString(in *ssa.Convert) bool {
	if s, ok := in.X.Type().Underlying().(*types.Slice); !ok || !types.Identical(s.Elem().Underlying(), types.Typ[types.Byte]) {
		return false
	}
	refs := in.Referrers()
	if refs == nil || len(*refs) == 0 {
		return false
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.BinOp:
			switch r.Op {
			case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
				continue
			case token.ADD:
				other := r.X
				if other == in {
					other = r.Y
				}
				if c, ok := other.(*ssa.Const); ok && c.Value != nil && constant.StringVal(c.Value) != "" {
					continue
				}
			}
			return false
		case *ssa.Lookup:
			if r.Index == in {
				continue
			}
			return false
		default:
			return false
		}
	}
	return true
}

// varargs reports the slice SSA builds for append(s, x, y): a slice of a
// fresh array holding the listed values (which no goroutine can share).
func varargs(v ssa.Value) bool {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return false
	}
	a, ok := sl.X.(*ssa.Alloc)
	return ok && a.Comment == "varargs"
}

// rtError is a runtime.Error panic value with the runtime's text.
func (c *fcomp) rtError(msg string) *Iface {
	return &Iface{T: c.p.rtErrorType, V: Value{R: []Value{strVal(msg)}}}
}

// rangePanics are the runtime's panicrangestate texts for a yield called
// when the loop is not ready, chosen by SSA's jump variable: busy (the body
// is running or panicked), done (the iterator returned) or an exit id (the
// body broke out or returned).
type rangePanics struct {
	jump             int32 // register of the jump value the check loaded; -1 if unknown
	busy, done, exit *Iface
}

// rangeStatePanic builds the panic of SSA's yield-validity check: its block's
// only predecessor branches on jump == READY.
func (c *fcomp) rangeStatePanic(in *ssa.Panic) *rangePanics {
	rp := &rangePanics{
		jump: -1,
		busy: c.rtError("range function continued iteration after loop body panic"),
		done: c.rtError("range function continued iteration after whole loop exit"),
		exit: c.rtError("range function continued iteration after function for loop body returned false"),
	}
	if b := in.Block(); len(b.Preds) == 1 {
		if br, ok := b.Preds[0].Instrs[len(b.Preds[0].Instrs)-1].(*ssa.If); ok {
			if cmp, ok := br.Cond.(*ssa.BinOp); ok && cmp.Op == token.EQL {
				rp.jump = c.use(cmp.X)
			}
		}
	}
	return rp
}

// value is the panic for the jump value j (SSA: -1 busy, -2 done, else an exit).
func (rp *rangePanics) value(regs []Value) Value {
	if rp.jump < 0 {
		return Value{R: rp.exit}
	}
	switch int64(regs[rp.jump].N) {
	case -1:
		return Value{R: rp.busy}
	case -2:
		return Value{R: rp.done}
	}
	return Value{R: rp.exit}
}

// runDefersLine is the line a traceback shows for a frame of the program
// running its deferred calls at a return (Func.deferLines): the return statement's, or,
// where control falls off the end of the function, its closing brace, as
// gc places the deferred calls there. 0 (the current line) elsewhere.
func (c *fcomp) runDefersLine(in *ssa.RunDefers) int32 {
	if !c.f.User {
		return 0
	}
	b := in.Block()
	for i := len(b.Instrs) - 1; i >= 0 && b.Instrs[i] != in; i-- {
		if r, ok := b.Instrs[i].(*ssa.Return); ok && r.Pos().IsValid() {
			return c.p.line(r.Pos())
		}
	}
	var body *ast.BlockStmt
	switch s := in.Parent().Syntax().(type) {
	case *ast.FuncDecl:
		body = s.Body
	case *ast.FuncLit:
		body = s.Body
	}
	if body != nil && c.p.isUser(body.Rbrace) {
		return c.p.line(body.Rbrace)
	}
	return 0
}

// gcWrapName is the name gc gives the wrapper of the go or defer statement
// at pos (F.deferwrapN, F.gowrapN): gc wraps every go and defer call but
// a plain call of a function with no parameters and no results, and
// numbers the wrappers of a function in source order, go and defer alike
// (cmd/compile's closureName, goDeferGen). "" if the statement is not
// found.
func (c *fcomp) gcWrapName(pos token.Pos, isDefer bool) string {
	type stmt struct {
		pos     token.Pos
		wrapped bool
	}
	var stmts []stmt
	for _, b := range c.f.SSA.Blocks {
		for _, in := range b.Instrs {
			var cc *ssa.CallCommon
			switch in := in.(type) {
			case *ssa.Defer:
				cc = in.Common()
			case *ssa.Go:
				cc = in.Common()
			default:
				continue
			}
			wrapped := true
			switch v := cc.Value.(type) {
			case *ssa.Builtin:
			case *ssa.Function:
				wrapped = v.Signature.Recv() != nil || cc.Signature().Params().Len()+cc.Signature().Results().Len() > 0
			default:
				if !cc.IsInvoke() {
					sig := cc.Signature()
					wrapped = sig.Params().Len()+sig.Results().Len() > 0
				}
			}
			stmts = append(stmts, stmt{in.Pos(), wrapped})
		}
	}
	slices.SortFunc(stmts, func(a, b stmt) int { return int(a.pos - b.pos) })
	n := 0
	for _, s := range stmts {
		if s.wrapped {
			n++
		}
		if s.pos == pos {
			if !s.wrapped {
				return ""
			}
			if isDefer {
				return fmt.Sprintf("%s.deferwrap%d", c.f.Name, n)
			}
			return fmt.Sprintf("%s.gowrap%d", c.f.Name, n)
		}
	}
	return ""
}
