// A variant of issue 11's "Done when" program: a bounded errgroup (SetLimit,
// TryGo) reading request lines with bufio.Scanner, context values, a
// deadline and a cancel cause, JSON with its own Marshaler and Unmarshaler,
// a logger writing to a buffer, log.Panicf recovered, and a Formatter that
// reads every flag.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

type ctxKey string

// Level is a log level that is a JSON string and formats itself.
type Level int

var levelNames = []string{"debug", "info", "warn", "error"}

func (l Level) MarshalJSON() ([]byte, error) {
	if l < 0 || int(l) >= len(levelNames) {
		return nil, fmt.Errorf("level %d out of range", int(l))
	}
	return json.Marshal(levelNames[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("level: %w", err)
	}
	for i, n := range levelNames {
		if n == s {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", s)
}

// Format shows which flags, width and precision fmt passed.
func (l Level) Format(f fmt.State, verb rune) {
	flags := ""
	for _, c := range "+-# 0" {
		if f.Flag(int(c)) {
			flags += string(c)
		}
	}
	w, wok := f.Width()
	p, pok := f.Precision()
	name := "?"
	if l >= 0 && int(l) < len(levelNames) {
		name = levelNames[l]
	}
	if verb == 'q' {
		name = strconv.Quote(name)
	}
	fmt.Fprintf(f, "<%c %s flags=%q w=%d,%t p=%d,%t>", verb, name, flags, w, wok, p, pok)
}

// Request is one input line.
type Request struct {
	Path  string          `json:"path"`
	Level Level           `json:"level"`
	Body  json.RawMessage `json:"body,omitempty"`
	Wait  int             `json:"wait_ms,string"`
}

const requests = `{"path": "/a", "level": "info", "wait_ms": "3"}
{"path": "/b", "level": "warn", "body": {"k": [1, 2.5, null]}, "wait_ms": "1"}
{"path": "/c", "level": "loud"}
{"path": "/d", "level": "debug", "wait_ms": "2", "body": "text"}
{"path": "/e", "level": "error", "wait_ms": "x"}
{"path": "/f", "level": 3}
{"path": "/g", "level": "info", "wait_ms": "4"}
`

func main() {
	var buf bytes.Buffer
	logger := log.New(&buf, "req ", log.Lmsgprefix|log.Lshortfile)

	sc := bufio.NewScanner(strings.NewReader(requests))
	var reqs []Request
	for sc.Scan() {
		var r Request
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			logger.Printf("skip %.12s…: %v", sc.Text(), err)
			continue
		}
		reqs = append(reqs, r)
	}
	fmt.Print(buf.String())
	buf.Reset()

	ctx := context.WithValue(context.Background(), ctxKey("user"), "gopher")
	ctx, cancel := context.WithCancelCause(ctx)
	deadline := time.Now().Add(5 * time.Second)
	dctx, dcancel := context.WithDeadline(ctx, deadline)
	defer dcancel()
	d, ok := dctx.Deadline()
	fmt.Println("deadline set:", ok, d.Equal(deadline), dctx.Value(ctxKey("user")), dctx.Value(ctxKey("none")))

	g, gctx := errgroup.WithContext(dctx)
	g.SetLimit(2)
	var mu sync.Mutex
	handled := map[string]string{}
	for _, r := range reqs {
		g.Go(func() error {
			select {
			case <-time.After(time.Duration(r.Wait) * time.Millisecond):
			case <-gctx.Done():
				return gctx.Err()
			}
			mu.Lock()
			defer mu.Unlock()
			handled[r.Path] = fmt.Sprintf("%v by %v", r.Level, gctx.Value(ctxKey("user")))
			return nil
		})
	}
	fmt.Println("wait:", g.Wait())

	// TryGo fails while the limit's goroutines are in flight.
	var full errgroup.Group
	full.SetLimit(2)
	gate := make(chan struct{})
	for range 2 {
		full.Go(func() error { <-gate; return nil })
	}
	fmt.Println("TryGo while full:", full.TryGo(func() error { return nil }))
	close(gate)
	fmt.Println("wait:", full.Wait())
	fmt.Println("TryGo after wait:", full.TryGo(func() error { return errors.New("late") }), full.Wait())
	for _, r := range reqs {
		fmt.Printf("%-3s %s\n", r.Path, handled[r.Path])
	}

	// Marshal back, with a level out of range.
	reqs = append(reqs, Request{Path: "/z", Level: 9})
	for _, r := range reqs {
		b, err := json.Marshal(r)
		fmt.Printf("%s %v\n", b, err)
	}

	// Every flag, width and precision reaches Format.
	l := Level(1)
	fmt.Printf("%v|%+v|%-8v|%#v|% v|%08.3v|%q|%x|%*.*d|%[1]v\n", l, l, l, l, l, l, l, l, 5, 2, l)
	fmt.Println(fmt.Sprint(l, Level(7)), fmt.Sprintf("%T", l))
	fmt.Printf("%v %d\n", []Level{0, 3}, map[Level]int{2: 1})

	// Cancel with a cause: the deadline child sees the parent's cause.
	cancel(errors.New("shutting down"))
	<-dctx.Done()
	fmt.Println("after cancel:", dctx.Err(), context.Cause(dctx), context.Cause(gctx))

	// log.Panicf logs, then panics with the message.
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		logger.Panicf("bad level %v", Level(-1))
	}()
	fmt.Print(buf.String())
	logger.SetOutput(os.Stdout)
	logger.SetFlags(0)
	logger.Print("flags ", logger.Flags(), " prefix ", strconv.Quote(logger.Prefix()))

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d bytes before flush\n", w.Buffered())
	fmt.Fprintf(w, "then %d\n", w.Buffered())
	w.Flush()
}
