// encoding/json compiled from Go's sources over Interleave's reflect:
// tags, omitempty, pointers, maps, any, errors, TextMarshaler keys,
// Encoder/Decoder, RawMessage.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Person struct {
	Name    string         `json:"name"`
	Age     int            `json:"age"`
	Email   string         `json:"email,omitempty"`
	Tags    []string       `json:"tags"`
	Addr    *Address       `json:"addr,omitempty"`
	Meta    map[string]any `json:"meta"`
	Score   float64        `json:"score"`
	private int
	Skip    string            `json:"-"`
	Extra   map[string]string `json:",omitempty"`
}

type Color int

func (c Color) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("color-%d", int(c))), nil }

func main() {
	p := Person{Name: "Ann", Age: 30, Tags: []string{"a", "b"}, Addr: &Address{Street: "Main"}, Meta: map[string]any{"z": 1, "a": []int{1, 2}}, Score: 1.5}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]any{"b": true, "a": nil, "c": 1e21, "d": "<x>"}, "", "  ")
	fmt.Println(string(b))
	var q Person
	err = json.Unmarshal([]byte(`{"name":"Bob","age":41,"tags":["x"],"addr":{"street":"S","city":"C"},"meta":{"k":[1,"two",null,true,{"n":2.5}]},"score":-0.25,"unknown":3}`), &q)
	addr := q.Addr
	q.Addr = nil
	fmt.Printf("%+v %v %+v\n", q, err, *addr)
	var anyv any
	json.Unmarshal([]byte(`[1, "a", {"b": [true, null]}]`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv)
	err = json.Unmarshal([]byte(`{"age":"x"}`), &q)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"age":`), &q)
	fmt.Println(err)
	b, _ = json.Marshal(map[Color]Color{1: 2})
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode([]any{1, "s", 2.5, nil, map[int]string{2: "b", 1: "a"}})
	dec := json.NewDecoder(strings.NewReader(`{"street":"A"} {"street":"B"}`))
	for {
		var a Address
		if err := dec.Decode(&a); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(a)
	}
	var raw json.RawMessage
	json.Unmarshal([]byte(` {"x": 1} `), &raw)
	fmt.Println(string(raw), json.Valid([]byte(`{}`)))
}
