// The scheduler must see every Lock, Unlock, Wait and Signal as a scheduling point with its own model (fidelity of deadlocks, DPOR), so sync is the VM's and not GOROOT's runtime-semaphore code.
//std:exclude *

// Package sync is Interleave's sync. Mutex, RWMutex, WaitGroup and Cond are
// VM intrinsics whose calls are scheduling points; Once, OnceFunc, OnceValue
// and Map are ordinary Go built on them, as in Go itself; Pool's get and put
// are invisible intrinsics.
package sync

import (
	"sync/atomic"
	"unsafe"
)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a mutual exclusion lock. The zero value is unlocked. Its fields
// are Go's, as are those of the other sync types, so that fmt prints a
// value holding one as Go does ({{} {1 0}} for a locked Mutex); the VM keeps
// the state words as Go's (runner/vm/sync.go).
type Mutex struct {
	_  noCopy
	mu imutex
}

// imutex stands for Go's internal/sync.Mutex: the state word (locked, and
// the waiters counted) and the semaphore.
type imutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

// RWMutex is a reader/writer mutual exclusion lock with Go's writer preference.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount atomic.Int32
	readerWait  atomic.Int32
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool

// RLocker returns a Locker that calls RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	noCopy noCopy
	state  atomic.Uint64 // the counter in the high half, the waiters in the low, as Go's
	sema   uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done() { wg.Add(-1) }
func (wg *WaitGroup) Wait()

// Go calls f in a new goroutine and adds that task to the WaitGroup. If f
// panics, the panic goes on without Done, as in Go 1.26.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer func() {
			x := recover()
			if x == nil { // f returned, or called runtime.Goexit
				wg.Done()
				return
			}
			// A panic in a new goroutine ends the program: Done would let
			// Wait return (and main exit) before the panic is printed.
			panic(x)
		}()
		f()
	}()
}

// Cond is a condition variable. Its fields are Go's: the notify list's
// words hold the VM's ticket counters (runner/vm/sync.go), so a Cond
// assigned over starts a new list, and checker is Go's copy check.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition.
	L Locker

	notify  notifyList
	checker copyChecker
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait atomically unlocks c.L and suspends the goroutine until woken.
func (c *Cond) Wait() {
	t := notifyAdd(c) // checks c.checker first
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// notifyList has the words of the runtime's notifyList: wait and notify
// are the next ticket to hand out and to notify; head and tail are
// non-zero while goroutines wait in the list.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

// copyChecker holds the identity of the Cond it was first used in; a copy
// made after that panics when used.
type copyChecker uintptr

// noCopy makes go vet's copylocks check report copies of a Cond, Mutex,
// WaitGroup or Once.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

func notifyAdd(c *Cond) uint32
func runtime_notifyListWait(l *notifyList, ticket uint32)

func (c *Cond) Signal()
func (c *Cond) Broadcast()

// Once performs exactly one action.
type Once struct {
	_    noCopy
	done atomic.Bool
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time.
func (o *Once) Do(f func()) {
	if !o.done.Load() {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done.Load() {
		defer o.done.Store(true)
		f()
	}
}

// OnceFunc returns a function that invokes f only once.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

// OnceValue returns a function that invokes f only once and returns its value.
func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		valid  bool
		p      any
		result T
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return result
	}
}

// OnceValues returns a function that invokes f only once and returns its values.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

// Map is a concurrent map: here a mutex around a Go map, which has the same
// observable behaviour and makes every operation a scheduling point.
type Map struct {
	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

func (m *Map) Delete(key any) { m.LoadAndDelete(key) }

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
	return
}

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// Range calls f for each key and value present; f runs without the lock.
// As Go's Range it is no snapshot: each entry's value is read when the
// range reaches it, an entry deleted before that is not visited, and one
// stored during the call may be visited or not (the map range's choice,
// ChooseMapNew). The range's steps run under the lock, so a Store made
// meanwhile (by f too) never meets a step inside its write.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	for k, v := range m.m {
		m.mu.Unlock()
		if !f(k, v) {
			return
		}
		m.mu.Lock()
	}
	m.mu.Unlock()
}

func (m *Map) Clear() {
	m.mu.Lock()
	defer m.mu.Unlock()
	clear(m.m)
}

// Pool is a set of temporary objects that may be individually saved and
// retrieved. Go's Pool never blocks and its fast path has no observable
// synchronisation, so get and put are invisible VM intrinsics over free
// lists the machine keeps per goroutine (runner/vm/pool.go): no scheduling
// points, and no item passes between goroutines.
type Pool struct {
	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// Get selects an item from the Pool, removes it, and returns it; if there
// is none, it returns the result of calling p.New, or nil.
func (p *Pool) Get() any {
	if x := p.get(); x != nil {
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x != nil {
		p.put(x)
	}
}

func (p *Pool) get() any
func (p *Pool) put(x any)
