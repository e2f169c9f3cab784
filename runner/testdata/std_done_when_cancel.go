// A variant of issue 11's "Done when" program: errgroup.WithContext where
// the first failure cancels the rest, a timeout with a cause, bufio's split
// functions and buffer limit, a streaming json.Decoder, a Formatter behind a
// pointer and inside composites, and log.Fatalf at the end.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

// Point prints itself as (x,y); %v of a *Point goes through Format too.
type Point struct{ X, Y int }

func (p *Point) Format(f fmt.State, verb rune) {
	if p == nil {
		io.WriteString(f, "<no point>")
		return
	}
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Point(x=%d, y=%d)", p.X, p.Y)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "&main.Point{%d, %d}", p.X, p.Y)
			return
		}
		fallthrough
	case 's':
		fmt.Fprintf(f, "(%d,%d)", p.X, p.Y)
	default:
		// Re-format the fields with the same verb and flags.
		fmt.Fprintf(f, "("+fmt.FormatString(f, verb)+","+fmt.FormatString(f, verb)+")", p.X, p.Y)
	}
}

// Shape holds Formatters at several depths.
type Shape struct {
	Name   string
	Corner *Point
	Path   []*Point
	Lookup map[string]*Point
}

var errBadPoint = errors.New("bad point")

func main() {
	log.SetFlags(log.Lmsgprefix)
	log.SetPrefix("cancel: ")
	log.SetOutput(os.Stdout)

	// Words, runes and a custom split over strings.Readers.
	words := bufio.NewScanner(strings.NewReader("  alpha beta\tgamma\n delta  "))
	words.Split(bufio.ScanWords)
	var ws []string
	for words.Scan() {
		ws = append(ws, words.Text())
	}
	fmt.Printf("%d words %q\n", len(ws), ws)

	runes := bufio.NewScanner(strings.NewReader("héllo, 世界"))
	runes.Split(bufio.ScanRunes)
	n := 0
	for runes.Scan() {
		n++
		fmt.Printf("%s|", runes.Text())
	}
	fmt.Println(n)

	commas := bufio.NewScanner(strings.NewReader("1,2;3,,4"))
	commas.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' || b == ';' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for commas.Scan() {
		fmt.Printf("[%s]", commas.Text())
	}
	fmt.Println(commas.Err())

	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	long.Buffer(make([]byte, 16), 32)
	for long.Scan() {
		fmt.Println("line", long.Text())
	}
	fmt.Println("too long:", long.Err(), errors.Is(long.Err(), bufio.ErrTooLong))

	// A stream of JSON values, decoded one at a time.
	dec := json.NewDecoder(strings.NewReader(`
		{"X": 1, "Y": 2}
		{"X": 3, "Y": 4}
		[{"X": 5, "Y": 6}, {"X": -7, "Y": 8}]
		{"X": 9, "Y": "ten"}
		{"X": 11,
	`))
	var pts []*Point
	for {
		var p Point
		err := dec.Decode(&p)
		if err == io.EOF {
			break
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			fmt.Println("type error at offset", te.Offset, "field", te.Field)
			continue
		}
		if err != nil {
			// The array: read it element by element with Token and More.
			fmt.Println("decode:", err)
			break
		}
		pts = append(pts, &p)
	}
	fmt.Println("points:", pts)

	arr := json.NewDecoder(strings.NewReader(`[{"X": 5, "Y": 6}, {"X": -7, "Y": 8}]`))
	tok, err := arr.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	for arr.More() {
		var p Point
		if err := arr.Decode(&p); err != nil {
			log.Fatal(err)
		}
		pts = append(pts, &p)
	}
	tok, err = arr.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)

	// Formatters inside composites and behind pointers.
	var none *Point
	s := Shape{Name: "tri", Corner: pts[0], Path: pts, Lookup: map[string]*Point{"a": pts[1], "z": none}}
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Printf("%v %+v %#v %s %d %5x %-4o| %v\n", pts[0], pts[0], pts[0], pts[0], pts[0], pts[0], pts[0], none)
	fmt.Println(pts[2], Point{1, 2})

	// The first failing task cancels its siblings through the group's context.
	base, stop := context.WithTimeoutCause(context.Background(), time.Second, errors.New("whole job too slow"))
	defer stop()
	g, ctx := errgroup.WithContext(base)
	var sawCancel atomic.Int32
	for i, p := range pts {
		g.Go(func() error {
			if p.X < 0 {
				time.Sleep(5 * time.Millisecond)
				return fmt.Errorf("task %d: %w: %v", i, errBadPoint, p)
			}
			select {
			case <-ctx.Done():
				sawCancel.Add(1)
				return ctx.Err()
			case <-time.After(time.Minute):
				return nil
			}
		})
	}
	err = g.Wait()
	fmt.Println("wait:", err, errors.Is(err, errBadPoint))
	fmt.Println("siblings cancelled:", sawCancel.Load(), "of", len(pts)-1)
	fmt.Println("group ctx:", ctx.Err(), "cause:", context.Cause(ctx))
	fmt.Println("base ctx:", base.Err(), context.Cause(base))

	// A timeout with a cause fires when nothing fails first.
	short, stop2 := context.WithTimeoutCause(context.Background(), 20*time.Millisecond, errors.New("20ms budget spent"))
	defer stop2()
	g2, ctx2 := errgroup.WithContext(short)
	ran := make(chan struct{})
	stopped := context.AfterFunc(ctx2, func() { log.Println("after func ran"); close(ran) })
	g2.Go(func() error {
		<-ctx2.Done()
		return context.Cause(ctx2)
	})
	err = g2.Wait()
	<-ran
	fmt.Println("wait 2:", err, errors.Is(err, context.DeadlineExceeded), stopped())
	_, hasDeadline := ctx2.Deadline()
	fmt.Println("deadline:", hasDeadline, ctx2.Err(), context.Cause(short))

	log.Fatalf("done with %d points: %v", len(pts), &Point{0, 0})
}
