// A CPU profile of the runner's Web Workers during one exploration in
// headless Chromium (CDP Profiler on each worker's target), summarised as
// self and inclusive time per function. A measuring tool, not a test.
//
// The dist runner is stripped, so its functions show as wasm-function[N].
// For Go names, build a dist whose runner keeps its name section (same
// code, same function indices):
//
//	GOOS=js GOARCH=wasm go build -trimpath -o /tmp/runner.wasm ./wasm/worker
//	cp -r dist /tmp/distp && cp /tmp/runner.wasm /tmp/distp/assets/runner.*.wasm && rm /tmp/distp/assets/runner.*.wasm.gz
//	node web/e2e/prof-explore.mjs --dist /tmp/distp [--example cache] [--strategy dfs] [--runs 300]
//	      [--bound 1] [--workers 1] [--out /tmp/prof] [--top 60] [--interval 500]
//
// Writes one .cpuprofile per worker into --out (open them in Chromium's
// DevTools) and prints, per worker, the top functions by self time and the
// inclusive share of a few landmarks (--focus a,b,c: substrings).
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repo } from "./helpers.mjs";

const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf("--" + name);
  return i >= 0 ? args[i + 1] : def;
};
const distDir = arg("dist", join(repo, "dist"));
const example = arg("example", "cache");
const strategy = arg("strategy", "dfs");
const runs = Number(arg("runs", "300"));
const bound = Number(arg("bound", "1"));
const workers = Number(arg("workers", "1"));
const outDir = arg("out", "/tmp/prof");
const topN = Number(arg("top", "60"));
const interval = Number(arg("interval", "500"));
const focus = arg("focus", "Explore,Program.New,runtime.gcBgMarkWorker,runtime.gcAssist,runtime.mallocgc,exec,encoding/json,syscall/js,runtime.handleEvent,dfsRemote,RunBatch").split(",");
mkdirSync(outDir, { recursive: true });

const src = readFileSync(join(repo, "examples", example + ".go"), "utf8");
const port = 19200 + Math.floor(Math.random() * 500);
const addr = `127.0.0.1:${port}`;
const server = spawn(join(repo, "bin", "interleave"), ["serve", "--addr", addr, "--dir", distDir], { stdio: "ignore" });
const url = `http://${addr}/`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(url)).ok) break; } catch {}
  await new Promise((r) => setTimeout(r, 100));
}

const profile = mkdtempSync(join(tmpdir(), "interleave-prof-"));
const chrome = spawn(process.env.CHROMIUM || "/usr/bin/chromium", [
  "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank",
], { stdio: ["ignore", "ignore", "pipe"] });
const wsURL = await new Promise((resolve, reject) => {
  let err = "";
  chrome.stderr.on("data", (d) => {
    err += d;
    const m = err.match(/DevTools listening on (ws:\S+)/);
    if (m) resolve(m[1]);
  });
  chrome.on("exit", () => reject(new Error("chromium exited: " + err)));
});

const ws = new WebSocket(wsURL);
await new Promise((r) => ws.addEventListener("open", r, { once: true }));
let nextID = 1;
const pending = new Map();
const listeners = [];
ws.addEventListener("message", (ev) => {
  const m = JSON.parse(ev.data);
  if (m.id && pending.has(m.id)) {
    const { resolve, reject } = pending.get(m.id);
    pending.delete(m.id);
    m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result);
    return;
  }
  for (const l of listeners) l(m);
});
const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
  const id = nextID++;
  pending.set(id, { resolve, reject });
  ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
});

// Every worker that attaches gets its profiler started at once.
const workerSessions = [];
listeners.push(async (m) => {
  if (m.method !== "Target.attachedToTarget") return;
  const { sessionId, targetInfo } = m.params;
  if (targetInfo.type !== "worker") return;
  workerSessions.push({ sessionId, url: targetInfo.url, started: false });
  const w = workerSessions[workerSessions.length - 1];
  await send("Profiler.enable", {}, sessionId);
  await send("Profiler.setSamplingInterval", { interval }, sessionId);
  await send("Profiler.start", {}, sessionId);
  w.started = true;
});

const { targetId } = await send("Target.createTarget", { url: "about:blank" });
const { sessionId: pageSession } = await send("Target.attachToTarget", { targetId, flatten: true });
await send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, pageSession);
await send("Runtime.enable", {}, pageSession);
await send("Page.navigate", { url }, pageSession);
const evaluate = async (expression) => {
  const r = await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true }, pageSession);
  if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails).slice(0, 1000));
  return r.result.value;
};
for (let i = 0; ; i++) {
  const ok = await evaluate(`!!globalThis.InterleaveBoot && performance.getEntriesByName("runner-ready").length > 0`).catch(() => false);
  if (ok) break;
  if (i > 600) throw new Error("page not ready");
  await new Promise((r) => setTimeout(r, 100));
}

// The exploration, as helpers.mjs's exploreOnWorkers does it, but the
// workers stay alive until their profiles are taken.
const helpers = workers < 2 ? 0 : strategy === "dfs" ? workers - 1 : workers;
const explore = { strategy, runs, seed: 1, preemptionBound: bound, stopAtFirst: false, workers };
const fn = async ({ src, explore, helpers }) => {
  const boot = globalThis.InterleaveBoot;
  const hs = [];
  for (let i = 0; i < helpers; i++) hs.push(boot.spawnWorker());
  await Promise.all(hs.map((h) => new Promise((resolve, reject) => h.listen((msg) => {
    const r = JSON.parse(msg);
    if (r.ready) h.post(JSON.stringify({ id: 1, cmd: "compile", src }));
    else if (r.error) reject(new Error(r.error));
    else if (r.id === 1) resolve();
  }))));
  const w = boot.spawnWorker();
  globalThis.profWorkers = [w, ...hs];
  return await new Promise((resolve, reject) => {
    let progress = 0, t0 = 0;
    w.listen((msg) => {
      const r = JSON.parse(msg);
      if (r.id === 0 && r.ready) {
        for (const h of hs) boot.connect(w, h);
        w.post(JSON.stringify({ id: 1, cmd: "compile", src }));
        return;
      }
      if (r.id === 0 && r.error) reject(new Error(r.error));
      if (r.id === 1) {
        t0 = performance.now();
        w.post(JSON.stringify({ id: 2, cmd: "explore", src, explore }));
        return;
      }
      if (r.progress) { progress++; return; }
      if (r.id === 2) {
        if (!r.explore) reject(new Error(msg.slice(0, 500)));
        resolve({ x: r.explore, progress, wallMS: performance.now() - t0 });
      }
    });
  });
};
const before = workerSessions.length;
const res = await evaluate(`(${fn})(${JSON.stringify({ src, explore, helpers })})`);
const x = res.x;
console.log(`${example} ${strategy} runs ${runs} bound ${bound} workers ${workers}: ${x.schedules} schedules in ${x.elapsed_ms} ms (${(x.schedules / x.elapsed_ms * 1000).toFixed(1)}/s), remote ${x.remote_runs || 0}, progress msgs ${res.progress}; ${x.verdict.slice(0, 80)}`);

const mine = workerSessions.slice(before);
for (const [i, w] of mine.entries()) {
  const { profile: p } = await send("Profiler.stop", {}, w.sessionId);
  // exploreOnWorkers's order: the helpers first, then the lead.
  const name = i < helpers ? `helper${i}` : "lead";
  writeFileSync(join(outDir, `${name}.cpuprofile`), JSON.stringify(p));
  summarise(name, p);
}
await evaluate(`for (const w of globalThis.profWorkers) w.terminate(); true`);
ws.close();
chrome.kill();
server.kill();
rmSync(profile, { recursive: true, force: true });

function summarise(title, p) {
  const byID = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const count = new Map();
  for (const s of p.samples) count.set(s, (count.get(s) || 0) + 1);
  const total = p.samples.length;
  const self = new Map(), incl = new Map();
  const label = (n) => n.callFrame.functionName || `(${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber})`;
  for (const [id, c] of count) {
    const n = byID.get(id);
    self.set(label(n), (self.get(label(n)) || 0) + c);
    const seen = new Set();
    for (let q = id; q !== undefined; q = parent.get(q)) {
      const l = label(byID.get(q));
      if (seen.has(l)) continue;
      seen.add(l);
      incl.set(l, (incl.get(l) || 0) + c);
    }
  }
  const pct = (c) => (100 * c / total).toFixed(1).padStart(5) + "%";
  console.log(`\n== ${title}: ${total} samples, ${(p.endTime - p.startTime) / 1000 | 0} ms`);
  const idle = (self.get("(idle)") || 0) + (self.get("(program)") || 0);
  console.log(`idle+program ${pct(idle)}; gc ${pct(self.get("(garbage collector)") || 0)}`);
  console.log("self:");
  for (const [l, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, topN)) console.log(`  ${pct(c)}  ${pct(incl.get(l))} incl  ${l}`);
  console.log("inclusive of landmarks:");
  for (const f of focus) {
    const hits = [...incl].filter(([l]) => l.includes(f)).sort((a, b) => b[1] - a[1]).slice(0, 4);
    for (const [l, c] of hits) console.log(`  ${pct(c)}  ${l}`);
  }
}
