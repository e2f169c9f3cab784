// chacha8rand's block is assembly, or Go that reinterprets memory through unsafe; the VM has neither yet, so ChaCha8 is a clear run-time error. The CPU offsets go with it, keeping internal/cpu out.
//std:remove offsetLOONG64HasLSX offsetRISCV64HasV

package chacha8rand

func block(seed *[4]uint64, blocks *[32]uint64, counter uint32) {
	panic("math/rand/v2: ChaCha8 is not supported by Interleave yet")
}
