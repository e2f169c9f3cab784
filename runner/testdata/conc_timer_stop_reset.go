// Timers and tickers as since Go 1.23: their channels are unbuffered to the
// program, Stop and Reset report an expired but unreceived timer as still
// pending and drop its value, so nothing stale is received afterwards.
//
// The oracle compares with one run of real Go on a possibly loaded machine,
// where a sleep may overshoot by tens of milliseconds (never undershoot) and
// any two statements may be a scheduler stall apart. So every line either
// holds whatever the overshoot (a timer that must still be pending gets a
// duration of a second or more, one that must have fired is awaited or slept
// past), or prints a property measured around the operation instead of a
// wall-clock value.
package main

import (
	"fmt"
	"time"
)

func poll(c <-chan time.Time) string {
	select {
	case <-c:
		return "value"
	default:
		return "nothing"
	}
}

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	fmt.Println("len/cap", len(t.C), cap(t.C))
	time.Sleep(50 * time.Millisecond)
	fmt.Println("len after expiry", len(t.C))
	fmt.Println("Stop after expiry, unreceived:", t.Stop())
	fmt.Println("poll after Stop:", poll(t.C))
	fmt.Println("Stop again:", t.Stop())
	fmt.Println("Reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("Stop after receive:", t.Stop())
	fmt.Println("Reset after receive:", t.Reset(10*time.Millisecond))
	time.Sleep(50 * time.Millisecond)
	fmt.Println("Reset after expiry, unreceived:", t.Reset(time.Second))
	fmt.Println("poll right after Reset:", poll(t.C))
	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("Reset while pending:", t.Reset(time.Hour), t.Reset(time.Hour))

	// A timer already due is seen by the next receive or select.
	fmt.Println("After(0):", poll(time.After(0)))
	fmt.Println("NewTimer(-1):", poll(time.NewTimer(-1).C))
	t.Reset(0)
	fmt.Println("Reset(0):", poll(t.C))

	// A slow receiver gets the first tick it missed, stamped when it was
	// due, and the ticker skips the rest: the next tick is the first one on
	// the ticker's grid after that receive. Which grid point that is depends
	// on how late the receive ran (400ms after 350ms of sleep, 500ms if the
	// sleep overshot past 400ms), so the line says whether the stamp is the
	// one due next, measured around the receive.
	start := time.Now()
	tk := time.NewTicker(100 * time.Millisecond)
	fmt.Println("ticker len/cap", len(tk.C), cap(tk.C))
	time.Sleep(350 * time.Millisecond)
	before := time.Since(start)
	fmt.Println("tick stamped", (<-tk.C).Sub(start).Round(100*time.Millisecond))
	after := time.Since(start)
	next := (<-tk.C).Sub(start)
	grid := next.Round(100 * time.Millisecond)
	onGrid := (next - grid).Abs() < 10*time.Millisecond
	fmt.Println("next tick is the first due after that receive:",
		onGrid && grid > before && grid <= after+100*time.Millisecond)
	time.Sleep(150 * time.Millisecond)
	tk.Reset(time.Second)
	fmt.Println("poll after Ticker.Reset:", poll(tk.C))
	tk.Reset(50 * time.Millisecond)
	<-tk.C
	time.Sleep(80 * time.Millisecond)
	tk.Stop()
	fmt.Println("poll after Ticker.Stop:", poll(tk.C))

	ran := make(chan bool, 4)
	f := time.AfterFunc(10*time.Millisecond, func() { ran <- true })
	<-ran
	fmt.Println("AfterFunc Stop after run:", f.Stop())
	fmt.Println("AfterFunc Reset after run:", f.Reset(time.Second))
	fmt.Println("AfterFunc Stop before run:", f.Stop())
	time.Sleep(30 * time.Millisecond)
	fmt.Println("AfterFunc Reset stopped:", f.Reset(time.Second))
	fmt.Println("AfterFunc Reset pending:", f.Reset(5*time.Millisecond))
	<-ran
	fmt.Println("AfterFunc ran", 2+len(ran), "times; C is nil:", f.C == nil)

	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "panics:", recover()) }()
		f()
	}
	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("Ticker.Reset(-1)", func() { tk.Reset(-1) })
	var z time.Timer
	try("zero Timer.Stop", func() { z.Stop() })
	try("zero Timer.Reset", func() { z.Reset(1) })
	var zt time.Ticker
	try("zero Ticker.Stop", func() { zt.Stop() })
	try("zero Ticker.Reset", func() { zt.Reset(1) })
	var nt *time.Timer
	try("nil Timer.Stop", func() { nt.Stop() })
}
