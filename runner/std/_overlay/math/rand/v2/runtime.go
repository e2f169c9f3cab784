// The top-level functions draw from the runtime's generator (a go:linkname); the VM's is a deterministic PCG, stepped by an intrinsic that neither the race detector nor the scheduler sees, as Go's is internally synchronised.

package rand

// runtimePCG is the state of runtime_rand.
var runtimePCG = PCG{1, 2}

func runtime_rand() uint64 { return pcgStep(&runtimePCG) }

// pcgStep is p.Uint64, done by the VM. An intrinsic.
func pcgStep(p *PCG) uint64
