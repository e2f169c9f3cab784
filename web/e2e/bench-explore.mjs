// Exploration speed in the page beside the CLI's: schedules/s of random, pct
// and dfs on every example, natively (bin/interleave explore, on one core
// and on every core) and in headless Chromium (the runner's Web Workers, on
// one worker and on several), for the same seed and the same number of
// schedules, so both sides do exactly the same work. A benchmark, not a test
// (timings on a shared machine vary); run after `make dist`. Beside the
// schedules/s of wall time it prints CPU time per schedule (natively: the
// CLI process; in the page: every browser process), whose ratio the other
// processes of a shared machine disturb much less, and the page's workers
// are kept from one exploration to the next, as the page keeps them, so
// that neither side's numbers include start-up:
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
import { repo, startServer, launch, openPlayground, exploreOnWarmWorkers, browserCPUms, childrenCPUms } from "./helpers.mjs";

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

// explorePage runs one exploration on `workers` workers, as the page sets
// them up: random and pct run on that many helpers (the runner only takes
// their results), dfs on the runner and one helper fewer. The workers are
// kept from one call to the next (as the page keeps them), and each
// exploration runs twice (with twice false, an exploration of 20 schedules
// first), the second measured: it has no start-up in it
// (starting the workers, the compile, the std image's template), and V8
// has compiled the runner's hot functions with its optimising tier by then
// (in the first exploration of a fresh page much of the runner still runs
// its baseline code, and the first seconds of CPU per schedule are 2-5
// times the later ones). It returns the result and the CPU
// time of the workers' threads (cpuMS) and of the whole browser (browserMS)
// during the measured exploration.
async function explorePage(src, strategy, runs, workers, bound = -1, twice = true) {
  const helpers = workers < 2 ? 0 : strategy === "dfs" ? workers - 1 : workers;
  const opts = { strategy, seed: 1, preemptionBound: bound, stopAtFirst: false, workers };
  // Once or twice, the workers are started (and the previous ones ended)
  // before the measurement: an ended worker's thread leaves
  // /proc/PID/task, so CPU it used before c0 would be taken off the
  // measured exploration's (the exhaustive dfs on two workers showed
  // 25 s of worker CPU against 117 s in the whole browser).
  await exploreOnWarmWorkers(page, src, { ...opts, runs: twice ? runs : 20 }, helpers);
  const c0 = browserCPUms("workers"), b0 = browserCPUms();
  const p = await exploreOnWarmWorkers(page, src, { ...opts, runs }, helpers);
  return { ...p, cpuMS: browserCPUms("workers") - c0, browserMS: browserCPUms() - b0 };
}

// cliCPU explores natively on one core, like cli, and returns its result
// with the CPU time per schedule: of this run less that of a run of 20
// schedules (the start-up, the compile and the std image are in both), so
// that it compares with the page's, which has no start-up in it. CPU ticks
// are 10 ms and the start-up varies by about 0.1 s on a loaded machine, so
// each is the least of three runs.
function cliCPU(name, strategy, runs) {
  const least = (n) => {
    let best = Infinity, x;
    for (let i = 0; i < 3; i++) {
      const c0 = childrenCPUms();
      x = cliSafe(name, strategy, n, 1);
      best = Math.min(best, childrenCPUms() - c0);
    }
    return { x, cpu: best };
  };
  const short = least(20), long = least(runs);
  const extra = long.x.schedules - short.x.schedules;
  long.x.cpuPerSchedule = extra >= 10 && long.cpu > short.cpu ? (long.cpu - short.cpu) / extra : NaN;
  return long.x;
}

const pad = (s, n) => String(s).padStart(n);
const rate = (x) => Math.round(x.schedules_per_sec);
const ms = (v) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : "n/a");
const cols = ["example", "strategy", "runs", "cli×1", "page×1", "ratio", "cpu cli", "cpu page", "cpu ×", "browser", "msgs/s"];
const wcols = [];
for (let w = 2; w <= maxWorkers; w++) wcols.push(`cli×${w}`, `page×${w}`, `×${w}/×1`, "cpu page", "helpers");
console.log(`exploration, seed 1, the same schedules on both sides (about ${targetMS} ms natively each), the page's workers kept between explorations (no start-up)`);
console.log("  cli×N, page×N: schedules/s of wall time, natively at GOMAXPROCS=N, in the page on N workers; ratio = cli×1 / page×1");
console.log("  cpu cli, cpu page: CPU ms per schedule (the page: its runner workers' threads); cpu × = cpu page / cpu cli, the ratio a shared machine's load changes least;");
console.log("  browser: CPU ms per schedule of every browser process (also V8 compiling the wasm in the background, the page)");
console.log([pad(cols[0], 10), pad(cols[1], 8), ...cols.slice(2).map((c) => pad(c, 8)), ...wcols.map((c) => pad(c, 8)), "  same result"].join(" "));
const ratios = [], cpuRatios = [];
for (const name of examples) {
  const src = readFileSync(join(repo, "examples", name + ".go"), "utf8");
  for (const strategy of strategies) {
    // Calibrate: how many schedules the CLI explores in about targetMS.
    const probe = cliSafe(name, strategy, 20, 1);
    let runs = Math.round((probe.schedules_per_sec || 10) * targetMS / 1000);
    runs = Math.max(20, Math.min(runs, 50000));
    const native = cliCPU(name, strategy, runs);
    const p1 = await explorePage(src, strategy, runs, 1);
    const ratio = rate(native) / Math.max(1, rate(p1.x));
    const cpuPage = p1.cpuMS / p1.x.schedules;
    ratios.push(ratio);
    if (native.cpuPerSchedule > 0) cpuRatios.push(cpuPage / native.cpuPerSchedule);
    const row = [pad(name, 10), pad(strategy, 8), pad(native.schedules, 8), pad(rate(native), 8), pad(rate(p1.x), 8),
      pad(ratio.toFixed(2) + "×", 8), pad(ms(native.cpuPerSchedule), 8), pad(ms(cpuPage), 8),
      pad(native.cpuPerSchedule > 0 ? (cpuPage / native.cpuPerSchedule).toFixed(2) + "×" : "n/a", 8), pad(ms(p1.browserMS / p1.x.schedules), 8), pad((p1.progress / (p1.x.elapsed_ms / 1000 || 1)).toFixed(1), 8)];
    let same = p1.x.schedules === native.schedules && p1.x.failures === native.failures && p1.x.verdict === native.verdict;
    for (let w = 2; w <= maxWorkers; w++) {
      const nw = cliSafe(name, strategy, runs, w);
      const pw = await explorePage(src, strategy, runs, w);
      row.push(pad(rate(nw), 8), pad(rate(pw.x), 8), pad((rate(pw.x) / Math.max(1, rate(p1.x))).toFixed(2) + "×", 8),
        pad(ms(pw.cpuMS / pw.x.schedules), 8), pad(Math.round(100 * (pw.x.remote_runs || 0) / Math.max(1, pw.x.schedules)) + "%", 8));
      same = same && pw.x.schedules === native.schedules && pw.x.failures === native.failures && pw.x.verdict === native.verdict &&
        JSON.stringify(pw.x.outcomes.map((o) => [o.kind, o.count])) === JSON.stringify(p1.x.outcomes.map((o) => [o.kind, o.count]));
    }
    row.push("  " + (same ? "yes" : `NO: ${native.verdict} | ${p1.x.verdict}`));
    console.log(row.join(" "));
  }
}
const geomean = (a) => Math.exp(a.reduce((s, r) => s + Math.log(r), 0) / a.length);
if (ratios.length) {
  console.log(`page ÷ native on one worker: wall worst ${Math.max(...ratios).toFixed(2)}×, geomean ${geomean(ratios).toFixed(2)}×; ` +
    `CPU per schedule worst ${Math.max(...cpuRatios).toFixed(2)}×, geomean ${geomean(cpuRatios).toFixed(2)}× (goal: within 2× on every example)`);
  const worst = Math.max(...cpuRatios);
  console.log(worst <= 2 ? "  goal: ok" :
    `  goal: MISS by ${(worst / 2).toFixed(1)}×: the page's runner is Go compiled to wasm, and the same wasm CLI under node ` +
    "is as slow (the page's messages, progress and traces add nothing measurable); what is left is Go's wasm code against native code");
}

// Issue 12 item 6: every schedule of examples/cache.go with at most one
// preemption, in the page (goal: under a minute).
if (cacheDFS !== "no") {
  const src = readFileSync(join(repo, "examples", "cache.go"), "utf8");
  console.log("dfs on examples/cache.go, ≤ 1 preemption, exhaustive:");
  const counts = [1, ...(maxWorkers > 1 ? [maxWorkers] : [])];
  for (const w of counts) {
    const p = await explorePage(src, "dfs", 1_000_000, w, 1, false); // once: a minute of CPU
    const secs = p.x.elapsed_ms / 1000;
    console.log(`  page ×${w}: ${p.x.schedules} schedules in ${secs.toFixed(1)} s (${rate(p.x)}/s, ` +
      `CPU ${(p.cpuMS / 1000).toFixed(1)} s in the workers, ${(p.browserMS / 1000).toFixed(1)} s in all), helpers ran ${p.x.remote_runs || 0} runs: ${p.x.verdict}` +
      (secs < 60 ? " (goal: ok)" : ` (goal: MISS by ${(secs - 60).toFixed(0)} s${w === 1 ? ": one worker's CPU per schedule, above" : ""})`));
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
