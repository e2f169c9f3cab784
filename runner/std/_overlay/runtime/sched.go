// The scheduler is the VM's: yielding and counting goroutines are its intrinsics, and the machine's processors are virtual.

package runtime

// Gosched yields the processor: it is a scheduling point at which any
// runnable goroutine may run next, the current one included.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Goexit terminates the goroutine that calls it, after running its
// deferred calls; in main, the program goes on until no goroutine is left.
func Goexit()

// NumCPU returns the number of logical CPUs of the virtual machine: a
// fixed number (the VM's NumCPU), so that programs print the same on
// every host. An intrinsic.
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs executing simultaneously and
// returns the previous setting; n < 1 leaves it unchanged. The setting a
// run starts with is NumCPU or 1, a choice the exploration makes (as real
// Go runs under GOMAXPROCS=1 or by default); the scheduler explores the
// schedules of either. An intrinsic.
func GOMAXPROCS(n int) int

// GC runs a garbage collection: the VM marks what the program can still
// reach and queues the finalizers and cleanups of what it cannot (a
// visible operation; the VM's final.go). An intrinsic.
func GC()

// KeepAlive marks its argument as reachable until this call.
func KeepAlive(x any) {}

// LockOSThread wires the calling goroutine to its operating-system thread
// until as many UnlockOSThread calls. The virtual machine runs every
// goroutine on one host thread and explores schedules of goroutines, not
// of threads, so wiring changes no outcome: the call only has to exist.
// (Go's tracebacks add ", locked to thread" to a wired goroutine's
// header; Interleave's do not.)
func LockOSThread() {}

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread() {}
