package vm

// sync/atomic: every operation is visible (a scheduling point) and touches
// the cell its pointer names.
func init() {
	type width struct {
		suffix string
		k      Kind
	}
	for _, w := range []width{{"Int32", KInt32}, {"Int64", KInt64}, {"Uint32", KUint32}, {"Uint64", KUint64}} {
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
		a, b := p.Iface(), args[1].Iface()
		same := a == b || a != nil && b != nil && a.T == b.T && a.V.N == b.V.N && sameRef(a.V.R, b.V.R)
		if same {
			*p = args[2]
		}
		return boolVal(same)
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
		return fn(p, args)
	})
	in.Visible = "atomic"
	in.Obj = func(c *Ctx, args []Value) (any, bool) { return args[0].Ptr(), write }
}
