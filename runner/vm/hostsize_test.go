package vm

import (
	"testing"
	"unsafe"
)

// A parked goroutine's host bytes are mostly these structs (issue 12 asks
// for 300 bytes a parked goroutine: BenchmarkParkedGoroutine in runner).
// Each is kept within a size class of gc's allocator on 64-bit hosts; a
// field added to one must find room or move something out (gRare).
func TestHostStructSizes(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are budgeted for 64-bit hosts")
	}
	for _, c := range []struct {
		name string
		got  uintptr
		max  uintptr
	}{
		{"Goroutine (its channel waiter included)", unsafe.Sizeof(Goroutine{}), 128},
		{"Frame", unsafe.Sizeof(Frame{}), 56},
		{"a Frame with 3 registers (newFrameRegs)", unsafe.Sizeof(Frame{}) + 3*unsafe.Sizeof(Value{}), 128},
		{"waiter", unsafe.Sizeof(waiter{}), 48},
		{"deferRec", unsafe.Sizeof(deferRec{}), 48},
	} {
		if c.got > c.max {
			t.Errorf("%s is %d bytes, budget %d", c.name, c.got, c.max)
		}
	}
}
