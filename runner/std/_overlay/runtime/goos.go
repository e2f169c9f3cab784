// Programs run as on the Go playground, a linux/amd64 machine (the VM lays out sizes as gc's amd64 does); path/filepath asks.

package runtime

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the running
// binary.
const Compiler = "gc"
