// Exploration speed in the page beside the CLI's: schedules/s of random, pct
// and dfs on every example, natively (bin/interleave explore, on one core
// and on every core) and in headless Chromium (the runner's Web Workers, on
// one worker and on several), for the same seed and the same number of
// schedules, so both sides do exactly the same work. A benchmark, not a test
// (timings on a shared machine vary); run after `make dist`:
//
//	node web/e2e/bench-explore.mjs [--ms 1500] [--only cache,crashmap] [--strategies random,pct,dfs] [--workers 2]
//
// The page side talks to the runner's worker protocol directly (what the
// Explore button sends), so the numbers are the runner's, and the page's
// own cost shows in `make bench-longtasks`-style measurements instead.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repo, startServer, launch, openPlayground } from "./helpers.mjs";

const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf("--" + name);
  return i >= 0 ? args[i + 1] : def;
};
const targetMS = Number(arg("ms", "1500"));
const only = arg("only", "").split(",").filter(Boolean);
const strategies = arg("strategies", "random,pct,dfs").split(",");
const maxWorkers = Number(arg("workers", "2"));

const bin = join(repo, "bin", "interleave");
const examples = readdirSync(join(repo, "examples"))
  .filter((f) => f.endsWith(".go") && !f.endsWith("_test.go") && f !== "examples.go")
  .map((f) => f.replace(/\.go$/, ""))
  .filter((n) => !only.length || only.includes(n));

// cli explores natively with GOMAXPROCS procs and returns its JSON result.
function cli(name, strategy, runs, procs) {
  const out = execFileSync(bin, ["explore", join(repo, "examples", name + ".go"), "--strategy", strategy,
    "--runs", String(runs), "--seed", "1", "--json"], {
    env: { ...process.env, GOMAXPROCS: String(procs) }, maxBuffer: 64 << 20,
    // exit 3 (a failure found) is an answer, not an error
  }).toString();
  return JSON.parse(out);
}
function cliSafe(...a) {
  try {
    return cli(...a);
  } catch (e) {
    if (e.status === 3) return JSON.parse(e.stdout.toString());
    throw e;
  }
}

const server = await startServer();
const browser = await launch();
const page = await openPlayground(browser.context, server.url);

// explorePage runs one exploration in a fresh runner worker (as the page
// does after Stop) and reports its result and how many progress messages
// reached the page.
async function explorePage(src, strategy, runs, workers) {
  return page.evaluate(async ({ src, strategy, runs, workers }) => {
    const boot = globalThis.InterleaveBoot;
    const w = boot.spawnWorker();
    // Several workers: helpers connected to the lead, as the page does.
    // Each compiles the program first (the page does that when it starts
    // them), so that the rate is the steady one.
    const helpers = [];
    if (workers > 1) {
      for (let i = 0; i < workers; i++) helpers.push(boot.spawnWorker());
      await Promise.all(helpers.map((h) => new Promise((resolve, reject) => h.listen((msg) => {
        const r = JSON.parse(msg);
        if (r.ready) h.post(JSON.stringify({ id: 1, cmd: "compile", src }));
        else if (r.error) reject(new Error(r.error));
        else if (r.id === 1) resolve();
      }))));
    }
    const result = await new Promise((resolve, reject) => {
      let progress = 0;
      const t0 = performance.now();
      w.listen((msg) => {
        const r = JSON.parse(msg);
        if (r.id === 0 && r.ready) {
          for (const h of helpers) boot.connect(w, h);
          w.post(JSON.stringify({ id: 1, cmd: "compile", src }));
          return;
        }
        if (r.id === 0 && r.error) reject(new Error(r.error));
        if (r.id === 1) {
          w.post(JSON.stringify({ id: 2, cmd: "explore", src, explore: {
            strategy, runs, seed: 1, preemptionBound: -1, stopAtFirst: false, workers } }));
          return;
        }
        if (r.progress) { progress++; return; }
        if (r.id === 2) {
          if (!r.explore) reject(new Error(msg.slice(0, 500)));
          resolve({ x: r.explore, progress, wallMS: performance.now() - t0 });
        }
      });
    });
    w.terminate();
    for (const h of helpers) h.terminate();
    return result;
  }, { src, strategy, runs, workers });
}

const pad = (s, n) => String(s).padStart(n);
const rate = (x) => Math.round(x.schedules_per_sec);
const cols = ["example", "strategy", "runs", "cli×1", "page×1", "ratio", "msgs/s"];
const wcols = [];
for (let w = 2; w <= maxWorkers; w++) wcols.push(`cli×${w}`, `page×${w}`);
console.log(`exploration, schedules/s, seed 1, the same schedules on both sides (about ${targetMS} ms natively each); ratio = cli×1 / page×1`);
console.log([pad(cols[0], 10), pad(cols[1], 8), ...cols.slice(2).map((c) => pad(c, 8)), ...wcols.map((c) => pad(c, 8)), "  same result"].join(" "));
const ratios = [];
for (const name of examples) {
  const src = readFileSync(join(repo, "examples", name + ".go"), "utf8");
  for (const strategy of strategies) {
    // Calibrate: how many schedules the CLI explores in about targetMS.
    const probe = cliSafe(name, strategy, 20, 1);
    let runs = Math.round((probe.schedules_per_sec || 10) * targetMS / 1000);
    runs = Math.max(20, Math.min(runs, 50000));
    const native = cliSafe(name, strategy, runs, 1);
    const p1 = await explorePage(src, strategy, runs, 1);
    const ratio = rate(native) / Math.max(1, rate(p1.x));
    ratios.push(ratio);
    const row = [pad(name, 10), pad(strategy, 8), pad(native.schedules, 8), pad(rate(native), 8), pad(rate(p1.x), 8),
      pad(ratio.toFixed(2) + "×", 8), pad((p1.progress / (p1.x.elapsed_ms / 1000 || 1)).toFixed(1), 8)];
    let same = p1.x.schedules === native.schedules && p1.x.failures === native.failures && p1.x.verdict === native.verdict;
    for (let w = 2; w <= maxWorkers; w++) {
      const nw = cliSafe(name, strategy, runs, w);
      const pw = await explorePage(src, strategy, runs, w);
      row.push(pad(rate(nw), 8), pad(rate(pw.x), 8));
      same = same && pw.x.schedules === native.schedules && pw.x.failures === native.failures && pw.x.verdict === native.verdict &&
        JSON.stringify(pw.x.outcomes.map((o) => [o.kind, o.count])) === JSON.stringify(p1.x.outcomes.map((o) => [o.kind, o.count]));
    }
    row.push("  " + (same ? "yes" : `NO: ${native.verdict} | ${p1.x.verdict}`));
    console.log(row.join(" "));
  }
}
const worst = Math.max(...ratios);
const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
console.log(`page ÷ native on one worker: worst ${worst.toFixed(2)}×, geomean ${geo.toFixed(2)}× (goal: within 2× on every example)`);
await browser.close();
await server.stop();
