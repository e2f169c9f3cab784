// Package work holds the bench's workloads. Each file is ordinary Go: the
// bench calls its function natively and feeds the same file, turned into a
// main package, to yaegi and to Interleave, so all three run the same code.
package work

import "embed"

// Sources are the workload files, by name.
//
//go:embed fib.go loop.go sort.go maps.go builder.go pingpong.go pipeline.go mutex.go waitgroup.go sharedmap.go
var Sources embed.FS
