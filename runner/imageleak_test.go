package runner

import (
	"runtime"
	"testing"
	"weak"
)

// TestReplacedImageIsCollected: once the shared image is replaced and the
// programs compiled on it are gone, nothing of the process keeps it alive.
// reflect's memo of a type's methods was a process-wide map keyed by the
// image's types, which kept every replaced image (its SSA program and
// bytecode) alive.
func TestReplacedImageIsCollected(t *testing.T) {
	newImage()
	p, err := Compile(`package main

import (
	"fmt"
	"reflect"
	"time"
)

func main() {
	v := reflect.ValueOf(time.Duration(1500))
	fmt.Println(v.NumMethod(), v.MethodByName("String").Call(nil)[0])
}
`)
	if err != nil {
		t.Fatal(err)
	}
	if r := p.Run(Options{Seed: 1}); r.Stdout != "10 1.5µs\n" {
		t.Fatalf("stdout %q, stderr %q", r.Stdout, r.Stderr)
	}
	shared.mu.Lock()
	img := weak.Make(shared.img.prog)
	shared.mu.Unlock()
	newImage()
	p = nil
	for range 3 {
		runtime.GC()
	}
	if img.Value() != nil {
		t.Fatal("the replaced image is still reachable")
	}
}
