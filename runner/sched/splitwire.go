package sched

import (
	"encoding/binary"
	"errors"

	"interleave/runner/vm"
)

// A fork sent to another process. In the page, a forked subtree is
// searched by another Web Worker, which has its own memory: the fork goes
// there as bytes (EncodeFork, DecodeFork), each of its runs comes back as
// a ForkRun, and once the subtree is done what EndFork reads of it comes
// back as a ForkEnd (End, SetEnd). The search that forked keeps its own
// copy of the fork for Matches and EndFork.

// EncodeFork writes a fork (from Fork, before its first Next) compactly:
// the nodes above its subtree, as many as a few thousand in a program like
// examples/cache.go, as varints with the operation names in a table. The
// backtrack sets of those nodes are left out: a fork never reads them
// (its requests to nodes above are recorded, not made).
//
// The layout puts everything that differs between two forks of the same
// search after the nodes they share: the bound, then the nodes from the
// root down (the names of their operations numbered in order of first
// use), then the names, then the names' length and the node count as
// fixed four-byte words. So consecutive forks share a long common prefix,
// and the page sends a fork as the part that differs from the previous one
// it sent to the same helper (runner's wireDFS.Keep).
func (d *DFS) EncodeFork() []byte {
	var e forkEncoder
	e.ops = map[string]int{}
	e.int(d.Bound)
	e.bool(d.Reduce)
	for _, nd := range d.stack {
		e.int(int(nd.kind))
		e.int(nd.n)
		e.int(nd.last)
		e.int(nd.pick)
		e.int(nd.pre)
		e.options(nd.opts)
		e.flags(nd.done)
		e.flags(nd.broad)
		e.options(nd.sleep)
	}
	body := len(e.b)
	e.int(len(e.names))
	for _, s := range e.names {
		e.int(len(s))
		e.b = append(e.b, s...)
	}
	e.b = binary.LittleEndian.AppendUint32(e.b, uint32(len(e.b)-body))
	return binary.LittleEndian.AppendUint32(e.b, uint32(d.floor))
}

type forkEncoder struct {
	b     []byte
	ops   map[string]int
	names []string
}

func (e *forkEncoder) int(v int) { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *forkEncoder) bool(v bool) {
	var b byte
	if v {
		b = 1
	}
	e.b = append(e.b, b)
}

// flags writes a nil slice as -1, else its length and bits.
func (e *forkEncoder) flags(fs []bool) {
	if fs == nil {
		e.int(-1)
		return
	}
	e.int(len(fs))
	var cur byte
	for i, f := range fs {
		if f {
			cur |= 1 << (i % 8)
		}
		if i%8 == 7 || i == len(fs)-1 {
			e.b = append(e.b, cur)
			cur = 0
		}
	}
}

func (e *forkEncoder) options(os []vm.Option) {
	if os == nil {
		e.int(-1)
		return
	}
	e.int(len(os))
	for _, o := range os {
		id, ok := e.ops[o.Op]
		if !ok {
			id = len(e.names)
			e.ops[o.Op] = id
			e.names = append(e.names, o.Op)
		}
		e.int(o.G)
		e.int(id)
		e.int(o.Obj)
		e.bool(o.Write)
	}
}

var errBadFork = errors.New("sched: bad fork encoding")

type forkDecoder struct {
	b     []byte
	err   error
	names []string
	// The nodes' slices are cut from larger blocks: a fork has thousands
	// of nodes, each with four or five slices. The blocks are taken from
	// old (an earlier fork's, no longer in use) before new ones are made,
	// and each block used is kept in mem. old is never nil (empty when
	// nothing is reused).
	flagBlock []bool
	optBlock  []vm.Option
	old, mem  *forkMemory
}

// forkMemory is the memory a decoded fork's nodes live in. A remote
// decodes a fork of thousands of nodes for every one or two runs it makes
// of a program like examples/cache.go, and allocating that memory anew
// each time (about 1 MB with the search's own tables) made the collector a
// twentieth of its time in wasm; so DecodeFork may reuse an earlier fork's.
type forkMemory struct {
	nodes []node
	stack []*node
	flags [][]bool
	opts  [][]vm.Option
}

func (d *forkDecoder) newFlags(n int) []bool {
	return cutBlock(&d.flagBlock, &d.old.flags, &d.mem.flags, n, 8192)
}

func (d *forkDecoder) newOptions(n int) []vm.Option {
	return cutBlock(&d.optBlock, &d.old.opts, &d.mem.opts, n, 2048)
}

// cutBlock cuts n elements from *block. When *block is too short, the
// next block comes from *old (an earlier fork's blocks, no longer in use)
// or is made with at least size elements, and is kept in *kept.
func cutBlock[T any](block *[]T, old, kept *[][]T, n, size int) []T {
	if len(*block) < n {
		*block = nil
		for len(*old) > 0 && *block == nil {
			b := (*old)[len(*old)-1]
			*old = (*old)[:len(*old)-1]
			if len(b) >= n {
				*block = b
			}
		}
		if *block == nil {
			*block = make([]T, max(n, size))
		}
		*kept = append(*kept, *block)
	}
	s := (*block)[:n:n]
	*block = (*block)[n:]
	return s
}

func (d *forkDecoder) int() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errBadFork
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

func (d *forkDecoder) bool() bool {
	if d.err != nil || len(d.b) == 0 {
		d.err = errBadFork
		return false
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v == 1
}

// count reads a length: -1 for nil, else at most what the rest of the
// input could hold (so that a damaged length cannot ask for gigabytes).
func (d *forkDecoder) count(per int) int {
	n := d.int()
	if n < -1 || n > len(d.b)*per+8 {
		d.err = errBadFork
	}
	if d.err != nil {
		return -1
	}
	return n
}

func (d *forkDecoder) flags() []bool {
	n := d.count(8)
	if n < 0 {
		return nil
	}
	fs := d.newFlags(n)
	for i := 0; i < n; i += 8 {
		if len(d.b) == 0 {
			d.err = errBadFork
			return nil
		}
		c := d.b[0]
		d.b = d.b[1:]
		for k := i; k < min(n, i+8); k++ {
			fs[k] = c&(1<<(k-i)) != 0
		}
	}
	return fs
}

func (d *forkDecoder) options() []vm.Option {
	n := d.count(1)
	if n < 0 {
		return nil
	}
	os := d.newOptions(n)
	for i := range os {
		os[i].G = d.int()
		id := d.int()
		if id < 0 || id >= len(d.names) {
			d.err = errBadFork
			return nil
		}
		os[i].Op = d.names[id]
		os[i].Obj = d.int()
		os[i].Write = d.bool()
	}
	return os
}

// DecodeFork reads a fork written by EncodeFork. The result searches the
// fork's subtree (Next, Done, Record) exactly as the fork itself would; it
// cannot be adopted (Matches) or forked again above its floor.
//
// reuse, if not nil, is an earlier result of DecodeFork that is no longer
// used (its search is over or abandoned, and nothing it returned is kept
// but its Records): the new fork takes its memory, and reuse must not be
// used again.
func DecodeFork(b []byte, reuse *DFS) (*DFS, error) {
	if len(b) < 8 {
		return nil, errBadFork
	}
	tl := uint64(binary.LittleEndian.Uint32(b[len(b)-8:]))
	floor := uint64(binary.LittleEndian.Uint32(b[len(b)-4:]))
	if tl > uint64(len(b)-8) {
		return nil, errBadFork
	}
	body, tail := b[:len(b)-8-int(tl)], b[len(b)-8-int(tl):len(b)-8]
	dec := forkDecoder{b: tail, mem: &forkMemory{}, old: &forkMemory{}}
	names := dec.count(1)
	for i := 0; i < names && dec.err == nil; i++ {
		l := dec.count(1)
		if l < 0 || l > len(dec.b) {
			return nil, errBadFork
		}
		dec.names = append(dec.names, string(dec.b[:l]))
		dec.b = dec.b[l:]
	}
	if dec.err != nil || len(dec.b) != 0 {
		return nil, errBadFork
	}
	dec.b = body
	f := &DFS{Bound: dec.int(), Reduce: dec.bool()}
	if dec.err != nil || floor < 1 || floor > uint64(len(body)) {
		return nil, errBadFork
	}
	f.floor = int(floor)
	var nodes []node
	if reuse != nil && reuse.mem != nil {
		old := reuse.mem
		reuse.mem = nil
		dec.old = old
		if cap(old.nodes) >= f.floor {
			nodes, f.stack = old.nodes[:f.floor], old.stack[:f.floor]
		}
		// The search's own tables, reset by Next.
		f.dpor, f.asked = reuse.dpor, reuse.asked
		clear(f.asked)
	}
	if nodes == nil {
		nodes = make([]node, f.floor)
		f.stack = make([]*node, f.floor)
	}
	dec.mem.nodes, dec.mem.stack = nodes, f.stack
	f.mem = dec.mem
	for i := range nodes {
		nd := &nodes[i]
		nd.kind = vm.ChoiceKind(dec.int())
		nd.n = dec.int()
		nd.last = dec.int()
		nd.pick = dec.int()
		nd.pre = dec.int()
		nd.opts = dec.options()
		nd.done = dec.flags()
		nd.broad = dec.flags()
		nd.sleep = dec.options()
		if dec.err != nil {
			return nil, dec.err
		}
		// Every slice the search indexes by option must have n entries,
		// and the pick must be one of them: a damaged fork is refused
		// here rather than panicking in the search.
		if nd.n < 1 || nd.pick < 0 || nd.pick >= nd.n || len(nd.done) != nd.n ||
			nd.kind == vm.ChooseGoroutine && (len(nd.opts) != nd.n || len(nd.broad) != nd.n || nd.last >= nd.n) {
			return nil, errBadFork
		}
		nd.back = dec.newFlags(nd.n) // never read above the floor
		clear(nd.back)
		f.stack[i] = nd
	}
	if len(dec.b) != 0 {
		return nil, errBadFork
	}
	return f, nil
}

// ForkEnd is what EndFork reads of a fork once its subtree is searched.
type ForkEnd struct {
	// Broad is whether the step at the fork's top pick, or the step
	// under way there (openStep), started goroutines, as its last run
	// saw it.
	Broad    bool `json:"broad,omitempty"`
	BoundHit bool `json:"boundHit,omitempty"`
	Diverged bool `json:"diverged,omitempty"`
}

// End is what the search of a fork's subtree leaves for EndFork.
func (d *DFS) End() ForkEnd {
	e := ForkEnd{BoundHit: d.BoundHit, Diverged: d.Diverged}
	if i := openStep(d.stack, d.floor-1); i >= 0 {
		nd := d.stack[i]
		e.Broad = nd.broad[nd.pick]
	}
	return e
}

// SetEnd gives a fork whose subtree was searched elsewhere (a decoded
// copy) what that search left, so that EndFork reads it.
func (d *DFS) SetEnd(e ForkEnd) {
	if i := openStep(d.stack, d.floor-1); i >= 0 {
		nd := d.stack[i]
		nd.broad[nd.pick] = e.Broad
	}
	d.BoundHit, d.Diverged = e.BoundHit, e.Diverged
}

// AppendOuter appends r's requests to the nodes above its fork as bytes:
// a run of a program like examples/cache.go makes thousands, so they go as
// varints (kind, node as the difference from the previous request's,
// option, goroutine, fallback) rather than as JSON objects, about five
// times smaller; and consecutive runs make nearly the same requests, so
// the page sends only the part that differs from the previous run's
// (runner's wireRun).
func (r ForkRun) AppendOuter(b []byte) []byte {
	e := forkEncoder{b: b}
	prev := 0
	for _, op := range r.Outer {
		e.int(int(op.Kind))
		e.int(op.Node - prev)
		e.int(op.Opt)
		e.int(op.G)
		e.int(op.Free + 1) // mostly -1: no fallback
		prev = op.Node
	}
	return e.b
}

// DecodeOuter reads requests written by AppendOuter.
func DecodeOuter(b []byte) ([]OuterOp, error) {
	ops := make([]OuterOp, 0, len(b)/5) // a request takes five bytes or more
	d := forkDecoder{b: b}
	prev := 0
	for len(d.b) > 0 {
		op := OuterOp{Kind: outerKind(d.int())}
		op.Node = prev + d.int()
		op.Opt, op.G = d.int(), d.int()
		op.Free = d.int() - 1
		if d.err != nil || op.Kind > outerGiveUp || op.Node < 0 {
			return nil, errBadFork
		}
		ops = append(ops, op)
		prev = op.Node
	}
	return ops, nil
}
