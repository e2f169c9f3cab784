package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// site lays out a small dist/ like web/build.sh's.
func site(t *testing.T) *siteHandler {
	t.Helper()
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("index.html", "<!doctype html><title>x</title>")
	for _, name := range []string{"embed.html", "docs.html", "embed.js", "sw.js", "manifest.json"} {
		write(name, "x")
	}
	write("assets/app.0123456789ab.wasm", "\x00asm plain")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("\x00asm from twin"))
	zw.Close()
	write("assets/app.0123456789ab.wasm.gz", gz.String())
	write("assets/style.0123456789ab.css", "body{}")
	os.WriteFile(filepath.Join(filepath.Dir(dir), "secret.txt"), []byte("no"), 0o644)
	h, err := newSiteHandler(dir)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func get(h http.Handler, target string, gzipOK bool) *http.Response {
	req := httptest.NewRequest("GET", target, nil)
	if gzipOK {
		req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, resp *http.Response) string {
	t.Helper()
	r := io.Reader(resp.Body)
	if resp.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestServeHeaders(t *testing.T) {
	h := site(t)
	tests := []struct {
		target, typ, cache, encoding, body string
		gzip                               bool
	}{
		{"/", "text/html; charset=utf-8", "no-cache", "gzip", "<!doctype html><title>x</title>", true},
		{"/index.html", "text/html; charset=utf-8", "no-cache", "", "<!doctype html><title>x</title>", false},
		{"/assets/app.0123456789ab.wasm", "application/wasm", "public, max-age=31536000, immutable", "gzip", "\x00asm from twin", true},
		{"/assets/app.0123456789ab.wasm", "application/wasm", "public, max-age=31536000, immutable", "", "\x00asm plain", false},
		{"/assets/style.0123456789ab.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable", "gzip", "body{}", true},
	}
	for _, tt := range tests {
		resp := get(h, tt.target, tt.gzip)
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", tt.target, resp.StatusCode)
			continue
		}
		if got := resp.Header.Get("Content-Type"); got != tt.typ {
			t.Errorf("%s: Content-Type %q, want %q", tt.target, got, tt.typ)
		}
		if got := resp.Header.Get("Cache-Control"); got != tt.cache {
			t.Errorf("%s: Cache-Control %q, want %q", tt.target, got, tt.cache)
		}
		if got := resp.Header.Get("Content-Encoding"); got != tt.encoding {
			t.Errorf("%s: Content-Encoding %q, want %q", tt.target, got, tt.encoding)
		}
		if got := body(t, resp); got != tt.body {
			t.Errorf("%s: body %q, want %q", tt.target, got, tt.body)
		}
	}
}

func TestServeRefuses(t *testing.T) {
	h := site(t)
	for _, target := range []string{"/missing.js", "/../secret.txt", "/assets/app.0123456789ab.wasm.gz"} {
		if resp := get(h, target, true); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", target, resp.StatusCode)
		}
	}
	req := httptest.NewRequest("POST", "/", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", rec.Code)
	}
}

func TestServeNeedsBuild(t *testing.T) {
	if _, err := newSiteHandler(t.TempDir()); err == nil {
		t.Error("a directory without index.html was accepted")
	}
}

// netlifyConfig is what the tests read from netlify.toml: the [build]
// settings and the [[headers]] tables. It understands just the TOML that
// file uses: tables, arrays of tables and `key = "string"` lines.
type netlifyConfig struct {
	build, env map[string]string
	headers    []headerRule
}

func readNetlify(t *testing.T) netlifyConfig {
	t.Helper()
	f, err := os.Open("../../netlify.toml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg := netlifyConfig{build: map[string]string{}, env: map[string]string{}}
	var into map[string]string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case line == "[build]":
			into = cfg.build
		case line == "[build.environment]":
			into = cfg.env
		case line == "[[headers]]":
			cfg.headers = append(cfg.headers, headerRule{Values: map[string]string{}})
			into = nil
		case line == "[headers.values]":
			into = cfg.headers[len(cfg.headers)-1].Values
		case strings.HasPrefix(line, "["):
			t.Fatalf("netlify.toml:%d: table %s is not understood by this test", n, line)
		default:
			key, raw, ok := strings.Cut(line, "=")
			value, err := strconv.Unquote(strings.TrimSpace(raw))
			if !ok || err != nil {
				t.Fatalf("netlify.toml:%d: want key = \"string\", got %q", n, line)
			}
			key = strings.TrimSpace(key)
			switch {
			case into != nil:
				into[key] = value
			case key == "for" && len(cfg.headers) > 0:
				cfg.headers[len(cfg.headers)-1].For = value
			default:
				t.Fatalf("netlify.toml:%d: %s outside a known table", n, key)
			}
		}
	}
	return cfg
}

// TestServeMatchesNetlify keeps `interleave serve` and the deployed site
// answering with the same headers.
func TestServeMatchesNetlify(t *testing.T) {
	cfg := readNetlify(t)
	if !reflect.DeepEqual(cfg.headers, headerRules) {
		t.Errorf("netlify.toml's [[headers]] differ from serve.go's headerRules:\nnetlify.toml: %q\nserve.go:     %q", cfg.headers, headerRules)
	}
	if cfg.build["command"] != "make dist" || cfg.build["publish"] != "dist" {
		t.Errorf("netlify.toml [build] = %q, want command \"make dist\" and publish \"dist\"", cfg.build)
	}
	goMod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(goMod), "\n") {
		v, ok := strings.CutPrefix(line, "go ")
		if !ok {
			continue
		}
		if release := strings.Join(strings.Split(v, ".")[:2], "."); !strings.HasPrefix(cfg.env["GO_VERSION"], release+".") {
			t.Errorf("netlify.toml pins Go %q; go.mod asks for go %s", cfg.env["GO_VERSION"], v)
		}
	}
	if !strings.HasPrefix(cfg.env["NODE_VERSION"], "20") {
		t.Errorf("netlify.toml pins Node %q, want 20", cfg.env["NODE_VERSION"])
	}

	h := site(t)
	for _, target := range []string{"/", "/index.html", "/docs.html", "/embed.html", "/embed.js", "/sw.js", "/manifest.json",
		"/assets/app.0123456789ab.wasm", "/assets/style.0123456789ab.css"} {
		want := map[string]string{}
		for _, rule := range cfg.headers {
			if !matchPath(rule.For, target) {
				continue
			}
			for k, v := range rule.Values {
				if _, twice := want[k]; twice {
					t.Errorf("%s: two rules of netlify.toml set %s; Netlify would join them", target, k)
				}
				want[k] = v
			}
		}
		if want["Cache-Control"] == "" {
			t.Errorf("%s: netlify.toml sets no Cache-Control", target)
		}
		if strings.HasSuffix(target, ".html") || target == "/" {
			if !strings.Contains(want["Content-Security-Policy"], "frame-ancestors") {
				t.Errorf("%s: netlify.toml sets no Content-Security-Policy with frame-ancestors", target)
			}
		}
		for _, gz := range []bool{false, true} {
			resp := get(h, target, gz)
			for k, v := range want {
				if got := resp.Header.Get(k); got != v {
					t.Errorf("%s (gzip %v): %s = %q, netlify.toml says %q", target, gz, k, got, v)
				}
			}
		}
	}
	if got := get(h, "/embed.html", false).Header.Get("Content-Security-Policy"); !strings.HasSuffix(got, "frame-ancestors *") {
		t.Errorf("embed.html cannot be framed by other sites: %q", got)
	}
}

func TestMatchPath(t *testing.T) {
	for _, tt := range []struct {
		pattern, path string
		want          bool
	}{
		{"/*", "/", true}, {"/*", "/assets/a.js", true}, {"/", "/", true}, {"/", "/index.html", false},
		{"/assets/*", "/assets/a.js", true}, {"/assets/*", "/embed.js", false},
		{"/assets/*.wasm", "/assets/app.0123456789ab.wasm", true}, {"/assets/*.wasm", "/assets/app.js", false},
		{"/embed.html", "/embed.html", true}, {"/embed.html", "/embed.htm", false},
	} {
		if got := matchPath(tt.pattern, tt.path); got != tt.want {
			t.Errorf("matchPath(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}
