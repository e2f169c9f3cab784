// Finalizers and cleanups run when the VM's collector (runtime.GC) finds their object unreachable: the VM implements them.

package runtime

// SetFinalizer sets the finalizer associated with obj to the provided
// finalizer function (nil removes it). The VM checks the arguments as Go
// does, with Go's fatal errors, and runs the finalizer in a goroutine of
// its own after a runtime.GC finds obj unreachable. An intrinsic.
func SetFinalizer(obj any, finalizer any)

// AddCleanup attaches a cleanup function to ptr: some time after a
// runtime.GC finds ptr unreachable, cleanup(arg) runs in a goroutine of
// its own.
func AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup {
	return addCleanup(ptr, cleanup, arg)
}

// addCleanup is AddCleanup for any types, which the VM reads from the
// interface values (arg's dynamic type, as Go's abi.TypeOf(arg)). An
// intrinsic.
func addCleanup(ptr, cleanup, arg any) Cleanup

// Cleanup is a handle to a cleanup call for a specific object.
type Cleanup struct {
	id  uint64
	ptr uintptr
}

// Stop cancels the cleanup call, if it has not run yet. An intrinsic.
func (c Cleanup) Stop()
