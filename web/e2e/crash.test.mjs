// The seed's lesson by doing: the crash example fails under exploration
// with Go's exact message; switching its locks on makes exploration prove
// it safe. Then the deadlock example shows its deadlock.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPlayground, shot, pickExample, explore, run, editorText } from "./helpers.mjs";
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

test("the seed's crash: exploring finds concurrent map read and map write", async () => {
  const page = await openPlayground(browser.context, server.url);
  await pickExample(page, CRASH);
  const verdict = await explore(page, { strategy: "random", runs: 1000 });
  assert.match(await page.textContent("#output"), /fatal error: concurrent map read and map write/);
  assert.match(verdict, /concurrent map read and map write/);
  assert.equal(await page.getAttribute("#verdict", "class"), "verdict failed");
  assert.ok(!(await page.isHidden("#explanation")), "no explanation under the fatal error");
  assert.ok((await page.locator("#histogram li").count()) >= 1, "no outcome histogram");
  await shot(page, "10-crash-explored");

  // The first failure opens as a run with its trace.
  await page.click("#open-failure");
  await page.waitForFunction(() => /replay/.test(document.getElementById("status").textContent));
  assert.match(await page.textContent("#explanation"), /goroutine \d+ read/);
  assert.match(await page.textContent("#output"), /concurrent map read and map write/);
  await page.waitForSelector("#timeline[data-steps] canvas:not([hidden])", { timeout: 10_000 }).catch(() => assert.fail("no timeline for the failure"));

  // A prog.go:LINE reference moves the editor there.
  const link = page.locator("#output a.src").first();
  assert.ok((await link.count()) > 0, "no prog.go:LINE link in the output");
  await link.click();
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains("cm-content")));
  await shot(page, "11-crash-failure-opened");
  await page.close();
});

test("the fix: locks off crashes, locks on is proven safe", async () => {
  const page = await openPlayground(browser.context, server.url);
  await pickExample(page, LOCKED);
  await page.waitForSelector(".lock-toggle");
  const before = await editorText(page);
  assert.equal((await page.textContent("#locks-state")).trim(), "on");

  await page.click("#locks"); // all off
  assert.equal((await page.textContent("#locks-state")).trim(), "off");
  assert.ok((await page.locator(".cm-lock-off").count()) > 0, "disabled lock calls are not struck through");
  await explore(page, { strategy: "pct", runs: 1000 });
  assert.match(await page.textContent("#output"), /fatal error: concurrent map/);
  assert.equal(await editorText(page), before, "toggling locks edited the code");
  await shot(page, "12-locks-off-crash");

  await page.click("#locks"); // all on
  assert.equal((await page.textContent("#locks-state")).trim(), "on");
  const safe = await explore(page, { strategy: "random", runs: 300 });
  assert.match(safe, /no failure in 300 interleavings/i);
  assert.equal(await page.getAttribute("#verdict", "class"), "verdict ok");
  // The verdict says why it holds, and what it does not cover.
  const notes = await page.textContent("#verdict-notes");
  assert.match(notes, /Why it holds: every access to the map `c\.data` held `c\.mu`/);
  assert.match(notes, /Not covered: schedules not sampled/);
  await shot(page, "13-locks-on-verdict");

  // One gutter padlock switches one pair.
  await page.click(".lock-toggle");
  assert.equal((await page.textContent("#locks-state")).trim(), "partly off");
  await page.close();
});

test("the deadlock example shows the deadlock", async () => {
  const page = await openPlayground(browser.context, server.url);
  await pickExample(page, DEADLOCK);
  const out = await run(page);
  assert.match(out, /fatal error: all goroutines are asleep - deadlock!/);
  assert.ok(!(await page.isHidden("#explanation")), "no explanation under the deadlock");
  // A Run explains itself as precisely as Explore: who waits for what, where;
  // and its prog.go:LINE references lead to the editor.
  assert.match(await page.textContent("#explanation"), /goroutine \d+ .*prog\.go:\d+/);
  await page.locator("#explanation a.src").first().click();
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains("cm-content")));
  assert.match(await page.textContent("#status"), /deadlock/);
  await shot(page, "14-deadlock");
  await page.close();
});
