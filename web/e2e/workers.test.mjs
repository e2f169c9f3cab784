// Exploring on several Web Workers: the Workers setting, the same histogram
// and verdict as on one worker for the same seed, live progress while the
// helpers run, and Stop.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repo, startServer, launch, openPlayground, shot, explore, exploreOnWorkers } from "./helpers.mjs";
import { CRASH } from "./names.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

// histogram is what the outcome histogram says, row by row.
const histogram = (page) => page.evaluate(() => [...document.querySelectorAll("#histogram li")].map((li) => li.getAttribute("aria-label")));

// statuses records every status line from now on.
const recordStatuses = (page) => page.evaluate(() => {
  globalThis.__statuses = [];
  const s = document.getElementById("status");
  new MutationObserver(() => globalThis.__statuses.push(s.textContent)).observe(s, { childList: true, characterData: true, subtree: true });
});

test("random and PCT on two workers count what one worker counts", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + CRASH);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  assert.equal(await page.inputValue("#workers"), String(Math.max(1, Math.min(cores, 4))), "the default is the number of cores, capped");
  assert.ok(await page.isVisible("#workers"));
  await page.selectOption("#strategy", "dfs");
  assert.ok(await page.isVisible("#workers"), "dfs splits its tree across workers: the setting shows");
  for (const strategy of ["random", "pct"]) {
    await page.selectOption("#strategy", strategy);
    await page.selectOption("#until", "all");
    await page.fill("#seed", "5");
    const seen = {};
    for (const workers of ["1", "2"]) {
      await page.fill("#workers", workers);
      await recordStatuses(page);
      const verdict = await explore(page, { runs: 150 });
      const statuses = await page.evaluate(() => globalThis.__statuses);
      if (workers === "2") {
        assert.ok(statuses.some((s) => /Exploring on 2 workers/.test(s)), `${strategy}: no "Exploring on 2 workers" among ${JSON.stringify(statuses)}`);
      } else {
        assert.ok(!statuses.some((s) => /workers/.test(s)), `${strategy} on one worker: ${JSON.stringify(statuses)}`);
      }
      seen[workers] = { verdict, histogram: await histogram(page), stats: (await page.textContent("#explore-stats")).split(" · ")[0] };
    }
    assert.equal(seen["1"].stats, "150 schedules");
    assert.deepEqual(seen["2"], seen["1"], `${strategy}: two workers found something else than one`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

// dfs splits its tree by forked subtrees: the runner searches and its
// helpers search the subtrees it hands them. Whatever the number of
// workers, it must count the same schedules with the same outcomes and
// report the same first failure (by dfs order) and verdict.
test("dfs on two and three workers finds what one worker finds", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + CRASH);
  await page.selectOption("#strategy", "dfs");
  await page.fill("#bound", "1");
  const seen = {};
  for (const until of ["all", "first"]) {
    await page.selectOption("#until", until);
    for (const workers of ["1", "2", "3"]) {
      await page.fill("#workers", workers);
      await recordStatuses(page);
      const verdict = await explore(page, { runs: 120 });
      const statuses = await page.evaluate(() => globalThis.__statuses);
      if (workers !== "1") {
        assert.ok(statuses.some((s) => s.includes(`Exploring on ${workers} workers`)), `dfs: no "Exploring on ${workers} workers" among ${JSON.stringify(statuses)}`);
      }
      seen[workers] = {
        verdict,
        histogram: await histogram(page),
        stats: (await page.textContent("#explore-stats")).split(" · ")[0],
        output: await page.textContent("#output"),
      };
    }
    if (until === "all") assert.equal(seen["1"].stats, "120 schedules");
    else assert.match(seen["1"].verdict, /schedule \d+ of \d+/, "dfs at bound 1 finds the crash");
    assert.deepEqual(seen["2"], seen["1"], `dfs until ${until}: two workers found something else than one`);
    assert.deepEqual(seen["3"], seen["1"], `dfs until ${until}: three workers found something else than one`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

// The same over the runner's protocol, where it shows that the helpers
// really searched forked subtrees (remote_runs) and that the first
// failure, its schedule included, is the one dfs on one worker reports.
test("dfs's helpers search forked subtrees, and the result is one worker's", async () => {
  const page = await openPlayground(browser.context, server.url);
  for (const name of [CRASH, "owner"]) {
    const src = readFileSync(join(repo, "examples", name + ".go"), "utf8");
    for (const stopAtFirst of [false, true]) {
      // The helpers' first runs arrive a chunk (50 ms) and a round trip
      // after their fork: the search must last well beyond that for them to
      // make any. owner's 150 runs took about 100 ms in the page once the
      // worker's collector was tuned (2a6947e), and its helpers sometimes
      // made none; 1,500 runs take over a second.
      const runs = name === "owner" ? 1500 : 150;
      const explore = { strategy: "dfs", runs, preemptionBound: 1, stopAtFirst, workers: 1 };
      const one = (await exploreOnWorkers(page, src, explore)).x;
      assert.ok(!one.remote_runs, `${name}: one worker had helpers`);
      for (const workers of [2, 3]) {
        const many = (await exploreOnWorkers(page, src, { ...explore, workers }, workers - 1)).x;
        if (!stopAtFirst || one.schedules > 20) {
          assert.ok(many.remote_runs > 0, `${name} on ${workers} workers: the helpers made no run`);
        }
        for (const r of [one, many]) {
          r.elapsed_ms = r.schedules_per_sec = r.found_us = 0;
          delete r.remote_runs;
        }
        assert.deepEqual(many, one, `${name} stopAtFirst=${stopAtFirst}: ${workers} workers found something else than one`);
      }
    }
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("progress shows while two workers explore, and Stop keeps it", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + CRASH);
  await page.selectOption("#strategy", "random");
  await page.selectOption("#until", "all");
  await page.fill("#workers", "2");
  await page.fill("#runs", "1000000");
  await page.click("#explore");
  await page.waitForFunction(() => /Exploring on 2 workers/.test(document.getElementById("status").textContent), null, { timeout: 60_000 });
  // The bar and the histogram move while no verdict is in.
  const first = await page.waitForFunction(() => {
    const p = document.getElementById("progress");
    return p.value > 0 && document.getElementById("verdict").textContent === "" && p.value;
  }, null, { timeout: 60_000 });
  const before = await first.jsonValue();
  await page.waitForFunction((b) => document.getElementById("progress").value > b, before, { timeout: 30_000 });
  assert.ok((await page.locator("#histogram li").count()) >= 1, "no histogram while exploring");
  await shot(page, "30-explore-two-workers");
  assert.equal(await page.textContent("#verdict"), "", "Explore ended before the test could stop it");
  await page.click("#stop");
  await page.waitForFunction(() => /Stopped early/.test(document.getElementById("verdict").textContent), null, { timeout: 10_000 });
  // The first failure found is then replayed for its timeline.
  await page.waitForFunction(() => !document.getElementById("run").disabled, null, { timeout: 60_000 });
  // The helpers are still there: the next exploration starts on them.
  await page.fill("#runs", "50");
  const verdict = await explore(page);
  assert.match(verdict, /50/);
  assert.deepEqual(page.errors, []);
  await page.close();
});
