package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// site lays out a small dist/ like web/build.sh's.
func site(t *testing.T) *siteHandler {
	t.Helper()
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("index.html", "<!doctype html><title>x</title>")
	write("app.0123456789ab.wasm", "\x00asm plain")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("\x00asm from twin"))
	zw.Close()
	write("app.0123456789ab.wasm.gz", gz.String())
	write("style.0123456789ab.css", "body{}")
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
		{"/app.0123456789ab.wasm", "application/wasm", "public, max-age=31536000, immutable", "gzip", "\x00asm from twin", true},
		{"/app.0123456789ab.wasm", "application/wasm", "public, max-age=31536000, immutable", "", "\x00asm plain", false},
		{"/style.0123456789ab.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable", "gzip", "body{}", true},
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
	for _, target := range []string{"/missing.js", "/../secret.txt", "/app.0123456789ab.wasm.gz"} {
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
