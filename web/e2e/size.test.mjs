// Size budget of the built playground, measured as served (gzip). The
// runner's budget is 4 MB since it carries Go's own standard library (issue 11).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { dist } from "./helpers.mjs";

const MB = 1024 * 1024;
const gz = (name) => gzipSync(readFileSync(join(dist, name)), { level: 9 }).length;

test("runner ≤ 4 MB and UI (wasm + JS + CSS) ≤ 1.5 MB, gzipped", () => {
  const m = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
  const runner = gz(m.runner);
  const ui = { app: gz(m.app), editor: gz(m.editor), wasmExec: gz(m.wasmExec), boot: gz(m.boot), worker: gz(m.worker), style: gz(m.style), themeInit: gz(m.themeInit), html: gz("index.html") };
  const uiTotal = Object.values(ui).reduce((a, b) => a + b, 0);
  const kb = (n) => (n / 1024).toFixed(0) + " KB";
  console.log(`gzip sizes: runner ${kb(runner)}; UI ${kb(uiTotal)} = ` + Object.entries(ui).map(([k, v]) => `${k} ${kb(v)}`).join(", "));
  assert.ok(runner <= 4 * MB, `runner wasm is ${kb(runner)} gzipped, over 4 MB`);
  assert.ok(uiTotal <= 1.5 * MB, `UI is ${kb(uiTotal)} gzipped, over 1.5 MB`);
});
