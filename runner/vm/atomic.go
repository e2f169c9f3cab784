package vm

// sync/atomic: every operation is visible (a scheduling point) and touches
// the cell its pointer names.
func init() {
	type width struct {
		suffix string
		k      Kind
	}
	for _, w := range []width{{"Int32", KInt32}, {"Int64", KInt64}, {"Uint32", KUint32}, {"Uint64", KUint64}, {"Uintptr", KUintptr}} {
		k := w.k
		atomicOp("sync/atomic.Add"+w.suffix, true, func(p *Value, args []Value) Value {
			*p = normInt(Value{N: p.N + args[1].N}, k)
			return *p
		})
		atomicOp("sync/atomic.Load"+w.suffix, false, func(p *Value, args []Value) Value { return *p })
		atomicOp("sync/atomic.Store"+w.suffix, true, func(p *Value, args []Value) Value {
			*p = args[1]
			return Value{}
		})
		atomicOp("sync/atomic.Swap"+w.suffix, true, func(p *Value, args []Value) Value {
			old := *p
			*p = args[1]
			return old
		})
		atomicOp("sync/atomic.And"+w.suffix, true, func(p *Value, args []Value) Value {
			old := *p
			*p = normInt(Value{N: p.N & args[1].N}, k)
			return old
		})
		atomicOp("sync/atomic.Or"+w.suffix, true, func(p *Value, args []Value) Value {
			old := *p
			*p = normInt(Value{N: p.N | args[1].N}, k)
			return old
		})
		atomicOp("sync/atomic.CompareAndSwap"+w.suffix, true, func(p *Value, args []Value) Value {
			if p.N == args[1].N {
				*p = args[2]
				return boolVal(true)
			}
			return boolVal(false)
		})
	}
	atomicOp("sync/atomic.loadAny", false, func(p *Value, args []Value) Value { return *p })
	atomicOp("sync/atomic.storeAny", true, func(p *Value, args []Value) Value {
		*p = args[1]
		return Value{}
	})
	atomicOp("sync/atomic.swapAny", true, func(p *Value, args []Value) Value {
		old := *p
		*p = args[1]
		return old
	})
	atomicOp("sync/atomic.casAny", true, func(p *Value, args []Value) Value {
		same := casAnyMatches(*p, args[1])
		if same {
			*p = args[2]
		}
		return boolVal(same)
	})

	// atomic.Value (sync/atomic/value.go): the first Store fixes the type;
	// the checks run inside the atomic step, so of two racing first Stores
	// of different types one wins and the other panics, as in Go.
	valueOp("sync/atomic.valueStore", func(c *Ctx, p *Value, args []Value) Value {
		if !c.M.valueTypeOK(c, p, args[1], "sync/atomic: store of inconsistently typed value into Value") {
			return Value{}
		}
		*p = args[1]
		return Value{}
	})
	valueOp("sync/atomic.valueSwap", func(c *Ctx, p *Value, args []Value) Value {
		if !c.M.valueTypeOK(c, p, args[1], "sync/atomic: swap of inconsistently typed value into Value") {
			return Value{}
		}
		old := *p
		*p = args[1]
		return old
	})
	valueOp("sync/atomic.valueCompareAndSwap", func(c *Ctx, p *Value, args []Value) Value {
		old, nw := args[1].Iface(), args[2].Iface()
		if old != nil && old.T != nw.T {
			panicString(c, "sync/atomic: compare and swap of inconsistently typed values")
			return Value{}
		}
		cur := p.Iface()
		if cur == nil {
			if old != nil {
				return boolVal(false)
			}
			*p = args[2]
			return boolVal(true)
		}
		if cur.T != nw.T {
			panicString(c, "sync/atomic: compare and swap of inconsistently typed value into Value")
			return Value{}
		}
		eq, err := c.M.equal(*p, args[1], c.M.prog.anyType)
		if err != "" {
			c.M.runtimeError(c.G, err)
			return Value{}
		}
		if eq {
			*p = args[2]
		}
		return boolVal(eq)
	})
}

func atomicOp(name string, write bool, fn func(p *Value, args []Value) Value) {
	in := register(name, func(c *Ctx, args []Value) Value {
		p := args[0].Ptr()
		if p == nil {
			c.M.nilDeref(c.G)
			return Value{}
		}
		c.M.event(c.G, "atomic", c.M.objID(p), c.Line)
		c.M.raceAtomic(c.G, p, write)
		if !write && len(c.M.stale) > 0 {
			// A plain MOV on amd64: it may read the committed value of
			// a cell another goroutine holds in its store buffer.
			if v, ok := c.M.staleRead(c.G, p); ok {
				return v
			}
		}
		return fn(p, args)
	})
	in.Visible = "atomic"
	in.noFence = !write
	in.Obj = func(c *Ctx, args []Value) (any, bool) { return args[0].Ptr(), write }
}

// valueOp registers an atomic.Value operation: visible like every atomic,
// and free to panic.
func valueOp(name string, fn func(c *Ctx, p *Value, args []Value) Value) {
	in := register(name, func(c *Ctx, args []Value) Value {
		p := args[0].Ptr()
		if p == nil {
			c.M.nilDeref(c.G)
			return Value{}
		}
		c.M.event(c.G, "atomic", c.M.objID(p), c.Line)
		c.M.raceAtomic(c.G, p, true)
		return fn(c, p, args)
	})
	in.Visible = "atomic"
	in.Obj = func(c *Ctx, args []Value) (any, bool) { return args[0].Ptr(), true }
}

// valueTypeOK panics with msg unless the Value at p is empty or holds a
// value of v's dynamic type.
func (m *Machine) valueTypeOK(c *Ctx, p *Value, v Value, msg string) bool {
	if cur := p.Iface(); cur != nil && cur.T != v.Iface().T {
		panicString(c, msg)
		return false
	}
	return true
}

// casAnyMatches is casAny's test that the cell holds old. casAny serves
// atomic.Pointer[T], whose cell is an interface: the zero Pointer holds no
// interface at all, which is Go's nil pointer as much as a stored nil *T,
// so an expected nil *T matches both. The test must be inside the one
// atomic step: checking for the empty cell before the CAS let two racing
// CompareAndSwap(nil, …) both succeed.
func casAnyMatches(cur, old Value) bool {
	if sameAny(cur, old) {
		return true
	}
	o := old.Iface()
	return cur.Iface() == nil && o != nil && o.T.Kind == KPointer && o.V.R == nil && o.V.N == 0
}

// sameAny is casAny's comparison of two interface cells: the same dynamic
// type and the same word (pointers by identity, as atomic.Pointer compares).
func sameAny(x, y Value) bool {
	a, b := x.Iface(), y.Iface()
	return a == b || a != nil && b != nil && a.T == b.T && a.V.N == b.V.N && sameRef(a.V.R, b.V.R)
}
