package vm

// sync.Pool. Go's Pool never blocks, and its per-P fast path has no
// synchronisation a program can observe, so Get and Put here are invisible
// intrinsics (no scheduling point, no access the race detector checks) over
// free lists the machine keeps for the run.
//
// A goroutine gets back only what it put itself: each goroutine stands for
// a P of its own, as if every goroutine ran in parallel, and Get returns
// the item its goroutine Put last, or nil for the Go side to call New. Go's
// Pool may return any item Put earlier or none, so this is one of Go's
// behaviours; it is the one that hides no data race. An item passed from
// one goroutine to another through a pool carries a happens-before edge in
// Go's race build (Put release-merges, Get acquires), which would order
// everything the two goroutines did before and after, so that two
// goroutines printing into one strings.Builder with fmt.Fprintf (fmt takes
// its printers from a Pool) would never race in the detector's eyes; with
// no hand-over there is no edge to model, and no item is ever shared. A
// goroutine's lists go when it ends.

func init() {
	register("(*sync.Pool).get", func(c *Ctx, args []Value) Value {
		p := ptrArg(args)
		lists := c.M.sync.pools[c.G]
		items := lists[p]
		if len(items) == 0 {
			return Value{} // a nil any: Get calls New
		}
		x := items[len(items)-1]
		items[len(items)-1] = Value{}
		lists[p] = items[:len(items)-1]
		return x
	})
	register("(*sync.Pool).put", func(c *Ctx, args []Value) Value {
		p, x := ptrArg(args), args[1]
		if c.M.sync.pools == nil {
			c.M.sync.pools = map[*Goroutine]map[*Value][]Value{}
		}
		lists := c.M.sync.pools[c.G]
		if lists == nil {
			lists = map[*Value][]Value{}
			c.M.sync.pools[c.G] = lists
		}
		lists[p] = append(lists[p], x)
		return Value{}
	})
}

// dropPools forgets the pool items goroutine g put and never took back.
func (m *Machine) dropPools(g *Goroutine) {
	if m.sync.pools != nil {
		delete(m.sync.pools, g)
	}
}
