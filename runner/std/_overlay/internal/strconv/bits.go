// Go reinterprets float bits through unsafe pointers, which the VM does not have; math's conversions do the same.
//std:exclude deps.go

package strconv

import "math"

func float64frombits(b uint64) float64 { return math.Float64frombits(b) }
func float32frombits(b uint32) float32 { return math.Float32frombits(b) }
func float64bits(f float64) uint64     { return math.Float64bits(f) }
func float32bits(f float32) uint32     { return math.Float32bits(f) }

func inf(sign int) float64 { return math.Inf(sign) }

func isNaN(f float64) bool { return f != f }

func nan() float64 { return math.NaN() }
