// Shared set-up for the end-to-end tests: each test file starts its own
// `interleave serve` on a free loopback port and its own headless Chromium
// (Debian's /usr/bin/chromium driven by playwright-core) with a fresh
// profile, and tears both down after.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, "..", "..");
export const dist = join(repo, "dist");
export const shots = join(here, "screenshots");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// startServer runs bin/interleave serve and resolves once it answers.
export async function startServer() {
  const bin = join(repo, "bin", "interleave");
  if (!existsSync(bin) || !existsSync(join(dist, "index.html"))) {
    throw new Error("build first: make dist (needs bin/interleave and dist/)");
  }
  const port = await freePort();
  const addr = `127.0.0.1:${port}`;
  const proc = spawn(bin, ["serve", "--addr", addr, "--dir", dist], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr += d));
  const url = `http://${addr}/`;
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`interleave serve exited: ${stderr}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () => new Promise((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.on("exit", resolve);
      proc.kill("SIGTERM");
    }),
  };
}

// launch starts Chromium with a throwaway profile.
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), "interleave-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic",
    ],
  });
  mkdirSync(shots, { recursive: true });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// openPlayground loads the page and waits until the runner is ready.
export async function openPlayground(context, url, hash = "") {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.errors = errors;
  await page.goto(url + hash);
  await page.waitForSelector(".cm-editor");
  await page.waitForFunction(() => performance.getEntriesByName("runner-ready").length > 0, null, { timeout: 60_000 });
  // A loaded 2-core machine can take a while to start the UI binary too.
  await page.waitForSelector("#run:not([disabled])", { timeout: 60_000 }).catch(async (e) => {
    console.log("# page not ready; status:", await page.textContent("#status").catch(() => "?"), "errors:", errors.join(" | "));
    throw e;
  });
  return page;
}

export async function shot(page, name) {
  await page.screenshot({ path: join(shots, name + ".png"), fullPage: true });
}

// setCode replaces the editor's text as if pasted.
export async function setCode(page, code) {
  await page.click(".cm-content");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

export const editorText = (page) => page.evaluate(() => globalThis.InterleaveEditor.active.text());

// pickExample clicks the example whose name (package examples) is name.
export async function pickExample(page, name) {
  await page.click(`[data-example="${name}"]`);
  await page.waitForFunction((n) => location.hash === "#example=" + n, name);
}

// explore clicks Explore and waits for the verdict.
export async function explore(page, { strategy, runs, timeout = 180_000 } = {}) {
  if (strategy) await page.selectOption("#strategy", strategy);
  if (runs) await page.fill("#runs", String(runs));
  // The verdict is cleared when the exploration starts and set when it ends.
  const verdict = page.evaluate((ms) => new Promise((resolve, reject) => {
    const v = document.getElementById("verdict");
    let cleared = v.textContent === "";
    const timer = setTimeout(() => reject(new Error("no verdict within " + ms + " ms")), ms);
    new MutationObserver((_, obs) => {
      if (v.textContent === "") cleared = true;
      else if (cleared) {
        obs.disconnect();
        clearTimeout(timer);
        resolve(v.textContent.trim());
      }
    }).observe(v, { childList: true, characterData: true, subtree: true });
  }), timeout);
  await page.click("#explore");
  const text = await verdict;
  // A failure is then replayed for its timeline.
  await page.waitForFunction(() => !document.getElementById("run").disabled, null, { timeout: 60_000 });
  return text;
}

// run clicks Run and waits for it to end.
export async function run(page, timeout = 60_000) {
  await page.click("#run");
  await page.waitForFunction(() => document.getElementById("run").disabled, null, { timeout: 5_000 }).catch(() => {});
  await page.waitForFunction(() => !document.getElementById("run").disabled, null, { timeout });
  return page.textContent("#output");
}

// exploreOnWorkers explores src over the runner's worker protocol, as the
// Explore button does, in a fresh runner worker with `helpers` helper
// workers connected to it (each compiles src first, as the page has them
// do). It returns the explore reply's result, how many progress messages
// came, and the wall time; the workers are terminated after.
export async function exploreOnWorkers(page, src, explore, helpers = 0) {
  return page.evaluate(async ({ src, explore, helpers }) => {
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
    try {
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
    } finally {
      w.terminate();
      for (const h of hs) h.terminate();
    }
  }, { src, explore, helpers });
}

// exploreOnWarmWorkers is exploreOnWorkers as the page itself explores:
// the lead and its helpers are started (and compile src) on the first call
// and kept for the next calls with the same src and helper count, so that
// a measurement after the first call has no start-up in it (the std image,
// compiling the program). The workers stay until a call wants others.
export async function exploreOnWarmWorkers(page, src, explore, helpers = 0) {
  return page.evaluate(async ({ src, explore, helpers }) => {
    const boot = globalThis.InterleaveBoot;
    const key = helpers + "\n" + src;
    let warm = globalThis.benchWarm;
    if (!warm || warm.key !== key) {
      if (warm) for (const w of [warm.lead, ...warm.hs]) w.terminate();
      const hs = [];
      for (let i = 0; i < helpers; i++) hs.push(boot.spawnWorker());
      await Promise.all(hs.map((h) => new Promise((resolve, reject) => h.listen((msg) => {
        const r = JSON.parse(msg);
        if (r.ready) h.post(JSON.stringify({ id: 1, cmd: "compile", src }));
        else if (r.error) reject(new Error(r.error));
        else if (r.id === 1) resolve();
      }))));
      const lead = boot.spawnWorker();
      await new Promise((resolve, reject) => lead.listen((msg) => {
        const r = JSON.parse(msg);
        if (r.id === 0 && r.ready) {
          for (const h of hs) boot.connect(lead, h);
          lead.post(JSON.stringify({ id: 1, cmd: "compile", src }));
        } else if (r.id === 0 && r.error) reject(new Error(r.error));
        else if (r.id === 1) resolve();
      }));
      warm = globalThis.benchWarm = { key, lead, hs, next: 2 };
    }
    const id = warm.next++;
    return await new Promise((resolve, reject) => {
      let progress = 0;
      const t0 = performance.now();
      warm.lead.listen((msg) => {
        const r = JSON.parse(msg);
        if (r.progress) { progress++; return; }
        if (r.id === id) {
          if (!r.explore) reject(new Error(msg.slice(0, 500)));
          resolve({ x: r.explore, progress, wallMS: performance.now() - t0 });
        }
      });
      warm.lead.post(JSON.stringify({ id, cmd: "explore", src, explore }));
    });
  }, { src, explore, helpers });
}

// procStat reads /proc/PID/stat's fields after the command name (field 3,
// the state, is [0]; utime [11], stime [12], cutime [13], cstime [14], in
// clock ticks of 10 ms) and the command name.
function procStat(pid) {
  const s = readFileSync(`/proc/${pid}/stat`, "utf8");
  return { comm: s.slice(s.indexOf("(") + 1, s.lastIndexOf(")")), f: s.slice(s.lastIndexOf(")") + 2).split(" ") };
}

// browserCPUms is the CPU time, in ms, used so far by this node process's
// descendants other than `interleave` processes (the file server, the CLI):
// the browser's processes. With threads: "workers", only the Web Workers'
// threads (the runners), without the browser's own threads (V8 compiling
// the wasm modules in the background, the page's main thread). Benchmarks
// on a shared machine compare CPU per schedule, which other processes'
// load changes much less than wall time.
export function browserCPUms(threads = "all") {
  const parent = new Map(), comm = new Map();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = procStat(d);
      parent.set(+d, +st.f[1]);
      comm.set(+d, st.comm);
    } catch {}
  }
  let sum = 0;
  for (const [pid] of parent) {
    if (comm.get(pid) === "interleave") continue;
    let mine = false;
    for (let p = parent.get(pid); p && !mine; p = parent.get(p)) mine = p === process.pid;
    if (!mine) continue;
    try {
      if (threads === "all") {
        const st = procStat(pid);
        sum += +st.f[11] + +st.f[12];
        continue;
      }
      for (const t of readdirSync(`/proc/${pid}/task`)) {
        const st = procStat(`${pid}/task/${t}`);
        if (st.comm.startsWith("DedicatedWorker")) sum += +st.f[11] + +st.f[12];
      }
    } catch {}
  }
  return sum * 10;
}

// childrenCPUms is the CPU time, in ms, of this node process's children
// that have ended and been waited for (execFileSync's), e.g. a CLI run.
export function childrenCPUms() {
  const st = procStat("self");
  return (+st.f[13] + +st.f[14]) * 10;
}
