package vm

import (
	"archive/zip"
	"bytes"
	"math"
	"testing"
	"time"
)

// TestSinceMatchesGo: the VM answers time.Since and Until itself (one clock
// read), so its wall-clock difference must be Go's Time.Sub, saturation
// included, for instants across the whole range of Time. The host's time
// package is the reference.
func TestSinceMatchesGo(t *testing.T) {
	var times []time.Time
	for _, sec := range []int64{math.MinInt64 + 1, -1 << 62, -62135596800 - 1, -1, 0, 1, 1257894000, 1 << 33, 1 << 40, 1 << 62, math.MaxInt64 - 62135596800} {
		for _, nsec := range []int64{0, 1, 999999999} {
			times = append(times, time.Unix(sec, nsec).UTC())
		}
	}
	times = append(times, time.Time{})
	parts := func(x time.Time) (int64, int64) {
		// Seconds since year 1 and nanoseconds, as Time keeps them without
		// a monotonic reading.
		return x.Unix() + 62135596800, int64(x.Nanosecond())
	}
	for _, a := range times {
		for _, b := range times {
			as, an := parts(a)
			bs, bn := parts(b)
			if got, want := subWall(as, an, bs, bn), int64(a.Sub(b)); got != want {
				t.Errorf("%v - %v: got %d, Go %d", a, b, got, want)
			}
		}
	}
	for _, c := range [][2]int64{{0, 0}, {5, 3}, {3, 5}, {math.MaxInt64, -1}, {-1, math.MaxInt64}, {math.MinInt64, 1}, {1, math.MinInt64}} {
		want := c[0] - c[1]
		switch {
		case c[0] > c[1] && want < 0:
			want = math.MaxInt64
		case c[0] < c[1] && want > 0:
			want = math.MinInt64
		}
		if got := subMono(c[0], c[1]); got != want {
			t.Errorf("subMono(%d, %d) = %d, want %d", c[0], c[1], got, want)
		}
	}
}

// TestReadStoredZip: the zone database reader finds every stored entry of
// an archive written by archive/zip, skips compressed ones, and survives
// every truncation of the archive (the host never crashes on bad input).
func TestReadStoredZip(t *testing.T) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	files := map[string]string{"Europe/Berlin": "TZif berlin", "UTC": "TZif utc", "Empty": ""}
	for _, name := range []string{"Europe/Berlin", "UTC", "Empty"} {
		f, err := w.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(files[name]))
	}
	f, _ := w.CreateHeader(&zip.FileHeader{Name: "Deflated", Method: zip.Deflate})
	f.Write([]byte("compressed"))
	w.Close()
	got := readStoredZip(buf.Bytes())
	if len(got) != len(files) {
		t.Errorf("entries: %q", got)
	}
	for name, want := range files {
		if got[name] != want {
			t.Errorf("%s: got %q, want %q", name, got[name], want)
		}
	}
	for n := range buf.Len() {
		readStoredZip(buf.Bytes()[:n])
		readStoredZip(buf.Bytes()[n:])
	}
}
