// The smaller packages a pasted program reaches for: crypto's hash registry,
// HMAC and SHA-512, base32 and PEM, html escaping, text/scanner, the
// io/ioutil wrappers over the in-memory file system, and time/tzdata.
package main

import (
	"bytes"
	"crypto"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base32"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"hash"
	"html"
	"io/ioutil"
	"os"
	"strings"
	"text/scanner"
	"time"
	_ "time/tzdata"
)

func main() {
	// crypto.Hash: names, sizes, and New for the hashes linked in.
	for _, h := range []crypto.Hash{crypto.MD5, crypto.SHA1, crypto.SHA224, crypto.SHA256, crypto.SHA384, crypto.SHA512, crypto.SHA512_256, crypto.SHA512_224} {
		fmt.Printf("%-12v size=%-3d available=%t", h, h.Size(), h.Available())
		if h.Available() {
			w := h.New()
			w.Write([]byte("abc"))
			fmt.Printf(" %x", w.Sum(nil)[:8])
		}
		fmt.Println()
	}
	fmt.Println(crypto.Hash(99), crypto.SHA3_256, crypto.BLAKE2b_256.Size(), crypto.RIPEMD160.HashFunc())
	func() {
		defer func() { fmt.Println("Size of a bad hash:", recover()) }()
		crypto.Hash(99).Size()
	}()

	// SHA-512 family and HMAC.
	fmt.Printf("%x\n%x\n%x\n", sha512.Sum512([]byte("abc")), sha512.Sum384([]byte("abc")), sha512.Sum512_256([]byte("abc")))
	fmt.Printf("%x\n", sha512.Sum512_224(nil))
	key := []byte("key")
	msg := []byte("The quick brown fox jumps over the lazy dog")
	for _, c := range []struct {
		name string
		h    func() hash.Hash
	}{{"md5", md5.New}, {"sha1", sha1.New}, {"sha256", sha256.New}, {"sha512", sha512.New}} {
		m := hmac.New(c.h, key)
		m.Write(msg)
		sum := m.Sum(nil)
		m.Reset()
		m.Write(msg[:10])
		m.Write(msg[10:])
		fmt.Printf("hmac-%s %x size=%d block=%d equal=%t\n", c.name, sum, m.Size(), m.BlockSize(), hmac.Equal(sum, m.Sum(nil)))
	}
	long := hmac.New(sha256.New, bytes.Repeat([]byte("k"), 100))
	long.Write(msg)
	fmt.Printf("hmac long key %x\n", long.Sum(nil))

	// base32, both alphabets, padding, and corrupt input.
	for _, enc := range []*base32.Encoding{base32.StdEncoding, base32.HexEncoding, base32.StdEncoding.WithPadding(base32.NoPadding), base32.HexEncoding.WithPadding('*')} {
		for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar"} {
			e := enc.EncodeToString([]byte(s))
			d, err := enc.DecodeString(e)
			fmt.Printf("%q→%q→%q %v; ", s, e, d, err)
		}
		fmt.Println(enc.EncodedLen(7), enc.DecodedLen(16))
	}
	for _, bad := range []string{"MZXW6===x", "MZXW6", "1234====", "MZ======"} {
		_, err := base32.StdEncoding.DecodeString(bad)
		fmt.Println("decode", bad, err)
	}

	// PEM: encode, decode with headers, and trailing data.
	blk := &pem.Block{Type: "MESSAGE", Headers: map[string]string{"Proc-Type": "4,ENCRYPTED", "Animal": "Gopher"}, Bytes: bytes.Repeat([]byte("pem!"), 20)}
	enc := pem.EncodeToMemory(blk)
	fmt.Print(string(enc))
	got, rest := pem.Decode(append(enc, "trailing text\n"...))
	fmt.Printf("%s %v %d bytes equal=%t rest=%q\n", got.Type, got.Headers, len(got.Bytes), bytes.Equal(got.Bytes, blk.Bytes), rest)
	none, rest := pem.Decode([]byte("no pem here"))
	fmt.Println(none, string(rest))
	err := pem.Encode(os.Stdout, &pem.Block{Type: "BAD", Headers: map[string]string{"a:b": "c"}})
	fmt.Println("bad header:", err)

	// html.
	for _, s := range []string{`<a href="x">Tom & Jerry's</a>`, "&lt;&amp;&#39;&#x41;&eacute;&notanentity;&amp", "&#0;&#x110000;&AElig"} {
		e := html.EscapeString(s)
		fmt.Printf("%q\n  %q\n  %q\n", s, e, html.UnescapeString(s))
	}

	// text/scanner over Go-like source.
	var sc scanner.Scanner
	sc.Init(strings.NewReader("x := 3.5e2 + 'c' // comment\nif s == \"str\\n\" { return `raw` }\n0x1F @"))
	sc.Filename = "input"
	sc.Error = func(s *scanner.Scanner, msg string) { fmt.Println("error:", s.Pos(), msg) }
	for tok := sc.Scan(); tok != scanner.EOF; tok = sc.Scan() {
		fmt.Printf("%s:%s:%q ", sc.Position, scanner.TokenString(tok), sc.TokenText())
	}
	fmt.Println()
	sc.Init(strings.NewReader("a /* c */ b \"unterminated"))
	sc.Mode ^= scanner.SkipComments
	sc.Error = func(s *scanner.Scanner, msg string) { fmt.Println("error:", s.Pos(), msg) }
	for tok := sc.Scan(); tok != scanner.EOF; tok = sc.Scan() {
		fmt.Printf("%s %q; ", scanner.TokenString(tok), sc.TokenText())
	}
	fmt.Println(sc.ErrorCount)

	// io/ioutil over the file system.
	dir, err := ioutil.TempDir("", "util")
	if err != nil {
		panic(err)
	}
	name := dir + "/notes.txt"
	fmt.Println(ioutil.WriteFile(name, []byte("line one\nline two\n"), 0o644))
	data, err := ioutil.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	all, err := ioutil.ReadAll(strings.NewReader("from a reader"))
	fmt.Printf("%q %v\n", all, err)
	f, _ := ioutil.TempFile(dir, "tmp-*.log")
	f.WriteString("x")
	f.Close()
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(strings.HasPrefix(fi.Name(), "tmp-") || fi.Name() == "notes.txt", fi.Size(), fi.Mode(), fi.IsDir())
	}
	n, err := ioutil.Discard.Write([]byte("gone"))
	fmt.Println(n, err, ioutil.NopCloser(strings.NewReader("")).Close())
	_, err = ioutil.ReadFile(dir + "/missing")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	// time/tzdata changes nothing a program can see: zones load as before.
	for _, z := range []string{"Europe/Berlin", "Asia/Kolkata", "America/St_Johns", "Nowhere/City"} {
		loc, err := time.LoadLocation(z)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(time.Date(2024, 7, 1, 12, 0, 0, 0, time.UTC).In(loc))
	}
	fmt.Println(hex.EncodeToString(sha256.New().Sum(nil))[:16])
}
