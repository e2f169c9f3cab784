package main

// lockState remembers which Lock/Unlock pairs the person switched off. Site
// IDs change whenever the code is edited, so a site is remembered by a key
// that survives edits elsewhere: its operation, its receiver and how many
// such calls come before it.
type lockState struct {
	sites    []lockSite
	keys     []string // keys[i] belongs to sites[i]
	disabled map[string]bool
}

func newLockState() *lockState { return &lockState{disabled: map[string]bool{}} }

// setSites takes the sites of a fresh compile.
func (l *lockState) setSites(sites []lockSite) {
	l.sites = sites
	l.keys = make([]string, len(sites))
	seen := map[string]int{}
	for i, s := range sites {
		k := s.Op + "|" + s.Recv
		l.keys[i] = k + "|" + itoa(seen[k])
		seen[k]++
	}
}

// reset forgets every switched-off pair (a new example was loaded).
func (l *lockState) reset() { l.disabled = map[string]bool{} }

// disabledIDs lists the current site IDs that are switched off, for
// Options.DisabledLocks.
func (l *lockState) disabledIDs() []int {
	ids := []int{}
	for i, s := range l.sites {
		if l.disabled[l.keys[i]] {
			ids = append(ids, s.ID)
		}
	}
	return ids
}

// toggle flips site id and its pair together.
func (l *lockState) toggle(id int) {
	i := l.index(id)
	if i < 0 {
		return
	}
	off := !l.disabled[l.keys[i]]
	l.set(i, off)
	if p := l.index(l.sites[i].Pair); p >= 0 {
		l.set(p, off)
	}
}

func (l *lockState) set(i int, off bool) {
	if off {
		l.disabled[l.keys[i]] = true
	} else {
		delete(l.disabled, l.keys[i])
	}
}

func (l *lockState) index(id int) int {
	for i, s := range l.sites {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// setAll switches every site on or off.
func (l *lockState) setAll(on bool) {
	for i := range l.sites {
		l.set(i, !on)
	}
}

// summary reports whether all, none or some sites are on.
func (l *lockState) summary() (allOn, allOff bool) {
	on := 0
	for i := range l.sites {
		if !l.disabled[l.keys[i]] {
			on++
		}
	}
	return on == len(l.sites), on == 0
}
