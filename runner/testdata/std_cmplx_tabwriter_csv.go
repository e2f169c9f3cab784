package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"hash/adler32"
	"hash/crc64"
	"io"
	"math"
	"math/cmplx"
	"os"
	"strings"
	"text/tabwriter"
)

func main() {
	// math/cmplx
	z := complex(3, 4)
	fmt.Println(cmplx.Abs(z), cmplx.Phase(z), cmplx.Conj(z))
	fmt.Printf("%.6f\n", cmplx.Sqrt(-1))
	fmt.Printf("%.6f\n", cmplx.Exp(complex(0, math.Pi)))
	fmt.Printf("%.6f %.6f\n", cmplx.Log(z), cmplx.Pow(z, 2))
	fmt.Printf("%.6f %.6f %.6f\n", cmplx.Sin(z), cmplx.Cos(z), cmplx.Tan(z))
	r, th := cmplx.Polar(z)
	fmt.Printf("%.6f %.6f %.6f\n", r, th, cmplx.Rect(r, th))
	fmt.Println(cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()), cmplx.Sqrt(0))
	fmt.Printf("%.6f %.6f\n", cmplx.Asin(z), cmplx.Atanh(0.5))

	// text/tabwriter
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbb\tc")
	fmt.Fprintln(w, "x\ty\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', 0)
	fmt.Fprintf(w, "name\tage\tcity\n")
	fmt.Fprintf(w, "Alice\t30\tParis\n")
	fmt.Fprintf(w, "Bob\t4\tNew York\n\n")
	fmt.Fprintf(w, "after\tblank\n")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent|tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "\t\tindented\tx")
	fmt.Fprintln(w, "\t\tmore\ty")
	w.Flush()

	// hash/adler32, hash/crc64
	fmt.Println(adler32.Checksum([]byte("Wikipedia")))
	h := adler32.New()
	io.WriteString(h, "Wiki")
	io.WriteString(h, "pedia")
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	iso := crc64.MakeTable(crc64.ISO)
	ecma := crc64.MakeTable(crc64.ECMA)
	fmt.Printf("%016x %016x\n", crc64.Checksum([]byte("hello world"), iso), crc64.Checksum([]byte("hello world"), ecma))
	c := crc64.New(ecma)
	c.Write([]byte("hello "))
	c.Write([]byte("world"))
	fmt.Printf("%016x %x\n", c.Sum64(), crc64.Update(0, iso, []byte("abc")))

	// encoding/csv
	in := `first_name,last_name,username
"Rob","Pike",rob
Ken,Thompson,ken
"Robert","Griesemer","gri"
"multi
line","with ""quotes""",x
`
	rd := csv.NewReader(strings.NewReader(in))
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
		line, col := rd.FieldPos(0)
		fmt.Printf("%q at %d:%d offset %d\n", rec, line, col, rd.InputOffset())
	}
	rd = csv.NewReader(strings.NewReader("a;b;c\n# comment\nd;e\n"))
	rd.Comma = ';'
	rd.Comment = '#'
	rd.FieldsPerRecord = -1
	all, err := rd.ReadAll()
	fmt.Println(all, err)
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err, errors.Is(err, csv.ErrFieldCount))
	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	var pe *csv.ParseError
	fmt.Println(err, errors.As(err, &pe), pe.Line, errors.Is(err, csv.ErrQuote))
	_, err = csv.NewReader(strings.NewReader("a,b\"c\"\n")).Read()
	fmt.Println(err)
	cw := csv.NewWriter(os.Stdout)
	cw.WriteAll([][]string{{"name", "quote"}, {"Rob", `say "hi"`}, {"a,b", " lead"}, {"multi\nline", ""}})
	cw.UseCRLF = true
	cw.Comma = '\t'
	cw.Write([]string{"x", "y z"})
	cw.Flush()
	fmt.Println(cw.Error())
}
