// Explore's options and its live view: each strategy shows only its own
// option, a time limit ends an exploration early, and the outcome
// histogram fills in while exploring, not only at the end.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPlayground, shot, explore } from "./helpers.mjs";
import { LOCKED } from "./names.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test("each strategy shows its own option; a time limit ends Explore early", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + LOCKED);
  const shown = async () => [await page.isVisible("#bound"), await page.isVisible("#depth")];
  assert.deepEqual(await shown(), [false, false], "random has neither a bound nor a depth");
  await page.selectOption("#strategy", "dfs");
  assert.deepEqual(await shown(), [true, false]);
  await page.selectOption("#strategy", "pct");
  assert.deepEqual(await shown(), [false, true]);
  // Keyboard: the depth and time limit are reachable with Tab, by their labels.
  await page.focus("#strategy");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "depth");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "time-limit");
  assert.equal(await page.getByLabel("Bug depth").count(), 1);
  assert.equal(await page.getByLabel("Time limit (s)").count(), 1);

  await page.fill("#depth", "2");
  await page.fill("#time-limit", "1");
  const t0 = Date.now();
  const verdict = await explore(page, { runs: 1000000, timeout: 30_000 });
  assert.match(verdict, /time limit reached/);
  assert.ok(Date.now() - t0 < 20_000, "the time limit did not end Explore");
  const schedules = Number((await page.textContent("#explore-stats")).match(/^([\d,]+) schedule/)[1].replace(/,/g, ""));
  assert.ok(schedules > 0 && schedules < 1000000, `explored ${schedules} schedules`);
  await page.close();
});

test("the outcome histogram shows counts while Explore runs", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + LOCKED);
  await page.waitForSelector(".lock-toggle");
  await page.click("#locks"); // all off: some schedules crash
  await page.selectOption("#strategy", "random");
  await page.fill("#time-limit", "");
  await page.fill("#runs", "1000000");
  await page.click("#explore");
  // A bar with a count, while the progress bar is far from full and no verdict is in.
  const first = await page.waitForFunction(() => {
    const p = document.getElementById("progress");
    const li = document.querySelector("#histogram li");
    const n = li && Number(li.querySelector(".count").textContent.replace(/,/g, ""));
    return n > 0 && p.value < p.max && document.getElementById("verdict").textContent === "" && n;
  }, null, { timeout: 30_000 });
  const before = await first.jsonValue();
  // It keeps counting.
  await page.waitForFunction((b) => {
    const total = [...document.querySelectorAll("#histogram .count")].reduce((s, c) => s + Number(c.textContent.replace(/,/g, "")), 0);
    return total > b;
  }, before, { timeout: 30_000 });
  assert.equal(await page.textContent("#verdict"), "", "Explore ended before the test could stop it");
  await shot(page, "15-explore-live");
  await page.click("#stop");
  await page.waitForFunction(() => /Stopped early/.test(document.getElementById("verdict").textContent), null, { timeout: 10_000 });
  assert.ok((await page.locator("#histogram li").count()) >= 1);
  assert.deepEqual(page.errors, []);
  await page.close();
});
