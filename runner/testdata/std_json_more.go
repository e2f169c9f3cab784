// encoding/json over Interleave's reflect, further: embedded structs and
// pointers, Marshaler/Unmarshaler, TextMarshaler map keys, ,string, []byte,
// json.Number, Indent/Compact, DisallowUnknownFields, error types, cycles,
// Token streaming and HTML escaping.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type Base struct {
	ID      int `json:"id"`
	Created string
}

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%.1fC"`, float64(t))), nil }

func (t *Temp) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	f, err := strconv.ParseFloat(strings.TrimSuffix(s, "C"), 64)
	*t = Temp(f)
	return err
}

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte([]string{"low", "high"}[l]), nil }
func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 0
	case "high":
		*l = 1
	default:
		return errors.New("bad level " + string(b))
	}
	return nil
}

type Reading struct {
	Base
	*Extra
	T      Temp               `json:"temp"`
	Lvl    Level              `json:"level"`
	Count  int64              `json:"count,string"`
	Data   []byte             `json:"data"`
	Any    any                `json:"any"`
	ByLvl  map[Level]int      `json:"by_level"`
	Arr    [2]bool            `json:"arr"`
	Num    json.Number        `json:"num"`
	U8     uint8              `json:"u8"`
	F32    float32            `json:"f32"`
	Nested map[string][]*Base `json:"nested,omitempty"`
	Dur    time.Duration      `json:"dur"`
}

type Extra struct {
	Note string `json:"note"`
}

func main() {
	r := Reading{Base: Base{1, "today"}, Extra: &Extra{"n"}, T: 21.55, Lvl: 1, Count: 12345678901, Data: []byte("hi\x00"),
		Any: []any{1, "x"}, ByLvl: map[Level]int{0: 3, 1: 4}, Arr: [2]bool{true, false}, Num: "3.14", U8: 255, F32: 0.1,
		Nested: map[string][]*Base{"a": {{2, "x"}, nil}}, Dur: time.Second}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	var back Reading
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.ID, back.Created, back.Note, back.T, back.Lvl, back.Count, string(back.Data), back.Any, back.ByLvl, back.Arr, back.Num, back.U8, back.F32, *back.Nested["a"][0], back.Nested["a"][1], back.Dur)
	var out bytes.Buffer
	json.Indent(&out, []byte(`{"a":[1,2,{"b":null}],"c":"d"}`), ">", "\t")
	fmt.Println(out.String())
	out.Reset()
	json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(out.String())
	dec := json.NewDecoder(strings.NewReader(`{"a": 1.5, "b": [true]}`))
	dec.UseNumber()
	var m map[string]any
	fmt.Println(dec.Decode(&m), m, fmt.Sprintf("%T", m["a"]))
	dec = json.NewDecoder(strings.NewReader(`{"id": 1, "zzz": 2}`))
	dec.DisallowUnknownFields()
	var bs Base
	fmt.Println(dec.Decode(&bs))
	for _, bad := range []string{`{"level":"mid"}`, `{"temp":5}`, `[1,2]`, `{"u8": 300}`, `{"arr": [true, false, true]}`, `{"count": 5}`} {
		var x Reading
		err := json.Unmarshal([]byte(bad), &x)
		fmt.Printf("%s -> %v | %T\n", bad, err, err)
	}
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"a" 1}`), &m)
	fmt.Println(errors.As(err, &se), se.Offset, err)
	_, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
	type cyc struct{ Next *cyc }
	c := &cyc{}
	c.Next = c
	_, err = json.Marshal(c)
	fmt.Println(err)
	dec = json.NewDecoder(strings.NewReader(`[{"a":1}, "x", 2]`))
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T %v %v\n", t, t, dec.More())
	}
	html, _ := json.Marshal("<&>")
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetEscapeHTML(false)
	e.Encode("<&>")
	fmt.Println(string(html), buf.String())
}
