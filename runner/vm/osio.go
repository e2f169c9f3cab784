package vm

// os: output, exit and arguments.
func init() {
	out := register("os.write", func(c *Ctx, args []Value) Value {
		c.M.write(int(args[0].N), args[1].Str())
		// The write happens inside fmt or print: the event is placed at
		// the user's call.
		if e := c.M.event(c.G, "output", 0, c.Line); e != nil {
			e.Line = int32(c.G.Line())
		}
		return Value{}
	})
	// Output is visible so that what goroutines print interleaves as the
	// schedule says.
	out.Visible = "output"
	out.Obj = func(c *Ctx, args []Value) (any, bool) { return "stdout", true }
	exit := register("os.Exit", func(c *Ctx, args []Value) Value {
		c.M.event(c.G, "exit", 0, c.Line)
		// The process's exit status is the code's low byte, as Linux (the
		// playground's target) keeps it: os.Exit(256+3) exits 3, os.Exit(-1) 255.
		c.M.exit(int(uint8(args[0].N)))
		return Value{}
	})
	// Exiting ends every goroutine: what others do first is observable.
	// Its operation is "os.exit", not "exit": that names a goroutine's
	// return from its function, which the partial-order reduction takes
	// as touching nothing when the goroutine is not main (sched's quiet);
	// a goroutine's os.Exit named so was independent of every step, and
	// reduced dfs never had it cut main's println short
	// (outcomes/println_cut_by_os_exit).
	exit.Visible = "os.exit"
	register("os.args", func(c *Ctx, args []Value) Value {
		out := make([]Value, len(c.M.cfg.Args))
		for i, a := range c.M.cfg.Args {
			out[i] = strVal(a)
		}
		return Value{R: out}
	})
}
