// gc compiles boolToUint8 to a branch-free instruction and GOROOT's body only panics; the VM runs this plain version (an interpreter makes no timing promise anyway).

package constanttime

// boolToUint8 is 1 for true and 0 for false.
func boolToUint8(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}
