// time.Format with every predefined layout and with custom layouts (padding,
// fractions with . and ,, 12-hour clock, zones by name and offset), and
// time.Parse / ParseInLocation of each, including their error texts.
package main

import (
	"fmt"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*3600)
	odd := time.FixedZone("", 5*3600+30*60+15)
	times := []time.Time{
		time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC),
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(1999, time.December, 31, 0, 7, 9, 5000, est),
		time.Date(2021, time.January, 3, 12, 0, 0, 100, odd),
		time.Date(-44, time.March, 15, 9, 30, 0, 0, time.UTC),
		time.Date(12345, time.July, 4, 18, 59, 59, 999999999, time.UTC),
		{},
	}
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		time.DateTime, time.DateOnly, time.TimeOnly,
		"Monday, January _2 2006 (day __2 = 002) 3:04:05 PM pm",
		"Mon Jan 2 06 15h04m05s .0 .000 .999 ,000000 ,999999999",
		"-07 -0700 -07:00 -070000 -07:00:00 Z07 Z0700 Z07:00 Z070000 MST",
		"2006/1/2 03:4:5 literal text 20060102",
		"",
	}
	for i, t := range times {
		fmt.Printf("time %d: %v | %s\n", i, t, t.String())
		for _, l := range layouts {
			fmt.Printf("  %q -> %q\n", l, t.Format(l))
		}
		fmt.Printf("  %s %s %q\n", t.AppendFormat([]byte("x:"), time.Kitchen), t.GoString(), t.Format(time.RFC3339))
	}

	// Round trips through Parse for each predefined layout.
	ref := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, est)
	for _, l := range layouts[:19] {
		s := ref.Format(l)
		p, err := time.Parse(l, s)
		fmt.Printf("parse %q: %v err=%v equal=%v\n", s, p, err, p.Equal(ref))
	}

	inputs := []struct{ layout, value string }{
		{time.RFC3339, "2024-02-29T13:04:05Z"},
		{time.RFC3339, "2024-02-29T13:04:05.5+01:30"},
		{time.RFC3339, "2024-02-29T13:04:05-00:00"},
		{time.RFC3339Nano, "2006-01-02T15:04:05.999999999+07:00"},
		{time.RFC3339, "2024-02-30T13:04:05Z"},
		{time.RFC3339, "2024-13-01T13:04:05Z"},
		{time.RFC3339, "2024-02-29T24:04:05Z"},
		{time.RFC3339, "2024-02-29 13:04:05Z"},
		{time.RFC3339, "2024-02-29T13:04:05Z trailing"},
		{time.RFC3339, "2024-02-29T13:04:05+25:00"},
		{time.RFC3339, ""},
		{time.DateOnly, "2023-02-29"},
		{time.DateOnly, "1900-02-29"},
		{time.DateOnly, "2000-02-29"},
		{time.DateTime, "2024-07-04 9:00:00"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "13:04PM"},
		{time.Kitchen, "3:04XM"},
		{time.ANSIC, "Thu Feb 29 13:04:05 2024"},
		{time.ANSIC, "Fri Feb 29 13:04:05 2024"},
		{time.RFC1123, "Thu, 29 Feb 2024 13:04:05 EST"},
		{time.RFC1123, "Thu, 29 Feb 2024 13:04:05 XYZT"},
		{time.RFC850, "Thursday, 29-Feb-24 13:04:05 UTC"},
		{time.StampMicro, "Feb 29 13:04:05.123456"},
		{"2006-01-02 15:04:05.000", "2024-02-29 13:04:05.12"},
		{"2006-01-02 15:04:05", "2024-02-29 13:04:05.123456789"},
		{"2006 002", "2024 060"},
		{"2006 002", "2023 366"},
		{"Jan _2", "Feb  9"},
		{"January 2, 2006", "february 9, 2024"},
		{"06", "69"},
		{"06", "68"},
		{"15:04 MST", "10:00 GMT+3"},
		{"15:04 -0700", "10:00 +0530"},
		{"15:04 Z07:00", "10:00 Z"},
	}
	for _, in := range inputs {
		t, err := time.Parse(in.layout, in.value)
		if err != nil {
			fmt.Printf("Parse(%q, %q): error %v\n", in.layout, in.value, err)
			if pe, ok := err.(*time.ParseError); ok {
				fmt.Printf("  ParseError{Layout:%q Value:%q LayoutElem:%q ValueElem:%q Message:%q}\n",
					pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
			}
			continue
		}
		name, off := t.Zone()
		fmt.Printf("Parse(%q, %q) = %v [%s %d] unix=%d\n", in.layout, in.value, t, name, off, t.Unix())
	}

	for _, loc := range []*time.Location{time.UTC, est, odd, time.Local} {
		t, err := time.ParseInLocation(time.DateTime, "2024-03-10 02:30:00", loc)
		fmt.Println("ParseInLocation", loc, t, err, t.Location())
		t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2024-03-10 02:30 EST", loc)
		fmt.Println("  with zone name:", t, err)
	}
}
