// encoding/xml compiled from Go's sources over Interleave's reflect:
// attributes, nested paths, comments, chardata, omitempty, Marshaler
// names, Unmarshal into structs and slices, token streaming and errors.
package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Lang    string   `xml:"lang,attr,omitempty"`
	Title   string   `xml:"title"`
	Authors []string `xml:"authors>author"`
	Price   float64  `xml:"price,omitempty"`
	Note    string   `xml:",comment"`
	Blurb   string   `xml:",chardata"`
}

type Shelf struct {
	XMLName xml.Name `xml:"shelf"`
	Books   []Book   `xml:"book"`
	Raw     struct {
		Inner string `xml:",innerxml"`
	} `xml:"raw"`
}

func main() {
	b := Book{ID: "b1", Title: "Go & You", Authors: []string{"A", "B"}, Price: 9.5, Note: "n", Blurb: "<fun>"}
	out, err := xml.MarshalIndent(b, "", "  ")
	fmt.Println(string(out), err)
	var back Book
	err = xml.Unmarshal(out, &back)
	fmt.Printf("%+v %v\n", back, err)
	var s Shelf
	err = xml.Unmarshal([]byte(`<shelf><book id="1" lang="en"><title>T1</title></book><book id="2"><authors><author>X</author></authors></book><raw><i>inner</i> text</raw></shelf>`), &s)
	fmt.Println(err, len(s.Books), s.Books[0].Lang, s.Books[1].Authors, s.Raw.Inner)
	out, _ = xml.Marshal(s.Books)
	fmt.Println(xml.Header + string(out))
	d := xml.NewDecoder(strings.NewReader(`<a x="1"><b>text</b><!-- c --><?pi data?></a>`))
	for {
		tok, err := d.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Println("start", t.Name.Local, t.Attr)
		case xml.EndElement:
			fmt.Println("end", t.Name.Local)
		case xml.CharData:
			fmt.Printf("chardata %q\n", string(t))
		case xml.Comment:
			fmt.Printf("comment %q\n", string(t))
		case xml.ProcInst:
			fmt.Println("procinst", t.Target, string(t.Inst))
		}
	}
	err = xml.Unmarshal([]byte(`<book><title>x</book>`), &back)
	fmt.Println(err)
	_, err = xml.Marshal(map[string]int{"a": 1})
	fmt.Println(err)
	var sb strings.Builder
	xml.EscapeText(&sb, []byte(`<"'&>`))
	fmt.Println(sb.String())
}
