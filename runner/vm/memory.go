package vm

import "runtime/metrics"

// checkEvery is how many instructions pass between checks of the
// instruction budget and of the memory cap.
const checkEvery = 1 << 20

// heapInUse is the host heap's bytes in live and not yet swept objects.
func heapInUse() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// checkMemory ends the run when the host heap has grown by more than the
// memory cap since the run started: the program holds too much. It is a
// heap measurement, not an exact account, which is what a runaway program
// needs (a map or slice growing without end).
func (m *Machine) checkMemory() bool {
	if m.cfg.MaxAlloc <= 0 {
		return true
	}
	if h := heapInUse(); h > m.heap0 && int64(h-m.heap0) > m.cfg.MaxAlloc {
		m.limit("memory limit exceeded: the program holds more than " + itoa(m.cfg.MaxAlloc>>20) + " MB (runaway growth?)")
		return false
	}
	return true
}

// allocOK checks one allocation of n bytes against the memory cap, so a
// single huge make fails cleanly instead of exhausting the host, and
// measures the heap early when big allocations follow each other quickly.
func (m *Machine) allocOK(n int64) bool {
	if m.cfg.MaxAlloc <= 0 {
		return true
	}
	if n > m.cfg.MaxAlloc {
		m.limit("memory limit exceeded: one allocation of " + itoa(n>>20) + " MB is more than the " + itoa(m.cfg.MaxAlloc>>20) + " MB the program may use")
		return false
	}
	m.sinceCheck += n
	if m.sinceCheck > 64<<20 {
		m.sinceCheck = 0
		return m.checkMemory()
	}
	return true
}
