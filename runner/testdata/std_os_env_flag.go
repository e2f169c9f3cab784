package main

import (
	"errors"
	"flag"
	"fmt"
	"net/netip"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

type level int

func (l *level) String() string { return fmt.Sprintf("L%d", int(*l)) }
func (l *level) Set(s string) error {
	if s == "bad" {
		return errors.New("no such level")
	}
	*l = level(len(s))
	return nil
}

func main() {
	// Environment: the playground's (the oracle runs real Go in it too).
	fmt.Println(os.Getenv("HOME"), os.Getenv("USER"), os.Getenv("PATH"))
	_, ok := os.LookupEnv("INTERLEAVE_TEST_UNSET")
	fmt.Println(ok, os.Getenv("INTERLEAVE_TEST_UNSET") == "")
	fmt.Println(os.Setenv("GREETING", "hello"), os.Getenv("GREETING"))
	v, ok := os.LookupEnv("GREETING")
	fmt.Println(v, ok)
	fmt.Println(os.Setenv("EMPTY", ""))
	v, ok = os.LookupEnv("EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	found := 0
	for _, kv := range os.Environ() {
		if kv == "GREETING=hello" || kv == "EMPTY=" {
			found++
		}
	}
	fmt.Println("found", found)
	fmt.Println(os.ExpandEnv("$GREETING, ${GREETING}! $EMPTY|${INTERLEAVE_TEST_UNSET}|$ |${}|$1"))
	fmt.Println(os.Expand("$a-${b}-$c", func(k string) string { return strings.ToUpper(k) + k }))
	fmt.Println(os.Unsetenv("GREETING"), os.Getenv("GREETING"))
	_, ok = os.LookupEnv("GREETING")
	fmt.Println(ok)
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	os.Setenv("HOME", "/home/test")
	h, err := os.UserHomeDir()
	fmt.Println(h, err)
	c, err := os.UserCacheDir()
	fmt.Println(c, err)
	os.Setenv("TMPDIR", "/var/tmp")
	fmt.Println(os.TempDir())
	os.Unsetenv("TMPDIR")
	fmt.Println(os.TempDir())

	// flag on its own FlagSet.
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 3, "number of `items`")
	name := fs.String("name", "world", "who to greet")
	verbose := fs.Bool("v", false, "verbose output")
	d := fs.Duration("wait", 2*time.Second, "how long to wait")
	f := fs.Float64("ratio", 0.5, "a ratio")
	u := fs.Uint64("big", 0, "a big number")
	var tags list
	fs.Var(&tags, "tag", "a tag (repeatable)")
	var lv level
	fs.Var(&lv, "level", "the level")
	var fnCalls []string
	fs.Func("each", "called for each value", func(s string) error { fnCalls = append(fnCalls, s); return nil })
	var addr netip.Addr
	fs.TextVar(&addr, "addr", netip.MustParseAddr("127.0.0.1"), "listen `address`")
	fs.BoolFunc("trace", "enable tracing", func(s string) error { fnCalls = append(fnCalls, "trace="+s); return nil })
	err = fs.Parse([]string{"-n", "7", "--name=gopher", "-v", "-wait", "1m30s", "-tag", "a", "-tag=b", "-each", "x", "-trace", "-level", "abc", "-addr", "10.0.0.1", "rest", "-n", "9"})
	fmt.Println(err, *n, *name, *verbose, *d, *f, *u, tags, lv, fnCalls)
	fmt.Println(addr)
	fmt.Println(fs.Args(), fs.NArg(), fs.Arg(0), fs.NFlag(), fs.Parsed())
	fs.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.Value, " ") })
	fmt.Println()
	fmt.Println(fs.Lookup("name").DefValue, fs.Lookup("nope") == nil)
	fmt.Println(fs.Set("n", "11"), *n, fs.Set("n", "x"))
	fs.PrintDefaults()

	for _, args := range [][]string{{"-n", "abc"}, {"-undefined"}, {"-n"}, {"-level", "bad"}, {"-h"}, {"-v=maybe"}, {"-big", "-1"}} {
		fs2 := flag.NewFlagSet("t", flag.ContinueOnError)
		fs2.SetOutput(os.Stdout)
		fs2.Int("n", 0, "count")
		fs2.Bool("v", false, "verbose")
		fs2.Uint64("big", 0, "big")
		var l level
		fs2.Var(&l, "level", "level")
		err := fs2.Parse(args)
		fmt.Println("err:", err, errors.Is(err, flag.ErrHelp))
	}
	// The command line: no arguments beyond the program's name.
	flag.Parse()
	fmt.Println(flag.NArg(), flag.Args(), len(os.Args))
	flag.CommandLine.Init("cmd", flag.ContinueOnError)
	fmt.Println(flag.CommandLine.Name())
}
