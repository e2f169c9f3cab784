#!/usr/bin/env bash
# Builds the playground into dist/: the two wasm binaries (wasm/app paints
# the page, wasm/worker is the runner in a Web Worker), the CodeMirror bundle
# from web/src, Go's wasm_exec.js, the pages (web/*.html) and their CSS.
#
# Every file a page loads goes to dist/assets/ with a content hash in its
# name (served with long immutable caching); the pages are rewritten to point
# at them, and index.html and embed.html carry the manifest boot.js reads.
# The stable names stay at the top: the pages, dist/manifest.json (the same
# names), embed.js (other sites include it) and sw.js (the service worker,
# which precaches everything for offline use). Every file also gets a gzip
# twin for `interleave serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
out=dist
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ ! -x web/node_modules/.bin/esbuild ]; then
	(cd web && npm ci --no-audit --no-fund)
fi
esbuild=web/node_modules/.bin/esbuild
js() { "$esbuild" "$@" --minify --target=es2020 --log-level=warning; }

echo "build: std (runner/std/gen)"
"$GO" run ./runner/std/gen
echo "build: wasm/worker (runner)"
# -pgo=off: with a profile (make pgo) the inlining it asks for puts the
# runner at 4,204,633 bytes gzipped on 603417c, over its 4 MB budget
# (4,047,489 without), and bought no speed measurable in wasm (node, same
# run; docs/design.md "The page's runner"). With fewer hot call sites
# (-d=pgoinlinecdfthreshold=90) it fits with 40 KB spare, no faster either.
GOOS=js GOARCH=wasm "$GO" build -trimpath -ldflags="-s -w" -pgo=off -o "$tmp/runner.wasm" ./wasm/worker
echo "build: wasm/app (UI)"
GOOS=js GOARCH=wasm "$GO" build -trimpath -ldflags="-s -w" -o "$tmp/app.wasm" ./wasm/app
echo "build: editor bundle, css, js"
js web/src/main.js --bundle --format=iife --legal-comments=eof --outfile="$tmp/editor.js"
"$esbuild" web/style.css --minify --log-level=warning --outfile="$tmp/style.css"
for f in boot.js worker.js theme-init.js; do
	js "web/$f" --outfile="$tmp/$f"
done
cp "$("$GO" env GOROOT)/lib/wasm/wasm_exec.js" "$tmp/wasm_exec.js"

rm -rf "$out"
mkdir -p "$out/assets"
declare -A name
assets=(runner.wasm app.wasm editor.js style.css boot.js worker.js wasm_exec.js theme-init.js)
for f in "${assets[@]}"; do
	h=$(sha256sum "$tmp/$f" | cut -c1-12)
	hashed="assets/${f%.*}.$h.${f##*.}"
	cp "$tmp/$f" "$out/$hashed"
	name[$f]=$hashed
done

manifest=$(printf '{"app":"%s","runner":"%s","worker":"%s","wasmExec":"%s","editor":"%s","style":"%s","boot":"%s","themeInit":"%s"}' \
	"${name[app.wasm]}" "${name[runner.wasm]}" "${name[worker.js]}" "${name[wasm_exec.js]}" \
	"${name[editor.js]}" "${name[style.css]}" "${name[boot.js]}" "${name[theme-init.js]}")
printf '%s\n' "$manifest" >"$out/manifest.json"
for page in web/*.html; do
	p=$(basename "$page")
	sed -e "s|<script id=\"manifest\" type=\"application/json\">[^<]*</script>|<script id=\"manifest\" type=\"application/json\">$manifest</script>|" \
		-e "s|href=\"style.css\"|href=\"${name[style.css]}\"|" \
		-e "s|src=\"theme-init.js\"|src=\"${name[theme-init.js]}\"|" \
		-e "s|src=\"wasm_exec.js\"|src=\"${name[wasm_exec.js]}\"|" \
		-e "s|src=\"editor.js\"|src=\"${name[editor.js]}\"|" \
		-e "s|src=\"boot.js\"|src=\"${name[boot.js]}\"|" \
		"$page" >"$out/$p"
	if grep -Eq '(src|href)="(style\.css|theme-init\.js|wasm_exec\.js|editor\.js|boot\.js)"' "$out/$p"; then
		echo "build: $p still references an unhashed asset" >&2
		exit 1
	fi
	if grep -Eq '<script>|<style|style="| on[a-z]+="' "$out/$p"; then
		echo "build: $p has an inline script or style, which the Content-Security-Policy refuses" >&2
		exit 1
	fi
done

echo "build: embed.js, sw.js"
js web/src/embed.js --bundle --format=iife --outfile="$out/embed.js"
precache=$( (cd "$out" && printf '"./"'; for f in *.html manifest.json embed.js assets/*; do printf ',"%s"' "$f"; done) )
version=$(cat "$out"/*.html "$out"/manifest.json "$out"/embed.js | sha256sum | cut -c1-12)
sed -e "s|__PRECACHE__|[$precache]|" -e "s|__VERSION__|$version|" web/sw.js >"$tmp/sw.js"
js "$tmp/sw.js" --outfile="$out/sw.js"

find "$out" -type f -exec gzip -9 -n -k {} \;
echo "build: dist/ ready"
(cd "$out" && for f in ${name[runner.wasm]} ${name[app.wasm]} ${name[editor.js]}; do
	printf '  %-40s %8d bytes, %8d gzip\n' "$f" "$(stat -c %s "$f")" "$(stat -c %s "$f.gz")"
done)
