// Issue 11's "Done when" program: context.WithTimeout, errgroup, log,
// bufio.Scanner over strings.NewReader, encoding/json and fmt.Formatter in
// one program, as a tutorial's log-processing pipeline would use them.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"
)

// Event is one line of the input, a JSON object.
type Event struct {
	ID      int               `json:"id"`
	Kind    string            `json:"kind"`
	Cost    time.Duration     `json:"cost_ns"`
	Tags    []string          `json:"tags,omitempty"`
	Extra   map[string]string `json:"extra,omitempty"`
	private int
}

// Money formats cents as a decimal amount and honours width, precision and
// the '+' and '#' flags, as a fmt.Formatter may.
type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's', 'f':
		neg := m < 0
		if neg {
			m = -m
		}
		prec := 2
		if p, ok := f.Precision(); ok {
			prec = p
		}
		c := int64(m)
		s := fmt.Sprintf("%d.%0*d", c/100, 2, c%100)
		if prec == 0 {
			s = fmt.Sprintf("%d", c/100)
		}
		if neg {
			s = "-" + s
		} else if f.Flag('+') {
			s = "+" + s
		}
		if f.Flag('#') {
			s = "EUR " + s
		}
		if w, ok := f.Width(); ok && len(s) < w {
			if f.Flag('-') {
				s += strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		fmt.Fprint(f, s)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, int64(m))
	}
}

const input = `{"id": 1, "kind": "fetch", "cost_ns": 1500000, "tags": ["a", "b"]}
{"id": 2, "kind": "store", "cost_ns": 250}

# a comment line the scanner skips
{"id": 3, "kind": "slow", "cost_ns": 0, "extra": {"why": "waits for the deadline"}}
{"id": 4, "kind": "fetch", "cost_ns": 42, "tags": []}
{"id": "five", "kind": "bad"}
{"id": 6, "kind": "store", "cost_ns": 7}
`

func main() {
	logger := log.New(os.Stdout, "pipeline: ", log.Lmsgprefix|log.Lshortfile)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("[main] ")

	// Read the lines with a Scanner over a strings.Reader.
	sc := bufio.NewScanner(strings.NewReader(input))
	var lines []string
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			logger.Printf("line %d skipped (%q)", n, line)
			continue
		}
		lines = append(lines, line)
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	log.Println("read", len(lines), "records")

	// Decode every record in its own goroutine under one deadline.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	events := make([]Event, len(lines))
	errs := make([]error, len(lines))
	var g errgroup.Group
	for i, line := range lines {
		g.Go(func() error {
			var ev Event
			if err := json.Unmarshal([]byte(line), &ev); err != nil {
				errs[i] = err
				return nil
			}
			if ev.Kind == "slow" {
				select {
				case <-ctx.Done():
					errs[i] = fmt.Errorf("event %d: %w", ev.ID, ctx.Err())
					return errs[i]
				case <-time.After(time.Hour):
				}
			}
			events[i] = ev
			return nil
		})
	}
	err := g.Wait()
	log.Printf("wait: %v (deadline exceeded: %t)", err, errors.Is(err, context.DeadlineExceeded))
	log.Printf("ctx.Err: %v", ctx.Err())

	var total Money
	for i, ev := range events {
		if errs[i] != nil {
			var se *json.UnmarshalTypeError
			if errors.As(errs[i], &se) {
				logger.Printf("record %d: field %q wants %v, got %s", i, se.Field, se.Type, se.Value)
			} else {
				logger.Printf("record %d: %v", i, errs[i])
			}
			continue
		}
		price := Money(int64(ev.Cost/1000) + int64(ev.ID)*125)
		total += price
		fmt.Printf("%-6s #%d %v |%10v|%-10.0v|%+v|%#v|%d|%x\n", ev.Kind, ev.ID, ev.Cost, price, price, price, price, price, price)
	}
	fmt.Printf("total %v %8.0f %s\n", total, total, fmt.Sprint(Money(-1234)))

	// Encode the good ones back as JSON, indented.
	var good []Event
	for i, ev := range events {
		if errs[i] == nil {
			good = append(good, ev)
		}
	}
	out, err := json.MarshalIndent(good, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
	fmt.Printf("%v\n%+v\n", good[0], good[len(good)-1])
}
