// Command interleave runs Go programs under Interleave's deterministic
// scheduler: run one schedule, explore many, or serve the playground.
//
// It follows the CLI contract of DESIGN.md: flags may come before or after
// the file, and exit statuses mirror the compiled Go binary's.
package main

import (
	"fmt"
	"os"
)

const usage = `usage:
  interleave run FILE.go [--seed N] [--schedule TOKEN] [--race] [--no-locks] [--disable-lock LINE,...] [--trace OUT.json] [--leaks] [--max-steps N] [--fine-grained] [--] [ARG...]
  interleave explore FILE.go [--strategy random|pct|dfs] [--runs N] [--seed N] [--preemption-bound K] [--depth D] [--race] [--no-race-detector] [--fine-grained] [--no-locks] [--disable-lock LINE,...] [--json]
  interleave serve [--addr 127.0.0.1:8080] [--dir dist]
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(1)
	}
	var code int
	switch os.Args[1] {
	case "run":
		code = runCmd(os.Args[2:])
	case "explore":
		code = exploreCmd(os.Args[2:])
	case "serve":
		code = serveCmd(os.Args[2:])
	case "help", "-h", "--help":
		fmt.Print(usage)
	default:
		fmt.Fprintf(os.Stderr, "interleave: unknown command %q\n%s", os.Args[1], usage)
		code = 1
	}
	os.Exit(code)
}
