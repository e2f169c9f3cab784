// context from Go's own sources: cancellation, deadlines on the virtual
// clock, values, AfterFunc and causes.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

// Worker 1 finishes well before the 300ms deadline, workers 2 and 3 well
// after it, with margins wide enough for real time on a loaded machine.
var workTime = []time.Duration{0, 10 * time.Millisecond, 2 * time.Second, 3 * time.Second}

func worker(ctx context.Context, id int, out chan<- string) {
	select {
	case <-time.After(workTime[id]):
		out <- fmt.Sprint("worker ", id, " done")
	case <-ctx.Done():
		out <- fmt.Sprint("worker ", id, " stopped: ", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx.Err(), ctx)
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer tcancel()
	out := make(chan string)
	for i := 1; i <= 3; i++ {
		go worker(tctx, i, out)
	}
	results := map[string]bool{}
	for i := 0; i < 3; i++ {
		results[<-out] = true
	}
	for i := 1; i <= 3; i++ {
		fmt.Println(results[fmt.Sprint("worker ", i, " done")])
	}
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	_, ok := tctx.Deadline()
	fmt.Println("has deadline:", ok)

	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(time.Second))
	dl, _ := dctx.Deadline()
	fmt.Println(time.Until(dl) > 0, dctx.Err())
	dcancel()
	fmt.Println(dctx.Err())

	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")), vctx.Value("user"))
	fmt.Println(vctx)

	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("boom"))
	fmt.Println(cctx.Err(), context.Cause(cctx))

	actx, acancel := context.WithCancel(context.Background())
	done := make(chan bool)
	stop := context.AfterFunc(actx, func() { done <- true })
	acancel()
	fmt.Println("after func ran:", <-done, "stop:", stop())

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel2 := context.WithTimeout(parent, time.Hour)
	defer ccancel2()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())

	wctx := context.WithoutCancel(child)
	fmt.Println("without cancel:", wctx.Err(), wctx.Done() == nil)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(context.Background(), []int{1}, 1)
	}()
}
