package vm

// Read-only views of a finished run's sync state, for explanations.

// WaitGroupCounter is the counter of the WaitGroup whose object number (as
// in trace events and WaitObj) is obj, and whether there is one.
func (m *Machine) WaitGroupCounter(obj int) (int64, bool) {
	for p, wg := range m.sync.wgs {
		if id, ok := m.objIDs[p]; ok && id == obj {
			return wg.n, true
		}
	}
	return 0, false
}
