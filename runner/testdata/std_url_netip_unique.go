package main

import (
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"unique"
)

type point struct{ x, y int }

func main() {
	u, err := url.Parse("https://user:p%40ss@example.com:8080/a%20b/c?q=go+lang&x=1&x=2#frag")
	fmt.Println(err)
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawPath, u.RawQuery, u.Fragment)
	fmt.Println(u.User.Username())
	p, ok := u.User.Password()
	fmt.Println(p, ok, u.User)
	fmt.Println(u.Query(), u.Query()["x"], u.Query().Get("q"))
	fmt.Println(u.String(), u.Redacted())
	fmt.Println(u.EscapedPath(), u.RequestURI(), u.IsAbs())
	ref, _ := url.Parse("../d/e?y=3")
	fmt.Println(u.ResolveReference(ref))
	fmt.Println(u.JoinPath("x", "../y"))
	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah & Co")
	fmt.Println(v.Encode(), v.Has("name"))
	v.Del("name")
	fmt.Println(v.Encode())
	q, err := url.ParseQuery("a=1&b=%zz&c=3")
	fmt.Println(q, err)
	fmt.Println(url.QueryEscape("a b/c?d=e&f"), url.PathEscape("a b/c?d"))
	s, err := url.QueryUnescape("a%20b+c")
	fmt.Println(s, err)
	_, err = url.PathUnescape("%g1")
	fmt.Println(err)
	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println(err)
	_, err = url.Parse(":foo")
	var ue *url.Error
	fmt.Println(err, errors.As(err, &ue))
	_, err = url.Parse("http://a b.com/")
	fmt.Println(err)
	_, err = url.ParseRequestURI("rel/path")
	fmt.Println(err)
	m, _ := url.Parse("mailto:gopher@golang.org")
	fmt.Println(m.Scheme, m.Opaque, m.String())
	fmt.Println((&url.URL{Scheme: "http", Host: "h", Path: "/a b", RawQuery: "k=v"}).String())
	j, err := url.JoinPath("https://x.org/a/", "b", "c/")
	fmt.Println(j, err)

	// net/netip
	a := netip.MustParseAddr("192.168.1.10")
	fmt.Println(a, a.Is4(), a.IsPrivate(), a.Next(), a.As4())
	pf := netip.MustParsePrefix("10.0.0.0/8")
	fmt.Println(pf.Contains(netip.MustParseAddr("10.2.3.4")), pf.Bits(), pf.Masked())
	a6, err := netip.ParseAddr("2001:db8::1")
	fmt.Println(a6, err, a6.Is6(), a6.Unmap(), a6.StringExpanded())
	_, err = netip.ParseAddr("300.1.1.1")
	fmt.Println(err)
	ap := netip.AddrPortFrom(a, 443)
	fmt.Println(ap, ap.Port(), a.Compare(a6), a == netip.MustParseAddr("192.168.1.10"))

	// unique
	h1 := unique.Make("hello")
	h2 := unique.Make("hel" + "lo")
	h3 := unique.Make("world")
	fmt.Println(h1 == h2, h1 == h3, h1.Value(), h3.Value())
	p1 := unique.Make(point{1, 2})
	p2 := unique.Make(point{1, 2})
	fmt.Println(p1 == p2, p1.Value())
	i1, i2 := unique.Make(42), unique.Make(int64(42))
	fmt.Println(i1.Value(), i2.Value(), i1 == unique.Make(42))
}
