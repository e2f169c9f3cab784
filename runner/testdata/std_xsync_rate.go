package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"
	"golang.org/x/sync/singleflight"
	"golang.org/x/time/rate"
)

func main() {
	// errgroup: the first error cancels the others.
	g, ctx := errgroup.WithContext(context.Background())
	var cancelled atomic.Int32
	for i := range 3 {
		g.Go(func() error {
			if i == 1 {
				time.Sleep(10 * time.Millisecond)
				return fmt.Errorf("task %d failed", i)
			}
			select {
			case <-ctx.Done():
				cancelled.Add(1)
				return ctx.Err()
			case <-time.After(time.Second):
				return nil
			}
		})
	}
	err := g.Wait()
	fmt.Println("wait:", err, "cancelled:", cancelled.Load(), context.Cause(ctx))

	// SetLimit and TryGo.
	var g2 errgroup.Group
	g2.SetLimit(2)
	var running, peak atomic.Int32
	for range 6 {
		g2.Go(func() error {
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			// Long enough that the second task starts before the first
			// ends, even on a loaded machine: the peak is the limit.
			time.Sleep(20 * time.Millisecond)
			running.Add(-1)
			return nil
		})
	}
	fmt.Println(g2.Wait(), peak.Load())

	// semaphore
	sem := semaphore.NewWeighted(3)
	ctx2 := context.Background()
	fmt.Println(sem.Acquire(ctx2, 2), sem.TryAcquire(2), sem.TryAcquire(1))
	tctx, cancel := context.WithTimeout(ctx2, 5*time.Millisecond)
	err = sem.Acquire(tctx, 1)
	cancel()
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	sem.Release(3)
	fmt.Println(sem.TryAcquire(3))

	// singleflight, sequential calls
	var sf singleflight.Group
	v, err, shared := sf.Do("k", func() (any, error) { return 42, nil })
	fmt.Println(v, err, shared)
	ch := sf.DoChan("k2", func() (any, error) { return "x", errors.New("boom") })
	r := <-ch
	fmt.Println(r.Val, r.Err, r.Shared)
	sf.Forget("k")

	// rate
	lim := rate.NewLimiter(rate.Every(100*time.Millisecond), 2)
	fmt.Println(lim.Limit(), lim.Burst(), lim.Allow(), lim.Allow(), lim.Allow())
	start := time.Now()
	for range 3 {
		if err := lim.Wait(context.Background()); err != nil {
			fmt.Println(err)
		}
	}
	el := time.Since(start)
	// Only the lower bound: a loaded machine may take longer.
	fmt.Println(el >= 250*time.Millisecond)
	res := lim.Reserve()
	fmt.Println(res.OK())
	res.Cancel()
	fmt.Println(rate.Inf, rate.Limit(2.5))
	var sometimes = rate.Sometimes{First: 2}
	for i := range 5 {
		sometimes.Do(func() { fmt.Println("sometimes", i) })
	}
}
