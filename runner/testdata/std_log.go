// log from Go's own sources, without the date and time (real Go's would be
// the wall clock's): prefixes, flags, file and line, custom loggers.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("plain", 1, true)
	log.Printf("formatted %05.1f|%q", 3.14159, "x")
	log.SetPrefix("[app] ")
	log.Print("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Print("prefix before the message")
	log.SetFlags(log.Lshortfile)
	log.Print("where am I")
	fmt.Println(log.Prefix(), log.Flags() == log.Lshortfile)

	var buf bytes.Buffer
	l := log.New(&buf, "buf: ", 0)
	l.Println("one")
	l.Printf("two %d", 2)
	l.Print("three\n")
	fmt.Print(buf.String())

	w := log.New(os.Stdout, "", log.Lshortfile|log.Lmsgprefix)
	w.SetPrefix("W ")
	w.Output(1, "via Output")
	fmt.Println(w.Writer() == os.Stdout)

	defer fmt.Println("deferred calls do not run after Fatal")
	log.SetOutput(os.Stderr)
	log.SetFlags(0)
	log.Fatalf("fatal: %v", "bye")
}
