// context.WithTimeout of a microsecond, cancelled at once: in Go the
// deadline has often passed before WithTimeout returns, since the code
// between its time.Now and the time.Until inside WithDeadline is slower
// than its virtual instructions (cold code most), and WithDeadline then
// cancels with DeadlineExceeded itself; at GOMAXPROCS=2 the timer may also
// fire on another P before cancel. Interleave's clock counted only the
// instructions, so Until was always positive and cancel always came
// first: never "deadline exceeded" (audit11). Now Until may read late by
// up to what its goroutine may still be late (clock.go's lateUntil), and a
// timer may fire after any step (fireEarly).
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Microsecond)
	cancel()
	fmt.Println(ctx.Err())
}
