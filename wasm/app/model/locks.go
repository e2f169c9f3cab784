package model

import "strconv"

// Locks remembers which Lock/Unlock pairs the person switched off. Site
// IDs change whenever the code is edited, so a site is remembered by a key
// that survives edits elsewhere: its operation, its receiver and how many
// such calls come before it.
type Locks struct {
	Sites    []LockSite      // of the last compile
	Disabled map[string]bool // keys of the switched-off sites
	keys     []string        // keys[i] belongs to Sites[i]
}

// NewLocks has every lock on.
func NewLocks() *Locks { return &Locks{Disabled: map[string]bool{}} }

// SetSites takes the sites of a fresh compile.
func (l *Locks) SetSites(sites []LockSite) {
	l.Sites = sites
	l.keys = make([]string, len(sites))
	seen := map[string]int{}
	for i, s := range sites {
		k := s.Op + "|" + s.Recv
		l.keys[i] = k + "|" + strconv.Itoa(seen[k])
		seen[k]++
	}
}

// Reset forgets every switched-off pair (a new example was loaded).
func (l *Locks) Reset() { l.Disabled = map[string]bool{} }

// DisabledIDs lists the current site IDs that are switched off, for
// Options.DisabledLocks.
func (l *Locks) DisabledIDs() []int {
	ids := []int{}
	for i, s := range l.Sites {
		if l.Disabled[l.keys[i]] {
			ids = append(ids, s.ID)
		}
	}
	return ids
}

// Toggle flips site id and its pair together.
func (l *Locks) Toggle(id int) {
	i := l.index(id)
	if i < 0 {
		return
	}
	off := !l.Disabled[l.keys[i]]
	l.set(i, off)
	if p := l.index(l.Sites[i].Pair); p >= 0 {
		l.set(p, off)
	}
}

func (l *Locks) set(i int, off bool) {
	if off {
		l.Disabled[l.keys[i]] = true
	} else {
		delete(l.Disabled, l.keys[i])
	}
}

func (l *Locks) index(id int) int {
	for i, s := range l.Sites {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// SetAll switches every site on or off.
func (l *Locks) SetAll(on bool) {
	for i := range l.Sites {
		l.set(i, !on)
	}
}

// Summary reports whether all, none or some sites are on.
func (l *Locks) Summary() (allOn, allOff bool) {
	on := 0
	for i := range l.Sites {
		if !l.Disabled[l.keys[i]] {
			on++
		}
	}
	return on == len(l.Sites), on == 0
}
