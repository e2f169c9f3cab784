// Time arithmetic and calendar methods from Go's time: Add, Sub, AddDate,
// Truncate, Round, Date, Clock, ISOWeek, YearDay, Weekday, Unix* in both
// directions, zones (In, Zone, FixedZone, Local), comparisons, Month and
// Weekday names in and out of range, ParseDuration's errors and Duration's
// methods at the edges.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	base := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	for _, d := range []time.Duration{0, 1, -1, time.Second, -36 * time.Hour, 1<<63 - 1, -1 << 63, 500 * time.Millisecond} {
		fmt.Println("Add", d, base.Add(d))
	}
	others := []time.Time{
		time.Date(2024, 2, 29, 13, 4, 5, 123456788, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 29, 8, 4, 5, 123456789, time.FixedZone("EST", -5*3600)),
	}
	for _, o := range others {
		fmt.Println("Sub", base.Sub(o), o.Sub(base), base.Equal(o), base.Compare(o), base.Before(o), base.After(o), base == o)
	}
	for _, ymd := range [][3]int{{0, 1, 0}, {1, 0, 0}, {0, 0, 1}, {-1, -1, -1}, {0, 12, 0}, {0, 0, 366}, {0, -2, 1}} {
		fmt.Println("AddDate", ymd, base.AddDate(ymd[0], ymd[1], ymd[2]))
	}
	fmt.Println(time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	for _, d := range []time.Duration{0, -time.Second, time.Nanosecond, 7 * time.Nanosecond, time.Microsecond, time.Second, 7 * time.Second,
		time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1<<63 - 1} {
		fmt.Println("Truncate/Round", d, base.Truncate(d), base.Round(d))
	}
	for _, t := range []time.Time{
		base, {}, time.Date(2020, 12, 31, 23, 59, 59, 0, time.UTC), time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 12, 28, 0, 0, 0, 0, time.UTC), time.Date(2008, 12, 29, 0, 0, 0, 0, time.UTC),
		time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 12, 31, 23, 0, 0, 0, time.UTC),
		time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC), time.Date(2023, 0, 0, -1, -1, -1, -1, time.UTC),
	} {
		y, m, d := t.Date()
		h, mi, s := t.Clock()
		iy, iw := t.ISOWeek()
		fmt.Println(t, "|", y, m, d, h, mi, s, t.Nanosecond(), "| iso", iy, iw, "| yday", t.YearDay(), t.Weekday(),
			"| unix", t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano(), t.IsZero(), t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second())
	}
	for _, sec := range []int64{0, -1, 1e9, -62135596800, 253402300799, math.MaxInt64 / int64(time.Second)} {
		fmt.Println("Unix", sec, time.Unix(sec, 0).UTC(), time.Unix(sec, -1).UTC(), time.Unix(sec, 1.5e9).UTC())
	}
	fmt.Println(time.UnixMilli(-1).UTC(), time.UnixMicro(1234567).UTC(), time.Unix(0, 0), time.Unix(0, 0).Location(), time.Local, time.UTC)

	// Zones.
	zones := []*time.Location{time.UTC, time.Local, time.FixedZone("X", 3600), time.FixedZone("", -9*3600-30*60), time.FixedZone("", 14*3600)}
	for _, z := range zones {
		t := base.In(z)
		name, off := t.Zone()
		start, end := t.ZoneBounds()
		fmt.Println("zone", z, "|", t, name, off, start, end, t.Location(), t.IsDST(), t.Equal(base), t == base, t.UTC() == base, t.Local())
	}
	for _, name := range []string{"", "UTC", "Local", "../etc/passwd", "/abs", "a..b"} {
		loc, err := time.LoadLocation(name)
		fmt.Printf("LoadLocation(%q) = %v, %v\n", name, loc, err)
	}

	// Month and Weekday names.
	for m := time.Month(-1); m <= 14; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-2); d <= 8; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s %q %x | %v %d %s\n", time.March, time.March, time.March, time.March, time.March, time.Friday, time.Friday, time.Weekday(9))

	// ParseDuration and its errors.
	for _, s := range []string{"0", "+0", "-0", "1ns", "1.5h", "1h2m3s4ms5us6ns", "1µs", "1μs", ".5s", "5.s", "-1.5m",
		"2562047h47m16.854775807s", "2562047h47m16.854775808s", "-2562047h47m16.854775808s", "9223372036854775807ns",
		"9223372036854775808ns", "0.0000000001s", "1.0000000001s", "", "1", "-", "+", "s", ".s", "1.2.3s", "1x", "1h 2m",
		"1e3s", "1hh", "١s", "3000000h"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("ParseDuration(%q) = %v (%d), %v\n", s, d, int64(d), err)
	}
	for _, d := range []time.Duration{0, 1, -1, 999, 1000, 1001, time.Millisecond + 1, 59 * time.Second, 61 * time.Minute,
		100 * time.Hour, 1<<63 - 1, -1 << 63, -time.Hour - time.Nanosecond} {
		fmt.Println("Duration", d, d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours(), d.Abs(),
			d.Truncate(time.Second), d.Round(time.Second), d.Round(time.Hour), d.Round(0), d.Truncate(-1), d.Round(7*time.Millisecond))
	}
}
