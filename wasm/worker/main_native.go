//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main explains itself: the worker only makes sense inside a browser. The
// protocol code in worker.go still builds and is tested natively.
func main() {
	fmt.Fprintln(os.Stderr, "wasm/worker runs in a Web Worker: build it with GOOS=js GOARCH=wasm (see web/build.sh)")
	os.Exit(2)
}
