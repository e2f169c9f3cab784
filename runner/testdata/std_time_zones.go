// time.LoadLocation with Go's zone database: daylight saving transitions,
// times in the gap and the overlap, Format with zone names and offsets,
// ZoneBounds, IsDST, ParseInLocation with abbreviations, AddDate across a
// transition, and the errors for unknown and malformed names.
package main

import (
	"fmt"
	"time"
)

func main() {
	names := []string{"America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe", "America/Sao_Paulo",
		"Pacific/Chatham", "Asia/Kathmandu", "Africa/Casablanca", "Etc/GMT+3", "UTC", "", "Local"}
	instants := []time.Time{
		time.Date(2024, 3, 10, 6, 59, 59, 0, time.UTC),
		time.Date(2024, 3, 10, 7, 0, 0, 0, time.UTC),
		time.Date(2024, 3, 31, 1, 0, 0, 0, time.UTC),
		time.Date(2024, 11, 3, 5, 30, 0, 0, time.UTC),
		time.Date(2024, 11, 3, 6, 30, 0, 0, time.UTC),
		time.Date(2001, 9, 9, 1, 46, 40, 0, time.UTC),
		time.Date(2029, 7, 1, 12, 0, 0, 0, time.UTC),
	}
	for _, n := range names {
		loc, err := time.LoadLocation(n)
		if err != nil {
			fmt.Println(n, "error:", err)
			continue
		}
		fmt.Printf("%q -> %v\n", n, loc)
		for _, t := range instants {
			lt := t.In(loc)
			name, off := lt.Zone()
			start, end := lt.ZoneBounds()
			fmt.Println(" ", lt, "|", lt.Format(time.RFC1123Z), lt.Format("MST -07:00"), name, off, lt.IsDST(),
				"|", start.UTC(), end.UTC(), "| yday", lt.YearDay(), lt.Weekday())
		}
		// Wall times in a spring-forward gap and a fall-back overlap.
		for _, wall := range [][2]int{{3, 10}, {3, 31}, {11, 3}, {10, 27}} {
			t := time.Date(2024, time.Month(wall[0]), wall[1], 2, 30, 0, 0, loc)
			fmt.Println("  Date", wall, t, t.Unix())
		}
		d := time.Date(2024, 3, 9, 12, 0, 0, 0, loc)
		fmt.Println("  AddDate", d.AddDate(0, 0, 1), d.Add(24*time.Hour), d.AddDate(0, 0, 1).Sub(d), d.Truncate(24*time.Hour))
		for _, v := range []string{"2024-07-04 12:00 EDT", "2024-07-04 12:00 CEST", "2024-07-04 12:00 IST", "2024-01-04 12:00 EST", "2024-07-04 12:00 PDT"} {
			p, err := time.ParseInLocation("2006-01-02 15:04 MST", v, loc)
			fmt.Println("  ParseInLocation", v, "->", p, p.Unix(), err)
		}
	}
	for _, n := range []string{"Nowhere/Special", "america/new_york", "../etc/passwd", "/etc/localtime", "\\x", "a..b"} {
		loc, err := time.LoadLocation(n)
		fmt.Printf("LoadLocation(%q) = %v, %v\n", n, loc, err)
	}
	ny, _ := time.LoadLocation("America/New_York")
	a := time.Date(2024, 6, 1, 12, 0, 0, 0, ny)
	b := a.In(time.UTC)
	fmt.Println(a.Equal(b), a == b, a.Location(), b.Location(), a.In(time.Local), a.Local().Location())
	data, err := a.MarshalJSON()
	fmt.Println(string(data), err)
	bin, _ := a.MarshalBinary()
	var back time.Time
	fmt.Println(back.UnmarshalBinary(bin), back, back.Location())
}
