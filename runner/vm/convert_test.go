package vm

import (
	"math"
	"runtime"
	"testing"
)

// On amd64 the host's own conversions are the oracle for floatToInt, which
// gives gc's amd64 results on every host (wasm's conversions saturate).
func TestFloatToIntAsAmd64(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("the host's conversions are gc's amd64 ones only on amd64")
	}
	vals := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1.9, -1.9, 127.5, 128, -128.5, -129, 255.9, 256, -1,
		32767.5, 32768, 65535.9, 65536, -32769, 1 << 31, -(1 << 31), -(1 << 31) - 0.5, -(1 << 31) - 1, 1<<32 - 0.5, 1 << 32,
		1 << 52, 1 << 62, 1 << 63, -(1 << 63), 1<<63 + 4096, 1 << 64, 1e20, -1e20, 1e300, -1e300,
		math.MaxFloat64, -math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.SmallestNonzeroFloat64}
	for _, f := range vals {
		for _, f32 := range []bool{false, true} {
			x := f
			if f32 {
				x = float64(float32(f))
			}
			var want map[Kind]uint64
			if f32 {
				g := float32(x)
				want = map[Kind]uint64{KInt: uint64(int(g)), KInt64: uint64(int64(g)), KInt32: uint64(int32(g)), KInt16: uint64(int16(g)), KInt8: uint64(int8(g)),
					KUint: uint64(uint(g)), KUint64: uint64(g), KUintptr: uint64(uintptr(g)), KUint32: uint64(uint32(g)), KUint16: uint64(uint16(g)), KUint8: uint64(uint8(g))}
			} else {
				g := x
				want = map[Kind]uint64{KInt: uint64(int(g)), KInt64: uint64(int64(g)), KInt32: uint64(int32(g)), KInt16: uint64(int16(g)), KInt8: uint64(int8(g)),
					KUint: uint64(uint(g)), KUint64: uint64(g), KUintptr: uint64(uintptr(g)), KUint32: uint64(uint32(g)), KUint16: uint64(uint16(g)), KUint8: uint64(uint8(g))}
			}
			for k, w := range want {
				if got := normInt(Value{N: floatToInt(x, k)}, k).N; got != normInt(Value{N: w}, k).N {
					t.Errorf("float32=%v %v to kind %d: got %#x, want %#x", f32, x, k, got, w)
				}
			}
		}
	}
}
