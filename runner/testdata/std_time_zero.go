// time.Time: the zero value is January 1, year 1; dates, Unix conversions
// and Sub's saturation behave as in Go.
package main

import (
	"fmt"
	"time"
)

func main() {
	var t time.Time
	fmt.Println(t, t.IsZero(), t.Unix(), t.Year(), t.Weekday())
	d := time.Date(2024, 2, 29, 13, 4, 5, 6, time.UTC)
	fmt.Println(d, d.Unix(), d.UnixNano(), d.UnixMilli(), d.Weekday(), d.YearDay())
	fmt.Println(d.Add(-365*24*time.Hour).Format(time.RFC3339), d.AddDate(0, 1, 1).Format(time.DateOnly))
	fmt.Println(time.Unix(0, 0).UTC(), time.UnixMilli(-1500).UTC(), time.UnixMicro(1).UTC())
	fmt.Println(d.Sub(t), t.Sub(d), d.Sub(d.Add(90*time.Minute)))
	fmt.Println(d.Before(t), t.Before(d), d.Equal(d.Add(0)), d.Compare(t))
	fmt.Println(d.Truncate(time.Hour), d.Round(24*time.Hour))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 0, time.UTC))
}
