// Two builds of the playground side by side in one Chromium, for A/B
// measurements of the runner in the page: the same exploration (by default
// dfs on examples/cache.go with at most one preemption) alternately on A and
// B, each round in the other order, printing the exploration's wall time and
// the CPU time of the browser's processes (from /proc) per schedule. On a
// shared machine only same-run ratios mean anything. Build the dists first
// (make dist, then a copy of dist/ with another runner wasm in place of
// assets/runner.*.wasm and its .gz):
//
//	node web/e2e/bench-ab.mjs DISTA DISTB [runs 600] [rounds 3] [example cache] [strategy dfs] [bound 1] [workers 1] [fresh|warm]
//
// workers may be "1/2": A on one worker, B on two (DISTB may be DISTA), for
// a scaling ratio measured in the same run. "fresh" (the default) starts the
// workers for every exploration, so their start-up is in the CPU; "warm"
// keeps them from one round to the next, as the page keeps its workers (the
// first round then has the start-up).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repo, launch, openPlayground, exploreOnWorkers, exploreOnWarmWorkers, browserCPUms } from "./helpers.mjs";

const [distA, distB, runsS = "600", roundsS = "3", example = "cache", strategy = "dfs", boundS = "1", workersS = "1", mode = "fresh"] = process.argv.slice(2);
const runs = Number(runsS), rounds = Number(roundsS), bound = Number(boundS);
const [workersA, workersB = workersA] = workersS.split("/").map(Number);
const src = readFileSync(join(repo, "examples", example + ".go"), "utf8");

let port = 18700 + Math.floor(Math.random() * 500);
async function serve(dir) {
  const addr = `127.0.0.1:${port++}`;
  const proc = spawn(join(repo, "bin", "interleave"), ["serve", "--addr", addr, "--dir", dir], { stdio: "ignore" });
  const url = `http://${addr}/`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) break; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, proc };
}

const sA = await serve(distA), sB = await serve(distB);
const browser = await launch();
const pA = await openPlayground(browser.context, sA.url), pB = await openPlayground(browser.context, sB.url);
const res = { A: [], B: [] };
for (let r = 0; r < rounds; r++) {
  for (const [name, page] of r % 2 ? [["B", pB], ["A", pA]] : [["A", pA], ["B", pB]]) {
    const c0 = browserCPUms();
    const workers = name === "A" ? workersA : workersB;
    const helpers = workers < 2 ? 0 : strategy === "dfs" ? workers - 1 : workers;
    const p = await (mode === "warm" ? exploreOnWarmWorkers : exploreOnWorkers)(page, src, { strategy, runs, seed: 1, preemptionBound: bound, stopAtFirst: false, workers }, helpers);
    const cpu = browserCPUms() - c0;
    const x = p.x;
    res[name].push({ ms: x.elapsed_ms, cpu, n: x.schedules });
    console.log(`${name} round ${r}: ${x.schedules} schedules, ${x.elapsed_ms} ms (${(x.schedules / x.elapsed_ms * 1000).toFixed(1)}/s), CPU ${cpu} ms = ${(cpu / x.schedules).toFixed(2)} ms/schedule, remote ${x.remote_runs || 0}; ${x.verdict.slice(0, 60)}`);
  }
}
const med = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const k of ["A", "B"]) {
  console.log(`${k}: median wall ${med(res[k].map((x) => x.ms))} ms, median CPU/schedule ${med(res[k].map((x) => x.cpu / x.n)).toFixed(2)} ms`);
}
await browser.close();
sA.proc.kill(); sB.proc.kill();
