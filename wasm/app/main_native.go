//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main explains itself: the UI controller only makes sense in a browser. Its
// browser-free parts (timeline model, lock state) build and are tested natively.
func main() {
	fmt.Fprintln(os.Stderr, "wasm/app runs in the browser: build it with GOOS=js GOARCH=wasm (see web/build.sh)")
	os.Exit(2)
}
