// Exploration speed in the page beside the CLI's: schedules/s of random, pct
// and dfs on every example, natively (bin/interleave explore, on one core
// and on every core) and in headless Chromium (the runner's Web Workers, on
// one worker and on several), for the same seed and the same number of
// schedules, so both sides do exactly the same work. A benchmark, not a test
// (timings on a shared machine vary); run after `make dist`:
//
//	node web/e2e/bench-explore.mjs [--ms 1500] [--only cache,crashmap] [--strategies random,pct,dfs] [--workers 2]
//	                                [--cache-dfs page|all|no]
//
// Then (--cache-dfs page, the default) dfs on examples/cache.go with at most
// one preemption, exhaustively, in the page on one worker and on --workers
// (issue 12 item 6); with --cache-dfs all also natively (minutes of CPU).
// The helpers' share of the runs (remote_runs) shows beside each row with
// several workers.
//
// The page side talks to the runner's worker protocol directly (what the
// Explore button sends), so the numbers are the runner's, and the page's
// own cost shows in `make bench-longtasks`-style measurements instead.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repo, startServer, launch, openPlayground, exploreOnWorkers } from "./helpers.mjs";

const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf("--" + name);
  return i >= 0 ? args[i + 1] : def;
};
const targetMS = Number(arg("ms", "1500"));
const only = arg("only", "").split(",").filter(Boolean);
const strategies = arg("strategies", "random,pct,dfs").split(",");
const maxWorkers = Number(arg("workers", "2"));
const cacheDFS = arg("cache-dfs", "page");

const bin = join(repo, "bin", "interleave");
const examples = readdirSync(join(repo, "examples"))
  .filter((f) => f.endsWith(".go") && !f.endsWith("_test.go") && f !== "examples.go")
  .map((f) => f.replace(/\.go$/, ""))
  .filter((n) => !only.length || only.includes(n));

// cli explores natively with GOMAXPROCS procs and returns its JSON result.
function cli(name, strategy, runs, procs, extra = []) {
  const out = execFileSync(bin, ["explore", join(repo, "examples", name + ".go"), "--strategy", strategy,
    "--runs", String(runs), "--seed", "1", "--json", ...extra], {
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
// does after Stop) on `workers` workers, as the page sets them up: random
// and pct run on that many helpers (the runner only takes their results),
// dfs on the runner and one helper fewer.
async function explorePage(src, strategy, runs, workers, bound = -1) {
  const helpers = workers < 2 ? 0 : strategy === "dfs" ? workers - 1 : workers;
  return exploreOnWorkers(page, src, { strategy, runs, seed: 1, preemptionBound: bound, stopAtFirst: false, workers }, helpers);
}

const pad = (s, n) => String(s).padStart(n);
const rate = (x) => Math.round(x.schedules_per_sec);
const cols = ["example", "strategy", "runs", "cli×1", "page×1", "ratio", "msgs/s"];
const wcols = [];
for (let w = 2; w <= maxWorkers; w++) wcols.push(`cli×${w}`, `page×${w}`, "helpers");
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
      row.push(pad(rate(nw), 8), pad(rate(pw.x), 8), pad(Math.round(100 * (pw.x.remote_runs || 0) / Math.max(1, pw.x.schedules)) + "%", 8));
      same = same && pw.x.schedules === native.schedules && pw.x.failures === native.failures && pw.x.verdict === native.verdict &&
        JSON.stringify(pw.x.outcomes.map((o) => [o.kind, o.count])) === JSON.stringify(p1.x.outcomes.map((o) => [o.kind, o.count]));
    }
    row.push("  " + (same ? "yes" : `NO: ${native.verdict} | ${p1.x.verdict}`));
    console.log(row.join(" "));
  }
}
const worst = Math.max(...ratios);
const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
if (ratios.length) {
  console.log(`page ÷ native on one worker: worst ${worst.toFixed(2)}×, geomean ${geo.toFixed(2)}× (goal: within 2× on every example)`);
}

// Issue 12 item 6: every schedule of examples/cache.go with at most one
// preemption, in the page (goal: under a minute).
if (cacheDFS !== "no") {
  const src = readFileSync(join(repo, "examples", "cache.go"), "utf8");
  console.log("dfs on examples/cache.go, ≤ 1 preemption, exhaustive:");
  const counts = [1, ...(maxWorkers > 1 ? [maxWorkers] : [])];
  for (const w of counts) {
    const p = await explorePage(src, "dfs", 1_000_000, w, 1);
    console.log(`  page ×${w}: ${p.x.schedules} schedules in ${(p.x.elapsed_ms / 1000).toFixed(1)} s (${rate(p.x)}/s), helpers ran ${p.x.remote_runs || 0} runs: ${p.x.verdict}`);
  }
  if (cacheDFS === "all") {
    for (const w of counts) {
      const n = cliSafe("cache", "dfs", 1_000_000, w, ["--preemption-bound", "1"]);
      console.log(`  cli ×${w}: ${n.schedules} schedules in ${(n.elapsed_ms / 1000).toFixed(1)} s (${rate(n)}/s): ${n.verdict}`);
    }
  }
}
await browser.close();
await server.stop();
