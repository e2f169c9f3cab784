// time.Time and Duration through encoding/json and the text and binary
// marshallers, all Go's own code: RFC 3339 with nanoseconds and zones,
// omitzero, pointers, the error texts of bad input and of years out of range.
package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	Name    string        `json:"name"`
	At      time.Time     `json:"at"`
	Until   *time.Time    `json:"until,omitempty"`
	Skipped time.Time     `json:"skipped,omitzero"`
	Took    time.Duration `json:"took"`
}

func main() {
	at := time.Date(2024, time.February, 29, 13, 4, 5, 120000000, time.FixedZone("", 90*60))
	end := at.Add(90 * time.Minute).UTC()
	for _, e := range []Event{
		{Name: "a", At: at, Until: &end, Took: 1500 * time.Millisecond},
		{Name: "zero"},
		{Name: "skip", At: time.Unix(1, 5).UTC(), Skipped: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)},
	} {
		b, err := json.Marshal(e)
		fmt.Println(string(b), err)
		var back Event
		err = json.Unmarshal(b, &back)
		fmt.Println(" back:", back.Name, back.At, back.Until != nil, back.Skipped, back.Took, back.At.Equal(e.At), err)
	}
	b, err := json.MarshalIndent(map[string]time.Time{"x": at, "y": {}}, "", " ")
	fmt.Println(string(b), err)

	for _, s := range []string{
		`{"at":"2024-02-29T13:04:05Z"}`,
		`{"at":"2024-02-29T13:04:05.123456789-07:00"}`,
		`{"at":"2024-02-29 13:04:05Z"}`,
		`{"at":"2024-02-29T13:04:05"}`,
		`{"at":"2024-02-30T13:04:05Z"}`,
		`{"at":12345}`,
		`{"at":null}`,
		`{"at":"2024-02-29T13:04:05,5Z"}`,
		`{"at":"2024-02-29T13:04:05.Z"}`,
		`{"at":"2024-02-29T13:04:05+24:00"}`,
		`{"took":"1s"}`,
		`{"took":1e9}`,
	} {
		var e Event
		err := json.Unmarshal([]byte(s), &e)
		fmt.Printf("%s -> %v %v | %v\n", s, e.At, e.Took, err)
	}

	for _, t := range []time.Time{at, {}, time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("", 24*3600))} {
		j, err := t.MarshalJSON()
		fmt.Printf("MarshalJSON %s %v\n", j, err)
		txt, err := t.MarshalText()
		fmt.Printf("MarshalText %s %v\n", txt, err)
		bin, err := t.MarshalBinary()
		var back time.Time
		berr := back.UnmarshalBinary(bin)
		fmt.Printf("MarshalBinary %x %v -> %v %v\n", bin, err, back, berr)
		fmt.Println("AppendText", string(must(t.AppendText([]byte("t=")))))
	}
	var t time.Time
	for _, s := range []string{"2024-02-29T13:04:05Z", "garbage", "2024-02-29T13:04:05.000000001+01:00"} {
		err := t.UnmarshalText([]byte(s))
		fmt.Println("UnmarshalText", s, t, err)
	}
	fmt.Println(t.UnmarshalBinary(nil), t.UnmarshalBinary([]byte{9, 1, 2}))
}

func must(b []byte, err error) []byte {
	if err != nil {
		return []byte(err.Error())
	}
	return b
}
