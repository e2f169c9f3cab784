// bytealg's assembly reads CPU features at these offsets and calls the runtime's cmpstring and memequal; the VM's intrinsics need neither, and dropping them keeps internal/cpu out.
//std:remove offsetPPC64HasPOWER9 offsetRISCV64HasV offsetLOONG64HasLSX offsetLOONG64HasLASX offsetS390xHasVX offsetX86HasSSE42 offsetX86HasAVX2 offsetX86HasPOPCNT
//std:remove abigen_runtime_cmpstring abigen_runtime_memequal abigen_runtime_memequal_varlen

package bytealg

// CompareString is an intrinsic: Go's calls the runtime's cmpstring.
func CompareString(a, b string) int
