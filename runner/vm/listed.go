package vm

// Listed appends. go/ssa compiles append(s, x, y) as a fresh varargs
// array, a store of each value into it, a slice of it and
// append(s, slice...): in library code such as strings.Builder.WriteByte
// that made four instructions through exec, an allocation for the array
// and one for its slice, around an append of one byte. gc builds no such
// array. A listed append (callInfo.listed) leaves the array out: the call
// reads the values from their own registers, and the Alloc, its
// IndexAddrs and Stores and the Slice compile to nothing.
//
// What stays as it was: every left-out instruction is still charged in its
// block's cost (fcomp.elided), so virtual time, the budget and every
// schedule are unchanged; the stores were into an array nobody else can
// hold (kLocalStore or kInitStore: not a write for the fairness rule, never
// a race), and each keeps its access site ID (Func.leftStores, stdIndex),
// so the library's site IDs, which tokens name, mean the same sites.
// Only library code is compiled this way: prog.go's access sites are
// numbered by pairing each Store with its opStore (indexAccessSites).

import (
	"go/constant"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// listAppends finds fn's appends whose varargs array can be left out and
// records them in c.listed (the values each call appends) and c.leftOut
// (the instructions that compile to nothing). An array qualifies when it
// is used only by one IndexAddr per element, each used only by one Store
// that no one else can see, and one full Slice, used only by the call, all
// in the call's block; and when nothing between a store and the call
// writes the register of the value it stored (a phi's register is shared:
// coalescePhis), so that the value is still there at the call.
func (c *fcomp) listAppends(fn *ssa.Function) {
	for _, b := range fn.Blocks {
		for i, in := range b.Instrs {
			call, ok := in.(*ssa.Call)
			if !ok || !isBuiltin(call.Call.Value, "append") || len(call.Call.Args) != 2 || !varargs(call.Call.Args[1]) {
				continue
			}
			sl := call.Call.Args[1].(*ssa.Slice)
			a := sl.X.(*ssa.Alloc)
			if vals, left := c.listedValues(b, i, a, sl); vals != nil {
				if c.listed == nil {
					c.listed, c.leftOut = map[*ssa.Call][]ssa.Value{}, map[ssa.Instruction]bool{}
				}
				c.listed[call] = vals
				for _, l := range left {
					c.leftOut[l] = true
				}
			}
		}
	}
}

// listedValues returns, for the append at b.Instrs[at] of the varargs
// array a sliced by sl, the values it appends in order and the
// instructions left out, or nil if the array must stay (listAppends).
func (c *fcomp) listedValues(b *ssa.BasicBlock, at int, a *ssa.Alloc, sl *ssa.Slice) ([]ssa.Value, []ssa.Instruction) {
	if a.Block() != b || sl.Block() != b || sl.Low != nil || sl.High != nil || sl.Max != nil || len(*sl.Referrers()) != 1 {
		return nil, nil
	}
	n := arrayLen(a)
	if n <= 0 {
		return nil, nil
	}
	vals := make([]ssa.Value, n)
	stores := make([]*ssa.Store, n)
	left := []ssa.Instruction{a, sl}
	for _, r := range *a.Referrers() {
		if r == sl {
			continue
		}
		ia, ok := r.(*ssa.IndexAddr)
		if !ok || ia.Block() != b || len(*ia.Referrers()) != 1 {
			return nil, nil
		}
		k, ok := ia.Index.(*ssa.Const)
		if !ok || k.Value == nil || k.Value.Kind() != constant.Int {
			return nil, nil
		}
		j, exact := constant.Int64Val(k.Value)
		if !exact || j < 0 || j >= n || stores[j] != nil {
			return nil, nil
		}
		st, ok := (*ia.Referrers())[0].(*ssa.Store)
		if !ok || st.Addr != ia || st.Block() != b || !(frameLocal(st.Addr) || c.inits[st]) {
			return nil, nil
		}
		vals[j], stores[j] = st.Val, st
		left = append(left, ia, st)
	}
	for _, st := range stores {
		if st == nil {
			return nil, nil
		}
	}
	// The stores come before the call; from the first on, nothing may
	// write a stored value's register before the call reads it.
	first, seen := at, 0
	for i, in := range b.Instrs[:at] {
		if st, ok := in.(*ssa.Store); ok && slices.Contains(stores, st) {
			first = min(first, i)
			seen++
		}
	}
	if seen != len(stores) {
		return nil, nil
	}
	for _, in := range b.Instrs[first:at] {
		v, ok := in.(ssa.Value)
		if !ok {
			continue
		}
		r, ok := c.regs[v]
		if !ok || r < 0 {
			continue
		}
		for _, x := range vals {
			if xr, ok := c.regs[x]; ok && xr == r && x != v {
				return nil, nil
			}
		}
	}
	return vals, left
}

// arrayLen is the length of the array a allocates, or -1.
func arrayLen(a *ssa.Alloc) int64 {
	if t, ok := deref(a.Type()).Underlying().(interface{ Len() int64 }); ok {
		return t.Len()
	}
	return -1
}

// appendListed is append(s, x, y…) of a listed append: the values come
// from their registers (callInfo.listed), as append(s, slice...) would
// copy them from the varargs array.
func (m *Machine) appendListed(regs []Value, ci *callInfo) Value {
	s := regs[ci.args[0]]
	t := ci.types[0]
	if t.compact() {
		b := bytesOf(s)
		start := len(b)
		b = m.growBytes(b, len(ci.listed))
		if m.done {
			return Value{}
		}
		for i, r := range ci.listed {
			b[start+i] = byte(regs[r].N) // a bool's N is 0 or 1, as its byte
		}
		return Value{R: b}
	}
	et := t.Elem
	es := s.Elems()
	start := len(es)
	es = m.grow(es, len(ci.listed), et)
	if m.done {
		return Value{}
	}
	for i, r := range ci.listed {
		if et.IsAggregate() {
			es[start+i] = copyVal(regs[r], et)
		} else {
			es[start+i] = regs[r]
		}
	}
	return Value{R: es}
}
