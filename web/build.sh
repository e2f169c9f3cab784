#!/usr/bin/env bash
# Builds the playground into dist/: the two wasm binaries (wasm/app paints
# the page, wasm/worker is the runner in a Web Worker), the CodeMirror bundle
# from web/src, Go's wasm_exec.js, the shell and its CSS. Every file but
# index.html gets a content hash in its name (served with long immutable
# caching); index.html is rewritten to point at them and carries the
# manifest boot.js reads. dist/manifest.json lists the same names, and every
# file also gets a gzip twin for `interleave serve`.
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

echo "build: wasm/worker (runner)"
GOOS=js GOARCH=wasm "$GO" build -trimpath -ldflags="-s -w" -o "$tmp/runner.wasm" ./wasm/worker
echo "build: wasm/app (UI)"
GOOS=js GOARCH=wasm "$GO" build -trimpath -ldflags="-s -w" -o "$tmp/app.wasm" ./wasm/app
echo "build: editor bundle, css, js"
"$esbuild" web/src/main.js --bundle --minify --format=iife --target=es2020 --legal-comments=eof --log-level=warning --outfile="$tmp/editor.js"
"$esbuild" web/style.css --minify --log-level=warning --outfile="$tmp/style.css"
"$esbuild" web/boot.js --minify --target=es2020 --log-level=warning --outfile="$tmp/boot.js"
"$esbuild" web/worker.js --minify --target=es2020 --log-level=warning --outfile="$tmp/worker.js"
cp "$("$GO" env GOROOT)/lib/wasm/wasm_exec.js" "$tmp/wasm_exec.js"

rm -rf "$out"
mkdir -p "$out"
declare -A name
for f in runner.wasm app.wasm editor.js style.css boot.js worker.js wasm_exec.js; do
	h=$(sha256sum "$tmp/$f" | cut -c1-12)
	hashed="${f%.*}.$h.${f##*.}"
	cp "$tmp/$f" "$out/$hashed"
	name[$f]=$hashed
done

manifest=$(printf '{"app":"%s","runner":"%s","worker":"%s","wasmExec":"%s","editor":"%s","style":"%s","boot":"%s"}' \
	"${name[app.wasm]}" "${name[runner.wasm]}" "${name[worker.js]}" "${name[wasm_exec.js]}" \
	"${name[editor.js]}" "${name[style.css]}" "${name[boot.js]}")
printf '%s\n' "$manifest" >"$out/manifest.json"
sed -e "s|<script id=\"manifest\" type=\"application/json\">[^<]*</script>|<script id=\"manifest\" type=\"application/json\">$manifest</script>|" \
	-e "s|href=\"style.css\"|href=\"${name[style.css]}\"|" \
	-e "s|src=\"wasm_exec.js\"|src=\"${name[wasm_exec.js]}\"|" \
	-e "s|src=\"editor.js\"|src=\"${name[editor.js]}\"|" \
	-e "s|src=\"boot.js\"|src=\"${name[boot.js]}\"|" \
	web/index.html >"$out/index.html"
for f in style.css wasm_exec.js editor.js boot.js; do
	grep -q "${name[$f]}" "$out/index.html" || { echo "build: index.html does not reference $f" >&2; exit 1; }
done

for f in "$out"/*; do
	gzip -9 -n -k "$f"
done
echo "build: dist/ ready"
(cd "$out" && for f in ${name[runner.wasm]} ${name[app.wasm]} ${name[editor.js]}; do
	printf '  %-32s %8d bytes, %8d gzip\n' "$f" "$(stat -c %s "$f")" "$(stat -c %s "$f.gz")"
done)
