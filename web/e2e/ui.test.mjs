// The page as a new visitor meets it: long runs say what is happening and
// end with a message in the page's words, big outputs stay cut until asked,
// the timeline zooms, Explore stops at the first failure or counts every
// outcome, and the small things: the Locks switch, the keyboard path to
// Run, tap targets, wrapped comments, a phone's result, truthful links.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { deflateRawSync } from "node:zlib";
import { startServer, launch, openPlayground, setCode, run, pickExample, explore, shot } from "./helpers.mjs";
import { CRASH, LOCKED, DEADLOCK } from "./names.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const link = (state) => "#v1." + deflateRawSync(Buffer.from(JSON.stringify(state))).toString("base64url");

test("a long run shows its progress, a new run clears the last result, and the budget speaks the page's words", async () => {
  const page = await openPlayground(browser.context, server.url);
  await setCode(page, 'package main\n\nfunc main() {\n\tprintln("first run")\n}\n');
  assert.match(await run(page), /first run/);
  assert.ok(await page.getAttribute("#timeline", "data-steps"), "the first run has no timeline");

  await setCode(page, "package main\n\nimport \"time\"\n\nfunc main() {\n\tgo func() { select {} }()\n\ttime.Sleep(time.Second)\n\tfor {\n\t}\n}\n");
  await page.fill("#budget", "100000");
  await page.click("#run");
  await page.waitForFunction(() => /Running for [\d.]+ s: [\d,]+ instructions .* 2 goroutines alive · virtual time [\d.]+m?s/.test(document.getElementById("status").textContent), null, { timeout: 30_000 })
    .catch(async () => assert.fail("no live progress; status: " + await page.textContent("#status")));
  assert.doesNotMatch(await page.textContent("#output"), /first run/, "the last run's output is still shown");
  assert.equal(await page.getAttribute("#timeline", "data-steps"), null, "the last run's timeline is still shown");
  await shot(page, "40-long-run-progress");
  await page.click("#stop");
  await page.waitForSelector("#run:not([disabled])", { timeout: 60_000 });

  await page.fill("#budget", "5");
  const out = await run(page);
  assert.match(out, /instruction budget exhausted: the program ran more than 5000000 instructions .*raise the instruction budget in the settings above the editor/);
  assert.doesNotMatch(out, /--max-steps/);
  assert.doesNotMatch(await page.textContent("#status"), /--max-steps/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a big output is cut, shown whole on request in chunks, and downloadable", async () => {
  const page = await openPlayground(browser.context, server.url);
  await setCode(page, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; i < 3000; i++ {\n\t\tfmt.Printf("line %5d: the quick brown fox jumps over the lazy dog\\n", i)\n\t}\n}\n');
  const out = await run(page);
  assert.match(out, /line {5}0:/);
  assert.match(out, /line  2999:/, "the end of the output is not shown");
  assert.doesNotMatch(out, /line  1500:/, "the middle of a long output is in the page");
  assert.match(await page.textContent("#output .cut"), /KB of stdout not shown/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#output .cut button:has-text('Download')")]);
  assert.equal(download.suggestedFilename(), "prog-stdout.txt");
  const text = await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString());
  assert.equal(text.split("\n").length, 3001);
  await page.click("#output .cut button:has-text('Show all')");
  await page.waitForFunction(() => !document.querySelector("#output .cut"), null, { timeout: 30_000 });
  const all = await page.textContent("#output");
  for (const i of [0, 1500, 2999]) assert.match(all, new RegExp(`line ${String(i).padStart(5)}: the quick brown fox jumps over the lazy dog\n`));
  assert.equal(all.match(/line /g).length, 3000, "lines lost or doubled between chunks");
  await page.close();
});

test("the timeline of the cache example is drawn from a summary and zooms", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + LOCKED);
  await run(page);
  await page.waitForSelector("#timeline[data-steps] canvas:not([hidden])");
  const steps = Number(await page.getAttribute("#timeline", "data-steps"));
  assert.ok(steps > 1000, `${steps} steps`);
  const shows = () => page.getAttribute("#tl-canvas", "aria-label");
  await page.waitForFunction((n) => document.getElementById("tl-canvas").getAttribute("aria-label").includes(`steps 1 to ${n.toLocaleString("en")}`), steps);
  await page.click("#tl-zoom-in");
  await page.waitForFunction((n) => !document.getElementById("tl-canvas").getAttribute("aria-label").includes(`steps 1 to ${n.toLocaleString("en")}`), steps);
  assert.match(await shows(), /showing steps [\d,]+ to [\d,]+/);
  await page.click("#tl-fit");
  await page.waitForFunction((n) => document.getElementById("tl-canvas").getAttribute("aria-label").includes(`steps 1 to ${n.toLocaleString("en")}`), steps);
  // The page holds a canvas and a few controls, not an element per event.
  assert.ok(await page.evaluate(() => document.getElementById("timeline").querySelectorAll("*").length) < 20);
  await shot(page, "41-cache-timeline");
  await page.close();
});

test("Explore stops at the first failure, or counts every outcome for the histogram", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + CRASH);
  await pickExample(page, CRASH); // the original, not a draft an earlier test left
  await page.selectOption("#strategy", "dfs");
  assert.equal(await page.inputValue("#until"), "first", "DFS does not stop at the first failure by default");
  const verdict = await explore(page, { runs: 1000 });
  const m = verdict.match(/found .* in schedule (\d+) of (\d+)/);
  assert.ok(m && m[1] === m[2], `verdict ${verdict}: DFS went on after the first failure`);
  assert.ok(Number(m[2]) < 1000);

  await page.selectOption("#strategy", "random");
  assert.equal(await page.inputValue("#until"), "all");
  await explore(page, { runs: 200 });
  assert.match(await page.textContent("#explore-stats"), /^200 schedules/);
  // Every outcome's label is whole, however long.
  const cut = await page.evaluate(() => [...document.querySelectorAll("#histogram .label")].filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent));
  assert.deepEqual(cut, []);
  // Playing the scheduler hides the last exploration.
  await page.click("#play");
  await page.waitForSelector("#goroutines .g-button");
  assert.ok(await page.isHidden("#explore-panel"), "the last Explore's panels stay up while playing");
  await page.close();
});

test("the small things: Locks, Tab to Run, wrapped comments, truthful notes link, tooltips", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + CRASH);
  await page.waitForFunction(() => document.getElementById("locks-state").textContent !== "");
  assert.equal((await page.textContent("#locks-state")).trim(), "(none in this code)");
  assert.ok(await page.isDisabled("#locks"));

  // From the editor, Run is within 3 Tabs (Esc first: Tab indents in the editor).
  await page.click(".cm-content");
  await page.keyboard.press("Escape");
  let tabs = 0;
  while (tabs < 3 && (await page.evaluate(() => document.activeElement.id)) !== "run") {
    await page.keyboard.press("Shift+Tab");
    tabs++;
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), "run", "Run is more than 3 Tabs from the editor");

  // A long comment wraps instead of running past the edge.
  await setCode(page, "package main\n\n// " + "a long comment that goes on and on ".repeat(12) + "\nfunc main() {\n}\n");
  const overflow = await page.evaluate(() => { const s = document.querySelector(".cm-scroller"); return s.scrollWidth - s.clientWidth; });
  assert.ok(overflow <= 1, `the editor scrolls sideways by ${overflow}px`);

  // An example's explanation offers its notes; a shared program's does not.
  await pickExample(page, DEADLOCK);
  await run(page);
  assert.equal(await page.locator("#explanation a[href='#notes']").count(), 1);
  const src = 'package main\n\nimport "sync"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tmu.Lock()\n\tmu.Lock()\n}\n';
  const shared = await openPlayground(browser.context, server.url, link({ src }));
  await run(shared);
  assert.ok(await shared.isVisible("#explanation"));
  assert.equal(await shared.locator("#explanation a[href='#notes']").count(), 0, "a shared program's explanation points at notes that are not there");
  assert.match(await shared.textContent("#notes-body"), /shared program/);
  assert.equal((await shared.textContent("#locks-state")).trim(), "on");
  await shared.close();
  await page.close();
});

test("on a phone: Run brings the result into view, and every tap target is at least 24 px", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + LOCKED);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForSelector(".lock-toggle");
  await page.evaluate(() => window.scrollTo(0, 0));
  await run(page);
  const top = await page.evaluate(() => document.getElementById("status").getBoundingClientRect().top);
  assert.ok(top >= -1 && top < 844 / 2, `the result's status is at ${top}px in an 844px window`);
  const small = await page.evaluate(() => {
    const out = [];
    for (const e of document.querySelectorAll("button, select, input, a, summary, .lock-toggle")) {
      if (e.closest("[hidden]") || e.offsetParent === null || e.closest(".cm-content, #output, #explanation, .skip")) continue;
      const target = e.matches("input[type=checkbox]") && e.closest("label") ? e.closest("label") : e;
      const r = target.getBoundingClientRect();
      if (r.width < 24 || r.height < 24) out.push(`${e.id || e.className || e.tagName} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
    }
    return out;
  });
  assert.deepEqual(small, []);
  await shot(page, "42-phone-result");
  await page.close();
});
