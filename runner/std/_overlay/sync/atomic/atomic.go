// GOROOT's sync/atomic is assembly; here every atomic operation is a VM intrinsic, so that the scheduler sees each as a scheduling point.
//std:exclude *

// Package atomic is Interleave's sync/atomic. Every operation is a VM
// intrinsic and a scheduling point.
package atomic

func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)
func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func LoadUintptr(addr *uintptr) (val uintptr)
func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func StoreUintptr(addr *uintptr, val uintptr)
func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

func AndInt32(addr *int32, mask int32) (old int32)
func AndInt64(addr *int64, mask int64) (old int64)
func AndUint32(addr *uint32, mask uint32) (old uint32)
func AndUint64(addr *uint64, mask uint64) (old uint64)
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr)
func OrInt32(addr *int32, mask int32) (old int32)
func OrInt64(addr *int64, mask int64) (old int64)
func OrUint32(addr *uint32, mask uint32) (old uint32)
func OrUint64(addr *uint64, mask uint64) (old uint64)
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr)

// The types have Go's fields, so that fmt prints them as Go does
// ({_:{} v:5} for an Int32, {_:{} _:{} v:5} for an Int64); noCopy and
// align64 are Go's markers for vet and for 64-bit alignment.
type noCopy struct{}

type align64 struct{}

// Int32 is an atomic int32.
type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32                { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)            { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) int32       { return SwapInt32(&x.v, new) }
func (x *Int32) Add(delta int32) int32      { return AddInt32(&x.v, delta) }
func (x *Int32) And(mask int32) (old int32) { return AndInt32(&x.v, mask) }
func (x *Int32) Or(mask int32) (old int32)  { return OrInt32(&x.v, mask) }
func (x *Int32) CompareAndSwap(old, new int32) bool {
	return CompareAndSwapInt32(&x.v, old, new)
}

// Int64 is an atomic int64.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64                { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)            { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) int64       { return SwapInt64(&x.v, new) }
func (x *Int64) Add(delta int64) int64      { return AddInt64(&x.v, delta) }
func (x *Int64) And(mask int64) (old int64) { return AndInt64(&x.v, mask) }
func (x *Int64) Or(mask int64) (old int64)  { return OrInt64(&x.v, mask) }
func (x *Int64) CompareAndSwap(old, new int64) bool {
	return CompareAndSwapInt64(&x.v, old, new)
}

// Uint32 is an atomic uint32.
type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32                 { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)             { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) uint32       { return SwapUint32(&x.v, new) }
func (x *Uint32) Add(delta uint32) uint32      { return AddUint32(&x.v, delta) }
func (x *Uint32) And(mask uint32) (old uint32) { return AndUint32(&x.v, mask) }
func (x *Uint32) Or(mask uint32) (old uint32)  { return OrUint32(&x.v, mask) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool {
	return CompareAndSwapUint32(&x.v, old, new)
}

// Uint64 is an atomic uint64.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64                 { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)             { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) uint64       { return SwapUint64(&x.v, new) }
func (x *Uint64) Add(delta uint64) uint64      { return AddUint64(&x.v, delta) }
func (x *Uint64) And(mask uint64) (old uint64) { return AndUint64(&x.v, mask) }
func (x *Uint64) Or(mask uint64) (old uint64)  { return OrUint64(&x.v, mask) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool {
	return CompareAndSwapUint64(&x.v, old, new)
}

// Uintptr is an atomic uintptr.
type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr                  { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr)              { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(new uintptr) uintptr       { return SwapUintptr(&x.v, new) }
func (x *Uintptr) Add(delta uintptr) uintptr      { return AddUintptr(&x.v, delta) }
func (x *Uintptr) And(mask uintptr) (old uintptr) { return AndUintptr(&x.v, mask) }
func (x *Uintptr) Or(mask uintptr) (old uintptr)  { return OrUintptr(&x.v, mask) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) bool {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// Bool is an atomic boolean.
type Bool struct {
	_ noCopy
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool         { return LoadUint32(&x.v) != 0 }
func (x *Bool) Store(val bool)     { StoreUint32(&x.v, b32(val)) }
func (x *Bool) Swap(new bool) bool { return SwapUint32(&x.v, b32(new)) != 0 }
func (x *Bool) CompareAndSwap(old, new bool) bool {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// Value holds a value of a consistent type.
type Value struct{ v any }

func loadAny(addr *any) any
func storeAny(addr *any, val any)
func swapAny(addr *any, new any) any
func casAny(addr *any, old, new any) bool

// The type checks of Store, Swap and CompareAndSwap run in the VM, inside
// the atomic step (atomic.go).
func valueStore(addr *any, val any)
func valueSwap(addr *any, new any) any
func valueCompareAndSwap(addr *any, old, new any) bool

func (v *Value) Load() any { return loadAny(&v.v) }
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	valueStore(&v.v, val) //std:line panic#2
}
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	return valueSwap(&v.v, new) //std:line panic#2
}
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	return valueCompareAndSwap(&v.v, old, new) //std:line panic#3
}

// Pointer is an atomic pointer of type *T.
type Pointer[T any] struct {
	_ [0]*T
	_ noCopy
	v any
}

func (x *Pointer[T]) Load() *T {
	p, _ := loadAny(&x.v).(*T)
	return p
}
func (x *Pointer[T]) Store(val *T) { storeAny(&x.v, val) }
func (x *Pointer[T]) Swap(new *T) *T {
	p, _ := swapAny(&x.v, new).(*T)
	return p
}
func (x *Pointer[T]) CompareAndSwap(old, new *T) bool {
	// casAny treats the zero Pointer's empty cell as the nil pointer, in
	// its one atomic step.
	return casAny(&x.v, old, new)
}
