// time.Duration arithmetic and formatting; time constants.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, 1500 * time.Millisecond,
		time.Second, 90 * time.Second, 90 * time.Minute, 25 * time.Hour, -3 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond, 1<<63 - 1}
	for _, d := range ds {
		fmt.Printf("%v | %d | %s | %.3f s | %.2f min | %d ms\n", d, int64(d), d.String(), d.Seconds(), d.Minutes(), d.Milliseconds())
	}
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Println(int64(time.Hour), time.Hour/time.Minute, time.Duration(3)*time.Second)
	d := 1500 * time.Millisecond
	fmt.Println(d*2, d/3, d%time.Second, d-2*time.Second, -d)
	fmt.Println(d.Round(time.Second), d.Truncate(time.Second), (2500 * time.Millisecond).Round(time.Second))
	fmt.Println((1234567 * time.Microsecond).Round(time.Millisecond), (90 * time.Minute).Truncate(time.Hour))
	fmt.Println(d.Hours(), (36 * time.Hour).Hours(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(time.Duration(0), time.Duration(1), time.Duration(-1))
	fmt.Println(d > time.Second, d == 1500*time.Millisecond, min(d, time.Second))
	var total time.Duration
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
		fmt.Println("total", total)
	}
	for _, s := range []string{"1h30m", "1.5s", "300ms", "-2m3s", "1us", "bogus", "5"} {
		pd, err := time.ParseDuration(s)
		fmt.Println(s, "->", pd, err)
	}
	fmt.Printf("%T %v %T\n", d, time.Duration(2.5*float64(time.Second)), time.Second.Seconds())
	fmt.Println(time.January, time.December, time.Saturday, time.Month(13))
	fmt.Println(time.RFC3339, time.Kitchen)
}
