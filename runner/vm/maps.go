package vm

import (
	"math"
	"strconv"
)

// Map is a Go map, modelled on internal/runtime/maps as far as goroutines can
// tell: a write raises the writing flag at its start and lowers it at its
// end, with a scheduling point in between, so the checks Go makes —
//
//	read of a non-empty map while writing    → "concurrent map read and map write"
//	write while writing, or flag lost        → "concurrent map writes"
//	iteration step while writing             → "concurrent map iteration and map write"
//	its key's lookup in storage grown since   → "concurrent map read and map write"
//	the iteration began (a second point)
//
// fire exactly where they fire in Go. len never checks. Entries keep insertion
// order; where an iteration starts is a recorded scheduling choice, which
// stands in for Go's random iteration order.
type Map struct {
	t     *Type
	keys  []Value
	vals  []Value
	hks   []any // host keys by slot; nil for ints maps (a key's N is its host key)
	live  []bool
	index map[any]int
	// ints replaces index for keys of integer kinds (and bool), whose
	// host key is their N: no boxing, cheaper hashing.
	ints    map[uint64]int
	n       int
	writing bool
	// inserts counts the keys added since the map was made: an iteration
	// that started at a smaller count may meet entries created during it.
	inserts uint64
	// goCap and grows follow where Go's swiss map keeps its entries:
	// goCap is its table capacity (0: a small map, one group of 8
	// slots), grows counts the times the entries moved to new storage (the
	// small group became a table, a full table doubled). An iteration
	// that began before a move looks each key up again in the new storage
	// (Iter.Next's grown case, getWithKey), a read that checks the
	// writing flag with the read's text (see opMapNext).
	goCap int
	grows uint32
}

// sizeFor sets up mp as Go's make(map, hint) does: a small map for a hint
// up to 8, else a table holding hint entries at most 7/8 full.
func (mp *Map) sizeFor(hint int64) {
	if hint <= 8 || hint > 1<<40 {
		return
	}
	c := 8
	for int64(c)*7/8 < hint {
		c *= 2
	}
	mp.goCap = c
}

// grow counts a move of Go's storage when a new entry does not fit: the
// 9th entry of a small map (growToTable: a table of 16 slots), an entry
// past 7/8 of a table (rehash: double the capacity; a table of 1024 splits
// in two, which moves its entries as well). Deleted slots are taken as
// free: Go leaves a tombstone only in a full group.
func (mp *Map) grow() {
	switch {
	case mp.goCap == 0 && mp.n > 8:
		mp.goCap = 16
	case mp.goCap > 0 && mp.n > mp.goCap*7/8:
		mp.goCap *= 2
	default:
		return
	}
	mp.grows++
}

// The writing-flag checks, each true when the operation is Go's fatal
// error: the step that makes it ends the process. The VM's map operations
// throw on them, and optionOf (sched.go) describes such a pending step as
// dependent with everything, as main's exit is: which other goroutines'
// steps ran before it decides what was printed when the process ended.
// A write's first half is described so too (writeBroad), failing or not:
// raising the flag turns other goroutines' later steps on the map into
// the end of the process, so the steps of a third goroutine that ran
// before it must be reordered with it as well. Without that, DPOR reversed
// only the failing step's race with the write (its latest dependent step),
// and in the reversed run the step no longer failed: the end before the
// third goroutine's print was never tried (dfsorder/map_read_in_write_window
// and its kin, TestReductionKeepsOutcomes).

// readFails: a read of a non-empty map while another goroutine writes it.
func (mp *Map) readFails() bool { return mp.writing && mp.n > 0 }

// writeFails: a write's first half (open false) while another write's
// window is open, or its second half (open: the writer's own window) with
// the flag lowered by another write since.
func (mp *Map) writeFails(open bool) bool { return mp.writing != open }

// writeBroad: a write's half that the reduction takes as dependent with
// everything: the first always (it fails, or it raises the flag), the
// second (open) when it fails.
func (mp *Map) writeBroad(open bool) bool { return !open || mp.writeFails(true) }

// iterFails: a step of an iteration that began with entries while the map
// is written (also the lookup of a key in grown storage, see opMapNext).
func (it *mapIter) iterFails() bool { return it.began && it.m.writing }

func newMap(t *Type) *Map {
	if intKey(t.Key.Kind) {
		return &Map{t: t, ints: map[uint64]int{}}
	}
	return &Map{t: t, index: map[any]int{}}
}

// intKey reports whether hashKey's host key for kind k is the value's N.
func intKey(k Kind) bool { return k >= KBool && k <= KUintptr }

// find returns the slot of host key hk.
func (mp *Map) find(hk any) (int, bool) {
	if mp.ints != nil {
		n, _ := hk.(uint64)
		i, ok := mp.ints[n]
		return i, ok
	}
	i, ok := mp.index[hk]
	return i, ok
}

// has reports whether host key hk is present.
func (mp *Map) has(hk any) bool {
	_, ok := mp.find(hk)
	return ok
}

// place records that host key hk lives in slot i.
func (mp *Map) place(hk any, i int) {
	if mp.ints != nil {
		n, _ := hk.(uint64)
		mp.ints[n] = i
		return
	}
	mp.index[hk] = i
}

// hostKey is the host key of slot i, as hashKey made it.
func (mp *Map) hostKey(i int) any {
	if mp.ints != nil {
		return mp.keys[i].N
	}
	return mp.hks[i]
}

// Len is the number of entries; a nil map has none.
func (mp *Map) Len() int {
	if mp == nil {
		return 0
	}
	return mp.n
}

// Get returns the value for key, or the zero value. bad is the dynamic
// type that makes key unhashable, if one does (the caller panics).
func (mp *Map) Get(m *Machine, key Value, mt *Type) (v Value, found bool, bad *Type) {
	if mp == nil || mp.n == 0 {
		return mt.Elem.Zero(), false, unhashable(key, mt.Key)
	}
	if mp.ints != nil {
		if i, ok := mp.ints[key.N]; ok {
			return mp.vals[i], true, nil
		}
		return mt.Elem.Zero(), false, nil
	}
	hk, bad := m.hashKey(key, mt.Key)
	if bad != nil {
		return Value{}, false, bad
	}
	if i, ok := mp.index[hk]; ok {
		return mp.vals[i], true, nil
	}
	return mt.Elem.Zero(), false, nil
}

// set stores a copy of val under key. Like the runtime's mapassign it
// also replaces the stored key, which shows when the keys are equal but
// not identical (+0 and -0).
func (mp *Map) set(m *Machine, key, val Value) (bad *Type) {
	if mp.ints != nil {
		i, ok := mp.ints[key.N]
		if ok {
			mp.vals[i] = copyVal(val, mp.t.Elem)
			mp.keys[i] = key
			return nil
		}
		// A new key: its N is the host key, nothing to box.
		mp.ints[key.N] = len(mp.keys)
		mp.keys = append(mp.keys, key)
		mp.vals = append(mp.vals, copyVal(val, mp.t.Elem))
		mp.live = append(mp.live, true)
		mp.added(m)
		return nil
	}
	hk, bad := m.hashKey(key, mp.t.Key)
	if bad != nil {
		return bad
	}
	val = copyVal(val, mp.t.Elem)
	if i, ok := mp.find(hk); ok {
		mp.vals[i] = val
		mp.keys[i] = copyVal(key, mp.t.Key)
		return nil
	}
	mp.place(hk, len(mp.keys))
	mp.keys = append(mp.keys, copyVal(key, mp.t.Key))
	mp.vals = append(mp.vals, val)
	mp.hks = append(mp.hks, hk)
	mp.live = append(mp.live, true)
	mp.added(m)
	return nil
}

// added counts a new entry and charges its Go bytes.
func (mp *Map) added(m *Machine) {
	mp.n++
	mp.inserts++
	mp.grow()
	// A swiss table slot holds the key and the element, a control byte
	// goes with it, and groups are at most 7/8 full; Go never shrinks a
	// map, so a delete gives nothing back.
	chargeObj(m, mp, (mp.t.Key.Size+mp.t.Elem.Size+1)*8/7)
}

// remove deletes key.
func (mp *Map) remove(m *Machine, key Value) (bad *Type) {
	var i int
	if mp.ints != nil {
		j, ok := mp.ints[key.N]
		if !ok {
			return nil
		}
		i = j
		delete(mp.ints, key.N)
	} else {
		hk, bad := m.hashKey(key, mp.t.Key)
		if bad != nil {
			return bad
		}
		j, ok := mp.index[hk]
		if !ok {
			return nil
		}
		i = j
		delete(mp.index, hk)
	}
	mp.live[i] = false
	mp.keys[i], mp.vals[i] = Value{}, Value{}
	if mp.hks != nil {
		mp.hks[i] = nil
	}
	mp.n--
	if dead := len(mp.keys) - mp.n; dead > 32 && dead > 2*mp.n {
		mp.compact()
	}
	return nil
}

// unhashablePanic panics g because a key's dynamic type bad cannot be
// hashed. Go reports it in two wordings: the hash function's runtime error
// when it hashes (non-empty maps, every insert), and internal/runtime/maps'
// own error when a lookup or delete on a nil or empty map checks the key
// without hashing it.
func (m *Machine) unhashablePanic(g *Goroutine, bad *Type, emptyMap bool) {
	if emptyMap {
		m.runtimePlain(g, "hash of unhashable type: "+bad.Name)
		return
	}
	m.runtimeError(g, "hash of unhashable type "+bad.Name)
}

// compact drops deleted slots. Iterators hold their own key lists, so this
// is safe at any time.
func (mp *Map) compact() {
	j := 0
	for i := range mp.keys {
		if mp.live[i] {
			mp.keys[j], mp.vals[j], mp.live[j] = mp.keys[i], mp.vals[i], true
			if mp.ints != nil {
				mp.ints[mp.keys[j].N] = j
			} else {
				mp.hks[j] = mp.hks[i]
				mp.index[mp.hks[j]] = j
			}
			j++
		}
	}
	clear(mp.keys[j:])
	clear(mp.vals[j:])
	mp.keys, mp.vals, mp.live = mp.keys[:j], mp.vals[:j], mp.live[:j]
	if mp.hks != nil {
		clear(mp.hks[j:])
		mp.hks = mp.hks[:j]
	}
}

func (mp *Map) clearAll() {
	mp.keys, mp.vals, mp.hks, mp.live = nil, nil, nil, nil
	if mp.ints != nil {
		mp.ints = map[uint64]int{}
	} else {
		mp.index = map[any]int{}
	}
	mp.n = 0
}

// Entries returns the live keys and values in storage order.
func (mp *Map) Entries() (keys, vals []Value) {
	if mp == nil {
		return nil, nil
	}
	for i := range mp.keys {
		if mp.live[i] {
			keys = append(keys, mp.keys[i])
			vals = append(vals, mp.vals[i])
		}
	}
	return
}

// Type is the map's type.
func (mp *Map) Type() *Type { return mp.t }

// mapIter is a range over a map: the keys present when it started, from a
// chosen starting point; entries deleted since are skipped, values are read
// when reached. Entries created during the iteration come after those, each
// produced or skipped by a choice (ChooseMapNew), as the spec allows and Go
// does: where a new key lands relative to the iterator's position decides.
type mapIter struct {
	m   *Map
	hks []any
	i   int
	// began says the map held entries when the iteration started: Go's
	// Iter.Init keeps the map only then, and every Next of such an
	// iteration, the last one that finds nothing too, checks the writing
	// flag.
	began bool
	// inserts is the map's insert count the iteration has accounted for;
	// offered holds every key it has produced or passed over, built when
	// the first entry created during the iteration is met.
	inserts uint64
	offered map[any]bool
	// grows is the map's count of storage moves when the iteration
	// began; looking says a Next passed its check of the writing flag and
	// is about to look its key up again in the grown map (opMapNext).
	grows   uint32
	looking bool
}

// relooks reports whether the iteration's next step looks its key up again
// in the map's new storage, as Go's Iter.Next does once the map grew since
// Init (the small group became a table, or the table it walks was
// replaced): when there is a key it began with left to look at, deleted or
// not (the old storage still holds it).
func (it *mapIter) relooks() bool {
	return it.m != nil && it.m.grows != it.grows && it.i < len(it.hks)
}

func (m *Machine) newMapIter(g *Goroutine, mp *Map) *mapIter {
	it := &mapIter{m: mp}
	m.sbMapSeen(g, mp)
	if mp == nil || mp.n == 0 {
		return it
	}
	it.began, it.inserts, it.grows = true, mp.inserts, mp.grows
	live := make([]any, 0, mp.n)
	for i, ok := range mp.live {
		if !ok {
			continue
		}
		live = append(live, mp.hostKey(i))
	}
	start := 0
	if len(live) > 1 {
		start = m.choose(ChooseMapIter, len(live), nil, -1)
	}
	it.hks = append(live[start:], live[:start]...)
	return it
}

// finished reports whether no entries remain of those the iteration knows.
func (it *mapIter) finished() bool {
	for it.i < len(it.hks) {
		if it.m.has(it.hks[it.i]) {
			return false
		}
		it.i++
	}
	return true
}

// advance moves the iteration to its next entry, in the visible step of a
// Next: when the keys it started with are used up, each live key created
// since is a choice, produce (appended to hks) or skip, in storage order.
func (it *mapIter) advance(m *Machine) {
	if it.m == nil || !it.finished() || it.m.inserts == it.inserts {
		return
	}
	mp := it.m
	it.inserts = mp.inserts
	if it.offered == nil {
		it.offered = make(map[any]bool, len(it.hks))
		for _, hk := range it.hks {
			it.offered[hk] = true
		}
	}
	for i, ok := range mp.live {
		if !ok {
			continue
		}
		hk := mp.hostKey(i)
		if it.offered[hk] {
			continue
		}
		it.offered[hk] = true
		if m.choose(ChooseMapNew, 2, nil, -1) == 1 {
			it.hks = append(it.hks, hk)
			return
		}
	}
}

func (it *mapIter) next() Value {
	if it.m == nil || it.finished() {
		return Value{R: []Value{{}, {}, {}}}
	}
	j, _ := it.m.find(it.hks[it.i])
	it.i++
	return Value{R: []Value{boolVal(true), it.m.keys[j], it.m.vals[j]}}
}

// updateBroad is writeBroad for g's pending opMapUpdate in of the non-nil
// map mp, on mapUpdate's path: the store of a read-modify-write and a
// delete or clear of an empty map touch no flag.
func updateBroad(g *Goroutine, in *Instr, mp *Map) bool {
	if in.K == 0 && in.Aux.(*mapInfo).rmw || !g.mapOpen && in.K != 0 && mp.n == 0 {
		return false
	}
	return mp.writeBroad(g.mapOpen)
}

// mapUpdate performs m[k] = v (K=0), delete(m, k) (K=1) or clear(m) (K=2) as
// Go's runtime does: two visible halves around the writing flag. It reports
// whether exec may continue with the next instruction.
func (m *Machine) mapUpdate(g *Goroutine, fr *Frame, in *Instr, regs []Value) bool {
	mp, _ := regs[in.B].R.(*Map)
	if mi := in.Aux.(*mapInfo); mi.rmw && in.K == 0 && mp != nil {
		// The store of m[k]++: the map write happened at its Lookup
		// (mapAssign); this is a plain store into the slot.
		m.raceMapWrite(g, mp, in.Line)
		mp.set(m, regs[in.C], regs[mi.val])
		if m.sbN > 0 {
			m.sbMapWrite(g, mp)
		}
		return !m.done
	}
	if !g.mapOpen {
		if mp == nil || mp.n == 0 && in.K != 0 {
			if mp == nil && in.K == 0 {
				m.runtimePlain(g, "assignment to entry in nil map")
				return false
			}
			if in.K == 1 {
				if bad := unhashable(regs[in.C], in.Aux.(*mapInfo).m.Key); bad != nil {
					m.unhashablePanic(g, bad, true)
					return false
				}
			}
			return true // delete and clear of an empty map return early
		}
		if !m.takeGrant(g, fr, fr.pc) {
			return false
		}
		obj := m.mapID(mp)
		if e := m.event(g, "map.write", obj, in.Line); e != nil && in.K != 0 {
			e.Op = [...]string{"map.write", "map.delete", "map.clear"}[in.K]
		}
		m.sbMapSeen(g, mp)
		if mp.writeFails(false) {
			m.fatal(g, "concurrent map writes")
			return false
		}
		m.raceMapWrite(g, mp, in.Line)
		mp.writing = true
		var bad *Type
		switch in.K {
		case 0:
			bad = mp.set(m, regs[in.C], regs[in.Aux.(*mapInfo).val])
		case 1:
			bad = mp.remove(m, regs[in.C])
		case 2:
			mp.clearAll()
		}
		if bad != nil {
			// The hash panics before the writing flag goes up.
			mp.writing = false
			m.unhashablePanic(g, bad, false)
			return false
		}
		if m.done {
			return false
		}
		if m.sbN > 0 {
			m.sbMapWrite(g, mp)
		}
		if g.inline {
			mp.writing = false
			return true
		}
		g.mapOpen = true
		// The second half is the next visible operation (see mapAssign).
	}
	if !m.takeGrant(g, fr, fr.pc) {
		return false
	}
	g.mapOpen = false
	if e := m.event(g, "map.write", m.mapID(mp), in.Line); e != nil {
		e.End = true
	}
	if mp.writeFails(true) {
		m.fatal(g, "concurrent map writes")
		return false
	}
	mp.writing = false
	return true
}

// hashKey turns a key into a comparable host value. bad is the dynamic
// type that makes it unhashable, if one does: the caller panics, as Go
// does, at the map operation.
func (m *Machine) hashKey(v Value, t *Type) (hk any, bad *Type) {
	switch t.Kind {
	case KString:
		if _, ok := v.R.(string); ok {
			return v.R, nil // already boxed: converting v.Str() again allocates
		}
		return v.Str(), nil
	case KFloat32, KFloat64:
		f := v.Float()
		if f != f {
			return new(byte), nil // NaN never equals a key
		}
		if f == 0 {
			return uint64(0), nil // +0 == -0
		}
		return v.N, nil
	case KComplex64, KComplex128:
		c := v.Complex()
		// Zero parts compare equal whatever their sign; NaN never equals.
		if real(c) == 0 {
			c = complex(0, imag(c))
		}
		if imag(c) == 0 {
			c = complex(real(c), 0)
		}
		if math.IsNaN(real(c)) || math.IsNaN(imag(c)) {
			return new(byte), nil
		}
		return c, nil
	case KPointer, KChan, KUnsafePointer:
		return v.R, nil
	case KInterface:
		iv := v.Iface()
		if iv == nil {
			return nil, nil
		}
		if !comparable(iv.T) {
			return nil, iv.T
		}
		k, bad := m.hashKey(iv.V, iv.T)
		return ifaceKey{iv.T, k}, bad
	case KStruct, KArray:
		b, bad := m.appendKey(nil, v, t)
		return string(b), bad
	}
	return v.N, nil
}

// unhashable is the dynamic type inside key (of static type t) that cannot
// be hashed, or nil: what the runtime's mapKeyError finds without hashing.
func unhashable(v Value, t *Type) *Type {
	switch t.Kind {
	case KInterface:
		iv := v.Iface()
		if iv == nil {
			return nil
		}
		if !comparable(iv.T) {
			return iv.T
		}
		return unhashable(iv.V, iv.T)
	case KStruct:
		for i, f := range t.Fields {
			if bad := unhashable(v.Elems()[i], f); bad != nil {
				return bad
			}
		}
	case KArray:
		if t.compact() {
			return nil
		}
		for _, e := range v.Elems() {
			if bad := unhashable(e, t.Elem); bad != nil {
				return bad
			}
		}
	}
	return nil
}

type ifaceKey struct {
	t *Type
	k any
}

func (m *Machine) appendKey(b []byte, v Value, t *Type) ([]byte, *Type) {
	switch t.Kind {
	case KStruct:
		for i, f := range t.Fields {
			var bad *Type
			if b, bad = m.appendKey(b, v.Elems()[i], f); bad != nil {
				return b, bad
			}
		}
		return b, nil
	case KArray:
		if t.compact() {
			// The length is the type's, so the bytes as they are name
			// the key.
			return append(append(b, bytesOf(v)...), ';'), nil
		}
		for _, e := range v.Elems() {
			var bad *Type
			if b, bad = m.appendKey(b, e, t.Elem); bad != nil {
				return b, bad
			}
		}
		return b, nil
	}
	k, bad := m.hashKey(v, t)
	switch k := k.(type) {
	case string:
		b = strconv.AppendInt(b, int64(len(k)), 10)
		b = append(b, ':')
		b = append(b, k...)
	case uint64:
		b = strconv.AppendUint(b, k, 16)
	default:
		// Pointers, channels, interfaces, complex numbers: identity via the
		// object table (equal complex values are equal interface keys).
		b = append(b, 'p')
		b = strconv.AppendInt(b, int64(m.objID(k)), 10)
	}
	return append(b, ';'), bad
}

// comparable reports whether values of t can be compared with ==.
func comparable(t *Type) bool {
	switch t.Kind {
	case KSlice, KMap, KFunc:
		return false
	case KStruct:
		for _, f := range t.Fields {
			if !comparable(f) {
				return false
			}
		}
	case KArray:
		return comparable(t.Elem)
	}
	return true
}

// mapAssign is the map write of a read-modify-write statement (m[k]++,
// m[k] op= v, m[k] = append(m[k], x)), which gc lowers to
//
//	p := mapassign(m, k) // one map write, with the writing-flag window
//	*p = *p op v         // a plain load and store of the slot
//
// SSA has a Lookup (folded, K=1) and a MapUpdate (rmw) instead: the
// Lookup's instruction performs mapassign's two visible halves, and only
// after the second does the Lookup read the slot, so the value read is the
// one current when the statement runs. It returns intrNext when the Lookup
// may go on to read, intrReload after a panic, intrStop when g stopped.
func (m *Machine) mapAssign(g *Goroutine, fr *Frame, pc int, in *Instr, mp *Map) int {
	if g.inline {
		return intrNext // the runtime's own calls happen at once
	}
	fr.pc = pc
	if mp == nil {
		m.runtimePlain(g, "assignment to entry in nil map")
		return intrReload
	}
	if !m.takeGrant(g, fr, pc) {
		return intrStop
	}
	if !g.mapOpen {
		m.event(g, "map.write", m.mapID(mp), in.Line)
		m.sbMapSeen(g, mp)
		if mp.writeFails(false) {
			m.fatal(g, "concurrent map writes")
			return intrStop
		}
		// mapassign hashes the key before it raises the flag (an integer
		// key always hashes: no host key to make).
		if mp.ints == nil {
			if _, bad := m.hashKey(fr.regs[in.C], mp.t.Key); bad != nil {
				m.unhashablePanic(g, bad, false)
				return intrReload
			}
		}
		mp.writing = true
		g.mapOpen = true
		// The second half is the next visible operation: when g is the
		// only goroutine that can run, it begins here (stepOn) as the
		// scheduler's loop would begin it, without leaving exec.
		if !m.takeGrant(g, fr, pc) {
			return intrStop
		}
	}
	g.mapOpen = false
	if e := m.event(g, "map.write", m.mapID(mp), in.Line); e != nil {
		e.End = true
	}
	if mp.writeFails(true) {
		m.fatal(g, "concurrent map writes")
		return intrStop
	}
	mp.writing = false
	return intrNext
}

func init() {
	// maps.Clone's clone is the runtime's mapclone: one look at the writing
	// flag (Go's Map.Clone fails with its own message, whether or not the
	// map is empty), then a copy of the whole map. A map read, so a write
	// can land before or after it, never during. Go's runtime does not
	// instrument the clone for the race detector, and neither does this.
	in := register("maps.clone", mapsClone)
	in.Visible = "map.read"
	in.noFence = true
	in.Obj = func(c *Ctx, a []Value) (any, bool) {
		if e := a[0].Iface(); e != nil {
			if mp, ok := e.V.R.(*Map); ok && !mp.writing {
				return mp, false
			}
		}
		return nil, false // nil, or a clone that fails: dependent with everything
	}
}

// mapsClone is maps.clone(m any) any: m holds a non-nil map (maps.Clone
// returns nil for nil before calling it).
func mapsClone(c *Ctx, a []Value) Value {
	e := a[0].Iface()
	mp := e.V.R.(*Map)
	c.M.sbMapSeen(c.G, mp)
	c.M.event(c.G, "map.read", c.M.objID(mp), int32(c.G.Line()))
	if mp.writing {
		c.M.fatal(c.G, "concurrent map clone and map write")
		return Value{}
	}
	cp := newMap(mp.t)
	cp.goCap = mp.goCap // Go's clone copies the source's layout
	for i, k := range mp.keys {
		if mp.live[i] {
			cp.set(c.M, k, mp.vals[i])
		}
	}
	return Value{R: &Iface{T: e.T, V: Value{R: cp}}}
}
