//std:exclude *

// Package time is Interleave's subset of the standard time package.
//
// Time here lives on the VM's virtual clock: it starts at
// 2009-11-10 23:00:00 UTC, as on the Go playground, advances a little with
// every instruction executed, and jumps to the next timer when every
// goroutine is blocked (runner/vm/clock.go). There are no time zones: every
// Time is in UTC.
package time

import "math/bits"

// A Time is an instant with nanosecond precision. As in Go, the zero Time
// is January 1, year 1, 00:00:00 UTC; the virtual clock's Now starts at
// 2009-11-10 23:00:00 UTC.
type Time struct {
	sec  int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec int64 // nanoseconds within the second, in [0, 1e9)
}

// mkTime builds a Time from seconds since year 1 and any nanoseconds.
func mkTime(sec, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec, nsec: nsec}
}

const (
	// unixToInternal is the number of seconds from January 1, year 1 to
	// January 1, 1970.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400
	secondsPerDay        = 86400
)

// The functions below are implemented by the VM's scheduler.

// Now returns the current virtual time.
func Now() Time

// Since returns the time elapsed since t. It is shorthand for time.Now().Sub(t).
func Since(t Time) Duration

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration

// Sleep pauses the current goroutine for at least the duration d.
// A negative or zero duration causes Sleep to return immediately.
func Sleep(d Duration)

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
func After(d Duration) <-chan Time

// Tick is a convenience wrapper for NewTicker providing access to the ticking
// channel only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C  <-chan Time
	id int
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped. As
// since Go 1.23, an expired tick not yet received counts as not expired: Stop
// drops it and returns true, so no stale value is received afterwards.
func (t *Timer) Stop() bool

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method.
func AfterFunc(d Duration, f func()) *Timer

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C  <-chan Time
	id int
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks is
// specified by the duration argument. The duration d must be greater than
// zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop()

// Reset stops a ticker and resets its period to the specified duration.
// The next tick will arrive after the new period elapses. The duration d
// must be greater than zero; if not, Reset will panic.
func (t *Ticker) Reset(d Duration)

// The methods below are plain Go on the sec and nsec fields.

// Sub returns the duration t-u. If the result exceeds the maximum (or
// minimum) value that can be stored in a Duration, the maximum (or minimum)
// duration will be returned.
func (t Time) Sub(u Time) Duration {
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d // d is correct
	case t.Before(u):
		return minDuration // t - u is negative out of range
	default:
		return maxDuration // t - u is positive out of range
	}
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	return mkTime(t.sec+int64(d/1e9), t.nsec+int64(d%1e9))
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, t.Nanosecond(), UTC)
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool { return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec }

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool { return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec }

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool { return t.sec == u.sec && t.nsec == u.nsec }

// Compare compares the time instant t with u. If t is before u, it returns
// -1; if t is after u, it returns +1; if they're the same, it returns 0.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// IsZero reports whether t represents the zero time instant,
// January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// unixSec returns the Unix seconds and the nanoseconds within that second.
func (t Time) unixSec() (sec int64, nsec int64) {
	return t.sec - unixToInternal, t.nsec
}

// Unix returns t as a Unix time, the number of seconds elapsed since
// January 1, 1970 UTC.
func (t Time) Unix() int64 {
	sec, _ := t.unixSec()
	return sec
}

// UnixMilli returns t as a Unix time, the number of milliseconds elapsed
// since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time, the number of microseconds elapsed
// since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

// UnixNano returns t as a Unix time, the number of nanoseconds elapsed
// since January 1, 1970 UTC.
func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + t.nsec }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time {
	return mkTime(sec+unixToInternal, nsec)
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// A Location maps time instants to the zone in use at that time. Interleave
// knows only UTC.
type Location struct {
	name string
}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &Location{"UTC"}

// Local represents the system's local time zone: UTC in Interleave.
var Local *Location = UTC

// String returns a descriptive name for the time zone information.
func (l *Location) String() string { return "UTC" }

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { return t }

// Local returns t with the location set to local time.
func (t Time) Local() Time { return t }

// In returns a copy of t representing the same time instant, with the
// location set to loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location { return UTC }

// days returns the days since 1970-01-01 and the nanoseconds within the day.
func (t Time) days() (days int64, nsInDay int64) {
	sec, nsec := t.unixSec()
	days = floorDiv(sec, secondsPerDay)
	return days, (sec-days*secondsPerDay)*1e9 + nsec
}

// civil converts days since 1970-01-01 to a date (proleptic Gregorian).
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil is the inverse of civil.
func daysFromCivil(year int, month Month, day int) int64 {
	y, m := int64(year), int64(month)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.days()
	return civil(days)
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := t.days()
	// January 1, 1970 was a Thursday.
	return Weekday((days%7 + 7 + 4) % 7)
}

// YearDay returns the day of the year specified by t, in the range [1,365]
// for non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	days, _ := t.days()
	y, _, _ := civil(days)
	return int(days-daysFromCivil(y, January, 1)) + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, ns := t.days()
	s := int(ns / 1e9)
	return s / 3600, s / 60 % 60, s % 60
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by
// t, in the range [0, 999999999].
func (t Time) Nanosecond() int {
	_, nsec := t.unixSec()
	return int(nsec)
}

// Date returns the Time corresponding to
//
//	yyyy-mm-dd hh:mm:ss + nsec nanoseconds
//
// in UTC. Values outside their usual ranges are normalized, as in Go.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	// Normalize month, overflowing into year.
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	// Normalize nsec, sec, min, hour, overflowing into day.
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(year, month, 1) + int64(day-1)
	unix := days*secondsPerDay + int64(hour*3600+min*60+sec)
	return mkTime(unix+unixToInternal, int64(nsec))
}

// norm returns nhi, nlo such that
//
//	hi * base + lo == nhi * base + nlo
//	0 <= nlo < base
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// rem returns t modulo d, counting from January 1, year 1 as Go does.
func (t Time) rem(d Duration) Duration {
	sec, nsec := t.unixSec()
	hi, lo := bits.Mul64(uint64(sec+unixToInternal), 1e9)
	lo, carry := bits.Add64(lo, uint64(nsec), 0)
	hi += carry
	return Duration(bits.Rem64(hi, lo, uint64(d)))
}

// Truncate returns the result of rounding t down to a multiple of d (since
// the zero time). If d <= 0, Truncate returns t unchanged.
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	return t.Add(-t.rem(d))
}

// Round returns the result of rounding t to the nearest multiple of d
// (since the zero time). The rounding behavior for halfway values is to
// round up. If d <= 0, Round returns t unchanged.
func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return t
	}
	r := t.rem(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}
