package main

// The packages of other modules that user programs may import. Importing
// them here keeps their modules in go.mod, and so `go run ./runner/std/gen`
// on a fresh machine downloads them (into the module cache) before gen asks
// `go list` where their sources are.
import (
	_ "golang.org/x/sync/errgroup"
	_ "golang.org/x/sync/semaphore"
	_ "golang.org/x/sync/singleflight"
	_ "golang.org/x/time/rate"
)

// modRoots are gathered like roots, from the module cache.
var modRoots = []string{
	"golang.org/x/sync/errgroup",
	"golang.org/x/sync/semaphore",
	"golang.org/x/sync/singleflight",
	"golang.org/x/time/rate",
}
