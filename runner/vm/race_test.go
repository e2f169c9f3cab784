package vm

// Unit tests of the race detector's parts. Whole programs, and the
// comparison with real go -race, are in runner/race_test.go.

import (
	"strings"
	"testing"
)

// vc builds a vector clock from id, clock pairs.
func vc(pairs ...int) vclock {
	var v vclock
	for i := 0; i+1 < len(pairs); i += 2 {
		v.set(pairs[i], uint32(pairs[i+1]))
	}
	return v
}

func TestVClock(t *testing.T) {
	var a vclock
	a.set(3, 5)
	if a.get(3) != 5 || a.get(0) != 0 || a.get(100) != 0 {
		t.Fatalf("set/get: %v", a)
	}
	a.join(vc(1, 7, 3, 2, 5, 9))
	if want := vc(1, 7, 3, 5, 5, 9); !equalVC(a, want) {
		t.Fatalf("join: %v, want %v", a, want)
	}
	a.join(vc(1, 8, 5, 1))
	if want := vc(1, 8, 3, 5, 5, 9); !equalVC(a, want) {
		t.Fatalf("join: %v, want %v", a, want)
	}
	a.join(vc(0, 1, 4, 4, 9, 9))
	if want := vc(0, 1, 1, 8, 3, 5, 4, 4, 5, 9, 9, 9); !equalVC(a, want) {
		t.Fatalf("join merge: %v, want %v", a, want)
	}
	var c vclock
	c.assign(a)
	c.set(1, 1)
	if a.get(1) != 8 {
		t.Fatal("assign aliases its source")
	}
	b := a.clone()
	b.set(3, 0)
	if a.get(3) != 5 {
		t.Fatal("clone aliases its source")
	}
}

func equalVC(a, b vclock) bool {
	for i := 0; i < len(a) || i < len(b); i++ {
		if a.get(i) != b.get(i) {
			return false
		}
	}
	return true
}

// newTestThread is goroutine id on slot id of a detector of its own.
func newTestThread(id int) *raceThread {
	r := newRaceDetector(&Machine{})
	for len(r.slotEpoch) <= id {
		r.slotEpoch = append(r.slotEpoch, 0)
		r.slotOwner = append(r.slotOwner, nil)
	}
	t := &raceThread{id: id, sid: id, r: r}
	t.tick()
	return t
}

// The release flavours Go's runtime uses.
func TestRaceReleaseAcquire(t *testing.T) {
	a, b := newTestThread(1), newTestThread(2)
	var l vclock

	// Unlock (release-store) then Lock (acquire): b sees a's epoch 1.
	a.releaseStore(&l)
	b.acquire(l)
	if b.vc.get(1) != 1 || a.epoch() != 2 {
		t.Fatalf("release-store/acquire: a=%v b=%v", a.vc, b.vc)
	}
	// A later release-store by b replaces the clock: a's entry stays only
	// because b had acquired it.
	b.releaseStore(&l)
	if !equalVC(l, vc(1, 1, 2, 1)) {
		t.Fatalf("release-store: %v", l)
	}
	// Release-merge keeps both.
	var w vclock
	c := newTestThread(3)
	a.releaseMerge(&w)
	c.releaseMerge(&w)
	if w.get(1) != 2 || w.get(3) != 1 {
		t.Fatalf("release-merge: %v", w)
	}
	// A channel slot: the thread takes the slot's old clock and leaves its own.
	slot := vc(4, 9)
	d := newTestThread(5)
	d.releaseStoreAcquire(&slot)
	if d.vc.get(4) != 9 || slot.get(4) != 0 || slot.get(5) != 1 {
		t.Fatalf("release-store-acquire: d=%v slot=%v", d.vc, slot)
	}
}

func TestRaceAccessRules(t *testing.T) {
	type acc struct {
		tid           int
		write, atomic bool
	}
	cases := []struct {
		name string
		a, b acc
		race bool
	}{
		{"write/write", acc{2, true, false}, acc{3, true, false}, true},
		{"write/read", acc{2, true, false}, acc{3, false, false}, true},
		{"read/write", acc{2, false, false}, acc{3, true, false}, true},
		{"read/read", acc{2, false, false}, acc{3, false, false}, false},
		{"atomic/atomic", acc{2, true, true}, acc{3, true, true}, false},
		{"atomic/plain read", acc{2, true, true}, acc{3, false, false}, true},
		{"atomic load/plain read", acc{2, false, true}, acc{3, false, false}, false},
		{"same goroutine", acc{2, true, false}, acc{2, true, false}, false},
	}
	for _, c := range cases {
		m := &Machine{objIDs: map[any]int{}}
		m.race = newRaceDetector(m)
		r := m.race
		g2, g3 := &Goroutine{ID: 2}, &Goroutine{ID: 3, frames: nil}
		gs := map[int]*Goroutine{2: g2, 3: g3}
		m.gs = []*Goroutine{{ID: 1}, g2, g3}
		sh := &raceShadow{key: new(Value)}
		for _, x := range []acc{c.a, c.b} {
			g := gs[x.tid]
			r.access(m, g, r.thread(g), sh, x.write, x.atomic, &r.root)
		}
		if got := r.count > 0; got != c.race {
			t.Errorf("%s: race=%v, want %v", c.name, got, c.race)
		}
		if c.race && (len(sh.acc) != 0 || !strings.Contains(m.stderr.String(), "WARNING: DATA RACE")) {
			t.Errorf("%s: history not wiped or no report: %v\n%s", c.name, sh.acc, m.stderr.String())
		}
	}
}

func TestRaceSubsumes(t *testing.T) {
	read, write := raceAccess{}, raceAccess{write: true}
	aread, awrite := raceAccess{atomic: true}, raceAccess{write: true, atomic: true}
	for _, c := range []struct {
		c, o raceAccess
		want bool
	}{
		{write, write, true}, {write, read, true}, {read, read, true}, {read, write, false},
		{awrite, write, false}, {awrite, read, false}, {awrite, awrite, true}, {read, awrite, false},
		{read, aread, true}, {aread, read, false},
	} {
		if got := subsumes(c.c, c.o); got != c.want {
			t.Errorf("subsumes(%+v, %+v) = %v", c.c, c.o, got)
		}
	}
}

func TestMapRuntimeFunc(t *testing.T) {
	str := &Type{Kind: KString, Size: 16}
	i64 := &Type{Kind: KInt, Size: 8}
	i32 := &Type{Kind: KInt32, Size: 4}
	ptr := &Type{Kind: KPointer, Size: 8}
	f64 := &Type{Kind: KFloat64, Size: 8}
	pair := &Type{Kind: KStruct, Size: 8, Fields: []*Type{i32, i32}}
	for _, c := range []struct {
		op   string
		key  *Type
		want string
		line int32
	}{
		{"mapaccess1", str, "runtime.mapaccess1_faststr", 101},
		{"mapaccess2", str, "runtime.mapaccess2_faststr", 161},
		{"mapassign", str, "runtime.mapassign_faststr", 263},
		{"mapdelete", str, "runtime.mapdelete_faststr", 402},
		{"mapaccess1", i64, "runtime.mapaccess1_fast64", 15},
		{"mapassign", i64, "runtime.mapassign_fast64", 196},
		{"mapassign", ptr, "runtime.mapassign_fast64ptr", 374},
		{"mapassign", i32, "runtime.mapassign_fast32", 195},
		{"mapassign", pair, "runtime.mapassign_fast64", 196},
		{"mapassign", f64, "runtime.mapassign", 206},
		{"mapdelete", f64, "runtime.mapdelete", 135},
		{"mapIterStart", str, "runtime.mapIterStart", 156},
	} {
		name, _, line := mapRuntimeFunc(c.op, c.key)
		if name != c.want || line != c.line {
			t.Errorf("%s on %v keys: %s:%d, want %s:%d", c.op, c.key.Kind, name, line, c.want, c.line)
		}
	}
}

// The hooks do nothing, and allocate nothing, when the detector is off.
func TestRaceOffHooks(t *testing.T) {
	m := &Machine{}
	g := &Goroutine{ID: 1}
	p := new(Value)
	ch := newChan(nil, 1)
	allocs := testing.AllocsPerRun(100, func() {
		m.raceGo(g, g)
		m.raceAcquire(g, p)
		m.raceRelease(g, p)
		m.raceReleaseMerge(g, p)
		m.raceAtomic(g, p, true)
		m.raceChanSend(g, ch)
		m.raceChanRecv(g, ch)
		m.raceChanClose(g, ch)
		m.raceMapWrite(g, nil, 0)
	})
	if allocs != 0 || m.race != nil || m.RaceCount() != 0 {
		t.Fatalf("detector off: %v allocations, race=%v", allocs, m.race)
	}
}
