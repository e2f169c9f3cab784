package main

import (
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"strings"
	"syscall"
	"time"
)

// serveCmd implements `interleave serve [--addr 127.0.0.1:8080] [--dir dist]`:
// it serves the built playground (web/build.sh's dist/) until interrupted.
func serveCmd(args []string) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fl.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := fl.String("dir", "dist", "directory of the built playground (make dist)")
	fl.Usage = func() {
		fmt.Fprintln(fl.Output(), "usage: interleave serve [--addr 127.0.0.1:8080] [--dir dist]")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "interleave serve: unexpected argument %q\n", fl.Arg(0))
		return 2
	}
	h, err := newSiteHandler(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "interleave serve:", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "interleave serve:", err)
		return 1
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(os.Stderr, "interleave: serving %s on http://%s/\n", *dir, ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, "interleave serve:", err)
		return 1
	}
	return 0
}

// csp is the pages' Content-Security-Policy: scripts from the site's own
// files only (no inline script, no eval), WebAssembly allowed, and framing
// by the site itself only. Inline styles stay allowed: CodeMirror writes its
// theme into <style> elements and sets style attributes, and a style cannot
// run code. embed.html, which other sites frame, gets embedCSP.
const (
	csp      = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
	embedCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors *"
)

// headerRule is one [[headers]] table of netlify.toml: For is a path
// pattern where * matches any run of characters.
type headerRule struct {
	For    string
	Values map[string]string
}

// headerRules are netlify.toml's [[headers]], in order, so that the local
// server answers like the deployed site; TestServeMatchesNetlify keeps the
// two equal. build.sh puts content-hashed files under assets/.
var headerRules = []headerRule{
	{"/*", map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}},
	{"/assets/*", map[string]string{"Cache-Control": "public, max-age=31536000, immutable", "Content-Security-Policy": csp}},
	{"/assets/*.wasm", map[string]string{"Content-Type": "application/wasm"}},
	{"/", map[string]string{"Cache-Control": "no-cache", "Content-Security-Policy": csp}},
	{"/index.html", map[string]string{"Cache-Control": "no-cache", "Content-Security-Policy": csp}},
	{"/docs.html", map[string]string{"Cache-Control": "no-cache", "Content-Security-Policy": csp}},
	{"/embed.html", map[string]string{"Cache-Control": "no-cache", "Content-Security-Policy": embedCSP}},
	{"/embed.js", map[string]string{"Cache-Control": "no-cache", "Access-Control-Allow-Origin": "*"}},
	{"/sw.js", map[string]string{"Cache-Control": "no-cache"}},
	{"/manifest.json", map[string]string{"Cache-Control": "no-cache"}},
}

// matchPath reports whether a Netlify path pattern matches urlPath.
func matchPath(pattern, urlPath string) bool {
	head, tail, star := strings.Cut(pattern, "*")
	if !star {
		return pattern == urlPath
	}
	if !strings.HasPrefix(urlPath, head) {
		return false
	}
	rest := urlPath[len(head):]
	for i := 0; i <= len(rest); i++ {
		if matchPath(tail, rest[i:]) {
			return true
		}
	}
	return false
}

// siteHandler serves a built playground: index.html for "/", the right
// Content-Type for .wasm, gzip (build.sh's .gz twins, or compressed on the
// fly), and the headers of netlify.toml.
type siteHandler struct {
	root fs.FS
}

func newSiteHandler(dir string) (*siteHandler, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("%v (build the playground first: make dist)", err)
	}
	if _, err := root.Stat("index.html"); err != nil {
		return nil, fmt.Errorf("%s has no index.html (build the playground first: make dist)", dir)
	}
	return &siteHandler{root: root.FS()}, nil
}

func (h *siteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" {
		name = "index.html"
	}
	if strings.HasSuffix(name, ".gz") || !fs.ValidPath(name) {
		http.NotFound(w, r)
		return
	}
	info, err := fs.Stat(h.root, name)
	if err != nil || info.IsDir() {
		http.NotFound(w, r)
		return
	}

	hd := w.Header()
	hd.Set("Content-Type", contentType(name))
	for _, rule := range headerRules {
		if matchPath(rule.For, path.Clean("/"+r.URL.Path)) {
			for k, v := range rule.Values {
				hd.Set(k, v)
			}
		}
	}
	hd.Add("Vary", "Accept-Encoding")

	gz := acceptsGzip(r) && compressible(name)
	if gz {
		if f, err := h.root.Open(name + ".gz"); err == nil {
			defer f.Close()
			hd.Set("Content-Encoding", "gzip")
			http.ServeContent(w, r, name, info.ModTime(), f.(io.ReadSeeker))
			return
		}
	}
	f, err := h.root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	if !gz {
		http.ServeContent(w, r, name, info.ModTime(), f.(io.ReadSeeker))
		return
	}
	hd.Set("Content-Encoding", "gzip")
	hd.Del("Content-Length")
	if r.Method == http.MethodHead {
		return
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
	io.Copy(zw, f)
	zw.Close()
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".html":
		return "text/html; charset=utf-8"
	case ".json":
		return "application/json"
	case ".txt":
		return "text/plain; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

func compressible(name string) bool {
	switch path.Ext(name) {
	case ".wasm", ".js", ".mjs", ".css", ".html", ".json", ".svg", ".txt":
		return true
	}
	return false
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(enc) == "gzip" && strings.ReplaceAll(q, " ", "") != "q=0" {
			return true
		}
	}
	return false
}
