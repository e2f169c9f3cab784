package vm

// sync.Pool. Go's Pool never blocks, and its per-P fast path has no
// synchronisation a program can observe, so Get and Put here are invisible
// intrinsics (no scheduling point, no access the race detector checks) over
// a free list per Pool, kept by the machine for the run. Get returns the
// item Put last, or nil for the Go side to call New: Go's Pool may return
// any item Put earlier or none, and a single P that never collects garbage
// returns exactly this one.
//
// The race detector sees what Go's race build annotates (sync/pool.go): Put
// release-merges a clock named by the item, Get acquires it, so whoever
// takes an item from the pool is ordered after whoever put it there, and
// fmt's printers, bufio's buffers and the like do not race across
// goroutines that share them through a Pool.

// raceSyncPool names the clock of an item put in a Pool (a raceSyncKey
// kind, after race.go's own).
const raceSyncPool = raceSyncAtomic + 1

func init() {
	register("(*sync.Pool).get", func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		items := c.M.sync.pools[p]
		if len(items) == 0 {
			return Value{} // a nil any: Get calls New
		}
		x := items[len(items)-1]
		items[len(items)-1] = Value{}
		c.M.sync.pools[p] = items[:len(items)-1]
		if r := c.M.race; r != nil {
			r.thread(c.G).acquire(*r.clock(raceSyncKey{poolRaceAddr(p, x), raceSyncPool}))
		}
		return x
	})
	register("(*sync.Pool).put", func(c *Ctx, args []Value) Value {
		p, x := ptrArg(args), args[1]
		if r := c.M.race; r != nil {
			r.thread(c.G).releaseMerge(r.clock(raceSyncKey{poolRaceAddr(p, x), raceSyncPool}))
		}
		if c.M.sync.pools == nil {
			c.M.sync.pools = map[*Value][]Value{}
		}
		c.M.sync.pools[p] = append(c.M.sync.pools[p], x)
		return Value{}
	})
}

// poolRaceAddr is what Go's poolRaceAddr takes the address of: the object
// a pointer item points to. An item of another kind (Go boxes it in a new
// allocation at every Put) is named by its pool, which orders a little
// more than Go does but never reports a race Go would not.
func poolRaceAddr(pool *Value, x Value) *Value {
	if iv := x.Iface(); iv != nil {
		if p := iv.V.Ptr(); p != nil {
			return p
		}
	}
	return pool
}
