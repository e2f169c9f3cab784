// GOROOT's WithDataIndependentTiming switches an arm64 CPU flag through runtime linknames; the VM has no such flag (as on wasm, where Go's only runs f), and this keeps internal/runtime/sys out.
//std:remove setDITEnabled setDITDisabled

package subtle

// WithDataIndependentTiming runs f: the interpreter has no instruction
// timing to make independent of data.
func WithDataIndependentTiming(f func()) { f() }
